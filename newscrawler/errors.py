"""Errors a user can fix: bad spider arguments and settings. Reported as one line at start."""


class ConfigError(ValueError):
    """A bad argument or setting, with a message that says what to change."""
