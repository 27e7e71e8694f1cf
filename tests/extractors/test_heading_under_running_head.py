"""A heading of the body that a page break sets first under the running head, on half the
pages or more (a fixed sub-heading each theme repeats), is content, no running head: it is
printed larger than the body text, under the page's running head, no higher than where the
body text opens on the other pages (`normalizers.document._headings_under_head`). A line
repeated in the margin above the body still goes."""

from __future__ import annotations


def _line(text, y0, size=10.0, bold=False):
    from extractors.model import BBox, Line

    return Line(text=text, bbox=BBox(x0=60, y0=y0, x1=60 + 0.5 * size * len(text), y1=y0 + size),
                font_size=size, bold=bold)


def _pages(sub_y: float, sub_size: float):
    from extractors.model import Page

    pages = []
    for n in range(1, 7):
        items = [_line("Exby kommun · Plan för integration 2026–2029", 25, size=8.0)]
        y = 62.0
        if n in (3, 4, 5):
            # the theme's fixed sub-heading opens these pages
            items.append(_line("Vad vi vill nå", sub_y, size=sub_size, bold=True))
            y = sub_y + 26
        for k in range(8):
            word = ["skolan", "biblioteket", "föreningarna", "arbetet", "boendet", "hälsan"][n - 1]
            items.append(_line(f"Om {word} och hur det går till i kommunen, {'del ' * (k + 1)}slut.", y))
            y += 14
        items.append(_line(str(n), 803, size=8.0))
        pages.append(Page(page_no=n, width=595, height=842, items=items))
    return pages


def _dropped(pages):
    from normalizers.document import find_furniture

    found = find_furniture(pages)
    return {pages[pi].items[i].text for pi, idx in found.items() for i in idx}


def test_a_heading_opening_the_body_under_the_head_stays():
    gone = _dropped(_pages(62.8, 13.0))
    assert "Exby kommun · Plan för integration 2026–2029" in gone
    assert "Vad vi vill nå" not in gone


def test_a_line_in_the_margin_above_the_body_still_goes():
    # the same line set in the margin, above where the body opens on the other pages
    gone = _dropped(_pages(40.0, 13.0))
    assert "Vad vi vill nå" in gone


def test_a_line_in_the_body_size_still_goes():
    # printed in the body's size it is no heading: a repeated line at the top goes
    gone = _dropped(_pages(62.8, 10.0))
    assert "Vad vi vill nå" in gone
