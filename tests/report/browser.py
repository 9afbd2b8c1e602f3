"""Looking at a report the way a person does: headless Chromium opens the file with the network
blocked, and the screenshot's pixels say whether each chart drew marks.

`look(path, screenshot=None) -> Look`: console errors, requests that tried to leave the file,
each chart's box and how many of its pixels are coloured (not white, not grey: bars, lines,
markers; axes, grid lines and text are grey or black).
"""

from __future__ import annotations

import base64
import shutil
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# Counts, in the page, the coloured pixels of each box of a PNG (decoded by the browser itself).
_COUNT = """async ([b64, boxes]) => {
  const img = new Image();
  img.src = 'data:image/png;base64,' + b64;
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.width; c.height = img.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return boxes.map(b => {
    const d = ctx.getImageData(Math.round(b.x), Math.round(b.y), Math.max(1, Math.round(b.w)),
                               Math.max(1, Math.round(b.h))).data;
    let coloured = 0;
    for (let i = 0; i < d.length; i += 4) {
      const r = d[i], g = d[i + 1], bl = d[i + 2];
      if (Math.max(r, g, bl) - Math.min(r, g, bl) > 60) coloured++;
    }
    return coloured;
  });
}"""


@dataclass
class Look:
    errors: list = field(default_factory=list)      # console errors and page errors
    blocked: list = field(default_factory=list)     # requests that were not file://
    charts: dict = field(default_factory=dict)      # id -> {"box": {...}, "coloured": int}
    text: str = ""
    png: bytes = b""


def look(path: Path, screenshot: Path | None = None, width: int = 1280, scale: float = 1) -> Look:
    from playwright.sync_api import sync_playwright

    seen = Look()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        try:
            page = browser.new_page(viewport={"width": width, "height": 900}, device_scale_factor=scale)
            page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: seen.errors.append(str(e)))

            def route(r):
                if r.request.url.startswith("file://"):
                    r.continue_()
                else:
                    seen.blocked.append(r.request.url)
                    r.abort()
            page.route("**/*", route)
            page.goto(Path(path).resolve().as_uri(), wait_until="load")
            # every chart drawn (the page sets data-charts-drawn once plotly's promises resolve)
            page.wait_for_function("!document.querySelector('.chart') || document.body.dataset.chartsDrawn",
                                   timeout=20_000)
            seen.text = page.inner_text("body")
            seen.png = page.screenshot(full_page=True, type="png")
            if screenshot is not None:
                screenshot.write_bytes(seen.png)
            boxes = page.eval_on_selector_all(".chart", """els => els.map(e => {
                const r = e.getBoundingClientRect();
                return {id: e.id, x: r.x + window.scrollX, y: r.y + window.scrollY, w: r.width, h: r.height};
            })""")
            scaled = [{k: (v * scale if k != "id" else v) for k, v in b.items()} for b in boxes]
            counts = page.evaluate(_COUNT, [base64.b64encode(seen.png).decode(), scaled]) if boxes else []
            seen.charts = {b["id"]: {"box": b, "coloured": n} for b, n in zip(boxes, counts)}
        finally:
            browser.close()
    return seen
