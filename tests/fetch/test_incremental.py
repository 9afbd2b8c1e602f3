"""Settings of incremental runs (newscrawler.fetch.incremental); the runs are in tests/e2e/test_incremental.py."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings

from newscrawler import settings as project_settings
from newscrawler.errors import ConfigError
from newscrawler.fetch.incremental import check_incremental


def test_incremental_settings_are_checked():
    s = Settings()
    s.setmodule(project_settings)
    s.set("NEWSCRAWLER_INCREMENTAL", "maybe")
    with pytest.raises(ConfigError, match="NEWSCRAWLER_INCREMENTAL must be True or False"):
        check_incremental(s)
    s.set("NEWSCRAWLER_INCREMENTAL", "True")
    s.set("NEWSCRAWLER_STATE_FILE", "")
    with pytest.raises(ConfigError, match="NEWSCRAWLER_STATE_FILE"):
        check_incremental(s)
