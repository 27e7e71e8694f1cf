"""Conventions of the twenty-sixth blind set's Barösund, Tjusterby and Sjömark programmes
(tests/data/blind_programs, README there), on made-up programmes: goals printed as banners with
the label in capitals ('MÅL 1  <goal>', `reader_shared._banner_goal`); brochure action cards
of a title heading, a description and one line of fields joined by '·'
(`records._described_card`); tables that name who and when but call their actions by another
name ('Projekt', 'Steg', 'Vad händer' beside 'Månad': `headers._item_column`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import map_columns
from classifiers.reader_shared import goal_field


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- goal banners ------------------------------------------------------------------------------

def test_goal_banner_in_capitals_is_a_goal_field():
    assert goal_field("MÅL 2  Nya invånare hittar ett arbete som motsvarar deras utbildning") == (
        "Nya invånare hittar ett arbete som motsvarar deras utbildning", "2")
    # a group's name, in capitals or in the label's ordinary case, is no goal
    assert goal_field("MÅL 2 BARN OCH UNGA") is None
    assert goal_field("Mål 2 Barn och unga") is None
    assert goal_field("MÅL 2 Barn och unga") is None


# ---- brochure action cards ---------------------------------------------------------------------

def _brochure():
    return [
        _h("Så här läser du programmet", 1),
        _p("Varje tema inleds med målet och följs av åtgärdskort."),
        _h("Tema 1 Arbete", 2),
        _p("MÅL 1  Nya invånare hittar ett arbete som motsvarar deras utbildning"),
        _h("Yrkesmentorer för nyanlända", 3),
        _p("Nyanlända med yrkesutbildning får en mentor från samma bransch. Mentorerna utbildas av "
           "företagarföreningen."),
        _p("Ansvar: Näringslivsenheten · Partner: Exempelby Företagare · Tid: 2025–2026 · "
           "Följs upp med: antal mentorpar"),
        _h("Jobbmässa på engelska", 3),
        _p("Mässan ordnas i stadshuset."),
        _p("Ansvar: Sysselsättningstjänsterna · Partner: – · Tid: varje höst · Följs upp med: antal besökare"),
        _h("Tema 2 Fritid", 2),
        _p("MÅL 2  Alla barn kan delta i en fritidsaktivitet som de själva väljer"),
        _h("Fritidskort för barnfamiljer", 3),
        _p("Kortet ger fritt inträde till simhallen."),
        _p("Ansvar: Fritidsbyrån · Partner: idrottsföreningarna · Tid: 2026 · Följs upp med: antal utdelade kort"),
    ]


def test_banner_goals_and_titled_cards_with_a_description():
    x = _classify(_brochure())
    goals = {g.text: g for g in x.goals}
    assert set(goals) == {"Nya invånare hittar ett arbete som motsvarar deras utbildning",
                          "Alla barn kan delta i en fritidsaktivitet som de själva väljer"}
    ms = {m.text: m for m in x.measures}
    assert set(ms) == {"Yrkesmentorer för nyanlända", "Jobbmässa på engelska", "Fritidskort för barnfamiljer"}
    m = ms["Yrkesmentorer för nyanlända"]
    assert m.responsible == ["Näringslivsenheten"] and m.partners == ["Exempelby Företagare"]
    assert m.schedule == "2025–2026"
    assert m.goal == goals["Nya invånare hittar ett arbete som motsvarar deras utbildning"].id
    assert ms["Fritidskort för barnfamiljer"].goal == goals[
        "Alla barn kan delta i en fritidsaktivitet som de själva väljer"].id
    ind = {i.text: i for i in x.indicators}
    assert ind["antal mentorpar"].measure == m.id


def test_chapter_over_prose_and_a_lone_owner_line_is_no_card():
    x = _classify([
        _h("Mål och åtgärder", 1),
        _p("Mål: Nya invånare hittar ett arbete som motsvarar deras utbildning."),
        _h("Samordning", 2),
        _p("Programmet samordnas av kommunkansliet, som rapporterar till kommunstyrelsen."),
        _p("Ansvar: Kommunkansliet"),
    ])
    assert "Samordning" not in {m.text for m in x.measures}


# ---- tables naming their actions by another name ----------------------------------------------

def test_item_column_beside_who_and_when():
    assert map_columns(["Projekt", "Huvudman", "Finansiär", "Period", "Koppling till mål"])[0] == "measure"
    assert map_columns(["Steg", "Vem", "När"])[0] == "measure"
    roles = map_columns(["Månad", "Vad händer", "Vem ordnar"])
    assert roles == {0: "schedule", 1: "measure", 2: "responsible"}
    # a number column is no item column; a table naming no time has none either
    assert 0 not in map_columns(["Nr", "Mål", "Ansvarig", "Tidtabell"])
    assert 0 not in map_columns(["Namn", "Organisation", "Telefon"])


def test_project_table_rows_are_actions_of_their_goal():
    x = _classify([
        _h("Tema 1 Arbete", 1),
        _p("MÅL 1  Nya invånare hittar ett arbete som motsvarar deras utbildning"),
        _h("Tema 2 Fritid", 1),
        _p("MÅL 2  Alla barn kan delta i en fritidsaktivitet som de själva väljer"),
        _h("Projektportfölj", 1),
        _t(["Projekt", "Huvudman", "Finansiär", "Period", "Koppling till mål"], [
            ["Projekt Jobbvägen – snabbare till arbete", "Näringslivsenheten", "ESF+", "2025–2027", "Mål 1"],
            ["Simskola för alla", "Fritidsbyrån", "Undervisningsministeriet", "2026", "Mål 2"],
        ]),
    ])
    goals = {g.id: g.text for g in x.goals}
    ms = {_squash(m.text): m for m in x.measures}
    assert set(ms) == {"Projekt Jobbvägen – snabbare till arbete", "Simskola för alla"}
    assert goals[ms["Simskola för alla"].goal].startswith("Alla barn")
    assert ms["Simskola för alla"].responsible == ["Fritidsbyrån"] and ms["Simskola för alla"].schedule == "2026"
