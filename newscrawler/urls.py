"""URL canonicalisation: one article, one URL, whatever variant a page links to.

`canonical_url` is the identity of a page everywhere in the project: request URLs, the item's
`url`, duplicate detection and storage keys. It is an IRI (Arabic stays readable, as the site
prints it); Scrapy percent-encodes it on the wire.
"""

from __future__ import annotations

import re
from functools import lru_cache
from hashlib import blake2b
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track a visit and never change the page.
TRACKING_PARAM = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|"
    r"_ga|_gl|ocid|cmpid|at_medium|at_campaign|amp)$",
    re.IGNORECASE,
)
DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters that must stay percent-encoded in a path because decoding them changes its meaning.
_KEEP_ENCODED = re.compile(r"%(2[fF5]|3[fF]|23)")


# Entries of each per-URL cache of link handling (discovery.links.followable and page_base,
# sites._matches_path, extract.sections._resolve). A crawl meets the same menu, ticker and
# "most read" links on every page: the cache is for that working set. Caches of 65,536 entries
# filled with every URL of a 20,000-article site, so the crawl's memory grew with the site.
URL_CACHE = 8192


class UrlSet:
    """A set of URLs kept as 8-byte digests (a crawl's 20,000 URLs in about 1.5 MB, a third of
    their text). A false "seen" needs a 64-bit collision: about one in 10^10 for a million URLs."""

    __slots__ = ("_digests",)

    def __init__(self, urls=()):
        self._digests: set[bytes] = set()
        for url in urls:
            self.add(url)

    @staticmethod
    def _digest(url: str) -> bytes:
        return blake2b(url.encode("utf-8", "surrogatepass"), digest_size=8).digest()

    def add(self, url: str) -> None:
        self._digests.add(self._digest(url))

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and self._digest(url) in self._digests

    def __len__(self) -> int:
        return len(self._digests)


class InvalidURL(ValueError):
    """Raised for text that is not an absolute http(s) URL."""


def _unquote_path(path: str) -> str:
    """Decode %XX sequences into text, except the few that carry structure (/ ? # %)."""
    pieces = _KEEP_ENCODED.split(path)
    out = []
    for i, piece in enumerate(pieces):
        if i % 2:  # a kept code
            out.append("%" + piece.upper())
        else:
            out.append(unquote(piece, errors="strict") if "%" in piece else piece)
    return "".join(out)


def host_key(host: str) -> str:
    """The host as compared for "same site": lower case, no `www.` prefix."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


_ABSOLUTE = re.compile(r"\s*https?://", re.I)
# An absolute URL that is already canonical: lower-case scheme and host, no www., no query,
# fragment, percent-escape, doubled or trailing slash, dot segment or uppercase in the host.
_ALREADY_CANONICAL = re.compile(r"https?://(?!www\.)[a-z0-9.\-]+(?::(?P<port>\d{1,5}))?/(?:[^?#%\s/]+(?:/[^?#%\s/]+)*)?")


def canonical_url(url: str, base: str | None = None) -> str:
    """Return the canonical absolute form of `url` (resolved against `base` when relative).

    Lower-cases scheme and host, drops `www.`, default ports, fragments, tracking parameters
    (utm_*, fbclid, gclid, ...) and a trailing slash (except the root); sorts the remaining
    query parameters; decodes percent-encoded UTF-8 in the path. Raises InvalidURL for
    anything that is not an http(s) URL with a host.

    Remembered (`CANONICAL_CACHE` recent answers): a crawl meets the same links on every page
    of a site (its menu, its images, the articles in its boxes).
    """
    return _canonical_url(url, base)


CANONICAL_CACHE = 16384


@lru_cache(maxsize=CANONICAL_CACHE)
def _canonical_url(url: str, base: str | None) -> str:
    if base and not _ABSOLUTE.match(url):
        url = urljoin(base, url.strip())  # an absolute URL is its own resolution (urljoin is costly)
    fast = _ALREADY_CANONICAL.fullmatch(url)
    if fast and "/." not in url and (fast["port"] is None or 0 < int(fast["port"]) < 65536
                                     and int(fast["port"]) != DEFAULT_PORTS[url[:url.index(":")]]):
        return url  # the common case, without splitting and re-joining
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise InvalidURL(f"not an absolute http(s) URL: {url!r}")
    try:
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"bad port in URL: {url!r}") from exc
    host = host_key(parts.hostname)
    if ":" in host:  # an IPv6 address keeps its brackets: http://[::1]:8080/
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    try:
        path = _unquote_path(parts.path or "/")
    except UnicodeDecodeError:
        path = parts.path or "/"  # not UTF-8: keep the bytes as they were encoded
    path = re.sub(r"/{2,}", "/", path)
    if "/." in path:
        path = urlsplit(urljoin("http://x/", path)).path  # resolve ./ and ../ segments
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not TRACKING_PARAM.match(k)]
    query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def request_url(url: str, linked: str) -> str:
    """The URL to request for the canonical `url`, found written as `linked`: the canonical form
    with the linked form's trailing slash and `www.` kept, so a site that redirects `/a` to
    `/a/` (WordPress) or `x.com` to `www.x.com` costs no redirect for the links it writes. The
    canonical form stays the page's identity (dedupe, the item's `url`, storage keys)."""
    if linked == url:
        return url
    cut = min((i for i in (linked.find("?"), linked.find("#")) if i >= 0), default=len(linked))
    slash = linked[:cut].endswith("/") and linked[:cut].count("/") > 3
    www = "//www." in linked[:12].lower()
    if not (slash or www):
        return url
    parts = urlsplit(url)
    path = parts.path + "/" if slash and not parts.path.endswith("/") else parts.path
    netloc = "www." + parts.netloc if www and not parts.netloc.startswith("www.") else parts.netloc
    return urlunsplit((parts.scheme, netloc, path, parts.query, ""))


def same_site(url: str, host: str) -> bool:
    """True when `url` is on `host` (ignoring case and `www.`)."""
    try:
        return host_key(urlsplit(url).hostname or "") == host_key(host)
    except ValueError:
        return False


def url_path(url: str) -> str:
    """The decoded path of an URL (for rule matching)."""
    try:
        return _unquote_path(urlsplit(url).path or "/")
    except UnicodeDecodeError:
        return urlsplit(url).path or "/"
