"""Fourteenth blind set (helper y14a): numbered goals listed under theme subheadings of a
goals chapter, and an action table naming them 'Mål N' or 'N'. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b


def _squash(s):
    return " ".join(s.split())


def test_numbered_goals_under_theme_subheadings_of_a_goal_chapter_and_table_refs():
    actions = {"type": "table", "caption": "Tabell 4. Åtgärder",
               "columns": ["Nr", "Åtgärd", "Mål", "Ansvarig", "Tidtabell"],
               "rows": [["1.", "Öppet hus för nyinflyttade varje vår", "Mål 1", "Fritidsbyrån", "2026"],
                        ["2.", "Praktikplatser i kommunens kök", "2", "Kostenheten", "2027"],
                        ["3.", "Cykelkurs för vuxna", "Mål 3", "Idrottsbyrån", "sommar 2026"]]}
    x = _classify([_h("3. Våra mål", 1),
                   _p("Målen numreras löpande och numren används i åtgärdstabellen."),
                   _h("3.1 Första tiden", 2),
                   _b("1. Nyinflyttade hittar till kommunens tjänster redan första månaden."),
                   _h("3.2 Arbetsliv", 2),
                   _b("2. Fler nyinflyttade får en första arbetserfarenhet i kommunen.",
                      "3. Nyinflyttade rör sig tryggt i trafiken året runt."),
                   _h("4. Åtgärder", 1), actions])
    texts = [_squash(g.text) for g in x.goals]
    assert len(texts) == 3 and texts[0].endswith("Nyinflyttade hittar till kommunens tjänster redan första månaden.")
    assert [g.theme for g in x.goals] == ["Första tiden", "Arbetsliv", "Arbetsliv"]
    g1, g2, g3 = x.goals
    assert [m.goal for m in x.measures] == [g1.id, g2.id, g3.id]


def test_a_bracket_of_lower_case_words_after_an_actor_is_its_branch_not_its_name():
    from classifiers.actors import split_actors
    assert split_actors("Kulturväsendet (musikskolans kurser)") == (["Kulturväsendet"], [])
    # a bracket listing units ('och') or spelling out a name stays
    assert split_actors("Kulturväsendet (musik- och bildkonst)")[0] == ["Kulturväsendet (musik- och bildkonst)"]
    assert split_actors("Ett förbund (Västra Regionförbundet)")[0] == ["Ett förbund (Västra Regionförbundet)"]


def test_focus_fields_are_sub_goals_of_the_goal_field_above_and_head_their_lists():
    x = _classify([_h("2 Boende", 1),
                   _p("Mål 1: Alla hushåll har ett tryggt boende."),
                   _p("Tyngdpunkt: Bostadsköerna blir kortare."),
                   _b("Fler hyresbostäder byggs i centrum – Ansvar: tekniska sektorn, 2027"),
                   _p("Tyngdpunkt: Hyresgästerna känner sina rättigheter."),
                   _b("Boenderådgivning på lätt svenska – Ansvar: boenderådgivaren, fortlöpande")])
    texts = [_squash(g.text) for g in x.goals]
    assert texts == ["Alla hushåll har ett tryggt boende", "Bostadsköerna blir kortare",
                     "Hyresgästerna känner sina rättigheter"]
    g1, f1, f2 = x.goals
    assert f1.parent == g1.id and f2.parent == g1.id
    assert [m.goal for m in x.measures] == [f1.id, f2.id]


def test_a_traffic_light_follow_up_of_indicators_is_no_report_on_earlier_measures():
    follow = {"type": "table", "caption": "Tabell 5. Uppföljning",
              "columns": ["Mål", "Indikator", "Läge 2026", "Status 2026"],
              "rows": [["Mål 1", "Antal nya hyresbostäder i centrum", "12", "grön"],
                       ["Mål 1", "Väntetid i bostadskön, månader", "9", "röd"],
                       ["Mål 2", "Antal deltagare i simskolan", "40", "gul"]]}
    x = _classify([_h("2 Boende", 1),
                   _p("Mål 1: Alla hushåll har ett tryggt boende."),
                   _b("Fler hyresbostäder byggs i centrum – Ansvar: tekniska sektorn, 2027"),
                   _h("3 Fritid", 1),
                   _p("Mål 2: Alla barn lär sig simma."),
                   _b("Simskola för nybörjare – Ansvar: idrottsbyrån, somrarna"),
                   _h("4 Uppföljning", 1), follow])
    g1, g2 = x.goals
    assert [(_squash(i.text), i.goal) for i in x.indicators] == [
        ("Antal nya hyresbostäder i centrum", g1.id), ("Väntetid i bostadskön, månader", g1.id),
        ("Antal deltagare i simskolan", g2.id)]
    assert [i.measure for i in x.indicators] == [None, None, None]


def test_two_bare_seasons_are_a_time_in_an_actor_parenthesis():
    from classifiers.actors import trailing_actors
    from classifiers.schedule import opens_with_time
    assert trailing_actors("Simskola för vuxna ordnas i badhuset (idrottsbyrån i samarbete med Simklubben, "
                           "sommar och vinter)") == (["idrottsbyrån"], ["Simklubben"], "sommar och vinter")
    # one bare season may be the pronoun ('vår förening'): no time
    assert opens_with_time("vår förening") is None


def test_an_action_sentence_then_an_owner_field_is_a_measure_under_a_goal_field():
    for closing in (["Kommunen ordnar i samarbete med Simklubben en simskola för nybörjare. Ansvar: fritidschefen."],
                    ["Kommunen ordnar i samarbete med Simklubben en simskola för nybörjare.", "Ansvar: fritidschefen."]):
        x = _classify([_h("3 Fritid", 1), _p("Kommunen har en simhall."),
                       _p("Mål 2: Alla barn lär sig simma."), *[_p(t) for t in closing],
                       _b("Simhallen har öppet för familjer på söndagar (fritidschefen, 2026)")])
        (g,) = x.goals
        m1 = x.measures[0]
        assert _squash(m1.text) == "Kommunen ordnar i samarbete med Simklubben en simskola för nybörjare"
        assert (m1.responsible, m1.partners, m1.goal) == (["fritidschefen"], ["Simklubben"], g.id)
        assert len(x.measures) == 2


def test_indicators_named_after_the_phrase_setting_the_tables_apart_are_indicators():
    from classifiers.prose import intro_kind
    assert intro_kind("Vid sidan av mätarna i åtgärdsplanen följs följande mätare för hela programmet:") == "indicator"
    # what goes on besides the actions, with no indicators named: background
    assert intro_kind("Utöver åtgärderna i tabellen ordnar föreningarna:") == "background"
