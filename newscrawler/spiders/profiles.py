"""One spider per site profile, made from the profile alone (no spider code per site).

`scrapy crawl <profile name>` works for every module in newscrawler.sites that defines a
PROFILE; `levant` is one of them.
"""

from newscrawler.sites import all_profiles
from newscrawler.spiders.base import ProfileSpider

for _profile in all_profiles():
    _name = "".join(part.capitalize() for part in _profile.name.split("_")) + "Spider"
    globals()[_name] = type(_name, (ProfileSpider,), {
        "__module__": __name__, "__doc__": f"Crawls {_profile.start_url} (profile {_profile.name!r}).",
        "name": _profile.name, "profile": _profile,
    })
