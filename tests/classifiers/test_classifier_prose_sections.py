"""Programmes that state their structure in running text and lists, not in tables: goals
given as a field ('Mål: ...') or as a heading over records of actions, measure lists whose
fields follow them, follow-up lists, actors named after an item or in a sentence after the
list (the conventions of the blind programmes in tests/data/blind_programs)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.actors import trailing_actors
from classifiers.headers import header_roles


def test_goal_field_paragraph_heads_the_numbered_actions_of_its_chapter():
    x = _classify([
        _h("1 Vägledning och information", 1),
        _p("Nyanlända behöver information om boende, skola och arbete."),
        _p("Mål: Invånare som flyttat hit får den vägledning de behöver."),
        _h("Åtgärder", 2),
        _p("1.1 Kommunen öppnar en mottagning för rådgivning en dag i veckan."),
        _p("Ansvar: integrationskoordinatorn"),
        _p("Tidtabell: 2025"),
        _p("1.2 Inledande kartläggning görs för alla nyanlända."),
        _p("Ansvar: socialarbetet i samarbete med välfärdsområdet"),
        _p("Tidtabell: fortlöpande"),
        _h("Uppföljning", 2),
        _p("Måluppfyllelsen följs upp med följande uppgifter:"),
        _b("antalet besök på mottagningen (åtgärd 1.1)", "antalet inledande kartläggningar"),
    ])
    assert [g.text for g in x.goals] == ["Invånare som flyttat hit får den vägledning de behöver"]
    gid = x.goals[0].id
    by_text = {m.text.split(" ", 1)[1][:30]: m for m in x.measures}
    assert len(x.measures) == 2 and all(m.goal == gid for m in x.measures)
    first, second = x.measures
    # each record keeps its own fields: the lower-case actor of 1.2 is not glued to 1.1
    assert first.responsible == ["integrationskoordinatorn"] and first.schedule == "2025"
    assert second.responsible == ["socialarbetet"] and second.partners == ["välfärdsområdet"]
    assert second.schedule == "fortlöpande"
    assert by_text
    inds = {i.text: i for i in x.indicators}
    assert set(inds) == {"antalet besök på mottagningen (åtgärd 1.1)", "antalet inledande kartläggningar"}
    assert inds["antalet besök på mottagningen (åtgärd 1.1)"].measure == first.id  # named by its number
    assert inds["antalet inledande kartläggningar"].measure is None
    assert all(i.goal == gid for i in x.indicators)


def test_heading_over_a_list_with_its_fields_is_the_goal_of_the_list():
    x = _classify([
        _h("Första tiden i kommunen", 1),
        _p("De första månaderna i en ny kommun är avgörande."),
        _h("Alla nyanlända får en trygg start", 2),
        _b("inledande kartläggning för alla som har rätt till det", "välkomstpaket på tio språk"),
        _p("Ansvariga: integrationskoordinatorn i samarbete med välfärdsområdet."),
        _p("Tidtabell: fortlöpande"),
        _p("Mätare:"),
        _b("antal inledande kartläggningar"),
        _h("Boende", 1),
        _h("Service för barn och unga", 2),  # a theme, not a statement: no goal
        _p("Kommunen har många tjänster för familjer."),
    ])
    assert [g.text for g in x.goals] == ["Alla nyanlända får en trygg start"]
    assert x.goals[0].theme == "Första tiden i kommunen"
    assert [m.text for m in x.measures] == ["inledande kartläggning för alla som har rätt till det",
                                            "välkomstpaket på tio språk"]
    for m in x.measures:
        assert m.goal == x.goals[0].id
        assert m.responsible == ["integrationskoordinatorn"] and m.partners == ["välfärdsområdet"]
        assert m.schedule == "fortlöpande"
    assert [i.text for i in x.indicators] == ["antal inledande kartläggningar"]


def test_a_list_introduced_as_something_else_is_no_record():
    x = _classify([
        _h("Inledning", 1),
        _p("Programmet har utarbetats av en arbetsgrupp med följande deltagare:"),
        _b("integrationskoordinatorn", "representanter för bildningsväsendet"),
        _p("Tidtabell: programmet godkändes i fullmäktige 2025."),
    ])
    assert x.measures == []


def test_sub_goal_heading_over_a_table_without_goal_column():
    table = {"type": "table", "caption": "", "columns": ["Vad gör vi?", "Vem ansvarar?", "När?"],
             "rows": [["Språkkurser på arbetsplatserna", "Medborgarinstitutet", "2025"]]}
    x = _classify([
        _h("1 Arbete och kompetens", 1),
        _h("Mål 1: Fler invandrare i arbete", 2),
        _h("1.1 Invandrarnas kompetens blir synlig för arbetsgivarna", 3),
        table,
    ])
    main, sub = x.goals
    assert main.text.startswith("Mål 1") and sub.text == "Invandrarnas kompetens blir synlig för arbetsgivarna"
    assert sub.parent == main.id
    assert x.measures[0].goal == sub.id


def test_goal_sentences_of_a_chapter_are_the_goals_of_its_measure_list():
    x = _classify([
        _h("2 Arbete", 1),
        _p("Många invandrare saknar arbete. Målet är att fler invandrare får arbete inom ett år."),
        _h("Så här gör vi", 2),
        _b("Rekryteringsdagar för invandrare varje vår (sysselsättningsservicen i samarbete med Företagarna rf)",
           "Språkstödd arbetsprövning i stadens enheter"),
        _p("Personalenheten ansvarar för de två sista åtgärderna."),
        _h("3 Uppföljning", 1),
        _p("Programmet följs upp årligen med följande uppgifter:"),
        _b("sysselsättningsgraden bland invandrare"),
    ])
    assert [g.text.rstrip(".") for g in x.goals] == ["Målet är att fler invandrare får arbete inom ett år"]
    first, second = x.measures
    assert first.goal == second.goal == x.goals[0].id
    assert first.responsible == ["sysselsättningsservicen"] and first.partners == ["Företagarna rf"]
    assert second.responsible == ["Personalenheten"]  # only measures that named nobody
    assert [(i.text, i.goal) for i in x.indicators] == [("sysselsättningsgraden bland invandrare", None)]


def test_numbered_measure_chapter_heads_no_group():
    x = _classify([
        _h("4. Programmets åtgärder", 1),
        _p("Åtgärderna har samlats i en tabell. Tabellen är indelad i teman, och för varje mål anges "
           "åtgärderna med ansvariga, samarbetsparter, tidtabell och indikator."),
        _h("5. Uppföljning och ansvar", 1),
        _p("Kommunens integrationsgrupp följer upp programmet varje år och rapporterar till "
           "kommunstyrelsen, och indikatorerna sammanställs av integrationskoordinatorn."),
    ])
    assert x.measures == []


def test_trailing_actors():
    assert trailing_actors("Välkomstinfo två gånger per år (integrationsteamet)") == (["integrationsteamet"], [], None)
    assert trailing_actors("Rådgivning (Novago Företagsutveckling)") == (["Novago Företagsutveckling"], [], None)
    assert trailing_actors("Kurs i svenska – ansvar: bildningssektorn") == (["bildningssektorn"], [], None)
    assert trailing_actors("Kurs (ansvar: medborgarinstitutet; samarbete: TE-tjänsterna, FPA; 2026)") == (
        ["medborgarinstitutet"], ["TE-tjänsterna", "FPA"], "2026")
    # a schedule after the actors is the schedule, not an actor
    assert trailing_actors("Infomaterial på webben – ansvar: kommunikationen, 2024") == (["kommunikationen"], [], "2024")
    assert trailing_actors("Läxhjälp (ansvar: bildningssektorn, från hösten 2024)") == (
        ["bildningssektorn"], [], "från hösten 2024")
    # a parenthesis that explains the action, a reference or a count is no actor
    assert trailing_actors("Få med invandrare (informering om invånardemokrati och deltagande)") is None
    assert trailing_actors("Antalet besök (åtgärd 1.1)") is None
    assert trailing_actors("Läxhjälp (2 gånger i veckan)") is None
    assert trailing_actors("Läxhjälp (frivilligt)") is None


def test_statement_headings_that_announce_actions():
    assert header_roles("Så här gör vi") == ["measure"]
    assert header_roles("Det här gör vi") == ["measure"]


def _actions_then_indicators(indicators):
    return [
        _h("Mål 8: Mer motion", 2),
        _p("8.1 Staden får ett motionsprogram."),
        _p("Ansvarig: Motionstjänsterna."),
        _p("8.2 En servicestig utvecklas."),
        _p("Ansvarig: Idrottsplatserna."),
        _p("Mätare:"),
        _b(*indicators),
    ]


def test_one_indicator_list_after_a_run_of_actions_is_shared_one_each():
    x = _classify(_actions_then_indicators(["Programmet har tagits fram.", "Stigen används."]))
    m1, m2 = x.measures
    assert (m1.responsible, m2.responsible) == (["Motionstjänsterna"], ["Idrottsplatserna"])
    assert [(i.text, i.measure) for i in x.indicators] == [("Programmet har tagits fram.", m1.id),
                                                           ("Stigen används.", m2.id)]


def test_an_indicator_list_shorter_than_the_run_is_the_last_actions_own():
    x = _classify(_actions_then_indicators(["Stigen används."]))
    m1, m2 = x.measures
    assert [(i.text, i.measure) for i in x.indicators] == [("Stigen används.", m2.id)]
    assert (m1.responsible, m2.responsible) == (["Motionstjänsterna"], ["Idrottsplatserna"])


def test_goal_overview_then_one_chapter_per_goal_number():
    x = _classify([
        _h("2 Programmets mål", 1),
        _p("Stadsfullmäktige har fastställt två mål för integrationsarbetet:"),
        _b("1. Nyanlända får snabbt information på ett språk de förstår.",
           "2. Invandrare kommer i arbete som motsvarar deras kompetens."),
        _p("Målen stöder stadsstrategins vision."),
        _h("3 Åtgärder per mål", 1),
        _h("3.1 Mål 1 – Information", 2),
        _p("Konkreta åtgärder:"),
        _b("Infopunkten utvidgas med rådgivning på ukrainska – ansvar: integrationsenheten, 2025"),
        _p("Så följer vi upp:"),
        _b("antal besök på Infopunkten"),
        _h("3.2 Mål 2 – Arbete", 2),
        _p("Konkreta åtgärder:"),
        _b("Företagsrådgivning på engelska – ansvar: Företagstjänster Ab, 2025–2027"),
    ])
    # the intro and the remark after the list are no goals; 'Mål 2 – Arbete' is goal 2 again
    g1, g2 = x.goals
    assert g1.text.startswith("1. Nyanlända") and g2.text.startswith("2. Invandrare")
    m1, m2 = x.measures
    assert (m1.goal, m2.goal) == (g1.id, g2.id)
    assert m1.responsible == ["integrationsenheten"] and m1.schedule == "2025"
    assert m2.responsible == ["Företagstjänster Ab"] and (m2.start_year, m2.end_year) == (2025, 2027)
    assert [(i.text, i.goal) for i in x.indicators] == [("antal besök på Infopunkten", g1.id)]


def test_qualified_goal_headings_fields_after_separator_dots_and_indicator_headings():
    x = _classify([
        _h("4 Arbete", 1),
        _h("Strategiskt mål 1: Invandrare hittar arbete", 2),
        _h("Delmål 1.1: Yrkeskunnandet identifieras tidigt", 3),
        _h("Insatser", 4),
        _b("Kartläggning av yrkeskompetensen för alla nyanlända"),
        _p("Ansvarig: Sysselsättningsområdet · Samarbetspart: integrationsenheten · Tidsplan: 2025"),
        _h("Mätare för strategiskt mål 1", 4),
        _b("Sysselsättningsgraden bland invånare med främmande modersmål"),
    ])
    main, sub = x.goals
    assert sub.parent == main.id
    m = x.measures[0]
    assert m.goal == sub.id and m.responsible == ["Sysselsättningsområdet"]
    assert m.partners == ["integrationsenheten"] and m.schedule == "2025"
    assert [i.text for i in x.indicators] == ["Sysselsättningsgraden bland invånare med främmande modersmål"]


def test_actor_cells_with_bracketed_partners_and_shared_heads():
    from classifiers.actors import split_actors

    assert split_actors("Biblioteket (i samarbete med Finlands Röda Kors)") == (["Biblioteket"], ["Finlands Röda Kors"])
    assert split_actors("Finska och svenska bildningsenheten") == (["Finska och svenska bildningsenheten"], [])
    assert split_actors("Kommunen och församlingarna") == (["Kommunen", "församlingarna"], [])


def test_an_item_with_a_field_after_it_is_no_statistic():
    from classifiers.text import is_figure

    assert not is_figure("Flerspråkig information om stadens tjänster samlas på webben – ansvar: kommunikationen, 2024")
    assert is_figure("Andel av arbetskraften: 29,8 %")


def test_goal_table_numbers_and_an_action_table_referring_to_them():
    goals = {"type": "table", "caption": "Tabell 2. Mål", "columns": ["Nr", "Mål", "Indikator"],
             "rows": [["1", "Nyanlända får information på sitt eget språk", "Antal besök"],
                      ["2", "Fler invandrare i arbete", "Sysselsättningsgrad"]]}
    actions = {"type": "table", "caption": "Tabell 3. Åtgärder",
               "columns": ["Nr", "Åtgärd", "Ansvarig", "Tidtabell", "Mål nr"],
               "rows": [["1", "Infopunkt i stadshuset", "Integrationsenheten", "2025", "1"],
                        ["2", "Språkstödd arbetsprövning", "Personalenheten", "2026", "2"]]}
    x = _classify([_h("3 Mål", 1), goals, _h("4 Åtgärder", 1), actions])
    assert [g.text for g in x.goals] == ["Nyanlända får information på sitt eget språk", "Fler invandrare i arbete"]
    g1, g2 = x.goals
    assert [(" ".join(m.text.split()), m.goal) for m in x.measures] == [("Infopunkt i stadshuset", g1.id),
                                                      ("Språkstödd arbetsprövning", g2.id)]


def test_wish_lead_in_with_its_action_list_and_fields():
    x = _classify([
        _h("Barn och unga", 1),
        _p("Vi vill att alla barn får en trygg start i skolan. Därför ska vi:"),
        _b("ordna förberedande undervisning", "anställa ett skolgångsbiträde"),
        _p("Ansvar: bildningssektorn. Tid: 2025–2026"),
        _h("Uppföljning", 1),
        _p("Resultaten från det föregående programmet visar att:"),
        _b("en koordinator anställdes 2021"),
        _p("Vi vill tacka alla som deltagit i arbetet."),
    ])
    assert [g.text.rstrip(".") for g in x.goals] == ["Vi vill att alla barn får en trygg start i skolan"]
    assert [m.text for m in x.measures] == ["ordna förberedande undervisning", "anställa ett skolgångsbiträde"]
    for m in x.measures:
        assert m.goal == x.goals[0].id and m.responsible == ["bildningssektorn"]
        assert (m.start_year, m.end_year) == (2025, 2026)
    # a list the paragraph says is the previous programme's results is no indicator list
    assert x.indicators == []


def test_short_column_words():
    from classifiers.headers import header_roles

    assert header_roles("År") == ["schedule"] and header_roles("Tid") == ["schedule"]
    assert header_roles("Huvudansvar") == ["responsible"] and header_roles("Övriga aktörer") == ["partners"]
    assert header_roles("Tidigare program") == []


def test_under_a_goal_heading_paragraphs_after_a_goal_bullet_are_goals_but_not_remarks_on_them():
    # (a scan of Helsingfors: a goal printed as a bullet between goal paragraphs; the first
    # cut of the rule for 'Målen stöder ...' dropped every paragraph after a goal bullet)
    x = _classify([
        _h("Strategins målsättningar", 2),
        _p("Helsingfors gör varje ung person delaktig."),
        _b("Särskild uppmärksamhet fästs vid unga med främmande språk som modersmål."),
        _p("Helsingfors förebygger en utveckling mot segregation mellan olika områden."),
        _p("Målen stöder stadsstrategins vision."),
    ])
    assert [g.text for g in x.goals] == ["Helsingfors gör varje ung person delaktig.",
                                         "Särskild uppmärksamhet fästs vid unga med främmande språk som modersmål.",
                                         "Helsingfors förebygger en utveckling mot segregation mellan olika områden."]


def test_own_aim_and_purpose_sentences_head_the_actions_below_them():
    x = _classify([
        _h("Språk och utbildning", 1),
        _p("Många vuxna väntar i dag på en kurs. Vi strävar efter att alla vuxna kan börja en "
           "språkkurs inom en månad."),
        _p("Så här gör vi:"),
        _b("kvällskurser i svenska vid medborgarinstitutet", "språkcafé i biblioteket varje vecka"),
        _h("Arbete", 1),
        _p("Syftet är att fler nyanlända får sitt första jobb inom ett år."),
        _p("Så här gör vi:"),
        _b("arbetsprövning i kommunens kök"),
    ])
    assert [g.text.rstrip(".") for g in x.goals] == [
        "Vi strävar efter att alla vuxna kan börja en språkkurs inom en månad",
        "Syftet är att fler nyanlända får sitt första jobb inom ett år"]
    g1, g2 = x.goals
    assert [m.goal for m in x.measures] == [g1.id, g1.id, g2.id]


def test_efforts_described_from_outside_or_qualified_are_no_goals():
    from classifiers.prose import goal_sentences, is_goal_sentence

    # an actor's effort said of it, a qualified effort, a lead-in, a text's purpose, the past
    assert not is_goal_sentence("Staden strävar också efter att bygga upp en regelbunden uppföljning.")
    assert not is_goal_sentence("I vägledningen strävar man efter att skapa en självständighetsprocess.")
    assert not is_goal_sentence("Vi strävar på alla sätt efter att invånarna möts av vänliga ansikten.")
    assert not is_goal_sentence("Vi strävar efter att")
    assert not is_goal_sentence("Syftet med programmet är att beskriva integrationsarbetet.")
    assert not is_goal_sentence("Syftet med mötena var att få en inblick i processen.")
    assert is_goal_sentence("Vi strävar också efter att informationen finns på lättläst svenska.")
    # the purpose of an activity just described is no goal of the programme
    assert not is_goal_sentence("Syftet är att stärka dialogen.", opens_paragraph=False)
    assert is_goal_sentence("Syftet är att stärka dialogen.")
    assert goal_sentences("Församlingarna driver ett fredskafé för alla. Syftet är att stärka dialogen.") == []
