"""Seventy-sixth blind set, reader b (blind454–blind456) conventions, on made-up text:

- an action cell that names its action and lists the steps it is carried out by, lettered in
  one sentence ('Sommarskola: a) …, b) …, c) …'): one action, the whole cell, where a label
  ('Åtgärder: (a) …; (b) …') lists actions of their own;
- a table keyed by the other plans its actions belong to ('Plan | Åtgärd … | Ansvarig'):
  actions carried out and followed up in those plans, none of this programme's;
- a column of the expected effect ('Förväntad effekt') beside a goal column, or under the
  goal's heading: it describes each action's effect, no goal of its own;
- 'X; samarbetsparter: Y, Z' wrapped in a narrow column: the partners' lines joined where
  commas part the names."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.headers import map_columns, without_effect_under_goal
from classifiers.inline_lists import names_action_of_steps
from classifiers.other_plans import keyed_by_other_plan


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- an action named before its lettered steps ----

def test_a_named_action_leads_its_steps():
    assert names_action_of_steps("Sommarskola för nya elever:")
    assert names_action_of_steps("2.3 Sommarskola för nya elever:")
    # a label naming actions, a subject and its verb, or no lead: items of their own
    assert not names_action_of_steps("Åtgärder:")
    assert not names_action_of_steps("Kommunen ska:")
    assert not names_action_of_steps("")


def test_lettered_steps_in_an_action_cell_are_one_action():
    cols = ["Mål", "Åtgärd", "Ansvarig", "Tidtabell", "Mätare"]
    ex = _classify([
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2026–2029."),
        _h("2 Mål och åtgärder", 2),
        _h("2.1 Skola", 3),
        _t(cols, [
            ["Alla nyinflyttade barn klarar skolan", "Sommarskola för nya elever: a) två veckors "
             "språkläger i juni, b) läxhjälp på biblioteket, c) ett samtal med familjen i augusti",
             "Skolväsendet", "juni 2026", "Antal deltagare i sommarskolan"],
            ["", "Modersmålsundervisning i fem språk", "Skolväsendet", "hösten 2026", ""]]),
    ])
    texts = [" ".join(m.text.split()) for m in ex.measures]
    assert len(texts) == 2
    assert texts[0].startswith("Sommarskola för nya elever: a) två veckors språkläger")
    assert texts[0].endswith("c) ett samtal med familjen i augusti")
    # the row's one meter is that action's
    assert [i.measure for i in ex.indicators] == [ex.measures[0].id]


# ---- a table keyed by other plans ----

def test_a_plan_column_keys_other_plans_actions():
    hdrs = ["Plan", "Åtgärd som stöder målen", "Ansvarig"]
    rows = [["Välfärdsplanen 2025–2028", "Motionsgrupper för seniorer", "Idrottsbyrån"],
            ["Ungdomsprogrammet", "Fritidsledare på kvällstid", "Ungdomsbyrån"]]
    assert keyed_by_other_plan(hdrs, map_columns(hdrs), rows)
    # ... the plan's column last, as a record print orders the fields
    assert keyed_by_other_plan(hdrs[1:] + hdrs[:1], map_columns(hdrs[1:] + hdrs[:1]), [r[1:] + r[:1] for r in rows])
    # a strategy column of codes beside the programme's own actions is no key
    hdrs2 = ["Åtgärd", "Ansvar", "Strategi"]
    assert not keyed_by_other_plan(hdrs2, map_columns(hdrs2), [["Läxhjälp", "Skolan", "S2"], ["Språkcafé", "Biblioteket", "S1, S3"]])


def test_other_plans_actions_are_not_read():
    ex = _classify([
        _h("1 Mål och åtgärder", 2),
        _t(["Mål", "Åtgärd", "Ansvarig", "Tidtabell"], [
            ["Nyinflyttade hittar bostad", "Bostadsrådgivning en kväll i veckan", "Bostadsbolaget", "2026"]]),
        _h("2 Åtgärder i andra planer", 2),
        _t(["Plan", "Åtgärd som stöder målen", "Ansvarig"], [
            ["Välfärdsplanen 2025–2028", "Motionsgrupper för seniorer", "Idrottsbyrån"],
            ["Ungdomsplanen", "Fritidsledare på kvällstid i centrum", "Ungdomsbyrån"]],
           caption="Tabell 2. Åtgärder i andra planer"),
    ])
    assert [" ".join(m.text.split()) for m in ex.measures] == ["Bostadsrådgivning en kväll i veckan"]


# ---- 'Förväntad effekt' beside the goal ----

def test_expected_effect_beside_a_goal_column_is_no_goal():
    roles = map_columns(["Mål för perioden", "Åtgärd", "Ansvar", "Tidtabell", "Förväntad effekt", "Mätare"])
    assert roles == {0: "goal", 1: "measure", 2: "responsible", 3: "schedule", 5: "indicator"}
    # without a goal column the expected effects are the goal
    assert map_columns(["Åtgärd", "Förväntade effekter"]) == {0: "measure", 1: "goal"}


def test_expected_effect_under_a_goal_heading_is_no_goal():
    hdrs = ["Åtgärd", "Ansvar", "Förväntade resultat", "Mätare"]
    assert without_effect_under_goal(hdrs, {0: "measure", 1: "responsible", 2: "goal", 3: "indicator"}) == {
        0: "measure", 1: "responsible", 3: "indicator"}


def test_expected_effect_cells_are_not_goals():
    cols = ["Mål för perioden", "Åtgärd", "Ansvar", "Tidtabell", "Förväntad effekt", "Mätare"]
    ex = _classify([
        _h("1 Mål och åtgärder", 2),
        _h("Delområde 1: Boende", 3),
        _t(cols, [
            ["Nyinflyttade hittar en bostad inom tre månader", "Bostadsrådgivning en kväll i veckan",
             "Bostadsbolaget", "2026", "Färre bor trångt", "Antal besök"],
            ["", "Lista över lediga bostäder på fem språk", "Kansliet", "2027", "Fler hittar själva",
             "Antal listor"]]),
    ])
    assert [g.text for g in ex.goals] == ["Nyinflyttade hittar en bostad inom tre månader"]
    assert {m.goal for m in ex.measures} == {ex.goals[0].id}


# ---- labelled partners wrapped in a narrow column ----

def test_labelled_partners_wrapped_in_a_narrow_column():
    assert split_actors("Bostadsbyrån;\nsamarbetsparter:\nvälfärdsområdet\nNorrland, Exempelby\nhyresgästförening") == (
        ["Bostadsbyrån"], ["välfärdsområdet Norrland", "Exempelby hyresgästförening"])
    assert split_actors("Bostadsbyrån;\nsamarbetsparter:\nförsamlingen") == (["Bostadsbyrån"], ["församlingen"])


def test_expected_effect_under_a_goal_heading_is_read_as_no_goal():
    ex = _classify([
        _h("1 Mål och åtgärder", 2),
        _h("Mål 1: Nyinflyttade hittar en bostad inom tre månader", 3),
        _t(["Åtgärd", "Ansvar", "Tidtabell", "Förväntad effekt", "Mätare"], [
            ["Bostadsrådgivning en kväll i veckan", "Bostadsbolaget", "2026", "Färre bor trångt", "Antal besök"],
            ["Lista över lediga bostäder på fem språk", "Kansliet", "2027", "Fler hittar själva", "Antal listor"]]),
    ])
    # the heading's goal alone: the effect cells are no goals
    assert len(ex.goals) == 1 and ex.goals[0].text.endswith("Nyinflyttade hittar en bostad inom tre månader")
    assert {m.goal for m in ex.measures} == {ex.goals[0].id}
