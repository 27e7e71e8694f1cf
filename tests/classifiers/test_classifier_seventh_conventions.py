"""Conventions of the seventh blind set (tests/data/blind_programs, blind37-39): focus areas
listed by number under an overall goal that a later action plan names by number alone, ...
Made-up text, other wordings than the blind set's."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.text import squash


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- focus areas by number, named by number in the action plan ------------------------

def _focus_area_programme(plan_goal_cells=("2.1", "2.2")):
    return [
        _h("3 Mål", 1),
        _h("3.1 Fritid", 2),
        _p("Huvudmål: Alla invånare har en meningsfull fritid."),
        _p("Prioriteringar:"),
        _b("2.1 Unga med utländsk bakgrund hittar en hobby", "2.2 Föreningarna når nya medlemmar"),
        _h("4 Handlingsplan", 1),
        _t(["Delmål", "Åtgärd", "Ansvar", "Tidsplan"], [
            [plan_goal_cells[0], "Hobbyvecka med prova-på-pass i simhallen", "Fritidsväsendet", "2026"],
            [plan_goal_cells[1], "Föreningsmässa med tolkar på tre språk", "Kulturväsendet", "Varje höst"],
        ], caption="Tabell 2. Handlingsplan"),
    ]


def test_focus_areas_listed_by_number_are_the_goals_an_action_plan_names_by_number():
    x = _classify(_focus_area_programme())
    goals = {g.id: g for g in x.goals}
    texts = {squash(g.text): g for g in x.goals}
    assert sorted(texts) == ["Alla invånare har en meningsfull fritid",
                             "Föreningarna når nya medlemmar",
                             "Unga med utländsk bakgrund hittar en hobby"]
    top = texts["Alla invånare har en meningsfull fritid"].id
    assert texts["Föreningarna når nya medlemmar"].parent == top
    assert texts["Unga med utländsk bakgrund hittar en hobby"].parent == top
    # the plan's actions are the focus areas' own; the focus areas are no actions
    assert {squash(m.text): squash(goals[m.goal].text) for m in x.measures} == {
        "Hobbyvecka med prova-på-pass i simhallen": "Unga med utländsk bakgrund hittar en hobby",
        "Föreningsmässa med tolkar på tre språk": "Föreningarna når nya medlemmar"}


def test_numbered_items_no_action_plan_names_stay_actions():
    # the plan's goal column names other things: the numbered items stay what they were
    x = _classify(_focus_area_programme(("Fritid", "Fritid")))
    assert "Unga med utländsk bakgrund hittar en hobby" in {squash(m.text).split(" ", 1)[1] for m in x.measures
                                                           if squash(m.text)[:1].isdigit()}


# ---- a label line in body type introduces its list; a goal heading's text explains it -

def _goal_heading_programme(label_actions="Insatser", label_indicators="Indikatorer", heading="Mål 2: Nya familjer hittar en bostad snabbt"):
    return [
        _h("4 Boende", 1),
        _h(heading, 2),
        _p("Vi vill att ingen familj ska bo på förläggningen längre än nödvändigt. Det kräver samarbete med hyresvärdarna."),
        _p(label_actions),
        _b("Bostadsförmedlingen reserverar tio lägenheter per år för nyanlända. Ansvar: Tekniska sektorn. Tidtabell: 2026–2028.",
           "Boendeskola ordnas på tre språk. Ansvar: Socialarbetet i samarbete med hyresbolaget. Tidtabell: varje vår."),
        _p(label_indicators),
        _b("Antal hushåll som fått en bostad inom tre månader", "Genomsnittlig väntetid på en hyresbostad"),
    ]


def test_label_line_in_body_type_introduces_actions_and_indicators():
    x = _classify(_goal_heading_programme())
    assert {squash(m.text).rstrip("."): (m.responsible, m.partners, m.schedule) for m in x.measures} == {
        "Bostadsförmedlingen reserverar tio lägenheter per år för nyanlända": (["Tekniska sektorn"], [], "2026–2028"),
        "Boendeskola ordnas på tre språk": (["Socialarbetet"], ["hyresbolaget"], "varje vår")}
    assert sorted(squash(i.text) for i in x.indicators) == [
        "Antal hushåll som fått en bostad inom tre månader", "Genomsnittlig väntetid på en hyresbostad"]
    assert all(i.measure is None for i in x.indicators)


def test_a_sentence_is_no_label_line():
    # a paragraph that says something ('Åtgärder behövs.') introduces nothing
    x = _classify(_goal_heading_programme(label_actions="Det behövs insatser på flera håll.",
                                          label_indicators="Resultaten följs noga."))
    assert "Genomsnittlig väntetid på en hyresbostad" not in {squash(i.text) for i in x.indicators}


def test_goal_sentence_under_a_goal_heading_stated_as_a_clause_explains_it():
    x = _classify(_goal_heading_programme())
    assert [squash(g.text) for g in x.goals] == ["Mål 2: Nya familjer hittar en bostad snabbt"]
    assert {m.goal for m in x.measures} == {x.goals[0].id}


def test_goal_heading_that_is_a_title_leaves_its_goal_to_the_text():
    x = _classify(_goal_heading_programme(heading="Mål 2: Boende"))
    assert "Vi vill att ingen familj ska bo på förläggningen längre än nödvändigt." in {squash(g.text) for g in x.goals}


# ---- prose goals with action lists whose items name their doer, and a follow-up label -

def _prose_goal_programme():
    return [
        _h("5 Insatsområden", 1),
        _h("5.4 Fritid och kultur", 2),
        _p("Målet är att fler barn med utländsk bakgrund deltar i kulturskolans undervisning. "
           "För att nå målet gör vi följande:"),
        _b("Kulturskolan erbjuder avgiftsfria provlektioner varje vår (kulturskolan tillsammans med "
           "bildningssektorn, årligen).",
           "Informationen om terminsavgifterna översätts till fyra språk (kommunikationsenheten, "
           "under programperioden)."),
        _p("Ett annat mål är att biblioteket blir en mötesplats. Under perioden genomförs följande:"),
        _b("Bokcirklar på lätt svenska startas (biblioteket, 2027).",
           "Biblioteket lånar ut instrument (biblioteket i samarbete med kulturskolan, 2026)."),
        _p("Indikatorer för temat:"),
        _b("Antal elever i kulturskolan med annat modersmål", "Antal besök i bokcirklarna"),
    ]


def test_actor_parenthesis_with_a_time_is_metadata_also_before_the_full_stop():
    x = _classify(_prose_goal_programme())
    got = {squash(m.text): (m.responsible, m.partners, m.schedule) for m in x.measures}
    assert got["Kulturskolan erbjuder avgiftsfria provlektioner varje vår"] == (
        ["kulturskolan"], ["bildningssektorn"], "årligen")
    assert got["Informationen om terminsavgifterna översätts till fyra språk"] == (
        ["kommunikationsenheten"], [], "under programperioden")


def test_list_after_a_passive_intro_holds_actions_and_a_qualified_follow_up_label_indicators():
    x = _classify(_prose_goal_programme())
    goals = {g.id: squash(g.text) for g in x.goals}
    assert {squash(m.text): goals[m.goal] for m in x.measures if "bok" in m.text.lower() or "instrument" in m.text} == {
        "Bokcirklar på lätt svenska startas": "Ett annat mål är att biblioteket blir en mötesplats.",
        "Biblioteket lånar ut instrument": "Ett annat mål är att biblioteket blir en mötesplats."}
    # the follow-up list under actions that each name their doer is the section's: of
    # no one action, and no action itself
    assert sorted((squash(i.text), i.measure) for i in x.indicators) == [
        ("Antal besök i bokcirklarna", None), ("Antal elever i kulturskolan med annat modersmål", None)]
    assert len(x.measures) == 4


def test_intro_kind_of_labels_and_passive_intros():
    from classifiers.prose import intro_kind
    assert intro_kind("Mätare för delområdet:") == "indicator"
    assert intro_kind("Indikatorer för åtgärderna:") == "indicator"
    assert intro_kind("Åtgärder för målet:") == "measure"
    assert intro_kind("Under året görs följande:") == "measure"
    assert intro_kind("För att nå målet gör vi följande:") == "measure"
    assert intro_kind("Under förra perioden gjordes följande:") == "background"


# ---- a table continued under a caption 'Tabell N (forts.)' -----------------------------

def test_table_continued_under_a_forts_caption_keeps_the_goal_above():
    cols = ["Mål", "Åtgärd", "Ansvar", "Tidtabell"]
    x = _classify([
        _h("5 Åtgärder", 1),
        _h("5.2 Hälsa", 2),
        _t(cols, [["Alla nyanlända får en hälsogranskning", "Hälsogranskning inom två månader", "Välfärdsområdet", "2026"]],
           caption="Tabell 4. Hälsa"),
        _t(cols, [["", "Tolk vid alla hälsobesök", "Välfärdsområdet", "Fortlöpande"],
                  ["Familjer känner till rådgivningen", "Rådgivningen presenteras i välkomstträffarna", "Rådgivningen", "2027"]],
           caption="Tabell 4 (forts.)"),
    ])
    goals = {g.id: g for g in x.goals}
    assert {squash(m.text): squash(goals[m.goal].text) for m in x.measures} == {
        "Hälsogranskning inom två månader": "Alla nyanlända får en hälsogranskning",
        "Tolk vid alla hälsobesök": "Alla nyanlända får en hälsogranskning",
        "Rådgivningen presenteras i välkomstträffarna": "Familjer känner till rådgivningen"}
    # the caption names no theme: the goals are the section's
    assert {g.theme for g in x.goals} == {"Hälsa"}


# ---- a name in the genitive wrapped at a cell's line end -------------------------------

def test_line_ending_in_a_names_definite_genitive_goes_on():
    from classifiers.actors import split_actors
    assert split_actors("Svenska Kulturfondens\nUngdomsråd", "actors", None) == (["Svenska Kulturfondens Ungdomsråd"], [])
    assert split_actors("Kommunen i samarbete med\nMarthaförbundets\nlokalavdelning", "actors", None) == (
        ["Kommunen"], ["Marthaförbundets lokalavdelning"])
    # one name per line stays so; a place name in '-s' is no genitive
    assert split_actors("Karis\nUngdomsgården", "actors", None)[0] == ["Karis", "Ungdomsgården"]


# ---- a card's last field at the foot of a page ends there ------------------------------

def _card_pages(last_value, next_line):
    from extractors.model import BBox, Line
    from normalizers.model import NormalizedDocument, NormalizedPage

    def ln(t, y, size=10.0, bold=False):
        return Line(text=t, bbox=BBox(x0=60, y0=y, x1=60 + 5.2 * len(t), y1=y + size * 1.3), font_size=size, bold=bold)

    body = "Kommunen ordnar öppna träffar för nya invånare i samarbete med föreningarna"
    p1 = NormalizedPage(page_no=1, width=595, height=842, items=[
        ln("Integrationsprogram för Exempelby 2025–2028", 60, 20.0, True),
        ln("3 Boende", 100, 17.0, True),
        ln(body + " i alla byar", 130), ln("och med tolk på plats.", 143),
        ln("Åtgärd: Hyresgästträffar på tre språk ordnas av bostadsbolaget i alla bostadsområden", 170),
        ln("Ansvar: Bostadsbolaget", 186),
        ln(f"Tidtabell: {last_value}", 760),
    ])
    p2 = NormalizedPage(page_no=2, width=595, height=842, items=[ln(next_line, 60)])
    return NormalizedDocument(source_file="t", sha256="0" * 64, kind="pdf", pages=[p1, p2])


def test_a_short_field_line_at_a_page_foot_ends_its_card():
    from classifiers.elements import document_elements
    els = document_elements(_card_pages("Varje vår", "Vi vill också att fler familjer hittar en bostad nära skolan."))
    assert [e.text for e in els if e.kind == "para"][-2:] == [
        "Tidtabell: Varje vår", "Vi vill också att fler familjer hittar en bostad nära skolan."]


def test_a_field_value_running_over_the_page_break_goes_on():
    from classifiers.elements import document_elements
    # a full line stopped by the page end, or a lower-case line after it, goes on
    long_value = "Under hela programperioden med start hösten 2025 och uppföljning varje vår i nämnden"
    els = document_elements(_card_pages(long_value, "Bostadsnämnden rapporterar årligen."))
    assert [e.text for e in els if e.kind == "para"][-1] == f"Tidtabell: {long_value} Bostadsnämnden rapporterar årligen."
    els = document_elements(_card_pages("Varje vår", "och varje höst"))
    assert [e.text for e in els if e.kind == "para"][-1] == "Tidtabell: Varje vår och varje höst"


# ---- indicators named in a running sentence ('... följs upp genom X och genom Y') -------

def test_followed_up_by_lists_what_counts_or_measures():
    from classifiers.prose import followed_up_by
    assert followed_up_by("Resultatet följs upp genom antalet deltagare i simskolan och genom "
                          "Hälsoenkätens svar för elever i årskurs 8.")[1] == [
        "antalet deltagare i simskolan", "Hälsoenkätens svar för elever i årskurs 8"]
    assert followed_up_by("Arbetet mäts med utbildningsnivån bland vuxna och andelen som fått arbete.")[1] == [
        "utbildningsnivån bland vuxna", "andelen som fått arbete"]
    # how the follow-up is done, or a list announced for later, names no indicator
    assert followed_up_by("Programmet följs upp genom en årlig rapport till fullmäktige.") is None
    assert followed_up_by("Målen följs upp med följande mätare, som samlas in varje år.") is None
    assert followed_up_by("Utfallet följdes upp genom antalet deltagare.") is None  # the past


def test_follow_up_sentence_after_a_goals_table_gives_goal_level_indicators():
    x = _classify([
        _h("4 Fritid", 1),
        _p("Målet är att alla barn har en hobby."),
        _t(["Åtgärd", "Ansvarig", "Tidtabell"], [["Hobbypass för nya elever", "Fritidsväsendet", "2026"]],
           caption="Tabell 2. Åtgärder"),
        _p("Resultatet följs upp genom antalet barn med en hobby och genom Hälsoenkätens svar om fritiden."),
    ])
    assert [(squash(i.text), i.measure, i.goal) for i in x.indicators] == [
        ("antalet barn med en hobby", None, x.goals[0].id), ("Hälsoenkätens svar om fritiden", None, x.goals[0].id)]


def test_label_line_over_numbered_groups_is_their_title():
    # 'Åtgärder' over '1. Åtgärdshelhet ...' and its numbered actions: the label titles the
    # groups, it does not make each group title an action
    x = _classify([
        _h("3 Arbete", 1),
        _p("Målet är att fler invandrare hittar arbete."),
        _p("Åtgärder"),
        _p("1. Åtgärdshelhet för vägledning av vuxna"),
        _p("1.1 Vägledningen erbjuds på fem språk i servicepunkten och på biblioteket varje vecka."),
        _p("1.2 Staden ordnar rekryteringsmässor tillsammans med företagen två gånger per år."),
        _p("2. Åtgärdshelhet för praktik"),
        _p("2.1 Staden erbjuder tjugo praktikplatser per år inom de egna enheterna."),
    ])
    assert not any("Åtgärdshelhet" in m.text for m in x.measures)


# ---- a goal heading's first list, its items naming their doers ----------------------------

def test_items_naming_their_doer_right_under_the_first_goal_heading_are_its_actions():
    # no intro, no earlier goal heading with actions: the '(ansvar: X, year)' each item ends
    # in says it is an action (before: the list was read as nothing once its items no longer
    # shared the follow-up field under it)
    x = _classify([
        _h("5 Mål och åtgärder", 1),
        _h("Mål 1: Nyinflyttade familjer hittar rätt service", 2),
        _b("Servicekartan trycks på fyra språk (ansvar: kommunkansliet, 2026)",
           "Skolan ordnar en inskrivningsdag för nya elever (ansvar: rektor, årligen)"),
        _p("Uppföljning:"),
        _b("Antal familjer som fått servicekartan"),
    ])
    # the labelled parenthesis is cut off the action; the item as printed keeps it
    assert [squash(m.text) for m in x.measures] == [
        "Servicekartan trycks på fyra språk", "Skolan ordnar en inskrivningsdag för nya elever"]
    assert [m.printed for m in x.measures] == [
        "Servicekartan trycks på fyra språk (ansvar: kommunkansliet, 2026)",
        "Skolan ordnar en inskrivningsdag för nya elever (ansvar: rektor, årligen)"]
    assert [m.responsible for m in x.measures] == [["kommunkansliet"], ["rektor"]]
    goal = x.goals[0].id
    assert all(m.goal == goal for m in x.measures)
    assert [(squash(i.text), i.measure, i.goal) for i in x.indicators] == [
        ("Antal familjer som fått servicekartan", None, goal)]


def test_a_plain_list_under_the_first_goal_heading_stays_unread_as_actions():
    # without doers (and no goal heading before it with actions) the items may as well be
    # the goal's sub-goals or results: not taken for actions
    x = _classify([
        _h("5 Mål och åtgärder", 1),
        _h("Mål 1: Nyinflyttade familjer hittar rätt service", 2),
        _b("Familjerna känner till servicen", "Familjerna använder servicen"),
    ])
    assert x.measures == []


# ---- numbered actions, one with its fields on its own line, one with them inline ---------

def test_an_action_giving_its_own_fields_shares_none_printed_under_the_next():
    x = _classify([
        _h("5 Arbete", 1),
        _p("Målet är att fler nyinflyttade hittar arbete."),
        _p("5.1 Kommunen ordnar en jobbmässa. Ansvarig: näringslivsenheten. Tidtabell: 2024."),
        _p("5.2 Nya företagare hänvisas till rådgivning."),
        _p("Ansvarig: företagsrådgivaren. Tidtabell: fortlöpande."),
    ])
    # (the number and the full stop are kept in the text, as with any numbered action)
    got = {squash(m.text).split(" ", 1)[1].rstrip("."): (m.responsible, m.schedule) for m in x.measures}
    assert got == {"Kommunen ordnar en jobbmässa": (["näringslivsenheten"], "2024"),
                   "Nya företagare hänvisas till rådgivning": (["företagsrådgivaren"], "fortlöpande")}
