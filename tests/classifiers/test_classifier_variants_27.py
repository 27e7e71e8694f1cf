"""Nearby variants of conventions the sixty-second to sixty-fifth sets' readers fixed, on made-up
text: a goal-number column headed by a compound ('Målkod', 'Målnummer', 'Målnr'), ..."""

import re

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import header_role


# ---- 'Målkod' / 'Målnummer' / 'Mål-nr' / 'Målnr': the goal-number column, as 'Mål nr' ----

def test_compound_goal_code_headers_name_the_goal_column():
    for h in ("Mål nr", "Mål (kod)", "Målkod", "Målnummer", "Mål-nr", "Målnr", "Målnr.", "Målkoder"):
        assert header_role(h) == "goal", h
    # 'mål' opening another word is still no goal ('Målgrupp' is the target group)
    assert header_role("Målgrupp") != "goal"


def _goal_code_table(head):
    return _classify([
        _h("Integrationsplan 2026–2029", 1),
        _h("Planens mål", 2),
        _p("Planen har tre mål:"),
        _b("1. Nyinflyttade hittar snabbt rätt rådgivning.",
           "2. Äldre invandrare har en meningsfull vardag nära hemmet.",
           "3. Unga med annat modersmål fortsätter studera efter grundskolan."),
        _h("Åtgärder", 2),
        {"type": "table", "caption": "Åtgärder 2026–2029",
         "columns": [head, "Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["1", "Rådgivningen har öppet två kvällar i veckan", "Medborgarservicen", "från 2026"],
                  ["2", "Seniorträffar ordnas i byarnas skolor", "Äldreomsorgen", "varje höst"],
                  ["3", "Studiehandledare följer varje elev i nian", "Skolväsendet", "läsåret 2026–2027"]]},
    ])


def test_a_compound_goal_code_column_keys_the_actions_to_the_listed_goals():
    for head in ("Mål nr", "Målkod", "Målnummer", "Mål-nr", "Målnr"):
        ex = _goal_code_table(head)
        # (the goals read as the list's items, numbers and all: the number keys them)
        goals = {g.id: re.sub(r"^\d\.\s+|\.$", "", g.text) for g in ex.goals}
        assert sorted(goals.values()) == [
            "Nyinflyttade hittar snabbt rätt rådgivning",
            "Unga med annat modersmål fortsätter studera efter grundskolan",
            "Äldre invandrare har en meningsfull vardag nära hemmet"], head
        assert {" ".join(m.text.split()): goals.get(m.goal) for m in ex.measures} == {
            "Rådgivningen har öppet två kvällar i veckan": "Nyinflyttade hittar snabbt rätt rådgivning",
            "Seniorträffar ordnas i byarnas skolor": "Äldre invandrare har en meningsfull vardag nära hemmet",
            "Studiehandledare följer varje elev i nian":
                "Unga med annat modersmål fortsätter studera efter grundskolan"}, head
