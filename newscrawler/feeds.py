"""Feed targets checked before the crawl: a local JSON lines file that cannot be written fails
the run at start with one line, instead of every item failing at export and the run ending
with status 0 and nothing saved (Scrapy's own behaviour).

Only local targets (plain paths and `file://` URIs) are checked; Scrapy's storages for other
schemes (s3://, ftp://, ...) report their own errors.
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from newscrawler.errors import ConfigError


class _Params(dict):
    """URI parameters as Scrapy fills them (%(name)s, %(time)s, ...); any other is a stand-in."""

    def __missing__(self, key):
        return "x"


def local_feed_path(uri: str, spider_name: str) -> Path | None:
    """The file a local feed URI writes to, or None for a remote one."""
    uri = str(uri)
    scheme = urlsplit(uri).scheme.lower()
    if scheme == "file":
        uri = unquote(urlsplit(uri).path)
    elif len(scheme) > 1:  # a one-letter scheme is a Windows drive
        return None
    params = _Params(name=spider_name, time=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H-%M-%S"),
                     batch_time="x", batch_id=1)
    try:
        uri = uri % params
    except (TypeError, ValueError, KeyError):
        pass  # a literal % in the name: Scrapy keeps it as is too
    return Path(uri).expanduser()


def check_feed_targets(feeds: dict, spider_name: str) -> None:
    """Raise ConfigError unless every local feed file can be created and written."""
    for uri in feeds:
        path = local_feed_path(uri, spider_name)
        if path is None:
            continue
        if path.is_dir():
            raise ConfigError(f"feed {uri}: {path} is a folder, not a file")
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):  # root passes os.access; a real write does not lie
                pass
            if path.exists():
                with open(path, "ab"):
                    pass
        except OSError as exc:
            raise ConfigError(f"feed {uri}: cannot write {path} ({exc.strerror or exc})") from None
