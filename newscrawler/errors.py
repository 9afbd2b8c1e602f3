"""Errors a user can fix: bad spider arguments and settings. Reported as one line at start."""


class ConfigError(ValueError):
    """A bad argument or setting, with a message that says what to change."""


def number_setting(settings, name: str, default=None, *, whole: bool = False, low: float | None = None,
                   high: float | None = None, must: str = "a number") -> float | int:
    """A numeric setting (a whole number with `whole`) within [`low`, `high`] (either may be
    None), or ConfigError: "NAME must be <must>, got <the value as given>"."""
    raw = settings.get(name, default)
    try:
        value = int(raw) if whole else float(raw)
    except (TypeError, ValueError, OverflowError):
        value = None
    if value is None or value != value or (low is not None and value < low) or (high is not None and value > high):
        raise ConfigError(f"{name} must be {must}, got {raw!r}")
    return value
