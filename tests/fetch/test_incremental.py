"""Settings of incremental runs (newscrawler.fetch.incremental); the runs are in tests/e2e/test_incremental.py."""

from __future__ import annotations

import pytest

from newscrawler.errors import ConfigError
from newscrawler.fetch.incremental import check_incremental
from tests.support.settings import project_settings


def test_incremental_settings_are_checked():
    s = project_settings(NEWSCRAWLER_INCREMENTAL="maybe")
    with pytest.raises(ConfigError, match="NEWSCRAWLER_INCREMENTAL must be True or False"):
        check_incremental(s)
    s.set("NEWSCRAWLER_INCREMENTAL", "True")
    s.set("NEWSCRAWLER_STATE_FILE", "")
    with pytest.raises(ConfigError, match="NEWSCRAWLER_STATE_FILE"):
        check_incremental(s)
