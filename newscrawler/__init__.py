"""newscrawler: a Scrapy crawler for Arabic news sites, starting with Levant News."""

__version__ = "0.1.0"
