"""Seventy-fourth blind set, reader a (blind441, blind443) conventions, on made-up programmes:

- one action cell listing a goal's actions as a sentence lists things: 'A, b samt c', 'A, b och
  c', or 'A samt b' -- one action each, sharing the row's doers and time
  (`semicolon_actions.serial_actions`, through `semicolon_actions`);
- a summary table of all the goals ('Tema | Mål') before the chapters, then a heading
  '3.1 <goal>' repeating one of them over its action table: the heading is that goal again, and
  the actions under it are its, not the last goal's the summary listed
  (`ReadHeadings._summary_goal_restated`);
- a meter listed with its target or baseline in a closing bracket ('Mätare och målnivå:' /
  '• Andelen X (utgångsläge 2023: 41 %, mål 2028: 60 %)', '(ingen målnivå, följs upp)'): the
  meter without the bracket, no statistic (`figure_meters.without_closing_target`, read in
  `read_lists` and under a meter column naming the target)."""

import pytest
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.figure_meters import without_closing_target
from classifiers.semicolon_actions import semicolon_actions, serial_actions, serial_table
from classifiers.text import squash as _sq


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- a serial list of actions in one cell -----------------------------------------------------

@pytest.mark.parametrize("cell, parts", [
    ("Hembesök hos nya familjer under första månaden, en lotsgrupp för ensamstående mammor samt "
     "kvällsöppet i ungdomsgården", ["Hembesök hos nya familjer under första månaden",
                                     "en lotsgrupp för ensamstående mammor", "kvällsöppet i ungdomsgården"]),
    ("Inventering av lediga lokaler för föreningar och klubbar samt bokningssystem på webben",
     ["Inventering av lediga lokaler för föreningar och klubbar", "bokningssystem på webben"]),
])
def test_serial_list_is_one_action_a_part(cell, parts):
    assert serial_actions(cell) == parts
    assert semicolon_actions(cell, pair=True) == parts


def test_a_list_closed_by_och_stays_one_action():
    # 'A, b och c' is as often one action of three parts (the Vasa golden programme's
    # 'Kartläggning av X, utnyttjande av dem och utvecklande av Y') as three: only ' samt '
    # closes a serial list of actions
    assert serial_actions("Kartläggning av befintliga lokaler, utnyttjande av dem och utvecklande av verksamheten") is None
    assert serial_actions("Mentorprogram för unga vuxna, läxstöd i stadsbiblioteket och sommarjobb för nyanlända") is None


def test_two_joined_by_samt_alone_only_in_a_table_listing_so():
    cell = "Lättlästa broschyrer om kommunens service samt rådgivning i medborgarkontoret"
    assert serial_actions(cell, pair=False) is None
    assert semicolon_actions(cell) is None
    assert serial_table([cell]) is False
    assert serial_table([cell, "Hembesök hos nya familjer, en lotsgrupp för mammor samt kvällsöppet i ungdomsgården"])


@pytest.mark.parametrize("cell", [
    "Kurser för föräldrar samt barn",                       # 'samt' joins the parts of one thing
    "Språkcafé i biblioteket, varje onsdag samt under sommaren",  # a time, no action
    "Kurs i svenska, hösten 2026 samt våren 2027",
    "Läxhjälp, språkcafé och föräldraträffar",               # one-word names: one action's parts
    "Vi ordnar kurser i svenska, matematik och samhällskunskap",
    "Ett språkcafé startas i biblioteket, där frivilliga hjälper till samt ordnar utflykter",
    "Samtal med Röda Korset, Folkhälsan samt Marthaförbundet",  # names after the commas
    "Nya försök i byarna, såsom bystugor och andra lokaler för verksamheten",  # examples of one thing
    "Stärka mottagligheten t.ex. genom att ordna möten i byarna, utbilda personalen och informera invånarna",
    "Kurs i svenska. Den ordnas på kvällarna, i skolan samt i biblioteket",
    "Karta över kommunens, välfärdsområdets och föreningarnas tjänster",   # genitives sharing a noun
    "Språkcafé – biblioteket ordnar samtal två gånger i veckan, en gång på svenska och en gång på finska",
])
def test_no_serial_list(cell):
    assert serial_actions(cell) is None


def test_row_listing_its_actions_in_one_cell():
    blocks = [
        _h("1 Inledning", 2),
        _p("Exby är en liten kommun och har därför samlat sitt program i en tabell."),
        _h("2 Mål och åtgärder", 2),
        _t(["Nr", "Tema", "Mål", "Åtgärder", "Ansvariga", "Samarbetsparter", "Tidtabell"], [
            ["1", "Familjer", "Nya familjer känner sig hemma i Exby",
             "Hembesök hos nya familjer under första månaden, en lotsgrupp för ensamstående mammor "
             "samt kvällsöppet i ungdomsgården", "Familjeservicen, ungdomsledaren", "Exby församling", "2026–2028"],
            ["2", "Fritid", "Föreningarna har fler medlemmar med utländsk bakgrund",
             "Inventering av lediga lokaler för föreningar och klubbar samt bokningssystem på webben",
             "Fritidskontoret", "–", "2027"],
        ], caption="Tabell 1. Mål och åtgärder"),
    ]
    ex = _classify(blocks)
    texts = [_sq(m.text) for m in ex.measures]
    assert texts == ["Hembesök hos nya familjer under första månaden", "en lotsgrupp för ensamstående mammor",
                     "kvällsöppet i ungdomsgården", "Inventering av lediga lokaler för föreningar och klubbar",
                     "bokningssystem på webben"]
    goals = {g.id: g.text for g in ex.goals}
    assert [goals[m.goal] for m in ex.measures[:3]] == ["Nya familjer känner sig hemma i Exby"] * 3
    assert all(m.responsible == ["Familjeservicen", "ungdomsledaren"] for m in ex.measures[:3])
    assert all(m.partners == ["Exby församling"] and m.schedule == "2026–2028" for m in ex.measures[:3])
    assert all(m.responsible == ["Fritidskontoret"] for m in ex.measures[3:])


# ---- a heading repeating a goal of the summary table --------------------------------------------

def _summary_plan() -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Planen gäller 2026–2029 och har beretts av kommunens integrationsgrupp."),
        _h("Sammanfattning", 2),
        _t(["Tema", "Mål"], [
            ["Arbete", "Fler nyinflyttade får arbete inom ett år"],
            ["Skola", "Alla elever med annat modersmål klarar grundskolan"],
            ["Fritid", "Nyinflyttade barn deltar i fritidsverksamhet"],
        ], caption="Planens mål i korthet"),
        _h("2 Arbete", 2),
        _h("2.1 Fler nyinflyttade får arbete inom ett år", 3),
        _t(["Åtgärd", "Ansvarig", "Samarbetspart", "År"], [
            ["Praktikplatser i kommunens egna enheter", "Personalenheten", "–", "2026"],
            ["Jobbmässa tillsammans med företagen", "Näringslivsenheten", "Företagarna", "årligen"],
        ]),
        _h("3 Skola och fritid", 2),
        _h("3.1 Alla elever med annat modersmål klarar grundskolan", 3),
        _t(["Åtgärd", "Ansvarig", "Samarbetspart", "År"], [
            ["Studiehandledning på modersmålet i årskurs 7–9", "Bildningsenheten", "–", "2026–2029"],
        ]),
        _h("3.2 Nyinflyttade barn deltar i fritidsverksamhet", 3),
        _t(["Åtgärd", "Ansvarig", "Samarbetspart", "År"], [
            ["Prova på-dagar i idrottsföreningarna", "Fritidsenheten", "Idrottsföreningarna", "2027"],
        ]),
    ]


def test_heading_repeating_a_summary_goal_is_that_goal():
    ex = _classify(_summary_plan())
    goals = {g.id: g.text for g in ex.goals}
    assert len(ex.goals) == 3
    by_text = {_sq(m.text): goals.get(m.goal) for m in ex.measures}
    assert by_text["Praktikplatser i kommunens egna enheter"] == "Fler nyinflyttade får arbete inom ett år"
    assert by_text["Jobbmässa tillsammans med företagen"] == "Fler nyinflyttade får arbete inom ett år"
    assert by_text["Studiehandledning på modersmålet i årskurs 7–9"] == \
        "Alla elever med annat modersmål klarar grundskolan"
    assert by_text["Prova på-dagar i idrottsföreningarna"] == "Nyinflyttade barn deltar i fritidsverksamhet"


# ---- meters with their target in a closing bracket ------------------------------------------------

@pytest.mark.parametrize("item, meter", [
    ("Andelen sysselsatta bland nyinflyttade (mål 2029: 70 %)", "Andelen sysselsatta bland nyinflyttade"),
    ("Andelen sysselsatta (utgångsläge 2025: 52,5 %, mål 2029: 70 %)", "Andelen sysselsatta"),
    ("Antal deltagare i kvällskursen (målvärde: 30 per termin)", "Antal deltagare i kvällskursen"),
    ("Antal besök (utgångsvärde 2024: 120; målnivå 2028: 200).", "Antal besök"),
    ("Andelen elever (åk 6) som läser modersmål (ingen målnivå, följs upp)", "Andelen elever (åk 6) som läser modersmål"),
    # the baseline and the target said without colons, and a meter followed without a target
    ("Andelen sysselsatta (utgångsläge 52,5 %, mål 70 %)", "Andelen sysselsatta"),
    ("Antal besök (nuläge 2024 120, målvärde 2028 200)", "Antal besök"),
    ("Antal kvällskurser (följs upp utan målvärde)", "Antal kvällskurser"),
])
def test_closing_target_bracket(item, meter):
    assert without_closing_target(item) == meter


@pytest.mark.parametrize("item", [
    "Antal elever (åk 6)", "Antal besök (källa: bibliotekets statistik)", "(mål 2029: 70 %)",
    "Andelen X (målnivå 80 % år 2028)", "Antal besök (utgångsläge 2024)",
    "Andelen sysselsatta bland nyinflyttade",
])
def test_no_closing_target_bracket(item):
    assert without_closing_target(item) is None


def test_meters_listed_with_targets_after_an_action_table():
    blocks = _summary_plan()[:7] + [
        _p("Mätare och målnivå:"),
        _b("Andelen sysselsatta bland nyinflyttade (utgångsläge 2025: 48 %, mål 2029: 65 %)",
           "Antal praktikplatser i kommunen (mål: 25 per år)"),
    ] + _summary_plan()[7:10] + [
        _p("Mätare och målnivå:"),
        _b("Andelen elever (årskurs 9) som får ett avgångsbetyg (mål 2029: 98 %)"),
    ]
    ex = _classify(blocks)
    goals = {g.id: g.text for g in ex.goals}
    got = {_sq(i.text): (goals.get(i.goal), i.measure) for i in ex.indicators}
    assert got == {
        "Andelen sysselsatta bland nyinflyttade": ("Fler nyinflyttade får arbete inom ett år", None),
        "Antal praktikplatser i kommunen": ("Fler nyinflyttade får arbete inom ett år", None),
        "Andelen elever (årskurs 9) som får ett avgångsbetyg":
            ("Alla elever med annat modersmål klarar grundskolan", None),
    }


def test_meter_column_naming_the_target():
    blocks = [
        _h("2 Åtgärder", 2),
        _h("2.1 Fler nyinflyttade får arbete inom ett år", 3),
        _t(["Åtgärd", "Ansvarig", "År", "Mätare och målnivå"], [
            ["Praktikplatser i kommunens egna enheter", "Personalenheten", "2026",
             "Antal praktikplatser i kommunen (mål 2029: 25 per år)"],
        ]),
    ]
    ex = _classify(blocks)
    assert [_sq(i.text) for i in ex.indicators] == ["Antal praktikplatser i kommunen"]
