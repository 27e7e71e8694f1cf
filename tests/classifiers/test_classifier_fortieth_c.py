"""Fortieth blind set (blind239, blind240) conventions, on made-up text: one small table per
goal with the goal in the table's own header row ('Mål N. <goal> | Ansvarig | Samarbetspart
| Tidtabell') and a closing 'Mätare: a; b' row; a partner body's action annex whose time
cell names a standing basic task; an OKR programme (objectives 'O1 · <theme>' over
'Målsättning: …', key results coded as the reading guide defines them, 'Initiativ | Ägare |
Tillsammans med | Tid' tables) with one objective printed as a run-in head and its
initiatives as bullets '<initiative> – ägare: X, med Y – tid: Z'."""

import re

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import caption_codes, ended_rows
from classifiers.actors import split_names
from classifiers.elements import Element
from classifiers.goal_header_tables import fold_goal_header_tables
from classifiers.guide_codes import defined_codes, label_coded_items, split_run_in_goal_heads
from classifiers.headers import map_columns
from classifiers.reader_shared import theme_name
from extractors.model import Table


def _sq(s):
    return " ".join(s.split())


def _goal(s):
    """A goal's text without the label and number its heading keeps ('Mål 1. ')."""
    return re.sub(r"^Mål \d+\.\s+", "", _sq(s))


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_FIELDS = ["Ansvarig", "Samarbetspart", "Tidtabell"]


def _goal_tables():
    return _classify([
        _h("1 Inledning"),
        _p("Planen har gjorts av kommunens arbetsgrupp för integration tillsammans med välfärdsområdet."),
        _h("2 Mål och åtgärder"),
        _p("Varje mål har en tabell. Målet står i tabellens första rad."),
        _t("Tema: Boende", ["Mål 1. Nya invånare hittar en bostad inom tre månader", *_FIELDS], [
            ["Bostadsrådgivning på biblioteket varje torsdag", "Bostadsbyrån", "–", "från våren 2025"],
            ["Hyresskola för nya hyresgäster i kommunens hus", "Kommunens bostadsbolag", "Hyresgästföreningen", "2025–2027"],
            ["Mätare: antalet besök i bostadsrådgivningen; antalet deltagare i hyresskolan", "", "", ""],
        ]),
        _t("Tema: Hälsa", ["Mål 2. Nya invånare får vård på ett språk de förstår", *_FIELDS], [
            ["Åtgärderna genomförs av välfärdsområdet, se bilaga 1.", "", "", ""],
            ["Mätare: andelen nya invånare som fått tolk vid besöket", "", "", ""],
        ]),
        _h("Bilaga 1. Välfärdsområdets åtgärder"),
        _t("Välfärdsområdets åtgärder", ["Åtgärd", "Programmets mål", "Ansvarig", "Samarbetspart", "Tidtabell", "Mätare"], [
            ["Hälsokontroll för alla nyanlända", "Mål 2", "Välfärdsområdet", "–", "lagstadgad grunduppgift", "–"],
            ["Samtalsgrupper för föräldrar på arabiska", "Mål 2", "Välfärdsområdet", "Röda korset", "2025–2026", "antalet deltagare i grupperna"],
        ]),
    ])


def test_a_goal_in_its_tables_header_row_heads_the_rows_under_it():
    got = _goal_tables()
    goals = {g.id: _goal(g.text) for g in got.goals}
    assert set(goals.values()) == {"Nya invånare hittar en bostad inom tre månader",
                                   "Nya invånare får vård på ett språk de förstår"}
    themes = {_goal(g.text): g.theme for g in got.goals}
    assert themes["Nya invånare hittar en bostad inom tre månader"] == "Boende"
    ms = {_sq(m.text): m for m in got.measures}
    m = ms["Hyresskola för nya hyresgäster i kommunens hus"]
    assert goals[m.goal] == "Nya invånare hittar en bostad inom tre månader"
    assert m.responsible == ["Kommunens bostadsbolag"] and m.partners == ["Hyresgästföreningen"]
    assert m.schedule == "2025–2027"
    # the note pointing to the annex is no action
    assert not any("se bilaga" in t for t in ms)


def test_the_closing_meter_row_gives_the_goals_indicators():
    got = _goal_tables()
    goals = {g.id: _goal(g.text) for g in got.goals}
    inds = {_sq(i.text): i for i in got.indicators}
    for text in ("antalet besök i bostadsrådgivningen", "antalet deltagare i hyresskolan"):
        assert inds[text].measure is None
        assert goals[inds[text].goal] == "Nya invånare hittar en bostad inom tre månader"
    assert goals[inds["andelen nya invånare som fått tolk vid besöket"].goal] == \
        "Nya invånare får vård på ett språk de förstår"


def test_the_annex_names_the_goal_by_number_and_drops_the_basic_task():
    got = _goal_tables()
    goals = {g.id: _goal(g.text) for g in got.goals}
    ms = {_sq(m.text): m for m in got.measures}
    assert "Hälsokontroll för alla nyanlända" not in ms
    m = ms["Samtalsgrupper för föräldrar på arabiska"]
    assert goals[m.goal] == "Nya invånare får vård på ett språk de förstår"


def test_fold_goal_header_tables_lays_out_goal_table_and_meter_line():
    t = Table(rows=[["Mål 3. Fler unga hittar en fritidssysselsättning", "Ansvarig", "Tidtabell"],
                    ["Fritidsguide i skolorna", "Fritidsbyrån", "2026"],
                    ["Mätare: antalet unga med en hobby", "", ""]])
    out = fold_goal_header_tables([Element(kind="heading", text="Tema: Fritid", level=3),
                                   Element(kind="table", table=t, pages=[1, 1, 1])])
    assert [(e.kind, e.text) for e in out if e.kind != "table"] == [
        ("heading", "Tema: Fritid"), ("heading", "Mål 3. Fler unga hittar en fritidssysselsättning"),
        ("para", "Mätare: antalet unga med en hobby")]
    assert out[1].level == 4
    table = next(e for e in out if e.kind == "table").table
    assert table.rows == [["Åtgärd", "Ansvarig", "Tidtabell"], ["Fritidsguide i skolorna", "Fritidsbyrån", "2026"]]
    # a header of field names alone (the action column named) is left as it is
    plain = Table(rows=[["Åtgärd", "Ansvarig"], ["Fritidsguide", "Fritidsbyrån"]])
    assert fold_goal_header_tables([Element(kind="table", table=plain)])[0].table is plain


def test_a_time_cell_naming_a_basic_task():
    assert ended_rows.is_basic_task("jatkuva perustehtävä")
    assert ended_rows.is_basic_task("Grunduppgift")
    assert ended_rows.is_basic_task("lagstadgad\ngrunduppgift")
    assert not ended_rows.is_basic_task("2025–2026")
    assert not ended_rows.is_basic_task("grunduppgift från 2026, utvidgas 2027")


def _okr():
    return _classify([
        _h("Så läser du planen"),
        _p("Planen följer metoden med målsättningar och nyckelresultat. Under varje målsättning står "
           "ett eller två nyckelresultat (NR) som visar med siffror när vi lyckats, och sedan initiativen."),
        _h("Målsättningar"),
        _h("O1 · Boende", 3),
        _p("Målsättning: Nya invånare bor tryggt och hittar en bostad de har råd med."),
        _b(*["NR1.1 Alla nya hushåll erbjuds ett bostadssamtal inom två veckor",
            "NR1.2 Andelen nya invånare i trångboddhet sjunker från 30 % till 20 %"]),
        _t("", ["Initiativ", "Ägare", "Tillsammans med", "Tid"], [
            ["Bostadssamtal för nya hushåll", "Bostadsbyrån", "–", "Q1 2026–Q4 2028"],
            ["Hyresgaranti för hushåll utan kreditupplysning", "Socialbyrån", "Bostadsbolaget; Röda korset", "Q3 2026–Q2 2028"],
        ]),
        _h("O2 · Fritid", 3),
        _p("Målsättning: Barn i nya familjer har en hobby."),
        _b(*["NR2.1 Andelen barn med en hobby stiger från 40 % till 55 %",
             "NR2.2 Alla barn i nya familjer erbjuds en fritidsguide inom en månad"]),
        _t("", ["Initiativ", "Ägare", "Tillsammans med", "Tid"], [
            ["Fritidsguider i alla lågstadier", "Fritidsbyrån", "Idrottsföreningarna", "Q1 2026–Q4 2029"],
        ]),
        _h("Den egna organisationen"),
        _p("Den tredje målsättningen gäller kommunen som arbetsplats."),
        _p("O3 · Kommunen som arbetsplats. Målsättning: Kommunens personal speglar invånarna."),
        _p("Initiativ för O3:"),
        _b(*["Praktikplatser för nya invånare i alla sektorer – ägare: personalbyrån, med Arbetskraftsbyrån – tid: Q1 2026–Q4 2027",
            "Mentorskap för nyanställda – ägare: personalbyrån – tid: Q3 2026–Q4 2028"]),
        _h("Uppföljning"),
        _p("Initiativens ägare rapporterar varje kvartal."),
    ])


def test_key_results_coded_as_the_guide_defines_are_indicators():
    got = _okr()
    goals = {g.id: _sq(g.text) for g in got.goals}
    inds = {_sq(i.text): i for i in got.indicators}
    assert set(inds) >= {"Alla nya hushåll erbjuds ett bostadssamtal inom två veckor",
                         "Andelen nya invånare i trångboddhet sjunker från 30 % till 20 %",
                         "Andelen barn med en hobby stiger från 40 % till 55 %"}
    i = inds["Alla nya hushåll erbjuds ett bostadssamtal inom två veckor"]
    assert i.measure is None and goals[i.goal] == "Nya invånare bor tryggt och hittar en bostad de har råd med"
    # a key result whose sentence reads as an action is no action (also where the objectives
    # before it got their initiatives)
    i = inds["Alla barn i nya familjer erbjuds en fritidsguide inom en månad"]
    assert i.measure is None and goals[i.goal] == "Barn i nya familjer har en hobby"
    assert not any("bostadssamtal inom" in _sq(m.text) or "erbjuds" in m.text for m in got.measures)


def test_objective_codes_are_no_part_of_the_theme():
    assert theme_name("O1 · Boende") == "Boende"
    got = _okr()
    themes = {_sq(g.text): g.theme for g in got.goals}
    assert themes["Barn i nya familjer har en hobby"] == "Fritid"


def test_initiative_tables_are_action_tables():
    assert map_columns(["Initiativ", "Ägare", "Tillsammans med", "Tid"]) == {
        0: "measure", 1: "responsible", 2: "partners", 3: "schedule"}
    got = _okr()
    ms = {_sq(m.text): m for m in got.measures}
    m = ms["Hyresgaranti för hushåll utan kreditupplysning"]
    assert m.responsible == ["Socialbyrån"] and m.partners == ["Bostadsbolaget", "Röda korset"]


def test_a_run_in_objective_head_and_its_dash_field_initiatives():
    got = _okr()
    goals = {g.id: g for g in got.goals}
    own = next(g for g in got.goals if _sq(g.text).startswith("Kommunens personal speglar invånarna"))
    assert own.theme == "Kommunen som arbetsplats"
    ms = {_sq(m.text): m for m in got.measures}
    m = ms["Praktikplatser för nya invånare i alla sektorer"]
    assert goals[m.goal] is own
    assert m.responsible == ["personalbyrån"] and m.partners == ["Arbetskraftsbyrån"]
    assert m.schedule == "Q1 2026–Q4 2027"
    assert ms["Mentorskap för nyanställda"].responsible == ["personalbyrån"]


def test_guide_codes_and_run_in_heads_as_elements():
    assert defined_codes(["Varje delmål har två indikatorer (IK) och en ansvarig."]) == {"IK": "Indikatorer"}
    els = label_coded_items([Element(kind="para", text="Varje mål mäts med mätare (MR)."),
                             Element(kind="bullet", text="• MR2.1 Antalet kursdeltagare")])
    assert els[1].text == "• Mätare: Antalet kursdeltagare"
    split = split_run_in_goal_heads([Element(kind="heading", text="Mål", level=2),
                                     Element(kind="para", text="B2 · Skolan. Målsättning: Alla elever klarar skolan.")])
    assert [(e.kind, e.text, e.level) for e in split[1:]] == [
        ("heading", "B2 · Skolan", 3), ("para", "Målsättning: Alla elever klarar skolan.", 0)]
    # a sentence before a goal field, no coded head, is left as printed
    plain = Element(kind="para", text="Arbetet fortsätter. Målsättning: Alla elever klarar skolan.")
    assert split_run_in_goal_heads([plain]) == [plain]


def test_a_caption_naming_a_dotted_heading_code():
    assert caption_codes.names_heading_code("Nyckelresultat för O6", "O6 · Kommunen som arbetsgivare")
    assert not caption_codes.names_heading_code("Nyckelresultat för O5", "O6 · Kommunen som arbetsgivare")


def test_a_finnish_body_and_its_unit_after_the_comma_are_one_name():
    assert split_names("Keski-Pohjanmaan hyvinvointialue, lapsiperhepalvelut") == [
        "Keski-Pohjanmaan hyvinvointialue, lapsiperhepalvelut"]
    assert split_names("Kokkolan kaupunki, sivistyspalvelut") == ["Kokkolan kaupunki, sivistyspalvelut"]
    # two bodies of the same level stay two
    assert split_names("Keski-Pohjanmaan hyvinvointialue, Kokkolan kaupunki") == [
        "Keski-Pohjanmaan hyvinvointialue", "Kokkolan kaupunki"]
