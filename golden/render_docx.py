"""Typeset a golden program as a Word document and convert it to PDF with LibreOffice.

Most municipal programs are written in a word processor and exported to PDF. That producer
lays text out in its own way (justified paragraphs, list bullets from a symbol font, table
cells as paragraphs with spacing, tables split between rows with a repeated header row), so
the pipeline is measured on it as well as on ``golden/render.py`` (PyMuPDF) and
``golden/render_html.py`` (Chromium).

Styles:

``docx-grid``
    Word's "Table Grid": every cell ruled, header row bold and repeated on each page.
``docx-plain``
    No cell borders at all (Word's "Normal Table"): columns only through alignment.

CLI::

    python -m golden.render_docx SLUG --style docx-grid --out FILE
    python -m golden.render_docx --all --out-dir DIR

Needs python-docx (`pip install -e '.[fixtures]'`) and LibreOffice's ``soffice``
(`apt-get install libreoffice-writer-nogui`); used only to make fixtures and in ``bench/``,
never by the pipeline.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from golden import fixture_cli
from golden.render import load_source

STYLES = ("docx-grid", "docx-plain")


def to_docx(source: dict, style: str, path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Serif"
    d.styles["Normal"].font.size = Pt(10.5)
    section = d.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    # the title block a program opens with (as golden/render.py prints it): the title in
    # Word's Title style, then the municipality and the period
    if source.get("title"):
        d.add_paragraph(source["title"], style="Title")
    period = "–".join(str(x) for x in (source.get("period_start"), source.get("period_end")) if x)
    sub = " ".join(x for x in (source.get("municipality") or "", period) if x)
    if sub:
        d.add_paragraph(sub, style="Subtitle")
    for b in source["blocks"]:
        kind = b["type"]
        if kind == "heading":
            d.add_heading(b["text"], level=min(3, int(b.get("level", 1))))
        elif kind == "paragraph":
            d.add_paragraph(b["text"])
        elif kind == "bullets":
            for item in b["items"]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            if b.get("caption"):
                cap = d.add_paragraph()
                cap.add_run(b["caption"]).bold = True
            cols = b["columns"]
            t = d.add_table(rows=1, cols=len(cols))
            t.style = d.styles["Table Grid"] if style == "docx-grid" else d.styles["Normal Table"]
            hdr = t.rows[0]
            # the header row repeats on every page the table runs on, as Word users set it
            trpr = hdr._tr.get_or_add_trPr()
            mark = OxmlElement("w:tblHeader")
            mark.set(qn("w:val"), "true")
            trpr.append(mark)
            for cell, name in zip(hdr.cells, cols):
                cell.paragraphs[0].add_run(name).bold = True
            for row in b["rows"]:
                cells = t.add_row().cells
                for cell, text in zip(cells, row):
                    parts = [p for p in (text or "").split("\n") if p.strip()]
                    if not parts:
                        continue
                    cell.paragraphs[0].add_run(parts[0])
                    for p in parts[1:]:  # a line break in the source cell: a new cell paragraph
                        cell.add_paragraph(p)
                    for p in cell.paragraphs:
                        p.paragraph_format.space_after = Pt(3)
                        for r in p.runs:
                            r.font.size = Pt(9)
            for cell in hdr.cells:
                for r in cell.paragraphs[0].runs:
                    r.font.size = Pt(9)
    # The document's title in its properties, as a word processor keeps it (File >
    # Properties) and as render_html puts it in <title>: LibreOffice exports it as the
    # PDF's title, where a program's name and period are read when no title page says them.
    d.core_properties.title = source.get("title") or ""
    d.core_properties.author = ""
    d.save(str(path))


def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if not path:
        raise SystemExit("soffice not found: apt-get install libreoffice-writer-nogui")
    return path


def render(slug: str, style: str, out: Path) -> Path:
    return render_source(load_source(slug), style, out)


def render_source(source: dict, style: str, out: Path) -> Path:
    """`source` (a source.json dict) typeset in `style` and printed to PDF by LibreOffice."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{out.stem}.docx"
        to_docx(source, style, src)
        # a private profile: a stale or concurrent LibreOffice user profile blocks --headless
        subprocess.run(
            [soffice(), f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, str(src)],
            check=True, capture_output=True, timeout=300,
        )
        shutil.move(str(Path(tmp) / f"{out.stem}.pdf"), out)
    return out


def main(argv: list[str] | None = None) -> int:
    return fixture_cli.run(argv, prog="python -m golden.render_docx", doc=__doc__, styles=STYLES, render=render,
                           default_dir="bench/out/docx")


if __name__ == "__main__":
    sys.exit(main())
