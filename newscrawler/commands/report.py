"""`scrapy report SOURCE [SOURCE ...] -o report.html`: a report for analysts (newscrawler.report).

SOURCE is a JSON lines feed (several may be given; `.gz` too) or a `mongodb://` URI (database
and collection from the settings, as for a crawl). Writes one self-contained HTML page and,
beside it, `report.json` with every figure the page draws.

Options: `--site NAME` (the site profile: its zone and founding day; default `levant`),
`--timezone ZONE` (default: NEWSCRAWLER_TIMEZONE, else the site's zone), `--site-start
YYYY-MM-DD` (default: the profile's `founded`; `none`: no check).

Exit status: 0 the report was written (also for an empty source: the page says so; malformed
JSON lines are counted in it and skipped); 2 bad input, one `error: …` line: a missing or
unreadable SOURCE, a MongoDB that cannot be reached, a bad option, an output that cannot be
written.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from scrapy.commands import ScrapyCommand

from newscrawler.errors import ConfigError


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "SOURCE [SOURCE ...] -o report.html"

    def short_desc(self) -> str:
        return "Write an analyst's report (HTML and JSON) of JSON lines feeds or a MongoDB collection"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument("-o", "--output", metavar="FILE", default="report.html",
                            help="the HTML report (default report.html); its figures go beside it as .json")
        parser.add_argument("--site", metavar="NAME", default="levant",
                            help="site profile: its time zone and founding day (default levant)")
        parser.add_argument("--timezone", metavar="ZONE", default=None,
                            help="the zone of the days and hours, an IANA name (default NEWSCRAWLER_TIMEZONE, "
                                 "else the site's zone)")
        parser.add_argument("--site-start", metavar="YYYY-MM-DD", default=None,
                            help="first day the site published; earlier dates are suspicious "
                                 "(default the site profile's; none for no check)")

    def run(self, args, opts):
        sources = []
        try:
            if not args:
                raise ConfigError("give a JSON lines file (or several) or a mongodb:// URI to report on")
            site, zone, start = self._site(opts)
            out = self._output(opts.output)
            from newscrawler.report import build_report
            from newscrawler.report.sources import open_source

            for arg in self._distinct(args, out):
                sources.append(open_source(arg, self.settings))
            figures = build_report(sources, out, zone=zone, site_start=start, site=site)
        except ConfigError as exc:
            print(f"error: {exc}", file=sys.stderr)
            self.exitcode = 2
            return
        except OSError as exc:
            print(f"error: cannot write the report {opts.output}: {exc.strerror or exc}", file=sys.stderr)
            self.exitcode = 2
            return
        finally:
            for s in sources:
                s.close()
        from newscrawler.report import json_path

        dated = figures["dates"]["ok"]
        suspicious = sum(figures["suspicious"].values())
        line = (f"{out}: {figures['total']} articles, {len(figures['per_section'])} sections, "
                f"{dated} on {len(figures['per_day'])} days ({figures['first_day']} to {figures['last_day']}, "
                f"{figures['gap_days']} without an article), {suspicious} suspicious dates"
                if figures["total"] else f"{out}: no articles in the source")
        if figures["malformed"]:
            line += f"; {figures['malformed']} malformed lines skipped"
        print(line + f"; figures in {json_path(out)}")
        self.exitcode = 0

    def _site(self, opts):
        from newscrawler.items.pipelines import resolve_timezone
        from newscrawler.sites import all_profiles

        profiles = {p.name: p for p in all_profiles()}
        profile = profiles.get(opts.site)
        if profile is None:
            raise ConfigError(f"--site: no site profile {opts.site!r} (known: {', '.join(sorted(profiles))})")
        zone = (opts.timezone or "").strip() or self.settings.get("NEWSCRAWLER_TIMEZONE")
        zone = resolve_timezone(zone, profile.timezone)
        raw = opts.site_start if opts.site_start is not None else profile.founded
        start = None
        if raw and raw.strip().lower() != "none":
            try:
                start = date.fromisoformat(raw.strip())
            except ValueError:
                raise ConfigError(f"--site-start must be a day as YYYY-MM-DD (or none), got {raw!r}") from None
        return profile.name, zone, start

    @staticmethod
    def _distinct(args: list[str], out: Path) -> list[str]:
        """The sources, each once (a feed given twice would list its run twice); a ConfigError
        when the report or its figures would be written over a feed given."""
        from newscrawler.report import json_path
        from newscrawler.report.sources import is_mongo_uri

        written = {json_path(out).resolve(): f"{json_path(out)}, the figures of -o {out}", out.resolve(): f"-o {out}"}
        seen, kept = set(), []
        for arg in args:
            key = arg if is_mongo_uri(arg) else Path(arg).resolve()
            if key in written:
                raise ConfigError(f"the report would overwrite its source {arg} ({written[key]}): give another -o")
            if key not in seen:
                seen.add(key)
                kept.append(arg)
        return kept

    @staticmethod
    def _output(name: str) -> Path:
        out = Path(name)
        if out.is_dir():
            raise ConfigError(f"-o {name} is a folder; give a file name such as {out / 'report.html'}")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            probe = out.with_name(f".{out.name}.probe")
            probe.write_bytes(b"")   # a read-only folder fails now, not after reading every item
            probe.unlink()
        except OSError as exc:
            raise ConfigError(f"cannot write the report {name}: {exc.strerror or exc}") from None
        return out
