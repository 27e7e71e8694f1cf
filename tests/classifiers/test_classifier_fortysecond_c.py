"""Forty-second blind set (blind251, blind252) conventions, on made-up text: a programme that
closes each action with a line of bar-separated fields naming its contact person ('Tid: … |
Med i arbetet: … | Kontaktperson: <namn>, <titel>, <enhet>, tfn …') under a theme whose goal
is asked as 'Vart vill vi? <goal>'; and a programme written as a timetable ('När | Vad
händer | Mål | Ansvar') whose milestones cite no goal, with a goal table giving one or two
meters a cell, one a line."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.cells import split_indicator_cell
from classifiers.contact_cards import contact_unit, fold_contact_field_lines
from classifiers.elements import Element
from classifiers.headers import header_role
from classifiers.page_furniture import drop_page_furniture
from classifiers.reader_shared import goal_field


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _contact_programme():
    return _classify([
        _h("Integrationsplan för Norrsund 2027–2030", 1),
        _h("Läsanvisning"),
        _p("Varje insats har en rubrik, en beskrivning och en rad med tid, samarbetsparter och kontaktperson."),
        _h("Område 1: Boende"),
        _p("Vart vill vi? Alla nyinflyttade hittar en bostad som de har råd med."),
        _h("Insats 1: Bostadsrådgivning i servicepunkten", 4),
        _p("Rådgivaren hjälper med hyresavtal och ansökningar om bostadsbidrag."),
        _p("Tid: 2027–2030 | Med i arbetet: Hyresgästföreningen, Norrsunds Hem Ab | "
           "Kontaktperson: Mia Holm, boenderådgivare, Servicepunkten, tfn 040 111 2233"),
        _h("Insats 2: Visning av stadens hyreshus", 4),
        _p("Nya invånare får se husen och tvättstugorna innan de flyttar in."),
        _p("Tid: varje vår | Med i arbetet: – | Kontaktperson: Leo Ek, fastighetschef, Tekniska enheten, tfn 040 111 2244"),
        _h("Område 2: Fritid"),
        _p("Vart vill vi? Barn i nyinflyttade familjer har en hobby de trivs med."),
        _h("Insats 3: Hobbykort för barn", 4),
        _p("Kortet ger fri entré till simhallen och föreningarnas prova-på-dagar."),
        _p("Tid: varje vår | Med i arbetet: – | Kontaktperson: Eva Lund, fritidssekreterare, Fritidsenheten, tfn 040 111 2255"),
    ])


def test_an_action_heading_over_its_contact_line_is_the_action_of_the_contacts_unit():
    got = _contact_programme()
    ms = {_sq(m.text).split(". ", 1)[-1]: m for m in got.measures}
    assert set(ms) == {"Bostadsrådgivning i servicepunkten", "Visning av stadens hyreshus", "Hobbykort för barn"}
    # the description paragraph is no action; the person and the title answer for nothing
    assert not any("hyresavtal" in t or "Mia Holm" in t for t in ms)
    assert ms["Bostadsrådgivning i servicepunkten"].responsible == ["Servicepunkten"]
    assert ms["Visning av stadens hyreshus"].responsible == ["Tekniska enheten"]
    assert ms["Hobbykort för barn"].responsible == ["Fritidsenheten"]
    assert ms["Bostadsrådgivning i servicepunkten"].schedule == "2027–2030"
    assert ms["Visning av stadens hyreshus"].schedule == "varje vår"
    assert ms["Visning av stadens hyreshus"].partners == []


def test_vart_vill_vi_states_the_themes_goal_of_the_actions_under_it():
    got = _contact_programme()
    goals = {g.id: _sq(g.text) for g in got.goals}
    assert set(goals.values()) == {"Alla nyinflyttade hittar en bostad som de har råd med",
                                   "Barn i nyinflyttade familjer har en hobby de trivs med"}
    ms = {_sq(m.text).split(". ", 1)[-1]: m for m in got.measures}
    assert "bostad" in goals[ms["Visning av stadens hyreshus"].goal]
    assert "hobby" in goals[ms["Hobbykort för barn"].goal]


def test_the_goal_question_is_read_as_a_goal_label_and_other_where_questions_are_not():
    assert header_role("Vart vill vi?") == "goal"
    assert header_role("Vart vill vi komma?") == "goal"
    assert header_role("Vart vänder jag mig?") is None
    assert goal_field("Vart vill vi? Fler unga får ett sommarjobb.") == ("Fler unga får ett sommarjobb", None)


def test_contact_unit_is_the_part_before_the_phone_and_needs_a_phone_or_address():
    assert contact_unit("Mia Holm, boenderådgivare, Servicepunkten, tfn 040 111 2233") == "Servicepunkten"
    assert contact_unit("Mia Holm, rektor, Medborgarinstitutet, mia.holm@norrsund.fi") == "Medborgarinstitutet"
    assert contact_unit("Mia Holm, Servicepunkten") is None
    # a field line without a contact field is left as it is
    els = [Element("heading", "Insats 1: X", level=4), Element("para", "Beskrivning."),
           Element("para", "Tid: 2027 | Med i arbetet: – | Ansvar: Servicepunkten")]
    assert [e.text for e in fold_contact_field_lines(els)] == [e.text for e in els]


def test_two_field_lines_alike_in_their_first_fields_are_no_running_head():
    lines = ["Tid: från 2027 | Med i arbetet: – | Kontaktperson: A B, chef, Enhet X, tfn 040 1",
             "Tid: från 2027 | Med i arbetet: – | Kontaktperson: C D, chef, Enhet Y, tfn 040 2"]
    els = [Element("para", x) for x in lines]
    assert [e.text for e in drop_page_furniture(els)] == lines
    # a running head repeated as such still goes
    heads = [Element("para", "NORRSUND | INTEGRATIONSPLAN 2027–2030 | Boende"),
             Element("para", "NORRSUND | INTEGRATIONSPLAN 2027–2030 | Fritid")]
    assert drop_page_furniture(heads) == []


def _timetable():
    return _classify([
        _h("Integrationsplan för Västerby 2026–2028", 1),
        _h("Mål"),
        _t("Tabell 1. Planens mål", ["Nr", "Mål", "Tema", "Mätare"], [
            ["1", "Inflyttade känner sig välkomna i byarna", "Välkomnande",
             "Antal deltagare i välkomstkvällarna\nAndel inflyttade som känner en granne"],
            ["2", "Vuxna inflyttade får arbete i regionen", "Arbete", "Antal arbetsprövningar i kommunen"],
        ]),
        _h("Tidsplan"),
        _t("Tabell 2. Tidsplan", ["När", "Vad händer", "Mål", "Ansvar"], [
            ["januari 2026", "Fullmäktige antar planen", "–", "–"],
            ["v. 9/2026", "Välkomstkväll i byagården för alla som flyttat hit", "1", "Kulturbyrån, stöd: Byaföreningen"],
            ["april 2026", "Arbetsprövning i kommunens kök inleds", "2", "Kostservicen"],
            ["december 2026", "Nämnden får planens årsrapport", "–", "Kommundirektören"],
            ["v. 9/2027", "Välkomstkvällen ordnas igen (se v. 9/2026)", "1", "Kulturbyrån"],
            ["maj 2027", "Mentorer från företagen för arbetssökande inflyttade", "2", "Näringslivsbyrån"],
        ]),
    ])


def test_a_timetables_events_under_no_goal_and_its_repeat_rows_are_no_actions():
    got = _timetable()
    ms = {_sq(m.text): m for m in got.measures}
    assert set(ms) == {"Välkomstkväll i byagården för alla som flyttat hit", "Arbetsprövning i kommunens kök inleds",
                       "Mentorer från företagen för arbetssökande inflyttade"}
    assert ms["Välkomstkväll i byagården för alla som flyttat hit"].responsible == ["Kulturbyrån"]
    assert len(got.goals) == 2
    assert not any("–" == _sq(g.text).strip(" –") or _sq(g.text).startswith("–") for g in got.goals)


def test_a_line_opening_with_a_count_or_share_is_the_next_meter_of_a_one_meter_cell():
    inds = {_sq(i.text) for i in _timetable().indicators}
    assert {"Antal deltagare i välkomstkvällarna", "Andel inflyttade som känner en granne"} <= inds
    # a wrapped meter stays whole; a lower-case line goes on the line above
    cell = "Antal deltagare i kurserna som\nordnas\nAndel som klarar provet"
    assert split_indicator_cell(cell, listed=False, meters_header=True) == [
        "Antal deltagare i kurserna som\nordnas", "Andel som klarar provet"]
    assert split_indicator_cell("Sysselsättningsgraden bland\ninflyttade", listed=False, meters_header=True) == [
        "Sysselsättningsgraden bland\ninflyttade"]
    # under a follow-up column ('Uppföljning') the cell is one follow-up, as before
    assert split_indicator_cell(cell, listed=False) == [cell]


def test_an_actions_meter_cell_is_read_whole_as_before():
    got = _classify([
        _h("Integrationsplan för Västerby 2026–2028", 1),
        _h("Åtgärder"),
        _t("Tabell 1. Åtgärder", ["Mål", "Åtgärd", "Ansvar", "Mätare"], [
            ["Inflyttade får arbete", "Arbetsprövning i kommunens kök", "Kostservicen",
             "Antal arbetsprövningar\nAntal anställda efter prövningen"],
        ]),
    ])
    assert [_sq(i.text) for i in got.indicators] == ["Antal arbetsprövningar Antal anställda efter prövningen"]
