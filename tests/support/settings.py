"""Scrapy settings as a crawl of this project gets them, for tests that build components alone."""

from __future__ import annotations

from scrapy.settings import Settings

from newscrawler import settings as settings_module


def project_settings(**overrides) -> Settings:
    """The project's settings (newscrawler/settings.py) with `overrides` set, like `-s NAME=VALUE`."""
    s = Settings()
    s.setmodule(settings_module)
    s.setdict(overrides)
    return s
