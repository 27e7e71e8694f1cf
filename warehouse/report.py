"""`koto report`: one self-contained HTML file of a koto database.

No script, no external resource: inline CSS, charts as inline SVG, collapsible sections as
<details>. Every text from the database is escaped. Sections (element ids, checked by the
headless-browser test): overview, theme-coverage, actors, indicators, ocr-repairs, programs
(one <details id="program-<program_id>"> each); an empty database gets a note id="empty".
"""

from __future__ import annotations

import datetime as _dt
import html
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import duckdb

from classifiers.model import THEME_CODES
from warehouse import connect_readonly

__all__ = ["write_report", "render_report", "SECTION_IDS"]

SECTION_IDS = ("overview", "theme-coverage", "actors", "indicators", "ocr-repairs", "programs")

THEME_LABELS = {
    "employment": "Employment", "housing": "Housing", "education": "Education",
    "health": "Health", "social_bridges": "Social bridges", "social_bonds": "Social bonds",
    "social_links": "Social links", "language_culture": "Language & culture",
    "safety_stability": "Safety & stability", "rights_citizenship": "Rights & citizenship",
    "other": "Other",
}


def e(x: Any) -> str:
    """Escaped text of any value; None is an empty string."""
    return "" if x is None else html.escape(str(x), quote=True)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    cur = con.execute(sql, params or [])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _period(p: dict) -> str:
    a, b = p.get("period_start"), p.get("period_end")
    if a is None:
        return ""
    return str(a) if b is None or b == a else f"{a}–{b}"


def _label(p: dict) -> str:
    name = p.get("municipality") or p.get("source_file") or p["program_id"]
    per = _period(p)
    return f"{name} {per}".strip()


# --- data -----------------------------------------------------------------------------------

def _load(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["programs"] = _rows(con, """
        SELECT p.*,
          (SELECT count(*) FROM goals g WHERE g.program_id = p.program_id) AS n_goals,
          (SELECT count(*) FROM measures m WHERE m.program_id = p.program_id) AS n_measures,
          (SELECT count(*) FROM indicators i WHERE i.program_id = p.program_id) AS n_indicators,
          (SELECT count(*) FROM pages x WHERE x.program_id = p.program_id) AS n_pages,
          (SELECT count(*) FROM pages x WHERE x.program_id = p.program_id
                                          AND x.source = 'ocr') AS n_ocr_pages,
          (SELECT count(*) FROM repairs r WHERE r.program_id = p.program_id) AS n_repairs
        FROM programs p
        ORDER BY p.municipality NULLS LAST, p.period_start NULLS LAST, p.program_id""")
    # measures count by theme, goals count by theme, per program
    d["theme_cells"] = _rows(con, """
        WITH t AS (
          SELECT m.program_id, coalesce(m.theme_code, g.theme_code, 'other') AS theme_code,
                 'measure' AS kind
          FROM measures m LEFT JOIN goals g ON g.goal_id = m.goal_id
          UNION ALL
          SELECT program_id, coalesce(theme_code, 'other'), 'goal' FROM goals
        )
        SELECT program_id, theme_code,
               count(*) FILTER (WHERE kind = 'measure') AS measures,
               count(*) FILTER (WHERE kind = 'goal') AS goals
        FROM t GROUP BY ALL""")
    d["top_actors"] = _rows(con, """
        SELECT a.name, count(DISTINCT ma.measure_id) AS measures,
               count(DISTINCT ma.program_id) AS programs
        FROM measure_actors ma JOIN actors a USING (actor_id)
        WHERE ma.role = 'responsible'
        GROUP BY a.name ORDER BY measures DESC, programs DESC, a.name LIMIT 15""")
    d["repairs_by_rule"] = _rows(con, """
        SELECT program_id, coalesce(rule, '?') AS rule, count(*) AS n
        FROM repairs GROUP BY ALL ORDER BY program_id, n DESC, rule""")
    d["goals"] = _rows(con, "SELECT * FROM goals ORDER BY program_id, page NULLS LAST, goal_id")
    d["measures"] = _rows(con, """
        SELECT m.*,
          (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM measure_actors ma
             JOIN actors a USING (actor_id)
           WHERE ma.measure_id = m.measure_id AND ma.role = 'responsible') AS responsible,
          (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM measure_actors ma
             JOIN actors a USING (actor_id)
           WHERE ma.measure_id = m.measure_id AND ma.role = 'partner') AS partners
        FROM measures m ORDER BY program_id, page NULLS LAST, measure_id""")
    d["indicators"] = _rows(
        con, "SELECT * FROM indicators ORDER BY program_id, page NULLS LAST, indicator_id")
    return d


# --- SVG charts -------------------------------------------------------------------------------

def _mix(v: float) -> str:
    """Colour from pale (0) to dark blue (1)."""
    lo, hi = (0xF1, 0xF5, 0xF9), (0x1F, 0x4E, 0x79)
    c = [round(a + (b - a) * v) for a, b in zip(lo, hi)]
    return "#%02x%02x%02x" % tuple(c)


def _heatmap(programs: list[dict], cells: list[dict]) -> str:
    by = {(c["program_id"], c["theme_code"]): c for c in cells}
    themes = list(THEME_CODES)
    left, top, cw, ch = 190, 130, 64, 28
    width = left + cw * len(themes) + 10
    height = top + ch * len(programs) + 10
    vmax = max([c["measures"] for c in cells] + [1])
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="theme-heatmap" '
           f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="Measures per theme and program">']
    for j, t in enumerate(themes):
        x = left + j * cw + cw / 2
        out.append(f'<text x="{x:.0f}" y="{top - 8}" transform="rotate(-45 {x:.0f} {top - 8})" '
                   f'class="axis">{e(THEME_LABELS[t])}</text>')
    for i, p in enumerate(programs):
        y = top + i * ch
        out.append(f'<text x="{left - 8}" y="{y + ch / 2 + 4:.0f}" text-anchor="end" '
                   f'class="axis">{e(_label(p))}</text>')
        for j, t in enumerate(themes):
            c = by.get((p["program_id"], t), {"measures": 0, "goals": 0})
            n = c["measures"]
            fill = _mix(n / vmax) if n else "#ffffff"
            x = left + j * cw
            out.append(
                f'<g><title>{e(_label(p))} · {e(THEME_LABELS[t])}: {n} measure(s), '
                f'{c["goals"]} goal(s)</title>'
                f'<rect x="{x}" y="{y}" width="{cw - 2}" height="{ch - 2}" fill="{fill}" '
                f'stroke="#d0d7de"/>'
                + (f'<text x="{x + cw / 2 - 1:.0f}" y="{y + ch / 2 + 4:.0f}" text-anchor="middle" '
                   f'class="{"cell-dark" if n / vmax > 0.55 else "cell"}">{n}</text>' if n else "")
                + "</g>")
    out.append("</svg>")
    return "".join(out)


def _bars(items: list[tuple[str, int]], chart_id: str, label: str, unit: str) -> str:
    left, bh, maxw = 260, 24, 420
    height = bh * len(items) + 10
    width = left + maxw + 60
    vmax = max([n for _, n in items] + [1])
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{e(chart_id)}" '
           f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="{e(label)}">']
    for i, (name, n) in enumerate(items):
        y = 5 + i * bh
        w = max(1, round(maxw * n / vmax))
        short = name if len(name) <= 40 else name[:39] + "…"
        out.append(f'<g><title>{e(name)}: {n} {e(unit)}</title>'
                   f'<text x="{left - 8}" y="{y + 16}" text-anchor="end" class="axis">{e(short)}</text>'
                   f'<rect x="{left}" y="{y + 3}" width="{w}" height="{bh - 6}" fill="#2f6f9f"/>'
                   f'<text x="{left + w + 6}" y="{y + 16}" class="axis">{n}</text></g>')
    out.append("</svg>")
    return "".join(out)


# --- sections ---------------------------------------------------------------------------------

def _table(head: list[str], rows: list[list[Any]], cls: str = "") -> str:
    th = "".join(f"<th>{e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{e(cls)}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _none(what: str) -> str:
    return f'<p class="none">{e(what)}</p>'


def _overview(d: dict) -> str:
    ps = d["programs"]

    def tot(k: str) -> int:
        return sum(p[k] or 0 for p in ps)

    parts = ['<section id="overview"><h2>Overview</h2>']
    if not ps:
        parts.append('<p id="empty" class="empty">The database holds no programs yet: load some '
                     'with <code>koto ingest PATH</code>, then run <code>koto report</code> '
                     'again.</p>')
    else:
        parts.append(
            f'<p class="totals">{len(ps)} program(s) from '
            f'{len({p["municipality"] for p in ps})} municipality(ies): {tot("n_goals")} goals, '
            f'{tot("n_measures")} measures, {tot("n_indicators")} indicators, '
            f'{tot("n_pages")} pages.</p>')
        parts.append(_table(
            ["Municipality", "Period", "Title", "Pages", "Goals", "Measures", "Indicators",
             "Source file"],
            [[p["municipality"], _period(p), p["title"], p["page_count"], p["n_goals"],
              p["n_measures"], p["n_indicators"], p["source_file"]] for p in ps], "programs"))
    parts.append("</section>")
    return "".join(parts)


def _theme_section(d: dict) -> str:
    body = (_heatmap(d["programs"], d["theme_cells"]) if d["programs"]
            else _none("No programs, so no themes."))
    return ('<section id="theme-coverage"><h2>Theme coverage</h2>'
            '<p class="note">Measures per Ager &amp; Strang (2008) domain and program (a '
            'measure without its own theme takes its goal\'s); hover a cell for goal '
            'counts.</p>' + body + "</section>")


def _actors_section(d: dict) -> str:
    a = d["top_actors"]
    body = (_bars([(r["name"], r["measures"]) for r in a], "actors-chart",
                  "Actors most often responsible", "measure(s)")
            + _table(["Actor", "Measures responsible for", "Programs"],
                     [[r["name"], r["measures"], r["programs"]] for r in a], "actors")
            if a else _none("No responsible actors recorded."))
    return ('<section id="actors"><h2>Actors most often responsible</h2>' + body + "</section>")


def _indicators_section(d: dict) -> str:
    ps = d["programs"]
    body = (_bars([(_label(p), p["n_indicators"]) for p in ps], "indicators-chart",
                  "Indicators per program", "indicator(s)")
            + _table(["Program", "Indicators", "Measures", "Indicators per measure"],
                     [[_label(p), p["n_indicators"], p["n_measures"],
                       f'{p["n_indicators"] / p["n_measures"]:.2f}' if p["n_measures"] else "–"]
                      for p in ps], "indicators")
            if ps else _none("No programs, so no indicators."))
    return '<section id="indicators"><h2>Indicators per program</h2>' + body + "</section>"


def _ocr_section(d: dict) -> str:
    ps = d["programs"]
    if not ps:
        return ('<section id="ocr-repairs"><h2>OCR and repairs</h2>'
                + _none("No programs, so no pages were read or repaired.") + "</section>")
    rules: dict[str, dict[str, int]] = defaultdict(dict)
    totals: dict[str, int] = defaultdict(int)
    for r in d["repairs_by_rule"]:
        rules[r["program_id"]][r["rule"]] = r["n"]
        totals[r["rule"]] += r["n"]
    rule_names = sorted(totals, key=lambda k: (-totals[k], k))
    rows = []
    for p in ps:
        rows.append([_label(p), p["n_pages"] or p["page_count"],
                     max(p["ocr_pages"] or 0, p["n_ocr_pages"]), p["n_repairs"]]
                    + [rules[p["program_id"]].get(k, 0) for k in rule_names])
    body = _table(["Program", "Pages", "Pages OCRed", "Corrections"] + rule_names, rows, "ocr")
    if rule_names:
        body = _bars([(k, totals[k]) for k in rule_names], "repairs-chart",
                     "Corrections by rule", "correction(s)") + body
    else:
        body += _none("No corrections recorded.")
    return ('<section id="ocr-repairs"><h2>OCR and repairs</h2><p class="note">Pages read by '
            'OCR rather than from a text layer, and the corrections koto made, by rule (the '
            '<code>repairs</code> table has each one).</p>' + body + "</section>")


def _pg(page: Any) -> str:
    return f' <span class="page">p. {e(page)}</span>' if page is not None else ""


def _indicator_li(i: dict) -> str:
    return f'<li class="indicator"><span class="tag">Indicator</span> {e(i["text"])}{_pg(i["page"])}</li>'


def _measure_li(m: dict, inds: list[dict]) -> str:
    meta = []
    if m.get("responsible"):
        meta.append(f'<span class="resp">Responsible: {e(m["responsible"])}</span>')
    else:
        meta.append('<span class="resp missing">No responsible actor</span>')
    if m.get("partners"):
        meta.append(f'<span class="partners">Partners: {e(m["partners"])}</span>')
    if m.get("schedule"):
        meta.append(f'<span class="sched">Schedule: {e(m["schedule"])}</span>')
    sub = ("<ul>" + "".join(_indicator_li(i) for i in inds) + "</ul>") if inds else ""
    return (f'<li class="measure"><span class="tag">Measure</span> {e(m["text"])}{_pg(m["page"])}'
            f'<div class="meta">{" · ".join(meta)}</div>{sub}</li>')


def _program_details(p: dict, goals: list[dict], measures: list[dict],
                     indicators: list[dict], open_: bool = False) -> str:
    ind_by_measure: dict[str, list[dict]] = defaultdict(list)
    ind_by_goal: dict[str, list[dict]] = defaultdict(list)
    loose_inds = []
    for i in indicators:
        if i["measure_id"]:
            ind_by_measure[i["measure_id"]].append(i)
        elif i["goal_id"]:
            ind_by_goal[i["goal_id"]].append(i)
        else:
            loose_inds.append(i)
    goal_ids = {g["goal_id"] for g in goals}
    mea_by_goal: dict[str | None, list[dict]] = defaultdict(list)
    for m in measures:
        mea_by_goal[m["goal_id"] if m["goal_id"] in goal_ids else None].append(m)
    measure_ids = {m["measure_id"] for m in measures}
    for mid in list(ind_by_measure):
        if mid not in measure_ids:  # a dangling link: show it rather than lose it
            loose_inds.extend(ind_by_measure.pop(mid))
    children: dict[str | None, list[dict]] = defaultdict(list)
    for g in goals:
        parent = g["parent_goal_id"] if g["parent_goal_id"] in goal_ids else None
        children[parent].append(g)

    def goal_block(g: dict, depth: int) -> str:
        theme = " · ".join(x for x in (g.get("theme"), THEME_LABELS.get(g.get("theme_code") or "", None)) if x)
        inner = "".join(_measure_li(m, ind_by_measure.get(m["measure_id"], []))
                        for m in mea_by_goal.get(g["goal_id"], []))
        inner += "".join(_indicator_li(i) for i in ind_by_goal.get(g["goal_id"], []))
        subs = "".join(goal_block(c, depth + 1) for c in children.get(g["goal_id"], []))
        kind = "Sub-goal" if depth else "Goal"
        return (f'<details class="goal" open><summary><span class="tag">{kind}</span> '
                f'{e(g["text"])}{_pg(g["page"])}'
                + (f' <span class="theme">{e(theme)}</span>' if theme else "")
                + f'</summary><ul>{inner}</ul>{subs}</details>')

    blocks = "".join(goal_block(g, 0) for g in children.get(None, []))
    orphan_m = mea_by_goal.get(None, [])
    if orphan_m or loose_inds:
        blocks += ('<details class="goal" open><summary>Not linked to a goal</summary><ul>'
                   + "".join(_measure_li(m, ind_by_measure.get(m["measure_id"], []))
                             for m in orphan_m)
                   + "".join(_indicator_li(i) for i in loose_inds) + "</ul></details>")
    if not blocks:
        blocks = _none("No goals, measures or indicators were found in this program.")
    ocr = max(p["ocr_pages"] or 0, p["n_ocr_pages"])
    return (f'<details class="program" id="program-{e(p["program_id"])}"'
            + (" open" if open_ else "") + '><summary>'
            f'<strong>{e(_label(p))}</strong> — {e(p["title"])} '
            f'<span class="counts">{p["n_goals"]} goals · {p["n_measures"]} measures · '
            f'{p["n_indicators"]} indicators · {p["n_pages"] or p["page_count"] or 0} pages'
            + (f" ({ocr} OCRed)" if ocr else "") + '</span></summary>'
            f'<p class="src">Source: <code>{e(p["source_file"])}</code> · program_id '
            f'<code>{e(p["program_id"])}</code></p>{blocks}</details>')


def _programs_section(d: dict) -> str:
    ps = d["programs"]
    if not ps:
        return '<section id="programs"><h2>Programs</h2>' + _none("No programs loaded.") + "</section>"
    goals, measures, inds = _group(d["goals"]), _group(d["measures"]), _group(d["indicators"])
    body = "".join(_program_details(p, goals.get(p["program_id"], []),
                                    measures.get(p["program_id"], []),
                                    inds.get(p["program_id"], []), open_=(k == 0))
                   for k, p in enumerate(ps))
    return ('<section id="programs"><h2>Programs: goals → measures → indicators</h2>'
            '<p class="note">Click a program to open it; page numbers are those of the '
            'source.</p>' + body + "</section>")


def _group(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[r["program_id"]].append(r)
    return out


_CSS = """
:root { color-scheme: light; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
       color: #1d232a; background: #fafbfc; }
header { background: #1f4e79; color: #fff; padding: 18px 32px; }
header h1 { margin: 0 0 4px; font-size: 24px; }
header p { margin: 0; opacity: .85; }
nav { padding: 8px 32px; background: #e8eef4; position: sticky; top: 0; }
nav a { margin-right: 18px; color: #1f4e79; text-decoration: none; font-weight: 600; }
main { padding: 8px 32px 48px; max-width: 1200px; }
section { margin: 28px 0; }
h2 { border-bottom: 2px solid #1f4e79; padding-bottom: 4px; font-size: 20px; }
table { border-collapse: collapse; margin: 12px 0; background: #fff; }
th, td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
table.programs td:nth-child(2) { white-space: nowrap; }
.chart { display: block; margin: 8px 0; max-width: 100%; height: auto; }
.chart .axis { font-size: 12px; fill: #1d232a; }
.chart .cell { font-size: 12px; fill: #1d232a; }
.chart .cell-dark { font-size: 12px; fill: #ffffff; }
.note, .none { color: #57606a; }
.empty { background: #fff8c5; border: 1px solid #d4a72c; padding: 10px 14px; }
details.program { background: #fff; border: 1px solid #d0d7de; border-radius: 6px;
                  margin: 10px 0; padding: 6px 12px; }
details.program > summary { cursor: pointer; font-size: 16px; }
details.goal { margin: 8px 0 8px 12px; border-left: 3px solid #2f6f9f; padding-left: 10px; }
details.goal > summary { cursor: pointer; font-weight: 600; }
ul { margin: 4px 0; padding-left: 20px; }
li.measure { margin: 6px 0; }
li.indicator { color: #3d4a56; }
.tag { display: inline-block; font-size: 11px; text-transform: uppercase; letter-spacing: .04em;
       background: #e8eef4; color: #1f4e79; border-radius: 3px; padding: 0 5px; font-weight: 600; }
li.indicator .tag { background: #eaf5ea; color: #2d6a2d; }
.page { color: #57606a; font-size: 12px; white-space: nowrap; }
.theme { color: #57606a; font-weight: normal; font-size: 13px; }
.meta { font-size: 13px; color: #3d4a56; }
.missing { color: #9a3412; }
.counts { color: #57606a; font-size: 13px; }
code { background: #eef2f6; padding: 0 3px; border-radius: 3px; }
"""


def render_report(con: duckdb.DuckDBPyConnection, *, title: str = "koto report",
                  db_name: str = "") -> str:
    """The report of the database behind `con`, as one HTML string."""
    d = _load(con)
    now = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    nav = "".join(f'<a href="#{i}">{e(t)}</a>' for i, t in (
        ("overview", "Overview"), ("theme-coverage", "Themes"), ("actors", "Actors"),
        ("indicators", "Indicators"), ("ocr-repairs", "OCR & repairs"), ("programs", "Programs")))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # no network, no script: the file must render the same offline, years from now
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>"
        f'<header><h1>{e(title)}</h1><p>Integration programs of Finnish municipalities · '
        f'database {e(db_name)} · generated {e(now)}</p></header>'
        f"<nav>{nav}</nav><main>"
        + _overview(d) + _theme_section(d) + _actors_section(d) + _indicators_section(d)
        + _ocr_section(d) + _programs_section(d)
        + "</main></body></html>\n"
    )


def write_report(db_path: str | os.PathLike, out_path: str | os.PathLike) -> None:
    """Write the HTML report of the database at db_path to out_path (read-only access)."""
    con = connect_readonly(db_path)
    try:
        doc = render_report(con, db_name=Path(str(db_path)).name)
    finally:
        con.close()
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(doc, encoding="utf-8")
    os.replace(tmp, out)  # a reader never sees half a report
