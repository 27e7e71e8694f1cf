"""A plain list under a goal heading with an item closed by its time alone in parentheses
('... (2026)'): the goal's actions (`classifiers.timed_goal_lists`). Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, bullets as _b


def test_dated_list_under_a_goal_heading_lists_its_actions():
    x = _classify([
        _h("Mål 1: Nya invånare hittar kommunens service", 2),
        _b("Välkomstträff två gånger per år", "Digital guide på fem språk (2026)",
           "En kontaktperson för varje ny familj"),
    ])
    goal = next(g.id for g in x.goals if g.text.endswith("hittar kommunens service"))
    assert sorted(m.text for m in x.measures if m.goal == goal) == [
        "Digital guide på fem språk", "En kontaktperson för varje ny familj", "Välkomstträff två gånger per år"]
    assert next(m for m in x.measures if m.text.startswith("Digital")).start_year == 2026


def test_undated_list_under_a_goal_heading_stays_unread():
    # guard: without a dated item (or a doer, or action lists under earlier goal headings)
    # the list may state the goal's results
    x = _classify([
        _h("Mål 1: Jämlik utbildning", 2),
        _b("Förbättrade studieresultat", "Verksamhetskulturen är inkluderande"),
    ])
    assert x.measures == []


def test_closing_time_of_a_listed_action_is_its_schedule():
    # a list read as actions for another reason (under 'Åtgärder'): the time alone in
    # parentheses closing an item is its schedule, cut from its text (`closing_times`)
    x = _classify([
        _h("Mål 1: Nya invånare hittar kommunens service", 2),
        _h("Åtgärder", 3),
        _b("Språkcafé varje vecka (2025–2026)", "Läxhjälp på biblioteket"),
    ])
    cafe = next(m for m in x.measures if m.text.startswith("Språkcafé"))
    assert (cafe.text, cafe.start_year, cafe.end_year) == ("Språkcafé varje vecka", 2025, 2026)
