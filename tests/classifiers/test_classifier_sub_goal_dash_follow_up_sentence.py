"""Hundred-and-thirteenth blind set (helper r113a). Made-up text.

- A dash in a column headed by a sub-goal's label ('Delmål': '–'), under a goal's heading, says
  the row serves no sub-goal: it serves the goal the heading states (a dash in a plain goal
  column still says the row serves no goal).
- A sentence under an area-named goal heading whose verb is following up ('Under året följs
  särskilt upp hur …') tells what is watched, no goal: the heading stays the goal."""

import re

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.area_goal_headings import goal_under_area_heading


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


def _goal_of(x, measure_start):
    m = next(m for m in x.measures if _squash(m.text).startswith(measure_start))
    # (the goal's words, its label and number left out: 'Mål 2. X' -> 'X', '1a. X' -> 'X')
    return next((re.sub(r"^(?:Mål\s+)?\d+[a-z]?\.\s+", "", _squash(g.text)).rstrip(".")
                 for g in x.goals if g.id == m.goal), None)


_COLUMNS = ["Nr", "Delmål", "Åtgärd", "Ansvar", "Tid"]


def _plan():
    return [_h("Mål och åtgärder", 1),
            _h("Mål 1. Alla vuxna nyinflyttade lär sig svenska eller finska", 2),
            _p("Delmål:"),
            _b("1a. Kursplatserna räcker till alla som anmäler sig", "1b. Väntetiden till kurs är högst en månad"),
            _t(_COLUMNS, [["1.1", "1a", "Fler kvällskurser i svenska", "Medborgarinstitutet", "2026"],
                          ["1.2", "1b", "Anmälan till kurs via nätet", "Kansliet", "2027"]]),
            _h("Mål 2. Alla barn har en meningsfull fritid", 2),
            _t(_COLUMNS, [["2.1", "–", "Fritidskort för skolbarn", "Fritidsbyrån", "2026"],
                          ["2.2", "–", "Simskola på sommarlovet", "Idrottsbyrån", "2027"]])]


def test_a_dash_in_a_sub_goal_column_links_the_row_to_the_heading_goal():
    x = _classify(_plan())
    assert _goal_of(x, "Fritidskort") == "Alla barn har en meningsfull fritid"
    assert _goal_of(x, "Simskola") == "Alla barn har en meningsfull fritid"
    # (a sub-goal's code still names the sub-goal)
    assert _goal_of(x, "Fler kvällskurser") == "Kursplatserna räcker till alla som anmäler sig"


def test_a_follow_up_sentence_under_an_area_heading_is_no_goal():
    assert goal_under_area_heading(
        "Mål 4. Delaktighet", "Under året följs särskilt upp hur nyinflyttade deltar i föreningarna.") is None
    assert goal_under_area_heading(
        "Mål 4. Delaktighet", "Nyinflyttades deltagande i föreningarna uppföljs varje år.") is None
    # a sentence stating the goal still does
    assert goal_under_area_heading("Mål 4. Delaktighet", "Nyinflyttade deltar i föreningarnas verksamhet.") \
        == ("Nyinflyttade deltar i föreningarnas verksamhet", "Delaktighet")


def test_a_goal_with_its_follow_up_in_a_second_clause_still_states_the_goal():
    assert goal_under_area_heading(
        "Mål 5. Samordnat arbete", "Arbetet i regionen är samordnat, och resultaten följs upp varje år.") \
        == ("Arbetet i regionen är samordnat, och resultaten följs upp varje år", "Samordnat arbete")
