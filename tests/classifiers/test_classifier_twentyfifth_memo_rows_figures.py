"""Conventions of the twenty-fifth blind set's Öja, Hällnäs and Ramsholm programmes
(tests/data/blind_programs, README there), on made-up programmes: a plan written as an e-mail
whose numbered points are typed one a line ('1. <goal>' / '1.a <action> – ansvar: X, tid: Y' /
'→ mäts: <meter>', `memo_points`) with an attached status table ('Nr | Åtgärd | Status |
Kommentar', `status_tables`); actions sorted by the year they start in, each tied to its goal
by '[Mål N]' (`reference_tails.goal_in_brackets`) with 'Ansvar: X; samarbete med Y'; meters
shown as figures (`figure_meters`) and added in a follow-up sentence ('Dessutom följs antalet
X och andelen Y.'); action tables giving each action a second row of fields ('Ansvar: X · Tid:
Y · Mätare: Z', `field_rows`); a goal heading that opens with a share ('90 % av ...'); a
target-group column in lower case."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.elements import _continues_row
from classifiers.field_rows import row_fields
from classifiers.figure_meters import figure_meter, figures_named_as_meters, says_following_figures_are_meters
from classifiers.headers import is_outcome_phrase
from classifiers.memo_points import measured_by, points_over_sub_points
from classifiers.prose import followed_up_by
from classifiers.reader_shared import heading_number, strip_heading_number
from classifiers.reference_tails import goal_in_brackets
from classifiers.schedule import opens_with_time
from classifiers.status_tables import comment_parts
from classifiers.text import normalize_for_match, numbering


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


def _norm(s):
    return normalize_for_match(s)


# ---- a plan written as an e-mail -------------------------------------------------------------

def _memo_doc():
    return [
        _p("Från: Kim Berg, integrationssamordnare\nTill: kommunstyrelsen\nÄmne: Handlingsplan för "
           "integration 2025–2028"),
        _p("Hej alla,"),
        _p("här kommer handlingsplanen. Punkt 2 har skrivits om efter remissen."),
        _p("PUNKTER"),
        _p("1. Nya invånare hittar arbete snabbare\n"
           "1.a Arbetsgivarträff på stadshuset varje höst – ansvar: näringslivsenheten, tid: 2025–2028\n"
           "1.b Språkpraktik i kommunens kök (tillsammans med Exempelby Företagare) – ansvar: "
           "personalchefen, tid: 2026\n"
           "→ mäts: antal nya invånare i arbete efter ett år"),
        _p("2. Barnen trivs i skolan\n"
           "2.a Läxklubb på biblioteket två gånger i veckan – ansvar: biblioteket, tid: ht 2025\n"
           "→ mäts: andel elever som trivs i skolan"),
        _p("3. Boende – se bifogad tabell. Målet är att alla nya invånare hittar en bostad i Exempelby"),
        _p("4. Uppföljning: jag sammanställer mätarna varje januari."),
        _p("Hälsningar,\n/Kim"),
        _t(["Nr", "Åtgärd", "Status", "Kommentar"], [
            ["B1", "Boendeskola för nya hyresgäster", "ny",
             "Exempelby Bostäder Ab ansvarar tillsammans med Marthaförbundet. Start hösten 2025."],
            ["B2", "Skyltar på flera språk i trapphusen", "klar 2024", "Gjordes under förra programmet."],
            ["B3", "Gratis simkort för nyanlända familjer", "ny", "Fritidssektorn. Från 1.5.2025."],
            ["B4", "Föreningskväll för nya invånare", "pågår",
             "Fritidssektorn i samarbete med Exempelby IF. Varje september."],
        ], caption="Bilaga 1. Boende"),
        _p("Mätare för bilagan: antal utdelade simkort och antal nya medlemmar efter föreningskvällen."),
    ]


def test_sub_point_numbered_by_letter_is_an_item_of_its_own():
    assert numbering("1.a Arbetsgivarträff på stadshuset") == "1.a"
    assert numbering("1. Nya invånare") == "1"
    # (a number and a word after its dot is no sub-point: '1.arbete' is no list line)
    assert numbering("1.arbete") is None
    assert _norm("1.a Arbetsgivarträff på stadshuset") == _norm("Arbetsgivarträff på stadshuset")


def test_points_heading_sub_points_and_their_siblings():
    items = [("para", "PUNKTER"), ("bullet", "1. Mål ett"), ("bullet", "1.a Åtgärd"),
             ("bullet", "→ mäts: antal"), ("bullet", "2. Boende – se tabell."), ("bullet", "3. Uppföljning: x"),
             ("para", "Hälsningar")]
    assert points_over_sub_points(items) == {1: True, 4: False, 5: False}
    # a numbered list without sub-points is no list of points: left to be read as any list
    assert points_over_sub_points([("bullet", "1. Ett"), ("bullet", "2. Två"), ("para", "x")]) == {}
    # actions numbered '1.1' under '1. Åtgärdshelhet för ...' are a group's, not a point's
    assert points_over_sub_points([("bullet", "1. Åtgärdshelhet för arbete"), ("bullet", "1.1 Kurs"),
                                   ("bullet", "2. Åtgärdshelhet för boende"), ("bullet", "2.1 Rådgivning"),
                                   ("para", "x")]) == {}


def test_arrow_line_names_the_points_meter():
    assert measured_by("→ mäts: antal deltagare") == "antal deltagare"
    assert measured_by("-> följs upp med: andel elever") == "andel elever"
    assert measured_by("mäts: antal deltagare") == "antal deltagare"
    assert measured_by("→ Språkcafé varje vecka") is None


def test_memo_points_are_goals_with_their_sub_point_actions_and_meters():
    x = _classify(_memo_doc())
    goals = {g.id: _squash(g.text) for g in x.goals}
    assert sorted(goals.values()) == sorted([
        "Nya invånare hittar arbete snabbare", "Barnen trivs i skolan",
        "Målet är att alla nya invånare hittar en bostad i Exempelby"])
    by_text = {_norm(m.text): m for m in x.measures}
    m = by_text[_norm("Arbetsgivarträff på stadshuset varje höst")]
    assert goals[m.goal] == "Nya invånare hittar arbete snabbare"
    assert (m.responsible, m.schedule) == (["näringslivsenheten"], "2025–2028")
    # the partners in brackets before the doer's dash tail: no part of the action
    m = by_text[_norm("Språkpraktik i kommunens kök")]
    assert (m.responsible, m.partners) == (["personalchefen"], ["Exempelby Företagare"])
    assert goals[by_text[_norm("Läxklubb på biblioteket två gånger i veckan")].goal] == "Barnen trivs i skolan"
    # the point's arrow line: its goal's meter, not the last sub-point's
    inds = {_squash(i.text): i for i in x.indicators}
    i = inds["antal nya invånare i arbete efter ett år"]
    assert i.measure is None and goals[i.goal] == "Nya invånare hittar arbete snabbare"
    assert inds["andel elever som trivs i skolan"].measure is None
    # the follow-up point is no action
    assert not any("Uppföljning" in m.text or "se bifogad tabell" in m.text for m in x.measures)


def test_status_table_of_the_plan_is_its_action_table():
    x = _classify(_memo_doc())
    goals = {g.id: _squash(g.text) for g in x.goals}
    by_text = {_norm(m.text): m for m in x.measures}
    # the row done in the previous programme ('klar 2024') is no action of this one
    assert _norm("Skyltar på flera språk i trapphusen") not in by_text
    m = by_text[_norm("Boendeskola för nya hyresgäster")]
    assert (m.responsible, m.partners, m.schedule) == (["Exempelby Bostäder Ab"], ["Marthaförbundet"],
                                                       "Start hösten 2025")
    assert goals[m.goal] == "Målet är att alla nya invånare hittar en bostad i Exempelby"
    m = by_text[_norm("Föreningskväll för nya invånare")]
    assert (m.responsible, m.partners, m.schedule) == (["Fritidssektorn"], ["Exempelby IF"], "Varje september")
    assert by_text[_norm("Gratis simkort för nyanlända familjer")].schedule == "Från 1.5.2025"
    # the pair of counts under the table, one per action
    inds = {_squash(i.text): i.measure for i in x.indicators}
    assert inds["antal utdelade simkort"] == by_text[_norm("Gratis simkort för nyanlända familjer")].id
    assert inds["antal nya medlemmar efter föreningskvällen"] == by_text[_norm("Föreningskväll för nya invånare")].id


def test_appendix_heading_over_action_cards_is_no_goal():
    # an appendix's title over records of actions names what the appendix holds, no goal
    cards = []
    for a in ["Boendeskola för nya hyresgäster", "Gratis simkort för nyanlända familjer"]:
        cards += [_p(f"Åtgärd: {a}"), _p("Ansvar: Fritidssektorn"), _p("Tidtabell: 2026")]
    x = _classify([_h("1 Inledning", 1), _p("Programmet gäller 2025–2028."),
                   _h("Bilaga 1. Boende för nya invånare", 2)] + cards)
    assert x.goals == []
    assert sorted(_squash(m.text) for m in x.measures) == ["Boendeskola för nya hyresgäster",
                                                           "Gratis simkort för nyanlända familjer"]


def test_comment_cell_sentences_and_outcomes():
    assert comment_parts("X Bostäder Ab ansvarar. Fortsätter som tidigare.") == ("X Bostäder Ab", "")
    assert comment_parts("Fritidssektorn i samarbete med Y IF. Varje september.") == (
        "Fritidssektorn i samarbete med Y IF", "Varje september")
    assert opens_with_time("varje september")
    assert is_outcome_phrase("klar 2024") and is_outcome_phrase("Genomförd")
    assert not is_outcome_phrase("ny") and not is_outcome_phrase("pågår")


def test_status_table_reporting_outcomes_stays_an_evaluation():
    x = _classify([
        _h("2 Hur gick det?", 1),
        _t(["Nr", "Åtgärd", "Status", "Kommentar"], [
            ["1", "Språkcafé på biblioteket", "genomförd", "Biblioteket ansvarade."],
            ["2", "Välkomstmapp på sex språk", "klar", "Kansliet."],
            ["3", "Mentorprogram", "inte genomförd", "Finansieringen uteblev."],
        ]),
    ])
    assert x.measures == []


# ---- actions by year, tied to goals in square brackets -----------------------------------------

def test_goal_reference_in_square_brackets_before_the_fields():
    assert goal_in_brackets("Infopunkt öppnas i stadshuset [Mål 5]. Ansvar: kundservicen.") == (
        "Infopunkt öppnas i stadshuset. Ansvar: kundservicen.", "5")
    assert goal_in_brackets("Infopunkt öppnas [mål 2]") == ("Infopunkt öppnas", "2")
    # a bracket inside the sentence is its own words' (an editor's insertion), no reference
    assert goal_in_brackets("Kursen [mål 2] ordnas i maj. Ansvar: X.") is None


def test_bare_partner_phrase_after_the_doers_semicolon():
    assert split_actors("kundservicen; samarbete med välfärdsområdet") == (["kundservicen"], ["välfärdsområdet"])
    assert split_actors("kundservicen i samarbete med välfärdsområdet") == (["kundservicen"], ["välfärdsområdet"])


def _years_doc():
    return [
        _h("2 Läget", 1),
        _p("Figur 1. Befolkning med främmande modersmål 2010–2024 (antal personer)"),
        _p("Figur 2. Andel sysselsatta bland invånare med främmande modersmål 2019–2024 (%)"),
        _p("Figur 3. Andel invandrare som känner sig delaktiga, enkäten Hälsa och välfärd 2019–2024 (%)"),
        _h("3 Programmets mål", 1),
        _b("Mål 1. Invandrare har samma möjligheter till arbete som andra.",
           "Mål 2. Stadens service är tillgänglig för alla."),
        _h("4 Åtgärder år för år", 1),
        _h("2026", 2),
        _b("Infopunkt Exempelby öppnas i stadshuset [Mål 2]. Ansvar: kundservicen; samarbete med välfärdsområdet.",
           "Jobbcoachning för unga [Mål 1]. Ansvar: ungdomstjänsterna."),
        _h("2027", 2),
        _b("Utbildning i antirasism för personal med kundkontakt [Mål 2]. Ansvar: personalenheten."),
        _h("5 Uppföljning", 1),
        _p("Mätarna i figurerna 2–3 uppdateras årligen. Dessutom följs andelen personal som gått "
           "utbildningen i antirasism."),
    ]


def test_actions_by_year_take_their_goal_from_the_bracket():
    x = _classify(_years_doc())
    goals = {g.id: _squash(g.text) for g in x.goals}
    by_text = {_norm(m.text): m for m in x.measures}
    m = by_text[_norm("Infopunkt Exempelby öppnas i stadshuset")]
    assert goals[m.goal] == "Stadens service är tillgänglig för alla"
    assert (m.responsible, m.partners) == (["kundservicen"], ["välfärdsområdet"])
    assert goals[by_text[_norm("Jobbcoachning för unga")].goal] == \
        "Invandrare har samma möjligheter till arbete som andra"


def test_figures_named_as_meters_are_indicators():
    assert figures_named_as_meters(["Mätarna i figurerna 3–6 uppdateras årligen."]) == {3, 4, 5, 6}
    assert figures_named_as_meters(["Figur 4 visar indikatorerna för språk."]) == {4}
    assert figures_named_as_meters(["Figur 4 visar befolkningen."]) == set()
    assert says_following_figures_are_meters("I de följande figurerna visas de mätare som programmet följs upp med.")
    assert figure_meter("Figur 3. Andel sysselsatta i åldern 20–64 år 2019–2024 (%)") == \
        "Andel sysselsatta i åldern 20–64 år"
    assert figure_meter("Figur 6. Andel som känner sig delaktiga, enkäten Hälsa och välfärd 2019–2024 (%)") == \
        "Andel som känner sig delaktiga"
    x = _classify(_years_doc())
    inds = {_squash(i.text): i.measure for i in x.indicators}
    assert "Andel sysselsatta bland invånare med främmande modersmål" in inds
    assert "Andel invandrare som känner sig delaktiga" in inds
    # figure 1 is a statistic the text does not name as a meter
    assert not any(t.startswith("Befolkning") for t in inds)


def test_follow_up_sentence_adding_figures():
    assert followed_up_by("Dessutom följs antalet kunder per månad och andelen elever som deltar.") == (
        "Dessutom", ["antalet kunder per månad", "andelen elever som deltar"])
    assert followed_up_by("Utöver mätarna i tabellerna följs andelen nyanlända i arbete.") == (
        "Utöver mätarna i tabellerna", ["andelen nyanlända i arbete"])
    # 'följs' of something no measured quantity is no follow-up list
    assert followed_up_by("Dessutom följs programmet av nämnden.") is None
    x = _classify(_years_doc())
    by_text = {_norm(m.text): m.id for m in x.measures}
    inds = {_squash(i.text): i.measure for i in x.indicators}
    # the figure names the one action it counts the trained of
    assert inds["andelen personal som gått utbildningen i antirasism"] == \
        by_text[_norm("Utbildning i antirasism för personal med kundkontakt")]


# ---- two-row action tables, a share heading, a target-group column ------------------------------

def test_field_row_cell():
    assert row_fields("Ansvar: Biblioteket · Tid: 2026 · Mätare: antal besök") == [
        ("Ansvar", "Biblioteket"), ("Tid", "2026"), ("Mätare", "antal besök")]
    assert row_fields("Ansvar: Biblioteket") is None  # one field: a row's own text
    assert row_fields("Språkcafé · Läxhjälp") is None


def test_two_row_action_table_is_one_row_per_action():
    x = _classify([
        _h("3 Mål och åtgärder", 1),
        _h("3.1 Arbete", 2),
        _p("Målsättning 1. Fler invandrare får arbete."),
        _t(["Nr", "Åtgärd"], [
            ["1", "Kartläggning av kompetens vid första besöket"],
            ["", "Ansvar: Arbetskraftsservicen · Tid: 2025–2028 · Mätare: andel kunder med kartlagd kompetens"],
            ["2", "Rekryteringsfrukost för arbetsgivare"],
            ["", "Ansvar: Näringslivsenheten och Företagarna · Tid: hösten 2025 · Mätare: antal företag"],
        ], caption="Tabell 2. Åtgärder för arbete"),
    ])
    by_text = {_norm(m.text): m for m in x.measures}
    assert set(by_text) == {_norm("Kartläggning av kompetens vid första besöket"),
                            _norm("Rekryteringsfrukost för arbetsgivare")}
    m = by_text[_norm("Rekryteringsfrukost för arbetsgivare")]
    assert (m.responsible, m.schedule) == (["Näringslivsenheten", "Företagarna"], "hösten 2025")
    inds = {_squash(i.text): i.measure for i in x.indicators}
    assert inds["antal företag"] == m.id


def test_share_opening_a_heading_is_no_section_number():
    assert heading_number("90 % av de nyanlända inleder studier") is None
    assert strip_heading_number("90 % av de nyanlända inleder studier") == "90 % av de nyanlända inleder studier"
    assert strip_heading_number("3.3 Språk och vardag") == "Språk och vardag"
    assert heading_number("4 Uppföljning") == "4"


def test_target_group_column_casts_no_vote_on_a_cut_row():
    header = ["Insats", "Målgrupp", "Ansvar"]
    above = ["Välkomstsamtal med tolk inom en månad\nefter inflyttning", "alla nyinflyttade med\nfrämmande modersmål",
             "Integrationskoordinatorn"]
    row = ["Uppdatering av webbsidan på\nsex språk", "alla som vill öva svenska", "Kommunikationsenheten"]
    assert _continues_row(row, above, header) is False
    # without the header's word the lower-case cell reads as text going on
    assert _continues_row(row, above) is True


# ---- two goals stated over one action table ------------------------------------------------------

def test_goal_by_words_picks_the_goal_an_action_speaks_of():
    from classifiers.goal_by_words import goal_by_words
    goals = [("g1", "Fler invandrare får arbete som motsvarar deras utbildning"),
             ("g2", "Arbetsgivarna rekryterar mångsidigt")]
    assert goal_by_words("Rekryteringsfrukost för lokala arbetsgivare", goals) == "g2"
    assert goal_by_words("Mentorprogram för högutbildade invandrare", goals) == "g1"
    # nothing in common, or as much with both: no goal stands out
    assert goal_by_words("Yrkesinriktad språkkurs i svenska", goals) is None
    # a function word ('efter') says nothing of what a goal is about
    assert goal_by_words("Kurs efter arbetstid för vuxna",
                         [("a", "Barn klarar skolan"), ("b", "Vuxna kommunicerar efter integrationstiden")]) == "b"
    assert goal_by_words("Kurs efter skoltid",
                         [("a", "Barn klarar sig"), ("b", "Vuxna kommunicerar efter integrationstiden")]) is None


def _two_goals_doc(goal_column=False):
    rows = [["1", "Kartläggning av kompetens vid första besöket", "Arbetskraftsservicen"],
            ["2", "Rekryteringsfrukost för lokala arbetsgivare", "Näringslivsenheten"],
            ["3", "Mentorprogram för högutbildade invandrare", "Näringslivsenheten"]]
    cols = ["Nr", "Åtgärd", "Ansvar"]
    if goal_column:
        cols = ["Nr", "Åtgärd", "Mål", "Ansvar"]
        rows = [[r[0], r[1], "1, 2", r[2]] for r in rows]
    return [
        _h("3 Mål och åtgärder", 1),
        _h("3.1 Arbete", 2),
        _p("Målsättning 1. Fler invandrare får arbete som motsvarar deras utbildning."),
        _p("Målsättning 2. Arbetsgivarna rekryterar mångsidigt."),
        _t(cols, rows, caption="Tabell 2. Åtgärder för arbete"),
    ]


def test_action_of_two_goals_stated_together_serves_the_one_it_speaks_of():
    x = _classify(_two_goals_doc())
    goals = {g.id: _squash(g.text) for g in x.goals}
    got = {_squash(m.text): goals.get(m.goal) for m in x.measures}
    assert got == {"Kartläggning av kompetens vid första besöket": "Fler invandrare får arbete som motsvarar deras utbildning",
                   "Rekryteringsfrukost för lokala arbetsgivare": "Arbetsgivarna rekryterar mångsidigt",
                   "Mentorprogram för högutbildade invandrare": "Fler invandrare får arbete som motsvarar deras utbildning"}


def test_action_naming_some_of_the_goals_by_number_keeps_the_first_named():
    x = _classify([
        _h("2 Mål", 1),
        _b("1. Fler invandrare får arbete som motsvarar deras utbildning.",
           "2. Barnen trivs i skolan.",
           "3. Arbetsgivarna rekryterar mångsidigt."),
        _h("3 Åtgärder", 1),
        _t(["Nr", "Åtgärd", "Mål", "Ansvar"], [
            ["1", "Rekryteringsfrukost för lokala arbetsgivare", "1, 3", "Näringslivsenheten"],
            ["2", "Läxhjälp på biblioteket", "2", "Biblioteket"],
        ]),
    ])
    goals = {g.id: _norm(g.text) for g in x.goals}
    got = {_squash(m.text): goals.get(m.goal) for m in x.measures}
    assert got["Rekryteringsfrukost för lokala arbetsgivare"] == \
        _norm("Fler invandrare får arbete som motsvarar deras utbildning")


def test_status_table_printed_as_records():
    blocks = _memo_doc()
    table = blocks[-2]
    records = []
    for row in table["rows"]:
        records += [_p(row[1]), _p(f"Nr: {row[0]}. Status: {row[2]}. Kommentar: {row[3]}")]
    x = _classify(blocks[:-2] + [_h("Bilaga 1. Boende", 2)] + records + blocks[-1:])
    by_text = {_norm(m.text): m for m in x.measures}
    assert _norm("Skyltar på flera språk i trapphusen") not in by_text
    m = by_text[_norm("Boendeskola för nya hyresgäster")]
    assert (m.responsible, m.partners, m.schedule) == (["Exempelby Bostäder Ab"], ["Marthaförbundet"],
                                                       "Start hösten 2025")


def test_two_row_action_printed_as_boxes_keeps_its_fields_row():
    # each row a box of labels and values; the action's row of fields a line under its box
    x = _classify([
        _h("3.1 Arbete", 2),
        _p("Målsättning 1. Fler invandrare får arbete."),
        _t([], [["Åtgärd", "Kartläggning av kompetens vid första besöket"], ["Nr", "1"]]),
        _p("Ansvar: Arbetskraftsservicen · Tid: 2025–2028 · Mätare: andel kunder med kartlagd kompetens"),
        _t([], [["Åtgärd", "Rekryteringsfrukost för arbetsgivare"], ["Nr", "2"]]),
        _p("Ansvar: Näringslivsenheten · Tid: hösten 2025 · Mätare: antal företag"),
        _h("3.2 Barn", 2),
    ])
    by_text = {_norm(m.text): m for m in x.measures}
    m = by_text[_norm("Kartläggning av kompetens vid första besöket")]
    assert (m.responsible, m.schedule) == (["Arbetskraftsservicen"], "2025–2028")
    m = by_text[_norm("Rekryteringsfrukost för arbetsgivare")]
    assert (m.responsible, m.schedule) == (["Näringslivsenheten"], "hösten 2025")
    inds = {_squash(i.text): i.measure for i in x.indicators}
    assert inds["antal företag"] == m.id


def test_mail_head_is_no_action_card():
    # 'Från / Till / Ämne / Datum' under a line of its own: a letter's head, no record of an
    # action whose time is the date
    x = _classify([
        _h("Exempelby 2025–2028", 3),
        _p("Från: Kim Berg, integrationssamordnare"),
        _p("Till: kommunstyrelsen, ledningsgruppen"),
        _p("Datum: 3.3.2025"),
        _p("Hej alla,"),
    ] + _memo_doc()[3:6])
    assert not any("Exempelby 2025" in m.text for m in x.measures)
    assert any(_norm(m.text) == _norm("Läxklubb på biblioteket två gånger i veckan") for m in x.measures)


def test_added_figure_counts_the_action_that_set_up_what_it_counts():
    from classifiers.named_action import action_set_up_for
    actions = [("m1", "Kurs för nyanlända kunder"),
               ("m2", "En gemensam ingång, Infopunkt Exempelby, öppnas i stadshuset"),
               ("m3", "Utvärdering av Infopunkt Exempelby och beslut om fortsatt verksamhet")]
    # both name the service point; the first set it up, the second refers back to it
    assert action_set_up_for("antalet kunder vid Infopunkt Exempelby per månad", actions) == "m2"
    # one word in common, or only function words ('inom'), names no action
    assert action_set_up_for("andelen som inleder studier inom tre månader",
                             [("a", "Samtal inom en månad efter inflyttning"), ("b", "Kurs i svenska")]) is None
    x = _classify(_years_doc()[:-2] + [
        _h("2028", 2),
        _b("Utvärdering av Infopunkt Exempelby och beslut om fortsatt verksamhet [Mål 2]. Ansvar: stadsdirektören."),
        _h("5 Uppföljning", 1),
        _p("Dessutom följs antalet kunder vid Infopunkt Exempelby per månad."),
    ])
    by_text = {_norm(m.text): m.id for m in x.measures}
    inds = {_squash(i.text): i.measure for i in x.indicators}
    assert inds["antalet kunder vid Infopunkt Exempelby per månad"] == \
        by_text[_norm("Infopunkt Exempelby öppnas i stadshuset")]


def test_memo_points_take_the_title_in_capitals_or_their_own_name_as_theme():
    from classifiers.memo_points import caps_title, point_name
    assert caps_title("HANDLINGSPLAN – PUNKTER") == "HANDLINGSPLAN – PUNKTER"
    assert caps_title("Hej alla,") is None and caps_title("EU") is None
    assert point_name("5. Boende och fritid – se bifogad tabell. Målet är att ...") == "Boende och fritid"
    assert point_name("1. Nya invånare hittar arbete snabbare") is None
    x = _classify(_memo_doc())
    themes = {_squash(g.text): g.theme for g in x.goals}
    assert themes == {"Nya invånare hittar arbete snabbare": "PUNKTER",
                      "Barnen trivs i skolan": "PUNKTER",
                      "Målet är att alla nya invånare hittar en bostad i Exempelby": "Boende"}
