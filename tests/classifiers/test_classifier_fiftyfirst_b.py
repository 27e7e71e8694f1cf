"""Fifty-first blind set (blind305, blind301, blind304) conventions, on made-up text: a folder's
boxes ('Visste du?', 'Röster från X', a quote alone under its title) splitting an area's list
of 'Vi <action> (<doer>, <time>)' bullets (`fact_boxes`); a feast as a time ('varje
midsommar', `schedule`); a follow-up table whose 'Mål' column counts goals stated unnumbered
in their order (`GoalLookup.goals_counted_in_order`); and a follow-up table 'Det här mäter vi
| Område' (`label_vocab.FOLLOW_UP_PHRASE`, `area_counts` over a table's area column)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import parenthesis_in_actors_place
from classifiers.elements import Element
from classifiers.fact_boxes import without_fact_boxes
from classifiers.headers import header_role
from classifiers.schedule import opens_with_time, parse_schedule


def _sq(s):
    return " ".join((s or "").split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _el(kind, text, level=0):
    return Element(kind=kind, text=text, level=level)


def _goal_of(ex, measure_words):
    m = next(m for m in ex.measures if measure_words in _sq(m.text))
    return next(_sq(g.text) for g in ex.goals if g.id == m.goal)


# --- a folder's boxes inside an area's list of '(who, when)' bullets ------------------------------

def test_did_you_know_box_between_who_when_items_goes():
    els = [_el("heading", "Boende", 3),
           _el("bullet", "• Vi ordnar en bostadsmässa för hyresvärdar (bostadssekreteraren, maj 2026)"),
           _el("heading", "Visste du?", 4),
           _el("para", "Var tredje lägenhet i kommunen hyrs ut av en privat hyresvärd."),
           _el("bullet", "• Vi översätter hyresavtalets mall till fyra språk (kansliet, 2026)"),
           _el("heading", "Hälsa", 3)]
    out = without_fact_boxes(els)
    assert [e.text for e in out] == [els[0].text, els[1].text, els[4].text, els[5].text]


def test_quote_box_under_any_title_goes():
    els = [_el("heading", "Skola", 3),
           _el("bullet", "• Vi ordnar läxhjälp på biblioteket (bildningschefen, varje termin)"),
           _el("heading", "Ur vardagen", 4),
           _el("para", "”Läxhjälpen gav min son modet att fråga i klassen.” – Omar, pappa till en elev"),
           _el("bullet", "• Vi bjuder in föräldrarna till ett möte om skolan (rektorn, varje höst)")]
    out = without_fact_boxes(els)
    assert [e.text for e in out] == [els[0].text, els[1].text, els[4].text]


def test_sub_heading_over_a_goal_paragraph_is_no_box():
    # a section of its own under the area: its paragraph is no quote and its title no box's
    els = [_el("heading", "Arbete", 3),
           _el("bullet", "• Vi ordnar en rekryteringsdag (näringslivsombudet, 2026)"),
           _el("heading", "Unga vuxna", 4),
           _el("para", "Målet är att unga vuxna hittar en utbildning eller ett jobb."),
           _el("bullet", "• Vi startar en jobbklubb för unga (ungdomsledaren, 2027)")]
    assert without_fact_boxes(els) == els


def _folder():
    return _classify([
        _h("Välkommen till Norrby – integrationsplanen i korthet", 1),
        _h("Boende", 2),
        _p("Vårt mål: alla nya norrbybor har ett tryggt hem."),
        _p("Så gör vi:"),
        _b("Vi ordnar en bostadsmässa för hyresvärdar och nya invånare (bostadssekreteraren, maj 2026)"),
        _h("Visste du?", 3),
        _p("Var tredje lägenhet i Norrby hyrs ut av en privat hyresvärd."),
        _b("Vi översätter hyresavtalets mall till fyra språk (kansliet, 2026)"),
        _h("Fritid", 2),
        _p("Vårt mål: nya och gamla norrbybor gör saker tillsammans."),
        _p("Så gör vi:"),
        _b("Vi ordnar en julmarknad med hantverk från många länder (kulturchefen, varje jul)",
           "Vi startar en vandringsgrupp på lördagar (fritidsledaren, 2026–2028)",
           "Vi lånar ut fiskeredskap på biblioteket (bibliotekarien, somrarna 2026–2028)"),
    ])


def test_items_after_a_box_are_the_areas_actions():
    ex = _folder()
    texts = [_sq(m.text) for m in ex.measures]
    assert "Vi översätter hyresavtalets mall till fyra språk" in texts
    assert _goal_of(ex, "hyresavtalets mall").startswith("alla nya norrbybor")
    assert not any("Var tredje lägenhet" in t for t in texts)


# --- a feast as a time --------------------------------------------------------------------------------

def test_feast_is_a_time_of_each_year():
    for t in ("varje midsommar", "varje jul", "varje sportlov", "julen 2026", "midsommaren 2027"):
        assert opens_with_time(t) is not None, t
    assert parse_schedule("julen 2026")[1:] == (2026, 2026)
    assert opens_with_time("jul") is None  # the bare word is no time
    found = parenthesis_in_actors_place("Vi ordnar en julmarknad med hantverk (kulturchefen, varje jul)")
    assert found is not None and found[1] == (["kulturchefen"], [], "varje jul")


def test_feast_time_closes_the_item_in_a_programme():
    ex = _folder()
    m = next(m for m in ex.measures if "julmarknad" in m.text)
    assert _sq(m.text) == "Vi ordnar en julmarknad med hantverk från många länder"
    assert m.responsible == ["kulturchefen"] and m.schedule == "varje jul"


# --- a 'Mål' column counting goals stated unnumbered --------------------------------------------------

def _action_tables(follow_up_rows, follow_up_cols=("Indikator", "Mål", "Källa")):
    cols = ["Målsättning", "Åtgärd", "Ansvar", "Tidtabell"]
    return _classify([
        _h("2 Mål och åtgärder", 2),
        _h("2.1 Arbete", 3),
        _t("Tabell 2. Arbete", cols,
           [["Fler nyanlända får ett arbete i kommunen", "Kommunen ordnar en mässa för sommarjobb", "näringslivsenheten", "2026"],
            ["", "Kommunen erbjuder praktikplatser i de egna enheterna", "personalenheten", "från 2026"]]),
        _h("2.2 Skola", 3),
        _t("Tabell 3. Skola", cols,
           [["Alla elever klarar grundskolan", "Skolorna ordnar läxhjälp två dagar i veckan", "bildningssektorn", "2026–2028"],
            ["Föräldrarna känner till skolans arbete", "Skolan ordnar föräldrakvällar med tolk", "rektorerna", "varje termin"]]),
        _h("3 Uppföljning", 2),
        _p("Kolumnen Mål anger målsättningens nummer i den ordning målsättningarna står i tabellerna."),
        _t("Tabell 4. Uppföljning", list(follow_up_cols), follow_up_rows),
    ])


def test_goal_column_counts_the_goals_in_order():
    ex = _action_tables([["antal besökare på sommarjobbsmässan", "1", "näringslivsenheten"],
                         ["andelen elever som får avgångsbetyg", "2", "skolorna"],
                         ["antal deltagare i läxhjälpen", "2", "skolorna"],
                         ["antal föräldrar på föräldrakvällarna", "3", "rektorerna"]])
    goal_text = {g.id: _sq(g.text) for g in ex.goals}
    by_text = {_sq(i.text): i for i in ex.indicators}
    assert goal_text[by_text["antal besökare på sommarjobbsmässan"].goal].startswith("Fler nyanlända")
    assert goal_text[by_text["antal deltagare i läxhjälpen"].goal].startswith("Alla elever")
    assert goal_text[by_text["antal föräldrar på föräldrakvällarna"].goal].startswith("Föräldrarna")
    # a table keyed by goal follows the goals up: no count is any action's
    assert all(i.measure is None for i in ex.indicators)


def test_target_levels_in_a_goal_column_name_no_goal():
    ex = _action_tables([["antal besökare på sommarjobbsmässan", "150", "näringslivsenheten"],
                         ["andelen elever som får avgångsbetyg", "95", "skolorna"]])
    assert not any(i.goal for i in ex.indicators)


# --- 'Det här mäter vi | Område' --------------------------------------------------------------------

def test_statement_follow_up_header_names_the_indicators():
    for h in ("Det här mäter vi", "Detta mäter vi", "Det här följer vi upp"):
        assert header_role(h) == "indicator", h


def _area_follow_up():
    return _classify([
        _h("Välkommen till Norrby – integrationsplanen i korthet", 1),
        _h("Arbete", 2),
        _p("Vårt mål: nya norrbybor hittar ett arbete som passar dem."),
        _p("Så gör vi:"),
        _b("Vi ordnar en rekryteringsmässa för företagen (näringslivsombudet, varje vår)",
           "Vi erbjuder arbetsprövning i kommunens kök (personalchefen, 2026–2028)"),
        _h("Fritid", 2),
        _p("Vårt mål: nya och gamla norrbybor gör saker tillsammans."),
        _p("Så gör vi:"),
        _b("Vi startar en vandringsgrupp på lördagar (fritidsledaren, 2026–2028)",
           "Vi ordnar en cykelskola för vuxna (idrottssekreteraren, somrarna 2026–2028)"),
        _h("Så följer vi upp", 2),
        _t("", ["Det här mäter vi", "Område"],
           [["antal besökare på rekryteringsmässan", "Arbete"],
            ["andelen invandrare i arbete", "Arbete"],
            ["antal deltagare i cykelskolan", "Fritid"]]),
    ])


def test_area_table_counts_name_the_areas_action():
    ex = _area_follow_up()
    by_text = {_sq(i.text): i for i in ex.indicators}
    measure_text = {m.id: _sq(m.text) for m in ex.measures}
    goal_text = {g.id: _sq(g.text) for g in ex.goals}
    fair = by_text["antal besökare på rekryteringsmässan"]
    assert measure_text[fair.measure].startswith("Vi ordnar en rekryteringsmässa")
    bike = by_text["antal deltagare i cykelskolan"]
    assert measure_text[bike.measure].startswith("Vi ordnar en cykelskola")
    share = by_text["andelen invandrare i arbete"]
    assert share.measure is None and goal_text[share.goal].startswith("nya norrbybor")


def test_area_table_of_statistics_keeps_its_counts_the_goals():
    # a source column: the municipality's statistics, which follow the area's goals up
    blocks = [
        _h("Välkommen till Norrby – integrationsplanen i korthet", 1),
        _h("Arbete", 2),
        _p("Vårt mål: nya norrbybor hittar ett arbete som passar dem."),
        _p("Så gör vi:"),
        _b("Vi ordnar en rekryteringsmässa för företagen (näringslivsombudet, varje vår)",
           "Vi erbjuder arbetsprövning i kommunens kök (personalchefen, 2026–2028)"),
        _h("Så följer vi upp", 2),
        _t("", ["Det här mäter vi", "Område", "Källa"],
           [["antal besökare på rekryteringsmässan", "Arbete", "näringslivsombudet"],
            ["andelen invandrare i arbete", "Arbete", "Statistikcentralen"]]),
    ]
    ex = _classify(blocks)
    fair = next(i for i in ex.indicators if "rekryteringsmässan" in i.text)
    assert fair.measure is None and fair.goal is not None
