"""Where items go: JSON lines feeds that lose nothing (`feeds`), MongoDB (`mongo`, free of
Scrapy, and `mongo_pipeline`), and the dead-letter file for items MongoDB could not take
(`deadletter`)."""
