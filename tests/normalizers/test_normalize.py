"""normalize(): Unicode, page furniture, de-hyphenation, repair per page with an audit trail."""

from __future__ import annotations

import pytest

from extractors.model import Line, Page, RawDocument, Table
from normalizers import normalize
from normalizers.document import clean_unicode

BODY = [
    "Det lagstadgade programmet for integrationsframjande har i Borga namnet",
    "Program for att framja integrationen av invand-",
    "rare. Redan genom det tar Borgd i princip stallning till",
    "att samarbetet mellan social- och",
    "halsovarden och CV-",
    "kliniken ar viktigt. Ocksa ﬁnska och svenska kurser\u00adna ordnas.",
]
CLEAN = [
    "Målet är att alla invånare ska ha möjlighet att delta i samhället.",
    "Samarbetet mellan social- och hälsovården och sysselsättnings-",
    "tjänsterna stärks under programperioden i hela staden.",
]


def _doc(body, n=5, header="Borgå stad – Program för integration 2022–2024", row=("Battre sprakkunskaper", "Kurser for invandrare")):
    pages = []
    for i in range(1, n + 1):
        rot = body[i % len(body):] + body[: i % len(body)] if i > 1 else body
        items = [Line(text=header)] + [Line(text=t) for t in (body if i == 1 else rot)]
        items.append(Table(rows=[["Mål", "Åtgärd"], list(row)]))
        items.append(Line(text=f"{i}"))
        pages.append(Page(page_no=i, items=items, raw_text="\n".join(getattr(x, "text", "") for x in items)))
    return RawDocument(source_file="t.txt", sha256="0" * 64, kind="txt", pages=pages)


@pytest.fixture(scope="module")
def damaged_doc(repairer):
    return normalize(_doc(BODY))


def _lines(page):
    return [it.text for it in page.items if it.kind == "line"]


def test_unicode():
    assert clean_unicode("ﬁnska ﬂyktingar") == "finska flyktingar"
    assert clean_unicode("kurser\u00adna") == "kursern" + "a"
    assert clean_unicode("a\u0308r") == "är" and clean_unicode("o¨ver") == "över"
    assert clean_unicode("2\u00a0000\u2009st") == "2 000 st"
    assert clean_unicode("ord\u200b") == "ord"


def test_furniture_removed(damaged_doc):
    for page in damaged_doc.pages:
        assert page.removed[0].startswith("Borgå stad")
        assert page.removed[-1] == str(page.page_no)
        assert not any(t.startswith("Borgå stad –") for t in _lines(page))
        assert page.raw_text.startswith("Borgå stad")


def test_dehyphenation_and_repair(damaged_doc):
    p1 = damaged_doc.pages[0]
    lines = _lines(p1)
    assert lines[1] == "Program för att främja integrationen av invandrare."
    assert lines[2].startswith("Redan genom det tar Borgå i princip ställning till")
    assert lines[3].endswith("social- och")  # a real hyphen stays
    assert lines[4].endswith("CV-kliniken")  # joined, the abbreviation's hyphen kept
    assert "finska och svenska kurserna ordnas" in lines[5]
    assert p1.damaged and p1.damage_score > 0.05
    table = next(it for it in p1.items if it.kind == "table")
    assert table.rows[1] == ["Bättre språkkunskaper", "Kurser för invandrare"]


def test_audit_trail(damaged_doc):
    reps = [r for r in damaged_doc.repairs if r.page_no == 1]
    rules = {r.rule.split("+")[0] for r in reps}
    assert {"unicode", "diacritic", "lookalike", "dehyphenate"} <= rules
    d = next(r for r in reps if r.rule == "dehyphenate")
    assert d.original == "invand- rare" and d.repaired == "invandrare"
    assert all(0 < r.confidence <= 1 and r.line_no for r in reps)


def test_clean_document_not_repaired(repairer):
    doc = normalize(_doc(CLEAN, n=4, row=("Bättre språkkunskaper", "Kurser för invandrare")))
    for page in doc.pages:
        assert not page.damaged
    assert not [r for r in doc.repairs if r.rule not in ("dehyphenate", "unicode")]
    lines = _lines(doc.pages[0])
    assert lines[1] == "Samarbetet mellan social- och hälsovården och sysselsättningstjänsterna"
    assert lines[2] == "stärks under programperioden i hela staden."


def test_a_place_name_in_a_clean_document_is_no_damage(repairer):
    # a correct text layer naming "Vanda" (a place) at the start of table cells and lines:
    # read there as the commoner "vända", each start once counted as damage, the page was
    # called damaged and repaired (also "rad" -> "råd"). Inside the sentences the same word
    # is a name, so the document shows it is one: nothing is damaged, nothing changed.
    body = ["Vanda är en av de mest mångspråkiga städerna i Finland och samarbetar med Kervo.",
            "Färdplanen har en tabell per tema. Varje rad är ett mål för åren framåt.",
            "Uppföljningen görs i samarbete med Vanda och Kervo välfärdsområde."]
    pages = []
    for i in range(1, 3):
        items = [Line(text=t) for t in body]
        items.append(Table(rows=[["Mål", "Ansvar"], ["Nya invånare får arbete", "Vanda stad"],
                                 ["Alla mår bra", "Vanda och Kervo\nvälfärdsområde"],
                                 ["Barn lär sig språket", "Vanda vuxeninstitut"],
                                 ["Unga trivs i skolan", "Vanda stad"]]))
        pages.append(Page(page_no=i, items=items, raw_text=""))
    doc = normalize(RawDocument(source_file="t.txt", sha256="0" * 64, kind="txt", pages=pages))
    assert not any(p.damaged for p in doc.pages)
    assert not [r for r in doc.repairs if r.rule not in ("dehyphenate", "unicode")]
    # repaired anyway, the name stays a name
    forced = normalize(RawDocument(source_file="t.txt", sha256="0" * 64, kind="txt", pages=pages),
                       repair="always")
    assert not [r for r in forced.repairs if r.original == "Vanda"]


def test_repair_modes(repairer):
    never = normalize(_doc(BODY, n=3), repair="never")
    assert not any(p.damaged for p in never.pages)
    assert not [r for r in never.repairs if r.rule not in ("dehyphenate", "unicode")]
    always = normalize(_doc(CLEAN, n=3), repair="always")
    assert all(p.damaged for p in always.pages)
    with pytest.raises(ValueError):
        normalize(_doc(CLEAN, n=1), repair="sometimes")


def test_short_pages_follow_the_document(repairer):
    clean = _doc(CLEAN, n=4, row=("Bättre språkkunskaper", "Kurser för invandrare"))
    clean.pages[2].items = [Line(text="Stöd for alla")]  # a short page, one suspicious word
    out = normalize(clean)
    assert not out.pages[2].damaged and out.pages[2].items[0].text == "Stöd for alla"
    damaged = _doc(BODY, n=4)
    damaged.pages[2].items = [Line(text="Malet ar tydligt")]
    out = normalize(damaged)
    assert out.pages[2].damaged and out.pages[2].items[0].text == "Målet är tydligt"


def test_words_broken_at_a_cell_edge_are_joined_when_the_lexicon_says_so():
    from normalizers.document import join_cell_word_breaks

    shy = "\u00ad"
    got, reps = join_cell_word_breaks(f"Stadsmiljösekto{shy}\nrn, bostädernas\nbyggherrar", 3, 2)
    assert got == "Stadsmiljösektorn,\nbostädernas\nbyggherrar"
    assert [(r.original, r.repaired, r.rule, r.page_no) for r in reps] == [
        ("Stadsmiljösekto rn", "Stadsmiljösektorn", "dehyphenate", 3)]
    got, _ = join_cell_word_breaks(f"Sysselsättninge{shy}\nns\nekosystem", 1, 1)
    assert got == "Sysselsättningens\nekosystem"  # the tail was the whole line
    # an ordinary break that reached the edge: both pieces are words ("föratt" is not joined,
    # nor "medhjälp", a word of its own)
    for cell in (f"Skapa mötesplatser för{shy}\natt knyta", f"t.ex. med{shy}\nhjälp av appar"):
        got, reps = join_cell_word_breaks(cell, 1, 1)
        assert reps == [] and got == cell.replace(shy, "")


def test_a_definite_plural_ending_alone_at_a_cell_edge_is_no_word():
    # 'erna' / 'arna' / 'orna' count as words in the lexicon (its corpus holds such broken
    # pieces), yet alone they are only the ending of the noun before the break
    from normalizers.document import join_cell_word_breaks

    shy = "\u00ad"
    got, reps = join_cell_word_breaks(f"Socialtjänst{shy}\nerna ordnar", 2, 1)
    assert got == "Socialtjänsterna\nordnar"
    assert [(r.original, r.repaired) for r in reps] == [("Socialtjänst erna", "Socialtjänsterna")]
    got, _ = join_cell_word_breaks(f"Skol{shy}\norna", 1, 1)
    assert got == "Skolorna"
    # any other short piece still has to be no word for the join ('en' is one)
    got, reps = join_cell_word_breaks(f"Bibliotek{shy}\nen", 1, 1)
    assert reps == [] and got == "Bibliotek\nen"


def test_normalize_joins_marked_cell_breaks_and_drops_the_other_marks():
    shy = "\u00ad"
    table = Table(rows=[["Ansvar", "Mål"], [f"Boenderådgivar{shy}\nna", f"Stöd för{shy}\natt hitta bostad"]])
    doc = RawDocument(source_file="x.pdf", sha256="0" * 64, kind="pdf",
                      pages=[Page(page_no=1, items=[Line(text="Boende"), table])])
    out = normalize(doc, repair="never")
    rows = out.pages[0].tables[0].rows
    assert rows[1] == ["Boenderådgivarna", "Stöd för\natt hitta bostad"]
    assert any(r.rule == "dehyphenate" and r.repaired == "Boenderådgivarna" for r in out.repairs)


BODY_PLAIN = ["Kommunen ordnar kurser för vuxna i hela kommunen.", "Skolorna erbjuder stöd i modersmålet."]


def test_caption_over_a_pages_last_table_is_no_running_footer():
    # One table per measure, each under its caption ('Åtgärd 3.1'): a page's last lines are
    # the caption of its last table, whose text (digits aside) recurs on every page. A line
    # with a table between it and the page's foot does not stand at the foot (before: the
    # caption was dropped as a running footer, and the measure's table lost its heading).
    pages = []
    for i in range(1, 6):
        items = [Line(text="Malax · Program för främjande av integration 2024–2027"),
                 Line(text=[*CLEAN, *BODY_PLAIN][i - 1]),
                 Line(text="Biblioteket ordnar språkkaféer och läxhjälp för barn och vuxna."),
                 Line(text="Föreningarna får understöd för verksamhet som samlar invånarna."),
                 Line(text=f"Åtgärd {i}.1"),
                 Table(rows=[["Rubrik", "Beskrivning"], ["Åtgärd", f"Kurs {i}"]]),
                 Line(text=f"Åtgärd {i}.2"),
                 Table(rows=[["Rubrik", "Beskrivning"], ["Åtgärd", f"Kafé {i}"]]),
                 Line(text=f"{i}")]
        pages.append(Page(page_no=i, items=items, raw_text=""))
    doc = normalize(RawDocument(source_file="t.pdf", sha256="0" * 64, kind="pdf", pages=pages))
    for page in doc.pages:
        assert _lines(page)[3:] == [f"Åtgärd {page.page_no}.1", f"Åtgärd {page.page_no}.2"]
        assert page.removed == ["Malax · Program för främjande av integration 2024–2027", str(page.page_no)]


def test_a_dash_after_a_hyphenated_word_goes_up_with_the_word(repairer):
    # 'utan-' / 'för - yrkesövergripande': left at the line start, the text's dash would read
    # as a list marker and cut the sentence in two
    from normalizers.document import dehyphenate_lines
    lines = [Line(text="Inkludering av dem som står utan-"), Line(text="för - yrkesövergripande service"),
             Line(text="till dem som står utanför arbetslivet")]
    dehyphenate_lines(lines, 1, [1, 2, 3])
    assert [ln.text for ln in lines[:2]] == ["Inkludering av dem som står utanför -", "yrkesövergripande service"]


def test_running_header_a_table_took_as_its_first_row_is_furniture():
    # A borderless table that opens a page may take the page's running header as a row with
    # one cell filled; the header is dropped there as it is on the other pages (before: the
    # header stayed a row of the table and was read as an action).
    header = "Storby · Integrationsprogram 2026–2029"
    pages = []
    for i in range(1, 6):
        items = [Line(text=header), Line(text=[*CLEAN, *BODY_PLAIN][i - 1]), Line(text=f"{i}")]
        if i == 3:
            items = [Table(rows=[[header, "", ""], ["Läxhjälp i biblioteket", "Biblioteket", "2026"]], header_rows=1),
                     *items[1:]]
        pages.append(Page(page_no=i, items=items, raw_text=""))
    doc = normalize(RawDocument(source_file="t.pdf", sha256="0" * 64, kind="pdf", pages=pages))
    table = doc.pages[2].tables[0]
    assert table.rows == [["Läxhjälp i biblioteket", "Biblioteket", "2026"]] and table.header_rows == 0
    assert header in doc.pages[2].removed
    # a row whose one cell is no furniture stays
    assert normalize(RawDocument(source_file="t.pdf", sha256="0" * 64, kind="pdf", pages=[
        Page(page_no=1, items=[Table(rows=[["Boende", "", ""], ["Kurs", "Skolan", "2026"]])], raw_text="")]),
        repair="never").pages[0].tables[0].rows[0] == ["Boende", "", ""]


def test_running_header_of_a_two_page_document_goes(repairer):
    # A short programme of two pages has no third page to repeat its running header: a line
    # standing, word for word, at the top of both pages is that header (before: it stayed,
    # read as a heading between a list's items that a page break had split)
    head = "Exempelby · Program för främjande av integration 2026–2029"
    pages = [Page(page_no=1, items=[Line(text=head), Line(text=CLEAN[0]), Line(text=CLEAN[1]),
                                    Line(text=CLEAN[2]), Line(text="Det här gör vi:"),
                                    Line(text="• Vi ordnar en kurs i svenska varje höst.")], raw_text=""),
             Page(page_no=2, items=[Line(text=head), Line(text="• Vi startar ett språkkafé i biblioteket."),
                                    Line(text=BODY_PLAIN[0]), Line(text=BODY_PLAIN[1]),
                                    Line(text="Tabell 2. Åtgärder för arbete")], raw_text="")]
    doc = normalize(RawDocument(source_file="t.pdf", sha256="0" * 64, kind="pdf", pages=pages))
    assert [p.removed for p in doc.pages] == [[head], [head]]


def test_two_pages_with_different_captions_at_their_feet_keep_them(repairer):
    # digits count with two pages: 'Tabell 1.' and 'Tabell 2.' are two captions, no footer
    texts = [*CLEAN, *BODY_PLAIN]
    pages = [Page(page_no=i, items=[*(Line(text=t) for t in (texts if i == 1 else texts[::-1])),
                                    Line(text=f"Tabell {i}. Åtgärder")], raw_text="") for i in (1, 2)]
    doc = normalize(RawDocument(source_file="t.pdf", sha256="0" * 64, kind="pdf", pages=pages))
    assert [p.removed for p in doc.pages] == [[], []]
