# Packaging for a scrapyd deployment (`scrapyd-deploy`, see README "Incremental and scheduled runs"): the egg
# holds the `newscrawler` package; scrapyd loads the project settings from the entry point.
from setuptools import find_packages, setup

setup(
    name="newscrawler",
    version="0.1",
    packages=find_packages(include=["newscrawler", "newscrawler.*"]),
    entry_points={"scrapy": ["settings = newscrawler.settings"]},
)
