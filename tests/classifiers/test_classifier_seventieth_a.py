"""Seventieth blind set, reader a (blind416, blind417) conventions, on made-up programmes:

- an action table 'Nr | Åtgärd | Ansvarig | …' whose goals are sub-heading rows filling the
  number cell only, '1. Arbete: <goal>' over the actions numbered '1.1', '1.2' -- in every
  print, the records' prints giving the row as a card of its number field alone
  (`goal_group_rows.numbered_group_rows`, `records._number_group_record`);
- a goal table's follow-up column headed by the phrase saying how the goal is followed up
  ('Så följer vi upp', 'Så mäter vi'), a cell holding one meter a line: each line opening
  with a count or share is a meter of its own, as under 'Mätare' (`read_tables`,
  `headers.follow_up_label`);
- 'Samarbetspartner: A, B och C' / 'Tidsplan: …' paragraphs right after a list of actions:
  given once for every action of the list, each action keeping what it names itself
  (`ReadParagraphs._fields_of_listed_actions`)."""

import re

import pytest
from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.classify_document import classify
from classifiers.goal_group_rows import group_number, heads_number, numbered_group_rows
from classifiers.text import squash as _sq
from golden import render as R, render_more as RM
from pipeline.process import ProcessOptions, extract, normalize


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _pdf(tmp_path, blocks, style="ruled"):
    src = {"slug": "t", "municipality": "Exempelby", "title": "Integrationsplan för Exempelby 2026–2029",
           "period_start": 2026, "period_end": 2029, "language": "sv", "blocks": blocks}
    path = tmp_path / f"plan.{style}.pdf"
    path.write_bytes((RM if style in RM.STYLES else R).render(src, style))
    o = ProcessOptions()
    return classify(normalize(extract(str(path), o), o))


# ---- goals as sub-heading rows in the number column ----------------------------------------------

def _group(text: str, n: int = 5) -> list[str]:
    return [text] + [""] * (n - 1)


def _sub_heading_plan(code: str = "1", sep: str = ".") -> list[dict]:
    a, b = (code, chr(ord(code) + 1)) if not code.isdigit() else (code, str(int(code) + 1))
    return [
        _h("1 Inledning", 2),
        _p("Exby har 8 200 invånare. Planen gäller 2026–2029 och bereddes av en arbetsgrupp."),
        _h("2 Åtgärder", 2),
        _p("Åtgärderna står under planens två mål i tabellen."),
        _t(["Nr", "Åtgärd", "Ansvarig", "Tidtabell", "Uppföljning"], [
            _group(f"{a}. Boende: Nyinflyttade familjer hittar en bostad inom tre månader"),
            [f"{a}{sep}1", "En förteckning över lediga hyresbostäder förs på webben", "Tekniska sektorn",
             "2026", "Antal förmedlade bostäder"],
            [f"{a}{sep}2", "Hyresvärdarna bjuds in till en årlig träff", "Kansliet", "Varje vår", "–"],
            _group(f"{b}. Fritid: Barn med utländsk bakgrund deltar i klubbar och idrott"),
            [f"{b}{sep}1", "Klubbavgiften slopas det första året", "Fritidsenheten", "2027", "–"],
            [f"{b}{sep}2", "Idrottsföreningarna får en kontaktperson", "Fritidsenheten", "2026–2029",
             "Antal nya medlemmar"]], "Tabell 1. Åtgärder"),
        _h("3 Nyckeltal", 2),
        _t(["Nyckeltal", "Utgångsläge", "Mål nr"], [
            ["Andel barn med utländsk bakgrund i föreningar", "20 %", b]], "Tabell 2. Nyckeltal"),
        _p("Kommunstyrelsen följer upp planen varje höst."),
    ]


_GOALS = [("Nyinflyttade familjer hittar en bostad inom tre månader", "Boende"),
          ("Barn med utländsk bakgrund deltar i klubbar och idrott", "Fritid")]


def _check_sub_heading_plan(ex):
    assert [(_sq(g.text), g.theme) for g in ex.goals] == _GOALS
    goals = {g.id: _sq(g.text) for g in ex.goals}
    # (the numbered print numbers the actions itself: '2.1 En förteckning …')
    got = [(re.sub(r"^\d+\.\d+ ", "", _sq(m.text)), goals.get(m.goal)) for m in ex.measures]
    assert got == [
        ("En förteckning över lediga hyresbostäder förs på webben", _GOALS[0][0]),
        ("Hyresvärdarna bjuds in till en årlig träff", _GOALS[0][0]),
        ("Klubbavgiften slopas det första året", _GOALS[1][0]),
        ("Idrottsföreningarna får en kontaktperson", _GOALS[1][0])]
    # the key figure's 'Mål nr' names the second group's goal by the group's number
    key = next(i for i in ex.indicators if "föreningar" in i.text)
    assert goals.get(key.goal) == _GOALS[1][0] and key.measure is None


@pytest.mark.parametrize("code,sep", [("1", "."), ("A", ""), ("A", ".")])
def test_goal_sub_heading_rows_in_the_number_column(code, sep):
    _check_sub_heading_plan(_classify(_sub_heading_plan(code, sep)))


@pytest.mark.parametrize("style", ["ruled", "cards", "numbered", "keyvalue"])
def test_goal_sub_heading_rows_in_every_print(tmp_path, style):
    _check_sub_heading_plan(_pdf(tmp_path, _sub_heading_plan(), style))


@pytest.mark.parametrize("first,second,numbers,themes", [
    # a goal label before the number
    ("Mål 1. Boende: {g1}", "Mål 2. Fritid: {g2}", ("1.1", "1.2", "2.1"), ("Boende", "Fritid")),
    # the actions numbered through, the group's number heading none of them
    ("1. Boende: {g1}", "2. Fritid: {g2}", ("1", "2", "3"), ("Boende", "Fritid")),
    # no number at all before the goal
    ("Boende: {g1}", "Fritid: {g2}", ("1", "2", "3"), ("Boende", "Fritid")),
    ("{g1}", "{g2}", ("A1", "A2", "B1"), None)])
def test_goal_sub_heading_rows_nearby_forms(first, second, numbers, themes):
    g1, g2 = _GOALS[0][0], _GOALS[1][0]
    rows = [_group(first.format(g1=g1, g2=g2), 4),
            [numbers[0], "En förteckning över lediga hyresbostäder förs på webben", "Tekniska sektorn", "2026"],
            [numbers[1], "Hyresvärdarna bjuds in till en årlig träff", "Kansliet", "Varje vår"],
            _group(second.format(g1=g1, g2=g2), 4),
            [numbers[2], "Klubbavgiften slopas det första året", "Fritidsenheten", "2027"]]
    ex = _classify([_h("1 Inledning", 2), _p("Exby har 8 200 invånare. Planen gäller 2026–2029."),
                    _h("2 Åtgärder", 2), _t(["Nr", "Åtgärd", "Ansvarig", "Tidtabell"], rows, "Tabell 1. Åtgärder"),
                    _p("Kommunstyrelsen följer upp planen varje höst.")])
    assert [_sq(g.text) for g in ex.goals] == [g1, g2]
    if themes:
        assert tuple(g.theme for g in ex.goals) == themes
    goals = {g.id: _sq(g.text) for g in ex.goals}
    assert [goals.get(m.goal) for m in ex.measures] == [g1, g1, g2]


def test_numbered_group_rows_gate():
    roles = {1: "measure", 2: "responsible"}
    rows = [["2. Arbete: Fler vuxna har ett arbete", "", ""],
            ["2.1", "Jobbmässa ordnas", "Näringslivsenheten"],
            ["3. Något annat", "", ""],            # not over its own number: no group row
            ["2.2", "Praktikplatser erbjuds", "Personalenheten"],
            ["3.1", "Kurser ordnas", "Medborgarinstitutet"]]
    assert numbered_group_rows(rows, roles, 1) == {0: ("2", "Arbete: Fler vuxna har ett arbete")}
    # a lone number cell, or words in a column beside no numbered action, head no group
    assert numbered_group_rows([["1.1", "", ""], ["1.2", "Kurser ordnas", "Medborgarinstitutet"]], roles, 1) == {}
    assert numbered_group_rows([["Språk", "", ""], ["", "Kurser ordnas", "Medborgarinstitutet"]], roles, 1) == {}
    # the group row in the action column, its number heading the action cell's own
    rows2 = [["", "1. Boende: Alla har ett hem", ""], ["", "1.1 Bostadsguide", "Kansliet"]]
    assert numbered_group_rows(rows2, roles, 1) == {0: ("1", "Boende: Alla har ett hem")}
    assert group_number("3 Fritid: Alla deltar.") == ("3", "Fritid: Alla deltar")
    assert group_number("1.1") is None and group_number("12 %") is None
    assert heads_number("B", "B1") and heads_number("4", "4.2") and not heads_number("4", "42")


def test_group_row_opening_a_label_value_card():
    # a label-value print that set the group row as the first row of the next card's table
    # (a page break between them): the row is the group's, no field of the card above
    from classifiers.elements import Element
    from classifiers.records import fold_records
    from extractors.model import Table

    def kv(*rows):
        return Element(kind="table", text="", page=1, table=Table(rows=[list(r) for r in rows], header_rows=0,
                                                                  method="ruling-lines"))
    els = [kv(("Åtgärd", "Jobbmässa ordnas varje vår"), ("Ansvarig", "Näringslivsenheten"), ("Nr", "1.1")),
           kv(("Nr", "2. Fritid: Barn deltar i klubbar"), ("Åtgärd", "Klubbavgiften slopas"),
              ("Ansvarig", "Fritidsenheten"), ("Nr", "2.1"))]
    out = fold_records(els)
    assert len(out) == 1 and out[0].kind == "table"
    rows = out[0].table.rows
    nr = rows[0].index("Nr")
    assert [r[nr] for r in rows[1:]] == ["1.1", "2. Fritid: Barn deltar i klubbar", "2.1"]
    assert [x for x in rows[2] if x] == ["2. Fritid: Barn deltar i klubbar"]


# ---- meters one a line under 'Så följer vi upp' ---------------------------------------------------

def _area_goal_table(header: str) -> list[dict]:
    return [
        _h("1 Planen i korthet", 2),
        _p("Planen har tre områden med ett mål vardera."),
        _t(["Område", "Mål", header], [
            ["Språk", "Nyinflyttade talar svenska i vardagen inom två år",
             "Antal deltagare i kvällskurserna\nAntal avlagda språkprov på nivå B1"],
            ["Arbete", "Fler nyinflyttade har ett arbete som motsvarar deras utbildning",
             "Andel sysselsatta bland nyinflyttade"],
            ["Fritid", "Alla barn har en fritidssysselsättning",
             "Antal vänfamiljer\nAndel barn i föreningar"]], "Tabell 1. Mål"),
        _h("2 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp planen varje höst."),
    ]


@pytest.mark.parametrize("header", ["Så följer vi upp", "Så mäter vi", "Mätare"])
def test_meters_one_a_line_under_a_follow_up_phrase(header):
    ex = _classify(_area_goal_table(header))
    goals = {g.id: _sq(g.text) for g in ex.goals}
    got = sorted((_sq(i.text), goals.get(i.goal)) for i in ex.indicators)
    assert got == sorted([
        ("Antal deltagare i kvällskurserna", "Nyinflyttade talar svenska i vardagen inom två år"),
        ("Antal avlagda språkprov på nivå B1", "Nyinflyttade talar svenska i vardagen inom två år"),
        ("Andel sysselsatta bland nyinflyttade", "Fler nyinflyttade har ett arbete som motsvarar deras utbildning"),
        ("Antal vänfamiljer", "Alla barn har en fritidssysselsättning"),
        ("Andel barn i föreningar", "Alla barn har en fritidssysselsättning")]), header
    assert all(i.measure is None for i in ex.indicators)


# ---- partners and time given once per area, after its list of actions -----------------------------

def _area_lists(extra: list[dict] | None = None) -> list[dict]:
    from blocks_doc import bullets as _b
    return [
        _h("1 Inledning", 2),
        _p("Exby har 5 100 invånare. Planen gäller 2026–2029."),
        _h("2 Åtgärder", 2),
        _p("Under varje område står åtgärderna med den som ansvarar inom parentes."),
        _h("2.1 Språk", 3),
        _b("Kvällskurser i svenska ordnas i byaskolan (ansvar: medborgarinstitutet)",
           "Biblioteket startar en läsecirkel på lätt svenska (ansvar: biblioteket; våren 2027)",
           "Språkcaféet hålls öppet varje torsdag (ansvar: fritidsenheten)"),
        _p("Samarbetspartner: Röda Korset, församlingen och Exby Marthaförening"),
        _p("Tidsplan: hela perioden"),
        *(extra or []),
        _h("2.2 Arbete", 3),
        _b("Företagen bjuds in till en rekryteringsdag (ansvar: näringslivsenheten)",
           "Praktikplatser erbjuds i kommunens enheter (ansvar: personalenheten)"),
        _p("Samarbete: Exby Företagare rf och arbetskraftsservicen"),
        _p("Tidtabell: 2027–2028"),
        _h("3 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp planen varje höst."),
    ]


def test_partners_and_time_given_once_per_area():
    ex = _classify(_area_lists())
    got = {_sq(m.text): (m.responsible, m.partners, m.schedule) for m in ex.measures}
    lang = ["Röda Korset", "församlingen", "Exby Marthaförening"]
    assert got == {
        "Kvällskurser i svenska ordnas i byaskolan": (["medborgarinstitutet"], lang, "hela perioden"),
        # its own time in its bracket stays its own
        "Biblioteket startar en läsecirkel på lätt svenska": (["biblioteket"], lang, "våren 2027"),
        "Språkcaféet hålls öppet varje torsdag": (["fritidsenheten"], lang, "hela perioden"),
        "Företagen bjuds in till en rekryteringsdag": (
            ["näringslivsenheten"], ["Exby Företagare rf", "arbetskraftsservicen"], "2027–2028"),
        "Praktikplatser erbjuds i kommunens enheter": (
            ["personalenheten"], ["Exby Företagare rf", "arbetskraftsservicen"], "2027–2028")}


def test_goal_label_referring_to_a_goal_numbered_later():
    # a table of the goals' meters printed before the action plan states the goals: its 'Mål 1'
    # refers to the group row 'Mål 1. <goal>' read later, no goal of its own
    g1, g2 = _GOALS[0][0], _GOALS[1][0]
    ex = _classify([
        _h("1 Inledning", 2), _p("Exby har 8 200 invånare. Planen gäller 2026–2029."),
        _h("2 Uppföljning", 2),
        _t(["Mål", "Mått", "Källa"], [["Mål 1", "Andel hushåll som väntat på bostad över ett år", "Bostadsbolaget"],
                                      ["Mål 2", "Antal barn i föreningar", "Föreningsenkäten"]], "Tabell 1. Mått"),
        _h("Bilaga 1. Handlingsplan", 2),
        _t(["Nr", "Åtgärd", "Ansvarig", "Tidtabell"], [
            _group(f"Mål 1. {g1}", 4),
            ["1.1", "En förteckning över lediga hyresbostäder förs på webben", "Tekniska sektorn", "2026"],
            _group(f"Mål 2. {g2}", 4),
            ["2.1", "Klubbavgiften slopas det första året", "Fritidsenheten", "2027"]], "Tabell 2. Åtgärder")])
    assert [_sq(g.text) for g in ex.goals] == [g1, g2]
    goals = {g.id: _sq(g.text) for g in ex.goals}
    assert sorted((_sq(i.text), goals.get(i.goal)) for i in ex.indicators) == sorted([
        ("Andel hushåll som väntat på bostad över ett år", g1), ("Antal barn i föreningar", g2)])
