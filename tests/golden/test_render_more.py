"""The further typesettings (golden/render_more.py): the content survives, and each layout is
what it claims to be."""

from __future__ import annotations

import re

import pymupdf
import pytest
from test_render import synthetic

from extractors import extract
from extractors.model import Table
from golden import render_more as M


@pytest.fixture(scope="module")
def rendered() -> dict:
    src = synthetic()
    return {style: M.render(src, style) for style in M.STYLES}


def _pages(data: bytes) -> list[pymupdf.Page]:
    doc = pymupdf.open(stream=data, filetype="pdf")
    return list(doc)


def _cell_words() -> set[str]:
    """Every word of the source except table header words (renamed or dropped by styles)."""
    out: set[str] = set()
    for b in synthetic()["blocks"]:
        for t in [b.get("text"), b.get("caption"), *(b.get("items") or []),
                  *(c for r in b.get("rows") or [] for c in r)]:
            if t:
                out |= set(re.findall(r"\w+", t))
    return out


@pytest.mark.parametrize("style", M.STYLES)
def test_every_word_of_the_content_extracts(rendered, style):
    text = "\n".join(p.get_text() for p in _pages(rendered[style]))
    have = set(re.findall(r"\w+", text))
    missing = sorted(_cell_words() - have)
    assert not missing, missing[:10]


def test_landscape_reorders_renames_and_shades_the_header(rendered):
    pages = _pages(rendered["landscape"])
    assert pages[0].rect.width > pages[0].rect.height
    page = next(p for p in pages if "ANSVARSINSTANS" in p.get_text())
    x = {w[4]: w[0] for w in page.get_text("words")}
    # goal, responsible, measure, schedule, indicator: responsible before the measure
    assert x["MÅLSÄTTNING"] < x["ANSVARSINSTANS"] < x["ÅTGÄRD/METOD"] < x["TIDTABELL"] < x["MÄTARE"]
    head_y = next(w[1] for w in page.get_text("words") if w[4] == "ANSVARSINSTANS")
    band = [d for d in page.get_drawings() if d.get("fill") and d["rect"].y0 <= head_y <= d["rect"].y1]
    assert band and band[0]["rect"].width > 0.8 * page.rect.width - 100  # one band, whole row
    inner = [d for d in page.get_drawings() if d.get("fill") is None and d["rect"].height > 0
             and d["rect"].y0 <= head_y <= d["rect"].y1]
    assert not inner, "no rules between the headings"


def test_booktabs_has_horizontal_rules_only_and_zebra_rows(rendered):
    pages = _pages(rendered["booktabs"])
    strokes = [it for p in pages for d in p.get_drawings() for it in d["items"] if it[0] == "l"]
    assert strokes and all(abs(it[1].x - it[2].x) > 1 for it in strokes)  # no vertical line
    fills = [d for p in pages for d in p.get_drawings() if d.get("fill")]
    assert len(fills) >= 10


def test_cards_print_no_goal_measure_table(rendered):
    text = "\n".join(p.get_text() for p in _pages(rendered["cards"]))
    assert "Mål 1: Sysselsättning ökar" in text
    assert re.search(r"^Ansvar: Bildningsväsendet i samarbete med Folkhälsan$", text, re.M)
    assert re.search(r"^Tidtabell: 2024–2025$", text, re.M)
    # 'same as above' is printed again on the next card of the goal
    assert text.count("Ansvar: Ungdomstjänsterna") == 1
    # a table is left only where there are no measures (the glossary)
    assert "Mätare" not in text and "Ansvarspart" not in text


def test_keyvalue_rows_are_two_column_tables(rendered, tmp_path):
    pdf = tmp_path / "kv.pdf"
    pdf.write_bytes(rendered["keyvalue"])
    tables = [it for p in extract(pdf, ocr="never").pages for it in p.items if isinstance(it, Table)]
    kv = [t for t in tables if t.n_cols == 2 and t.rows[0][0] == "Åtgärder"]
    assert len(kv) >= 30
    assert [r[0] for r in kv[0].rows] == ["Åtgärder", "Ansvarig aktör", "Tidsplan", "Mätare"]


def test_numbered_prose_numbers_the_actions(rendered):
    text = "\n".join(p.get_text() for p in _pages(rendered["numbered"]))
    assert "Mål 1. Sysselsättning ökar" in text
    assert re.search(r"^1\.1 Språkkafé för föräldrar$", text, re.M)  # the source's own number
    assert re.search(r"^2\.1 Åtgärd 3: läxhjälp", text, re.M)  # first action of goal 2
    assert "Ansvarig: Kulturväsendet och Röda Korset. Tidtabell: 2025." in text


def test_deterministic(rendered):
    src = synthetic()
    for style in M.STYLES:
        assert M.render(src, style) == rendered[style]


def test_a_target_value_or_group_column_is_no_goal_column_and_a_sub_goal_column_is():
    # 'Målvärde 2029' and 'Målgrupp' start with 'mål' but hold numbers and audiences; 'Delmål'
    # holds goals (before: the first two were printed as the cards' goal titles, the third
    # as an ordinary field)
    assert M.column_roles(["Delmål", "Åtgärd", "Målvärde 2029", "Målgrupp", "Mål"], 5) == \
        ["goal", "measure", "other", "other", "goal"]


def test_a_goal_column_of_mal_numbers_refers_to_goals_and_prints_as_a_field():
    # cells 'Mål 2' / '2' only name a goal numbered elsewhere in the document; before, the
    # text styles printed each row as a new goal heading ('Mål 1: Mål 2', 'Mål 2: 2')
    table = {"type": "table", "caption": "", "columns": ["Åtgärd", "Mål", "Ansvarig"],
             "rows": [["Läxhjälp på biblioteket", "Mål 2", "Biblioteket"],
                      ["Simskola för vuxna", "2", "Idrottstjänsterna"],
                      ["Cykelkurs för kvinnor", "Delmål 3.1", "Idrottstjänsterna"]]}
    for mode in ("cards", "numbered", "keyvalue"):
        out = M._card_blocks(table, mode, [0, 0, 0], [])
        assert not [b for b in out if b["type"] == "heading"], mode
        printed = str(out)
        assert "Mål 2" in printed and "Delmål 3.1" in printed, mode


def test_a_goal_column_of_numbers_with_a_bracketed_pair_still_refers_to_goals():
    # '(mål 2 och 3)' among bare '1' / '2' cells names two goals stated elsewhere, set off as
    # a remark; before, the whole column was taken for goals and every card got a heading
    # 'Mål 1: 1', 'Mål 3: (mål 2 och 3)' -- a goal that is only its number
    table = {"type": "table", "caption": "", "columns": ["Åtgärd", "Mål", "Ansvar", "När"],
             "rows": [["Välkomstsamtal med nya invånare", "1", "Integrationskoordinatorn", "2026"],
                      ["Familjekvällar med tolk", "(mål 2 och 3)", "Bildningsväsendet", "2027"]]}
    for mode in ("cards", "numbered", "keyvalue"):
        out = M._card_blocks(table, mode, [0, 0, 0], [])
        assert not [b for b in out if b["type"] == "heading"], mode
        assert "(mål 2 och 3)" in str(out), mode


def test_numbered_prints_a_mal_row_of_a_number_column_as_the_goal_over_its_actions():
    # a 'Nr' column numbering actions 1.1, 1.2 under rows 'Mål 1' whose text is the goal and
    # whose other cells are empty: before, the numbered style renumbered every row (goal
    # included) by its section and gave the goal row the actors of the row above it
    table = {"type": "table", "caption": "",
             "columns": ["Nr", "Åtgärd", "Ansvarig", "Tidtabell"],
             "rows": [["Mål 1", "Alla barn kan simma när de går ut skolan", "", ""],
                      ["1.1", "Simskola i årskurs 3", "Idrottstjänsterna", "2026"],
                      ["Mål 2", "Fler vuxna cyklar till arbetet", "", ""],
                      ["2.1", "Cykelkurs för vuxna", "Fritidssektorn", "våren 2027"]]}
    out = M._card_blocks(table, "numbered", [0, 0, 0], [], {"section": "4", "count": 0})
    headings = [b["text"] for b in out if b["type"] == "heading"]
    assert headings == ["Mål 1. Alla barn kan simma när de går ut skolan",
                        "Mål 2. Fler vuxna cyklar till arbetet"]
    lines = [ln for b in out if b["type"] == "lines" for ln in b["lines"]]
    assert lines[0] == "1.1. Simskola i årskurs 3"
    assert not any("Idrottstjänsterna" in ln for ln in lines[2:]), lines


def test_a_table_naming_actions_by_number_stays_a_table():
    # an 'Åtgärd' column holding only action numbers ('2.1', 'Mål 4') in a table of meters
    # names actions stated elsewhere; before, the text styles printed each row as an action
    # called '2.1' ('1. 2.1' in the numbered style)
    follow_up = {"type": "table", "caption": "Tabell 9. Mätare",
                 "columns": ["Nr", "Mätare", "Åtgärd", "Källa"],
                 "rows": [["1", "Antal simkunniga elever", "2.1", "Skolan"],
                          ["2", "Andel vuxna som cyklar", "Mål 4", "Enkät"]]}
    actions = {"type": "table", "caption": "", "columns": ["Nr", "Åtgärd", "Ansvarig"],
               "rows": [["2.1", "Simskola i årskurs 3", "Idrottstjänsterna"]]}
    assert not M._is_measure_table(follow_up)
    assert M._is_measure_table(actions)


def test_a_table_naming_actions_by_chapter_and_point_stays_a_table():
    # lists numbered anew in every chapter name their actions 'kap. 3, punkt 2' (or a whole
    # chapter, 'kap. 6'): an 'Åtgärd' column of such references states no action. Before, the
    # numbered style printed each row as an action '7.1 kap. 3, punkt 1', whose meter then
    # followed up no action
    follow_up = {"type": "table", "caption": "Tabell 2. Uppföljning",
                 "columns": ["Åtgärd", "Indikator", "Målnivå 2029"],
                 "rows": [["kap. 3, punkt 1", "Antal simkunniga elever", "90 %"],
                          ["kap. 6", "Andel vuxna som cyklar", "40 %"]]}
    assert not M._is_measure_table(follow_up)
    # an action whose text merely opens with a chapter word is still an action
    actions = {"type": "table", "caption": "", "columns": ["Åtgärd", "Ansvarig"],
               "rows": [["Kapitel 3 i välkomstguiden översätts till arabiska", "Kansliet"]]}
    assert M._is_measure_table(actions)


def test_a_goal_reference_runs_on_into_the_rest_of_a_table_after_a_page_break():
    # the action table's goal column names the sections ('Arbete', 'Språk'); the table goes on
    # after a page break under its header repeated, no caption, its first row's goal cell
    # empty: the same goal as above. Every card states its goal field again, the first one
    # after the break too (before: that card had none, and its action read as the goal before)
    cols = ["Målsättning", "Åtgärd", "Ansvarig", "Tidsplan"]
    source = {"title": "Test", "blocks": [
        {"type": "heading", "level": 2, "text": "3.1 Arbete"},
        {"type": "heading", "level": 2, "text": "3.2 Språk"},
        {"type": "heading", "level": 2, "text": "3.3 Vardag"},
        {"type": "heading", "level": 1, "text": "4 Åtgärdsplan"},
        {"type": "table", "caption": "Åtgärdsplan", "columns": cols,
         "rows": [["Arbete", "Rekryteringsdag för arbetsgivare", "Näringslivsombudet", "2025"],
                  ["Språk", "Språkcafé på biblioteket varje vecka", "Biblioteket", "2025"]]},
        {"type": "table", "caption": "", "columns": cols,
         "rows": [["", "Kvällskurs i svenska på orten", "Bildningschefen", "2026"],
                  ["Vardag", "Servicerådgivning i kommunhuset", "Kommunsekreteraren", "2025"]]}]}
    blocks = M.TextStyleRenderer(source, "keyvalue").src["blocks"]
    cards = [dict(b["rows"]) for b in blocks if b.get("type") == "table" and b.get("kv")]
    assert [c.get("Målsättning") for c in cards] == ["Arbete", "Språk", "Språk", "Vardag"]


def test_the_rest_of_a_row_cut_by_a_page_break_gets_no_goal_field_it_never_had():
    # the part after the break opens with the rest of the row the break cut: only its action
    # cell is filled. It is given no goal field from above (it would read as a card of its own,
    # an action with its goal), as the goal-reference runs on into a full first row
    cols = ["Målsättning", "Åtgärd", "Ansvarig", "Tidsplan"]
    source = {"title": "Test", "blocks": [
        {"type": "heading", "level": 2, "text": "3.1 Arbete"},
        {"type": "heading", "level": 2, "text": "3.2 Språk"},
        {"type": "heading", "level": 1, "text": "4 Åtgärdsplan"},
        {"type": "table", "caption": "Åtgärdsplan", "columns": cols,
         "rows": [["Arbete", "Rekryteringsdag för arbetsgivare", "Näringslivsombudet", "2025"],
                  ["Språk", "Mentorer bland studerande vid andra", "Skolan", "2025"]]},
        {"type": "table", "caption": "", "columns": cols,
         "rows": [["", "stadiet stöder eleverna i deras studier", "", ""],
                  ["Arbete", "Praktikplatser i kommunen", "Personalenheten", "2026"]]}]}
    blocks = M.TextStyleRenderer(source, "keyvalue").src["blocks"]
    cards = [dict(b["rows"]) for b in blocks if b.get("type") == "table" and b.get("kv")]
    assert [c.get("Målsättning") for c in cards] == ["Arbete", "Språk", None, "Arbete"]


def test_a_table_linking_coded_actions_to_lettered_goals_stays_a_table():
    # 'Åtgärd | Bidrar till mål': 'INT-03' | 'Mål A, B' names actions and goals stated
    # elsewhere; before, the card styles printed each row as a goal card 'Mål 3: Mål A, B'
    links = {"type": "table", "caption": "Tabell 3. Åtgärdernas koppling till målen",
             "columns": ["Åtgärd", "Bidrar till mål"],
             "rows": [["INT-01", "Mål A"], ["INT-02", "Mål B, A"]]}
    assert not M._is_measure_table(links)
    blocks = M._card_blocks(links, "cards", [0, 0, 0], [])
    assert not any(re.match(r"Mål \d+: Mål [A-Z]", b.get("text", "")) for b in blocks)
