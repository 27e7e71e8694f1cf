"""Sixty-eighth blind set, reader r68 (blind405–blind408) conventions, on made-up text:

- a goal labelled with the year the programme aims at and its preposition: 'Målet för
  2030: <goal>.', 'Mål till år 2029: …', 'Målsättningen fram till 2028: …' (`colon_goal`);
- an action table split by group rows that hold the group's code in the number column and
  its theme in the action column ('B' | 'Boende' | '' | '' over 'B1', 'B2'): the rows are
  no actions, their actions serve the goal given under that theme (`action_title_rows`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.colon_goal import goal_after_colon
from classifiers.text import squash as _sq


# ---- 'Målet för 2030: <goal>.' ----

def test_goal_labelled_with_its_year_and_preposition():
    for label in ("Målet för 2030", "Mål till år 2029", "Målsättningen fram till 2028",
                  "Mål 2028", "Målet senast 2031"):
        assert goal_after_colon(f"{label}: Alla nyinflyttade barn går i förskola inom ett år.") == (
            "Alla nyinflyttade barn går i förskola inom ett år"), label
    # a statistic with a year is no goal label
    assert goal_after_colon("Läget 2024: andelen sysselsatta var 54 procent.") is None


def _lettered_programme(group_code: bool = True) -> list[dict]:
    def group(code: str, theme: str) -> list[str]:
        return [code if group_code else "", theme, "", "", ""]
    return [
        _h("1 Inledning", 2),
        _p("Exby och Ybacka har tillsammans 9 400 invånare. Programmet gäller 2026–2030."),
        _h("2 Målområden", 2),
        _h("A Boende", 3),
        _p("Det finns få hyresbostäder i byarna."),
        _p("Målet för 2030: Nyinflyttade familjer hittar en bostad inom tre månader."),
        _h("B Fritid", 3),
        _p("Målet för 2030: Barn med utländsk bakgrund deltar i klubbar och idrott som andra barn."),
        _h("3 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp planen varje höst."),
        _h("Bilaga 1. Åtgärder", 2),
        {"type": "table", "caption": "", "columns": ["Nr", "Åtgärd", "Ansvarig", "Tidsplan", "Mätare"],
         "rows": [group("A", "Boende"),
                  ["A1", "En förteckning över lediga hyresbostäder förs på webben", "Tekniska sektorn",
                   "2026", "antal förmedlade bostäder"],
                  ["A2", "Hyresvärdarna bjuds in till en årlig träff", "Kansliet", "varje vår", "–"],
                  group("B", "Fritid"),
                  ["B1", "Klubbavgiften slopas det första året", "Fritidsenheten", "2027", "–"],
                  ["B2", "Idrottsföreningarna får en kontaktperson", "Fritidsenheten", "2026–2030", "–"]]},
    ]


def test_group_rows_with_code_in_number_column():
    ex = _classify(_lettered_programme())
    goals = {g.id: g.text for g in ex.goals}
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Nyinflyttade familjer hittar en bostad inom tre månader", "Boende"),
        ("Barn med utländsk bakgrund deltar i klubbar och idrott som andra barn", "Fritid")]
    got = [(_sq(m.text), goals.get(m.goal)) for m in ex.measures]
    assert got == [
        ("En förteckning över lediga hyresbostäder förs på webben",
         "Nyinflyttade familjer hittar en bostad inom tre månader"),
        ("Hyresvärdarna bjuds in till en årlig träff", "Nyinflyttade familjer hittar en bostad inom tre månader"),
        ("Klubbavgiften slopas det första året",
         "Barn med utländsk bakgrund deltar i klubbar och idrott som andra barn"),
        ("Idrottsföreningarna får en kontaktperson",
         "Barn med utländsk bakgrund deltar i klubbar och idrott som andra barn")]
    # the same table without the codes reads the same
    ex2 = _classify(_lettered_programme(group_code=False))
    assert [_sq(m.text) for m in ex2.measures] == [m for m, _ in got]


def test_group_row_printed_as_card_with_cells_repeated():
    # a print that reads an empty cell as "same as above" fills the group row's empty cells
    # with the row above's; the group's code heading the numbers below it ('B' over 'B1')
    # still makes it the group's title
    from classifiers.action_title_rows import action_title
    rows = [["Hyresvärdarna bjuds in till en årlig träff", "Kansliet", "varje vår", "A2"],
            ["Fritid", "Kansliet", "varje vår", "B"],
            ["Klubbavgiften slopas det första året", "Fritidsenheten", "2027", "B1"]]
    assert action_title(rows[1], 0, rows, 1, above=rows[0]) == "Fritid"
    # without a code heading the numbers below, the repeated cells are the row's own
    rows[1][3] = ""
    assert action_title(rows[1], 0, rows, 1, above=rows[0]) is None


def test_lone_group_code_in_number_field_of_a_record():
    from classifiers.records import _inline_codes
    assert ("Nr", "E") in _inline_codes("Ansvarig: Kansliet. Tidtabell: 2026. Nr: E.")
    assert ("Nr", "E1") in _inline_codes("Ansvarig: Kansliet. Tidtabell: 2026. Nr: E1.")
    assert _inline_codes("Ansvarig: Kansliet. Tidtabell: 2026. Status: E.") == []


# ---- '• <action> – ansvar: <doer> – <time>' ----

def test_labelled_doer_then_unlabelled_time_after_dashes():
    from blocks_doc import bullets as _b
    ex = _classify([
        _h("3 Mål och åtgärder", 2),
        _h("3.1 Boende", 3),
        _p("Mål: Nyinflyttade familjer hittar en bostad inom tre månader."),
        _b("En förteckning över lediga hyresbostäder förs på webben – ansvar: tekniska sektorn – 2026–2028",
           "Hyresvärdarna bjuds in till en årlig träff – ansvar: Exby Bostäder Ab – varje höst",
           "Bostadsrådgivning på flera språk – ansvar: kansliet – partner: Hyresgästföreningen – från 2026"),
    ])
    got = [(_sq(m.text), m.responsible, m.partners) for m in ex.measures]
    assert got == [
        ("En förteckning över lediga hyresbostäder förs på webben", ["tekniska sektorn"], []),
        ("Hyresvärdarna bjuds in till en årlig träff", ["Exby Bostäder Ab"], []),
        ("Bostadsrådgivning på flera språk", ["kansliet"], ["Hyresgästföreningen"])]
    assert [m.schedule for m in ex.measures] == ["2026–2028", "varje höst", "från 2026"]


# ---- 'Ansvar inom kommunen | Ansvar inom välfärdsområdet' ----

def _split_responsibility_table(cols: list[str]) -> list[dict]:
    return [
        _h("3 Mål och åtgärder", 2),
        _h("Mål 1: Nyinflyttade familjer får stöd under det första året", 3),
        {"type": "table", "caption": "", "columns": ["Nr"] + cols + ["Samarbetspartner", "Tid"],
         "rows": [["1.1", "Hembesök hos alla nyinflyttade familjer", "Familjearbetet", "Rådgivningen",
                   "Röda Korset", "2027"],
                  ["1.2", "Hälsokontroll för alla nyanlända", "–", "Hälsocentralen", "–", "fortlöpande"],
                  ["1.3", "Välkomstbrev på flera språk", "Kansliet", "–", "Biblioteket, Folkhälsan", "2026"]]},
        _h("4 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp planen varje år."),
    ]


def test_one_responsibility_column_per_organisation():
    for cols in (["Åtgärd", "Ansvar inom kommunen", "Ansvar inom välfärdsområdet"],
                 ["Åtgärd", "Kommunens ansvar", "Välfärdsområdets ansvar"]):
        ex = _classify(_split_responsibility_table(cols))
        assert [(m.responsible, m.partners) for m in ex.measures] == [
            (["Familjearbetet", "Rådgivningen"], ["Röda Korset"]),
            (["Hälsocentralen"], []),
            (["Kansliet"], ["Biblioteket", "Folkhälsan"])], cols


# ---- 'Indikator | Hör till | Källa' with 'Mål N' among action numbers ----

def test_meter_of_a_goal_label_with_source_as_above_is_no_goal():
    blocks = _split_responsibility_table(["Åtgärd", "Ansvar inom kommunen", "Ansvar inom välfärdsområdet"])
    blocks[-2:-2] = [
        {"type": "table", "caption": "Tabell 5. Indikatorer", "columns": ["Indikator", "Hör till", "Källa"],
         "rows": [["Antal hembesök per år", "1.1", "Familjearbetet"],
                  ["Andel nyinflyttade som känner sig välkomna", "Mål 1", "Familjearbetet"]]},
    ]
    ex = _classify(blocks)
    assert len(ex.goals) == 1 and ex.goals[0].text.endswith("Nyinflyttade familjer får stöd under det första året")
    mids = {m.id: _sq(m.text) for m in ex.measures}
    assert [(_sq(i.text), mids.get(i.measure)) for i in ex.indicators] == [
        ("Antal hembesök per år", "Hembesök hos alla nyinflyttade familjer"),
        ("Andel nyinflyttade som känner sig välkomna", None)]
