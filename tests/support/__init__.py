"""Helpers shared by the tests (fixtures themselves are in tests/conftest.py)."""
