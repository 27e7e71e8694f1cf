"""A list item broken off at the foot of a page's right column goes on at the top of the next
page's left column, in the hanging indent (thirty-first blind set, helper t31a). A column of
list items only has its edge at the markers, a column with other text at its margin: the
item's rest may then stand left of its last line by the marker's indent, and still right of
where the marker stood. The pages are made here with PyMuPDF."""

from __future__ import annotations

import pymupdf
from column_pages import BOLD as _BOLD, PITCH as _PITCH, REG as _REG, SIZE as _SIZE, column as _column

from classifiers.elements import document_elements
from pipeline.process import ProcessOptions, extract, normalize


def _filler(n: int) -> list[tuple[str, list[str]]]:
    return [("para", ["Kommunen har tagit emot nya invånare under flera år", "och vill nu samla arbetet i ett program."])] * n


def test_an_items_rest_at_the_next_pages_top_left_of_its_last_line_by_the_markers_indent(tmp_path):
    doc = pymupdf.open()
    p1 = doc.new_page(width=595, height=842)
    tw = pymupdf.TextWriter(p1.rect)
    tw.append((45, 60), "Integrationsprogram för Exempelby 2025–2027", font=_BOLD, fontsize=17)
    _column(tw, 45, 100, _filler(20))
    _column(tw, 309, 100, _filler(17) + [
        ("para", ["Fullmäktige beslutar att"]),
        ("item", ["2. uppdra åt socialnämnden att öppna en", "rådgivningspunkt från våren 2026 (mål"])])
    tw.write_text(p1)
    p2 = doc.new_page(width=595, height=842)
    tw = pymupdf.TextWriter(p2.rect)
    _column(tw, 45, 60, [("rest", ["a);"]),
                         ("item", ["3. uppdra åt bildningsnämnden att ordna", "läxhjälp 2027 (mål b);"]),
                         ("item", ["4. godkänna programmet i sin helhet."])])
    tw.write_text(p2)
    path = tmp_path / "rest.pdf"
    doc.save(path)
    o = ProcessOptions()
    texts = [" ".join(e.text.split()) for e in document_elements(normalize(extract(str(path), o), o))
             if e.kind in ("para", "bullet")]
    assert "• 2. uppdra åt socialnämnden att öppna en rådgivningspunkt från våren 2026 (mål a);" in texts
    assert "a);" not in texts


def test_an_items_rest_at_the_next_pages_top_where_the_item_has_no_hanging_indent(tmp_path):
    # a numbered list whose items wrap back to the margin ('5.2 Ordna …' / 'evenemang …'):
    # the marker stands where every line of the item does, so the line at the next page's
    # top in that place is the item's rest, not the text after the list
    doc = pymupdf.open()
    p1 = doc.new_page(width=595, height=842)
    tw = pymupdf.TextWriter(p1.rect)
    tw.append((45, 60), "Integrationsprogram för Exempelby 2025–2027", font=_BOLD, fontsize=17)
    y = 100.0
    for _ in range(22):
        for line in ("Kommunen har tagit emot nya invånare under flera år", "och vill nu samla arbetet i ett program."):
            tw.append((45, y), line, font=_REG, fontsize=_SIZE)
            y += _PITCH
        y += 5.6
    for line in ("5.1 Ordna språkcaféer i biblioteken varje vecka.",
                 "5.2 Stödja föreningarnas arbete genom att ordna evenemang i samarbete med",):
        tw.append((45, y), line, font=_REG, fontsize=_SIZE)
        y += _PITCH + 2.0
    tw.write_text(p1)
    p2 = doc.new_page(width=595, height=842)
    tw = pymupdf.TextWriter(p2.rect)
    tw.append((45, 60), "föreningar och invånare.", font=_REG, fontsize=_SIZE)
    tw.append((45, 60 + _PITCH + 2.0), "5.3 Informera om fritidsverksamhet på flera språk.", font=_REG, fontsize=_SIZE)
    tw.write_text(p2)
    path = tmp_path / "flush.pdf"
    doc.save(path)
    o = ProcessOptions()
    texts = [" ".join(e.text.split()) for e in document_elements(normalize(extract(str(path), o), o))
             if e.kind in ("para", "bullet")]
    assert any(t.endswith("ordna evenemang i samarbete med föreningar och invånare.") for t in texts), texts
    assert "föreningar och invånare." not in texts
