"""A one-column box whose bold header row sits right over its first plain row (twenty-fourth
blind set, blind139 in two text columns): the rows, 19 pt apart, are items of their own, and
the wrapped line of a row (11 pt under it) goes on with it. The in-paragraph step of the type
size is taken from lines of one weight (`elements._line_pitch`). A made-up PDF page."""

from __future__ import annotations

import pymupdf

from pipeline.process import ProcessOptions, extract, normalize

from classifiers.elements import document_elements


def test_rows_of_a_box_under_a_bold_header_row_stay_apart(tmp_path):
    path = tmp_path / "box.pdf"
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 80
    page.insert_text((45, y), "Mål 1. Nya invånare hittar rätt service", fontsize=12.5, fontname="hebo")
    y += 24
    for ln in ("Många nya invånare vet inte vart de ska vända sig under sitt första år och", "blir utan vägledning."):
        page.insert_text((45, y), ln, fontsize=9.5, fontname="helv")
        y += 12.6
    y += 14
    page.insert_text((45, y), "Det här gör vi", fontsize=11.5, fontname="hebo")
    y += 20
    page.insert_text((49, y), "Det här gör vi", fontsize=9, fontname="hebo")
    for ln, step in (("Välkomstbroschyr delas ut på servicekontoret (kommunkansliet, från 2026)", 19),
                     ("Öppet hus på biblioteket för nyinflyttade (biblioteket, vår och höst)", 19),
                     ("Informationskväll om kommunens tjänster två gånger per år (kommunkansliet", 19),
                     ("tillsammans med församlingen, årligen)", 11)):
        y += step
        page.insert_text((49, y), ln, fontsize=9, fontname="helv")
    doc.save(path)

    o = ProcessOptions()
    els = document_elements(normalize(extract(path, o), o))
    paras = [e.text for e in els if e.kind == "para"]
    assert paras[-3:] == [
        "Välkomstbroschyr delas ut på servicekontoret (kommunkansliet, från 2026)",
        "Öppet hus på biblioteket för nyinflyttade (biblioteket, vår och höst)",
        "Informationskväll om kommunens tjänster två gånger per år (kommunkansliet tillsammans med "
        "församlingen, årligen)"]
