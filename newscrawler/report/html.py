"""The report as one self-contained HTML page: right to left, Arabic, charts drawn by plotly.js
inlined in the page (nothing is fetched when it is opened; no internet needed).

`render(figures, meta) -> str`: `figures` is `Accumulator.result()` (what `report.json`
holds), `meta` says where the items came from and what was skipped. Every chart is a plotly.js
figure (data and layout as JSON, built here from the figures alone); the page draws them with
`Plotly.newPlot`. Chart containers are `<div class="chart" id="chart-…">`.
"""

from __future__ import annotations

import html
import json

FONTS = '"Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "DejaVu Sans", "Arial", sans-serif'
FIELD_NAMES = {"title": "العنوان", "body": "النص", "published_at": "تاريخ النشر", "section": "القسم",
               "authors": "الكتّاب", "source": "المصدر (الوكالة)", "tags": "الوسوم"}
DATE_KINDS = {"ok": "تاريخ سليم", "missing": "بلا تاريخ", "unparsed": "تاريخ غير مقروء",
              "future": "في المستقبل", "before_site": "قبل تأسيس الموقع", "epoch": "عام 1970"}
NO_SECTION_LABEL = "(بلا قسم)"
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
           "#d62728", "#7f7f7f"]
GAP_COLOUR = "#d62728"


def _layout(title: str, **extra) -> dict:
    layout = {"title": {"text": title, "x": 0.98, "xanchor": "right", "font": {"size": 16}},
              "font": {"family": FONTS, "size": 13}, "margin": {"t": 48, "r": 24, "b": 48, "l": 48},
              "paper_bgcolor": "#ffffff", "plot_bgcolor": "#ffffff", "height": 360,
              "legend": {"orientation": "h", "y": -0.18, "x": 1, "xanchor": "right"}}
    layout.update(extra)
    return layout


def _hbar(title: str, pairs: list, colour: str) -> dict:
    """Horizontal bars read from the right (the labels on the right, the largest on top)."""
    pairs = list(reversed(pairs))
    return {"data": [{"type": "bar", "orientation": "h", "y": [p[0] for p in pairs], "x": [p[1] for p in pairs],
                      "marker": {"color": colour}, "hovertemplate": "%{y}: %{x}<extra></extra>"}],
            "layout": _layout(title, height=max(260, 60 + 24 * len(pairs)),
                              xaxis={"autorange": "reversed", "gridcolor": "#eee"},
                              yaxis={"side": "right", "automargin": True},
                              margin={"t": 48, "r": min(240, 24 + 8 * max((len(str(p[0])) for p in pairs), default=4)),
                                      "b": 40, "l": 24})}


def _section_label(name: str) -> str:
    return NO_SECTION_LABEL if name == "(none)" else name


def figures_for(f: dict) -> dict:
    """The plotly figures of the page, by chart id (only those with something to draw)."""
    charts = {}
    days = list(f["per_day"])
    if days:
        traces = []
        for i, (section, series) in enumerate(f["per_section_day"].items()):
            traces.append({"type": "bar", "name": _section_label(section), "x": days, "y": list(series.values()),
                           "marker": {"color": PALETTE[i % len(PALETTE)]}})
        traces.append({"type": "scatter", "mode": "lines", "name": "متوسط 90 يوماً", "x": days,
                       "y": list(f["average_90d"].values()), "line": {"color": "#222", "width": 2}})
        gap_days = [d for d, c in f["per_day"].items() if c == 0]
        if gap_days:
            traces.append({"type": "scatter", "mode": "markers", "name": f"أيام بلا نشر ({len(gap_days)})",
                           "x": gap_days, "y": [0] * len(gap_days),
                           "marker": {"color": GAP_COLOUR, "symbol": "line-ns-open", "size": 10,
                                      "line": {"width": 2, "color": GAP_COLOUR}},
                           "hovertemplate": "%{x}: لا مقالات<extra></extra>"})
        charts["chart-days"] = {"data": traces, "layout": _layout(
            "المقالات يومياً حسب القسم (الأيام بلا نشر صفر ومعلّمة)", barmode="stack", bargap=0, height=420,
            xaxis={"type": "date", "gridcolor": "#eee"}, yaxis={"title": {"text": "مقالات"}, "gridcolor": "#eee",
                                                                 "rangemode": "tozero"})}
    if f["per_section"]:
        charts["chart-sections"] = _hbar("المقالات حسب القسم",
                                         [[_section_label(k), v] for k, v in f["per_section"].items()], PALETTE[0])
    if any(f["hours"]):
        charts["chart-hours"] = {"data": [{"type": "bar", "x": [f"{h:02d}" for h in range(24)], "y": f["hours"],
                                           "marker": {"color": PALETTE[2]},
                                           "hovertemplate": "الساعة %{x}: %{y}<extra></extra>"}],
                                 "layout": _layout(f"ساعة النشر ({f['timezone']})",
                                                   xaxis={"type": "category", "title": {"text": "الساعة"}},
                                                   yaxis={"gridcolor": "#eee"})}
    for key, chart, title, colour in (("top_sources", "chart-sources", "أهم المصادر والوكالات", PALETTE[1]),
                                      ("top_tags", "chart-tags", "أكثر الوسوم", PALETTE[3]),
                                      ("top_authors", "chart-authors", "أكثر الكتّاب", PALETTE[4])):
        if f[key]:
            charts[chart] = _hbar(title, f[key], colour)
    if f["total"]:
        fields = list(f["missing"])
        labels = [FIELD_NAMES.get(x, x) for x in fields]
        present = [round(100 * (1 - f["missing_share"][x]), 1) for x in fields]
        missing = [round(100 * f["missing_share"][x], 1) for x in fields]
        charts["chart-missing"] = {"data": [
            {"type": "bar", "orientation": "h", "name": "موجود", "y": labels, "x": present,
             "marker": {"color": "#2ca02c"}, "hovertemplate": "%{y}: %{x}%<extra></extra>"},
            {"type": "bar", "orientation": "h", "name": "مفقود", "y": labels, "x": missing,
             "marker": {"color": GAP_COLOUR}, "hovertemplate": "%{y}: %{x}% مفقود<extra></extra>",
             "text": [f"{m}%" if m >= 5 else "" for m in missing], "textposition": "inside"}],
            "layout": _layout("صحة الاستخراج: نسبة الحقول المفقودة", barmode="stack",
                              xaxis={"autorange": "reversed", "range": [0, 100], "ticksuffix": "%"},
                              yaxis={"side": "right", "automargin": True},
                              margin={"t": 48, "r": 130, "b": 48, "l": 24})}
        bins = f["body_length"]["bins"]
        charts["chart-body"] = {"data": [{
            "type": "bar", "x": [b["from"] + f["body_length"]["bin_chars"] / 2 for b in bins],
            "y": [b["count"] for b in bins], "width": f["body_length"]["bin_chars"] * 0.9,
            "marker": {"color": [GAP_COLOUR if b["from"] < 250 or b["to"] is None else PALETTE[6] for b in bins]},
            "customdata": [f"{b['from']}–{b['to'] if b['to'] is not None else '…'}" for b in bins],
            "hovertemplate": "%{customdata} حرفاً: %{y}<extra></extra>"}],
            "layout": _layout(f"طول النص بالأحرف (الوسط {f['body_length']['mean']:,.0f})",
                              xaxis={"title": {"text": "أحرف (أقل من 250، وأكثر من 10,000: بالأحمر)"}},
                              yaxis={"gridcolor": "#eee"})}
        kinds = list(DATE_KINDS)
        charts["chart-dates"] = {"data": [{
            "type": "bar", "x": [DATE_KINDS[k] for k in kinds], "y": [f["dates"].get(k, 0) for k in kinds],
            "marker": {"color": ["#2ca02c"] + [GAP_COLOUR] * (len(kinds) - 1)},
            "text": [str(f["dates"].get(k, 0)) for k in kinds], "textposition": "outside",
            "hovertemplate": "%{x}: %{y}<extra></extra>"}],
            "layout": _layout("تواريخ النشر: سليمة ومشبوهة", xaxis={"type": "category", "autorange": "reversed"},
                              yaxis={"gridcolor": "#eee", "rangemode": "tozero"})}
    runs = f["runs"]
    if runs:
        labels = [f"{i + 1}. {(r['finished_at'] or '')[:16].replace('T', ' ')}" for i, r in enumerate(runs)]
        charts["chart-runs"] = {"data": [
            {"type": "bar", "name": "مقالات", "x": labels, "y": [r["items"] for r in runs],
             "marker": {"color": [PALETTE[0] if r["exit_status"] == 0 else GAP_COLOUR for r in runs]},
             "customdata": [[r["exit_status"], r["seconds"]] for r in runs],
             "hovertemplate": "%{x}<br>مقالات %{y}، حالة الخروج %{customdata[0]}، %{customdata[1]} ث<extra></extra>"},
            {"type": "bar", "name": "إخفاقات", "x": labels, "y": [r["failures"] for r in runs],
             "marker": {"color": PALETTE[1]}},
            {"type": "scatter", "mode": "lines+markers", "name": "المدة (ث)", "x": labels,
             "y": [r["seconds"] for r in runs], "yaxis": "y2", "line": {"color": "#222"}}],
            "layout": _layout("سجل التشغيل (الأحمر: حالة خروج غير صفرية)", barmode="group",
                              xaxis={"type": "category"}, yaxis={"gridcolor": "#eee", "title": {"text": "عدد"}},
                              yaxis2={"overlaying": "y", "side": "right", "title": {"text": "ثوان"},
                                      "rangemode": "tozero"})}
    return charts


CSS = """
body{font-family:%s;margin:0;background:#f6f7f9;color:#1d232b;line-height:1.6}
header{background:#12344d;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:24px}
header p{margin:0;opacity:.85;font-size:14px}
main{max-width:1200px;margin:0 auto;padding:18px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin-bottom:18px}
.card{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.card b{display:block;font-size:26px}
.card small{font-size:17px;line-height:1.4;display:block}
.card span{font-size:13px;color:#566}
section{background:#fff;border-radius:8px;padding:12px 16px;margin-bottom:16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
section h2{font-size:18px;margin:4px 0 8px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:12px}
.chart{min-height:260px}
table{border-collapse:collapse;font-size:13px;margin:8px 0;width:100%%}
td,th{border-bottom:1px solid #e3e6ea;padding:4px 8px;text-align:right;vertical-align:top}
td.ltr{direction:ltr;text-align:left;word-break:break-all}
.empty{font-size:20px;padding:40px;text-align:center}
.note{color:#566;font-size:13px}
""" % FONTS


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _ltr(text) -> str:
    """A path, a URI, a date, a zone: left to right inside the Arabic text."""
    return f'<bdi dir="ltr">{_e(text)}</bdi>'


def _table(head: list[str], rows: list[list], ltr: tuple[int, ...] = ()) -> str:
    if not rows:
        return ""
    out = ["<table><tr>", *[f"<th>{_e(h)}</th>" for h in head], "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(f"<td class=\"ltr\">{_e(c)}</td>" if i in ltr else f"<td>{_e(c)}</td>"
                                    for i, c in enumerate(row)) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def render(f: dict, meta: dict) -> str:
    """The page (a str of HTML) for figures `f` and `meta` (`sources`: names, `malformed`:
    {source: [count, [line numbers]]}, `site`)."""
    charts = figures_for(f)
    total = f["total"]
    span = (f"<small><bdi>{_e(f['first_day'])}</bdi><br><bdi>{_e(f['last_day'])}</bdi></small>"
            if f["first_day"] else "—")
    suspicious = sum(f["suspicious"].values())
    malformed = sum(n for n, _ in meta.get("malformed", {}).values())
    cards = [(f"{total:,}", "مقالة"), (span, f"فترة النشر ({f['timezone']})"),   # values: HTML
             (f"{len(f['per_section'])}", "قسماً"), (f"{f['gap_days']:,}", "يوماً بلا نشر"),
             (f"{suspicious:,}", "تاريخاً مشبوهاً"), (f"{malformed:,}", "سطراً تالفاً تُخطّي")]

    def div(chart_id: str) -> str:
        return f'<div class="chart" id="{chart_id}" dir="ltr"></div>' if chart_id in charts else ""

    parts = [f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تقرير النشر — {_e(meta.get('site') or '')}</title>
<style>{CSS}</style></head><body>
<header><h1>تقرير النشر — {_e(meta.get('site') or '')}</h1>
<p>المصدر: {'، '.join(_ltr(x) for x in meta.get('sources', []))} · أُعدّ في {_ltr(f['generated_at'])}
· التواريخ بتوقيت {_ltr(f['timezone'])}{' · تأسيس الموقع ' + _ltr(f['site_start']) if f['site_start'] else ''}</p>
</header><main>"""]
    if not total:
        parts.append('<section class="empty" id="empty">لا توجد مقالات في هذا المصدر (no items in the source).'
                     + (f'<p class="note">{malformed} سطراً تالفاً تُخطّي.</p>' if malformed else "") + "</section>")
    else:
        parts.append('<div class="cards">' + "".join(f"<div class=\"card\"><b>{v}</b><span>{_e(k)}</span></div>"
                                                      for v, k in cards) + "</div>")
        gaps = sorted(f["gaps"], key=lambda g: (-g["days"], g["from"]))[:10]
        parts.append(f"""<section><h2>النشر اليومي</h2>{div('chart-days')}
<p class="note">كل يوم بين أول يوم نشر وآخره ظاهر، والأيام بلا مقالات صفر معلّم بالأحمر؛ الخط متوسط آخر 90 يوماً.
أطول الفترات بلا نشر:</p>{_table(['من', 'إلى', 'أيام'], [[g['from'], g['to'], g['days']] for g in gaps])}</section>
<section><h2>الأقسام وساعات النشر</h2><div class="grid">{div('chart-sections')}{div('chart-hours')}</div></section>
<section><h2>المصادر والوسوم والكتّاب</h2><div class="grid">{div('chart-sources')}{div('chart-tags')}{div('chart-authors')}</div>
{'' if f['top_sources'] else '<p class="note">لا مصدر (وكالة) في أي مقالة.</p>'}</section>
<section><h2>صحة الاستخراج</h2><div class="grid">{div('chart-missing')}{div('chart-body')}{div('chart-dates')}</div>""")
        rows = [[DATE_KINDS[k], x["published_at"], x["url"]] for k, xs in f["suspicious_examples"].items() for x in xs]
        if rows:
            parts.append('<p class="note">أمثلة على التواريخ المشبوهة:</p>'
                         + _table(["النوع", "التاريخ", "الرابط"], rows, ltr=(1, 2)))
        if malformed:
            parts.append('<p class="note">أسطر تالفة تُخطّيت:</p>' + _table(
                ["الملف", "عدد", "أرقام الأسطر"],
                [[name, n, ", ".join(map(str, lines))] for name, (n, lines) in meta["malformed"].items() if n],
                ltr=(0, 2)))
        parts.append("</section>")
        parts.append("<section><h2>سجل التشغيل</h2>" + (div("chart-runs") + _table(
            ["الانتهاء", "مقالات", "إخفاقات", "ثوان", "حالة الخروج", "فحوص فشلت"],
            [[r["finished_at"], r["items"], r["failures"], r["seconds"], r["exit_status"], "؛ ".join(r["failed_checks"])]
             for r in f["runs"]], ltr=(0,)) if f["runs"] else
            '<p class="note">لا ملخصات تشغيل (<code>*.summary.json</code> بجانب الملفات، أو مجموعة <code>runs</code>).</p>')
            + "</section>")
    parts.append("</main>")
    if charts:
        # No "<" in the script at all ("\\u003c" in the JSON strings): a scraped tag such as
        # "<!--<script>" would otherwise keep the parser in the script to the end of the page.
        data = json.dumps(charts, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
        parts.append(f"<script>{_plotly_js()}</script>")
        parts.append(f"""<script>
const CHARTS = {data};
Promise.all(Object.entries(CHARTS).map(([id, fig]) =>
  Plotly.newPlot(id, fig.data, fig.layout, {{displayModeBar: false, responsive: true}})
)).then(() => {{ document.body.dataset.chartsDrawn = Object.keys(CHARTS).length; }});
</script>""")
    parts.append("</body></html>\n")
    return "".join(parts)
