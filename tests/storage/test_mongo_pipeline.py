"""MongoPipeline is off (NotConfigured) without MONGO_URI; its crawls are in tests/e2e/test_mongo.py."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from newscrawler.spiders.profiles import LevantSpider
from newscrawler.storage.mongo import MongoConfig
from newscrawler.storage.mongo_pipeline import MongoPipeline
from tests.support.settings import project_settings


def test_off_without_uri_and_pipeline_not_configured():
    assert MongoConfig.from_settings(project_settings(MONGO_URI="")) is None
    crawler = get_crawler(LevantSpider, settings_dict={"MONGO_URI": ""})
    from scrapy.exceptions import NotConfigured
    with pytest.raises(NotConfigured):
        MongoPipeline.from_crawler(crawler)
