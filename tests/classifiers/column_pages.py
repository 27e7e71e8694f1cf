"""Test helper: blocks of text typeset down one column of a PyMuPDF page, as a two-column
programme sets them (the two-column reading tests build their pages with it)."""

from __future__ import annotations

import pymupdf

PITCH, SIZE = 12.6, 9.5
REG, BOLD = pymupdf.Font("helv"), pymupdf.Font("hebo")  # with their Unicode maps: '–', '•'


def column(tw, x: float, y: float, blocks: list[tuple[str, list[str]]]) -> None:
    """Blocks down one column from y: ('para', lines) at the column's edge, ('item', lines)
    with its glyph 5 pt in and its text hanging at 16 pt, ('rest', lines) an item's lines
    going on from the column before (in the hanging indent, no glyph), ('head', [text])
    bold and larger."""
    for kind, lines in blocks:
        for j, line in enumerate(lines):
            if kind == "head":
                tw.append((x, y), line, font=BOLD, fontsize=12.5)
                y += 6
            elif kind in ("item", "rest"):
                if j == 0 and kind == "item":
                    tw.append((x + 5, y), "•", font=REG, fontsize=SIZE)
                tw.append((x + 16, y), line, font=REG, fontsize=SIZE)
            else:
                tw.append((x, y), line, font=REG, fontsize=SIZE)
            y += PITCH
        y += 2.0 if kind in ("item", "rest") else 5.6
