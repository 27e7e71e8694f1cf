"""The twenty-third set's card-like prints (blind127, blind133): a balanced scorecard's
goal heading ('Kritisk framgångsfaktor 2: ...') read as the goal it heads, made-up text."""

from __future__ import annotations

from blocks_doc import classify_blocks as _classify
from blocks_doc import heading as _h
from blocks_doc import paragraph as _p

from classifiers.prose import goal_heading_number, is_goal_heading
from classifiers.text import GOAL_LABEL_RE, normalize_for_match


def test_a_numbered_critical_success_factor_heading_is_a_goal_heading():
    h = "Kritisk framgångsfaktor 2: Nya invånare hittar snabbt rätt service"
    assert is_goal_heading(h) and goal_heading_number(h) == "2"
    assert GOAL_LABEL_RE.sub("", h, count=1) == "Nya invånare hittar snabbt rätt service"
    assert not is_goal_heading("Kritiska framgångsfaktorer")  # a chapter naming them, no goal


def _scorecard_cards(label):
    return _classify([_h("3 Styrkort", 1),
                      _h(f"{label} 1: Nya invånare hittar snabbt rätt service", 3),
                      _p("Åtgärd: Välkomstmöte varje månad på biblioteket"), _p("Ansvar: kommunkansliet"),
                      _p("Styrtal: Antal deltagare på välkomstmötena"),
                      _h(f"{label} 2: Eleverna klarar den grundläggande utbildningen", 3),
                      _p("Åtgärd: Läxhjälp i skolorna två gånger i veckan"), _p("Ansvar: bildningsenheten")])


def test_scorecard_goal_headings_head_their_actions_as_goal_headings_do():
    x = _scorecard_cards("Kritisk framgångsfaktor")
    assert [normalize_for_match(g.text) for g in x.goals] == [
        "nya invånare hittar snabbt rätt service", "eleverna klarar den grundläggande utbildningen"]
    assert [(m.text, m.goal) for m in x.measures] == [
        ("Välkomstmöte varje månad på biblioteket", x.goals[0].id),
        ("Läxhjälp i skolorna två gånger i veckan", x.goals[1].id)]
    assert [(i.text, i.measure) for i in x.indicators] == [("Antal deltagare på välkomstmötena", x.measures[0].id)]
    # read as 'Mål 1: ...' headings are
    y = _scorecard_cards("Mål")
    assert [(m.text, m.goal) for m in y.measures] == [(m.text, m.goal) for m in x.measures]


def test_actions_under_a_heading_naming_a_theme_of_earlier_goals_serve_that_themes_goals():
    # goals stated under theme headings, then an action plan printed as cards under the same
    # theme names (the plan's title rows as headings): the actions serve those themes' goals
    x = _classify([_h("3 Våra mål", 1),
                   _h("Boende", 2), _p("Vi vill att nyinflyttade hittar en bostad inom ett halvår."),
                   _h("Fritid", 2), _p("Vi vill att unga med utländsk bakgrund deltar i föreningarnas verksamhet."),
                   _h("4 Handlingsplan", 1),
                   _h("Boende", 3),
                   _p("Åtgärd: Bostadsrådgivning på servicekontoret"), _p("Ansvar: byggnadskontoret"),
                   _h("Fritid", 3),
                   _p("Åtgärd: Simskola för vuxna"), _p("Ansvar: fritidsbyrån")])
    theme_of = {g.id: g.theme for g in x.goals}
    assert [(m.text, theme_of.get(m.goal)) for m in x.measures] == [
        ("Bostadsrådgivning på servicekontoret", "Boende"), ("Simskola för vuxna", "Fritid")]


def test_a_meter_under_an_action_naming_an_average_a_time_a_result_or_a_unit_is_its_indicator():
    # a numbered action whose doer is in its parenthesis, each with its meter under it: a
    # meter names the measured value ('Genomsnittlig ...', 'Tid ...', 'Resultat i ...',
    # '... (%)') as 'Antal ...' / 'Andel ...' do
    meters = ["Andel som fått välkomstpaketet", "Genomsnittlig tid till kartläggningen",
              "Resultat i personalenkäten om bemötandet", "Sökta ersättningar av beräknad rätt (%)"]
    acts = ["1.1 Välkomstpaket delas ut vid flyttanmälan (servicepunkten)",
            "1.2 Inledande kartläggning inom en månad (integrationsenheten)",
            "1.3 Mångfald som tema i medarbetarsamtalen (personalenheten)",
            "1.4 Ersättningarna ansöks kvartalsvis (ekonomienheten)"]
    blocks = [_h("3 Styrkort", 1), _h("Mål 1. Nya invånare hittar snabbt rätt service", 3)]
    for a, m in zip(acts, meters):
        blocks += [_p(a), _p(f"Mätare: {m}")]
    x = _classify(blocks)
    assert [(i.text, i.measure) for i in x.indicators] == [(m, x.measures[k].id) for k, m in enumerate(meters)]


def test_a_lone_action_card_naming_its_doer_in_its_parenthesis_is_a_whole_card():
    # a goal with one action printed as a card of one field: the action's doer in the
    # parenthesis closing it is the card's second field
    x = _classify([_h("3 Mål", 1),
                   _h("Mål 1: Nya invånare hittar snabbt rätt service", 3),
                   _p("Åtgärd: Välkomstmöte varje månad på biblioteket (kommunkansliet)"),
                   _h("Mål 2: Eleverna klarar skolan", 3),
                   _p("Åtgärd: Läxhjälp i skolan"), _p("Ansvar: skolan")])
    assert [(m.text, m.goal, m.responsible) for m in x.measures] == [
        ("Välkomstmöte varje månad på biblioteket", x.goals[0].id, ["kommunkansliet"]),
        ("Läxhjälp i skolan", x.goals[1].id, ["skolan"])]
    # a lone action field that names no doer stays as it was: no card of one field
    y = _classify([_h("3 Mål", 1), _h("Mål 1: Nya invånare hittar snabbt rätt service", 3),
                   _p("Åtgärd: Välkomstmöte varje månad på biblioteket")])
    assert not y.measures
