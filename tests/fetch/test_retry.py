"""Retry-After read as the server means it (newscrawler.fetch.retry)."""

from datetime import datetime, timezone

import pytest

from newscrawler.errors import ConfigError
from newscrawler.fetch.retry import check_retry_after, retry_after_seconds
from tests.support.settings import project_settings

NOW = datetime(2026, 12, 7, 7, 28, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value, seconds", [
    (b"3", 3.0), ("120", 120.0), (" 0 ", 0.0),
    ("Mon, 07 Dec 2026 07:28:30 GMT", 30.0),   # an HTTP date, 30 s ahead
    ("Mon, 07 Dec 2026 07:27:00 GMT", 0.0),    # in the past: no wait
    (None, None), ("", None), ("soon", None), ("-5", None), ("1.5", None),
])
def test_retry_after_values(value, seconds):
    assert retry_after_seconds(value, now=NOW) == seconds


def test_retry_after_cap_setting():
    assert check_retry_after(project_settings()) == 60.0
    assert check_retry_after(project_settings(NEWSCRAWLER_RETRY_AFTER_MAX="5")) == 5.0
    for bad in ("x", "-1"):
        with pytest.raises(ConfigError, match=r"^NEWSCRAWLER_RETRY_AFTER_MAX must be a number of seconds >= 0"):
            check_retry_after(project_settings(NEWSCRAWLER_RETRY_AFTER_MAX=bad))
