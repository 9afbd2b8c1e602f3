"""Which URLs a crawl follows: links of HTML pages (`links`) and of the JSON lists that scripts
load (`endpoints`). Pure functions over parsed pages; the spiders only turn URLs into requests."""
