"""CSV feeds that open right (`scrapy crawl levant -o out.csv`), in place of Scrapy's CSV exporter.

Scrapy's CsvItemExporter writes a list of strings joined by commas (`tags`: `a,b`, which cannot
be told from one tag `a,b`), a list of dicts as a Python repr (`[{'url': …}]`, which nothing
but Python reads), and UTF-8 without a byte-order mark (Excel then shows Arabic as mojibake).
Here one rule instead:

- every list or dict value (`tags`, `authors`, `images`, `read_also`, any other) is one cell
  holding compact JSON with Arabic as text (`["سياسة","سوريا"]`,
  `[{"url":"https://…","title":"…"}]`; an empty list is `[]`): `json.loads(cell)` gives back
  the item's value, as in the JSON lines feed;
- None (`published_at: null`) is an empty cell; strings and numbers are written as they are
  (a body's paragraphs stay in one quoted cell);
- the columns are the item's fields in their declared order (newscrawler.items.schema.FIELDS;
  `FEED_EXPORT_FIELDS` still chooses others), and the first row names them, also in a file of
  no items; a run that appends (`-o`) to a file that already has rows adds rows only;
- `NEWSCRAWLER_CSV_EXCEL=True`: the file starts with a UTF-8 byte-order mark, so Excel opens
  it as UTF-8; default: plain UTF-8 (what other tools expect). Only a new file gets the mark,
  and only a UTF-8 one (`FEED_EXPORT_ENCODING`).

Registered for the `csv` format in FEED_EXPORTERS (newscrawler.settings); the project's feed
storage and GuardedFeedExporter (newscrawler.storage.feeds) handle the file as for any format
Scrapy writes with a buffer.
"""

from __future__ import annotations

import codecs
from typing import Any

from itemadapter import is_item
from scrapy.exporters import CsvItemExporter
from scrapy.utils.serialize import ScrapyJSONEncoder

from newscrawler.errors import ConfigError
from newscrawler.items.schema import FIELDS

BOM = "\ufeff"  # encoded in UTF-8: b"\xef\xbb\xbf"
_NESTED = (list, tuple, dict, set)


def check_csv_excel(settings) -> bool:
    """Before the crawl: NEWSCRAWLER_CSV_EXCEL is a boolean (ConfigError); its value."""
    try:
        return settings.getbool("NEWSCRAWLER_CSV_EXCEL")
    except ValueError:
        raise ConfigError("NEWSCRAWLER_CSV_EXCEL must be True or False, got "
                          f"{settings.get('NEWSCRAWLER_CSV_EXCEL')!r}") from None


def _at_start(file) -> bool:
    """The file is empty so far (written from its start): not a `-o` append to an existing file.
    A stream that cannot tell (gzip post-processing) counts as new."""
    try:
        return file.tell() == 0
    except (OSError, ValueError, AttributeError):
        return True


class ArticleCsvItemExporter(CsvItemExporter):
    """Scrapy's CsvItemExporter with JSON cells for lists and dicts, empty cells for None, the
    item fields as columns, a header row in every new file, and a BOM on request (module doc)."""

    def __init__(self, file, *, excel: bool = False, **kwargs: Any):
        super().__init__(file, **kwargs)
        if not self.fields_to_export:
            self.fields_to_export = list(FIELDS)
        self.excel = excel
        self._new_file = _at_start(file)
        self._json = ScrapyJSONEncoder(ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_crawler(cls, crawler, file, *args: Any, **kwargs: Any):
        kwargs.setdefault("excel", check_csv_excel(crawler.settings))
        return cls(file, *args, **kwargs)

    def start_exporting(self) -> None:
        # Here, not at the first item: a run of no items still writes the header (FEED_STORE_EMPTY).
        if self._headers_not_written:
            self._headers_not_written = False
            if self._new_file:
                if self.excel and codecs.lookup(self.encoding).name == "utf-8":
                    self.stream.write(BOM)
                self._write_headers_and_set_fields_to_export(None)

    def export_item(self, item: Any) -> None:
        if self._headers_not_written:  # used without start_exporting()
            self.start_exporting()
        super().export_item(item)

    def serialize_field(self, field, name: str, value: Any) -> Any:
        serializer = field.get("serializer")
        return self.cell(serializer(value) if serializer is not None else value)

    def cell(self, value: Any) -> Any:
        """The cell of one value: JSON for a list or dict, "" for None, else the value."""
        if value is None:
            return ""
        if isinstance(value, _NESTED) or is_item(value):
            return self._json.encode(value)
        return value
