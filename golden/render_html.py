"""Typeset a golden program as HTML and print it to PDF with headless Chromium.

``golden/render.py`` draws every page itself with PyMuPDF; a pipeline tuned on those PDFs alone
may lean on how that one typesetter places text. Municipalities publish PDFs from word
processors and web publishing tools, which lay out differently: a browser flows text with its
own line breaking, draws list markers as vector discs (no "•" in the text layer), puts cell
paragraphs in one cell with spacing between them, and breaks tables between rows with the
header repeated. This renderer gives the same content (``source.json``) a second producer.

Styles (CSS only; the HTML is the same):

``html-ruled``
    A full grid with a shaded header row (a word processor's default table).
``html-rules``
    No grid: one rule under the header row (booktabs / "light" table styles).
``html-zebra``
    No rules: a dark header band with white text and alternate rows shaded.

CLI::

    python -m golden.render_html SLUG --style html-rules --out FILE
    python -m golden.render_html --all --out-dir DIR     # every program in every style

Needs the ``chromium`` binary (installed by ``make sysdeps``); only used to make fixtures and
in ``bench/``, never by the pipeline.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from golden import fixture_cli
from golden.render import load_source

BASE_CSS = """
@page { size: A4; margin: 2cm 1.8cm; }
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; margin: 8pt 0; font-size: 9pt; }
tr { page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 3pt 4pt; }
td p { margin: 0 0 4pt 0; }
caption { text-align: left; font-weight: bold; margin-bottom: 4pt; }
"""

STYLE_CSS = {
    "html-ruled": "th, td { border: 0.75pt solid #000; } th { background: #d9e2f3; }",
    "html-rules": "th { border-bottom: 1pt solid #000; }",
    "html-zebra": "th { background: #1f4e79; color: #fff; } tbody tr:nth-child(even) td { background: #eef3f8; }",
}
STYLES = tuple(STYLE_CSS)


def _cell(text: str) -> str:
    # A line break inside a source cell is a new paragraph of the cell (several goals in one
    # merged cell), printed as a word processor prints it: a paragraph with space after it.
    return "".join(f"<p>{html.escape(part)}</p>" for part in text.split("\n") if part.strip())


def table_html(b: dict) -> str:
    """A table block as an HTML table: its header row, then its rows."""
    cap = f"<caption>{html.escape(b['caption'])}</caption>" if b.get("caption") else ""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in b["columns"])
    rows = "".join("<tr>" + "".join(f"<td>{_cell(c)}</td>" for c in r) + "</tr>" for r in b["rows"])
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def to_html(source: dict, style: str, table=table_html, extra_css: str = "") -> str:
    """The program as one HTML page; `table` prints a table block (bench.goal_rows prints
    its goals as merged rows instead of a column)."""
    parts = [f"<!doctype html><html lang='sv'><head><meta charset='utf-8'>"
             f"<title>{html.escape(source.get('title') or '')}</title>"
             f"<style>{BASE_CSS}{STYLE_CSS[style]}{extra_css}</style></head><body>"]
    for b in source["blocks"]:
        kind = b["type"]
        if kind == "heading":
            lv = min(3, int(b.get("level", 1)))
            parts.append(f"<h{lv}>{html.escape(b['text'])}</h{lv}>")
        elif kind == "paragraph":
            parts.append(f"<p>{html.escape(b['text'])}</p>")
        elif kind == "bullets":
            parts.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in b["items"]) + "</ul>")
        elif kind == "table":
            parts.append(table(b))
    parts.append("</body></html>")
    return "".join(parts)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("chromium not found: run `make sysdeps` (apt-get install chromium)")


def print_pdf(page_html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "program.html"
        src.write_text(page_html, encoding="utf-8")
        # The flags keep a headless Chromium off the network (this machine has none) and out
        # of any profile; the header/footer Chromium adds by default (date, file URL) would
        # be page furniture that no real program has.
        subprocess.run(
            [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={d}/profile", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", src.as_uri()],
            check=True, capture_output=True, timeout=180,
        )


def render(slug: str, style: str, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    print_pdf(to_html(load_source(slug), style), out)
    return out


def main(argv: list[str] | None = None) -> int:
    return fixture_cli.run(argv, prog="python -m golden.render_html", doc=__doc__, styles=STYLES, render=render,
                           default_dir="bench/out/html")


if __name__ == "__main__":
    sys.exit(main())
