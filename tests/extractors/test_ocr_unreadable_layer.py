"""plan_ocr on born-digital pages whose visible text layer decodes to the wrong letters (a
font's ToUnicode map rewritten as real files have it wrong), and on clean pages in the three
languages of the programmes, which must keep their text layer."""

from __future__ import annotations

import pymupdf
import pytest

from bench.broken_encoding import break_fonts
from extractors.ocr import page_ocr_reason, plan_ocr

SWEDISH = (
    "Målet är att alla invånare ska känna sig välkomna i kommunen och kunna delta i "
    "samhällets verksamhet. Nyinflyttade erbjuds kurser i svenska och finska samt "
    "vägledning när de söker arbete. Staden följer upp åtgärderna varje år tillsammans "
    "med föreningar och myndigheter. Barns och ungas fritidsverksamhet utökas, och "
    "familjerna får information om tjänsterna på sitt eget språk."
)
FINNISH = (
    "Kotouttamisohjelman tavoitteena on, että kaikki kuntalaiset voivat osallistua "
    "yhteiskunnan toimintaan. Maahanmuuttajille tarjotaan suomen ja ruotsin kielen opetusta "
    "sekä ohjausta työnhakuun. Kunta seuraa toimenpiteiden toteutumista vuosittain yhdessä "
    "järjestöjen ja viranomaisten kanssa. Lasten ja nuorten harrastusmahdollisuuksia "
    "lisätään, ja perheille kerrotaan palveluista heidän omalla kielellään."
)
ENGLISH = (
    "The aim of the programme is that every resident can take part in the life of the "
    "municipality. Newcomers are offered courses in Swedish and Finnish as well as guidance "
    "when they look for work. The city follows up the measures every year together with "
    "associations and public authorities. Leisure activities for children and young people "
    "are increased, and families are told about the services in their own language."
)
HEADINGS = {
    "sv": ["Mål och åtgärder för integrationen", "Uppföljning av åtgärderna", "Boende och närmiljö"],
    "fi": ["Tavoitteet ja toimenpiteet", "Toimenpiteiden seuranta", "Asuminen ja lähiympäristö"],
    "en": ["Goals and measures for integration", "Follow-up of the measures", "Housing and neighbourhood"],
}
TEXT = {"sv": SWEDISH, "fi": FINNISH, "en": ENGLISH}


def _program(lang: str = "sv", pages: int = 3) -> pymupdf.Document:
    """Pages of a bold heading over two paragraphs, set with embedded fonts that carry a
    ToUnicode map (as office software and PyMuPDF's Story write them)."""
    doc = pymupdf.open()
    for i in range(pages):
        page = doc.new_page(width=595, height=842)
        heading = HEADINGS[lang][i % len(HEADINGS[lang])]
        page.insert_htmlbox(pymupdf.Rect(60, 60, 535, 780),
                            f"<h2>{heading}</h2><p>{TEXT[lang]}</p><p>{TEXT[lang]}</p>")
    return pymupdf.Document(stream=doc.tobytes())


@pytest.mark.parametrize("lang", ["sv", "fi", "en"])
def test_clean_pages_keep_their_text_layer(lang):
    doc = _program(lang)
    assert "tavoitteena" in doc[0].get_text() or lang != "fi"
    assert plan_ocr(doc, "auto") == {}
    assert page_ocr_reason(doc[0]) is None


@pytest.mark.parametrize("variant", ["shift", "permute", "nordic", "body-shift"])
def test_wrong_tounicode_is_planned_for_ocr(variant):
    doc = _program("sv")
    assert break_fonts(doc, variant) > 0
    text = doc[0].get_text()
    assert "välkomna" not in text  # the break took: the layer no longer reads as it shows
    assert plan_ocr(doc, "auto") == {i: "damaged-text-layer" for i in range(3)}


def test_shifted_letters_on_a_single_page():
    doc = _program("sv", pages=1)
    break_fonts(doc, "shift")
    assert "Næmfu" in doc[0].get_text()  # 'Målet', every letter one code point up
    assert page_ocr_reason(doc[0]) == "damaged-text-layer"


def test_heading_font_alone_broken_sends_its_pages_to_ocr():
    # the headings' bold font has a few words a page; pooled over the document they tell
    doc = _program("sv", pages=3)
    break_fonts(doc, "bold-shift")
    assert "invånare" in doc[0].get_text()  # the body font is whole
    assert plan_ocr(doc, "auto") == {i: "damaged-text-layer" for i in range(3)}


def test_fonts_without_any_unicode_mapping_are_ocred():
    # no ToUnicode left: every glyph of the Type0 fonts is unmapped (U+FFFD in the trace),
    # so the page has no letters at all, which once read as a blank page
    doc = _program("sv", pages=2)
    break_fonts(doc, "no-tounicode")
    assert plan_ocr(doc, "auto") == {0: "damaged-text-layer", 1: "damaged-text-layer"}


def test_welcome_text_in_other_scripts_is_not_judged():
    # integration programmes greet newcomers in their languages: Cyrillic and Arabic words
    # are no words of Swedish, Finnish or English, yet nothing is broken
    russian = ("Добро пожаловать в наш город. Мы рады, что вы здесь, "
               "и поможем вам найти работу. ")
    arabic = ("مرحبا بكم في مدينتنا. نحن سعداء بوجودكم هنا "
              "وسنساعدكم في العثور على عمل وسكن. ")
    doc = pymupdf.open()
    for _ in range(2):
        page = doc.new_page(width=595, height=842)
        page.insert_htmlbox(pymupdf.Rect(60, 60, 535, 780),
                            f"<h2>Välkommen</h2><p>{russian * 6}</p><p dir=rtl>{arabic * 6}</p>")
    doc = pymupdf.Document(stream=doc.tobytes())
    assert "пожаловать" in doc[0].get_text()
    assert plan_ocr(doc, "auto") == {}


def test_table_header_cells_in_one_run_and_a_few_words_of_names_leave_a_clean_print_alone():
    # The header words of another programme ('Effektmål | Insatser | När? | Huvudansvarig och
    # samverkanspartner') printed as one text run with the cells placed apart: read without
    # the gaps they gave tokens like 'När?Huvudansvarig' (odd: '?' inside a word), and the
    # bold font of headings and header cells (53 words) counted as broken; every page of
    # the clean print was sent to OCR.
    import pymupdf

    from bench.header_words import VARIANTS, typeset
    from extractors.ocr import plan_ocr
    from golden import render as R

    pdf = typeset(R.load_source("vasa-2023-2026"), VARIANTS["A"], "ruled")
    assert plan_ocr(pymupdf.open(stream=pdf, filetype="pdf"), "auto") == {}


def test_a_font_of_few_words_is_judged_only_when_it_reads_as_nothing():
    from extractors.ocr import _unreadable_fonts

    # a running footer in italics: nine words, mostly place names, three of them words
    assert _unreadable_fonts({"Helvetica-Oblique": [9, 3, 0]}) == set()
    # nine words of which one reads as a word: a broken map
    assert _unreadable_fonts({"F1": [9, 1, 0]}) == {"F1"}
    # many words: the share decides
    assert _unreadable_fonts({"F2": [60, 18, 0]}) == {"F2"}
    assert _unreadable_fonts({"F3": [60, 40, 1]}) == set()
    # å/ä/ö read wrong: odd words decide, three at least
    assert _unreadable_fonts({"F4": [20, 14, 4]}) == {"F4"}
    assert _unreadable_fonts({"F5": [20, 18, 2]}) == set()
