"""Twentieth blind set (blind118–blind120) conventions, on made-up text: what Swedish puts
between 'ska' and its verb, follow-up paragraphs that list indicators by action code, result
goals under effect goals, and action lines in one table row matched by their code."""

import pytest

from classifiers.prose_actions import prose_action


@pytest.mark.parametrize("sentence, responsible, partners", [
    # an adverbial first: the subject stands after 'ska' (verb-second order)
    ("Tillsammans med hembygdsföreningen ska kommunen ordna en vårfest för nya invånare.",
     ["kommunen"], ["hembygdsföreningen"]),
    ("Därför ska tekniska sektorn bygga en ny mötesplats i centrum.", ["tekniska sektorn"], []),
    # a clause adverbial between 'ska' and the verb: a partner, or a prepositional phrase
    ("Ungdomsenheten ska tillsammans med skolkuratorerna träffa alla nya elever.",
     ["Ungdomsenheten"], ["skolkuratorerna"]),
    ("Kulturnämnden ska i sin budget erbjuda medel för tolkning.", ["Kulturnämnden"], []),
])
def test_what_stands_between_ska_and_its_verb(sentence, responsible, partners):
    a = prose_action(sentence)
    assert a is not None, sentence
    assert a.text == sentence.rstrip(".")
    assert (a.responsible, a.partners) == (responsible, partners)


@pytest.mark.parametrize("sentence", [
    "I framtiden ska alla invånare känna sig välkomna.",  # no actor after 'ska'
    "Programmet ska i sin helhet godkännas av fullmäktige.",  # no actor, a passive
    "Kommunen ska i samband med detta vara en föregångare.",  # a verb of state
])
def test_no_action_behind_an_inserted_adverbial(sentence):
    assert prose_action(sentence) is None


# ---- classify made-up programmes --------------------------------------------------------

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p  # noqa: E402

from classifiers.action_codes import closing_reference, leading_code  # noqa: E402
from classifiers.reader_shared import theme_name  # noqa: E402
from classifiers.records import trailing_fields  # noqa: E402
import re  # noqa: E402

GOAL_LABEL_RE = re.compile(r"^\w*mål \d+(?:\.\d+)*: ")


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _sq(s):
    return " ".join(s.split())


def _by_text(x):
    return {_sq(m.text): m for m in x.measures}


_CODED = [
    _h("Insatsområden", 1),
    _h("II Boende och närmiljö", 2),
    _p("Målbild 2030: Nya invånare hittar en bostad inom ett halvår."),
    _p("Åtgärder:"),
    _b(*["II.a Vi ordnar bostadsrådgivning på fem språk (socialbyrån, 2026).",
        "II.b Vi inrättar en hyresgaranti för unga (bostadsbyrån tillsammans med Hyresföreningen rf, 2027)."]),
    _p("Så följer vi upp: antal rådgivningssamtal (II.a); antal garantier (II.b); "
       "andel nya invånare med eget hyreskontrakt (hela insatsområdet)."),
]


def test_a_follow_up_phrase_lists_indicators_by_the_code_of_their_action():
    x = _classify(_CODED)
    ms = {leading_code(m.text): m for m in x.measures}
    got = {_sq(i.text): (i.measure, i.goal) for i in x.indicators}
    goal = x.goals[0].id
    assert got == {"antal rådgivningssamtal": (ms["II.a"].id, goal),
                   "antal garantier": (ms["II.b"].id, goal),
                   "andel nya invånare med eget hyreskontrakt": (None, goal)}


def test_closing_reference_reads_a_code_or_the_whole_area():
    assert closing_reference("antal besök (IV.c)").code == "IV.c"
    assert closing_reference("antal besök (hela målet)").whole
    assert closing_reference("antal besök (enkät till föreningarna)") is None  # how it is measured


def test_a_roman_numeral_of_two_letters_is_no_part_of_the_theme():
    assert theme_name("II Boende och närmiljö") == "Boende och närmiljö"
    assert theme_name("IV Hälsa") == "Hälsa"
    assert theme_name("I Vasa trivs alla") == "I Vasa trivs alla"  # 'I' alone: the preposition


_ONE_ROW = [
    _h("Fokusområde III", 1),
    _p("Området har beretts av föreningarna."),
    _t("Fokusområde III", ["Målbild 2030", "Åtgärder", "Ansvar", "Tid"],
       [["Alla invånare känner sig hemma i sin by",
         "III.a Vi startar en byaträff varje månad\nIII.b Vi översätter föreningarnas kalender\n"
         "III.c Vi lånar ut lokaler åt nya föreningar",
         "III.a byarådet\nIII.b kulturbyrån\nIII.c lokalservice",
         "III.a 2026\nIII.b 2027\nIII.c 2026–2029"]]),
]


def test_coded_lines_in_one_table_row_are_actions_matched_by_their_code():
    x = _classify(_ONE_ROW)
    assert [_sq(g.text) for g in x.goals] == ["Alla invånare känner sig hemma i sin by"]
    got = {leading_code(m.text): (m.responsible, m.goal) for m in x.measures}
    g = x.goals[0].id
    assert got == {"III.a": (["byarådet"], g), "III.b": (["kulturbyrån"], g), "III.c": (["lokalservice"], g)}


def test_an_action_key_before_the_name_in_a_card_is_no_part_of_the_name():
    x = _classify([_h("Åtgärder", 1), _p("Mål: Alla känner sig välkomna."),
                   _t("", ["Åtgärd", "Ansvarig"], [["1.1 V.a Vi grundar ett invandrarråd", "V.a kansliet"]])])
    assert [(m.responsible) for m in x.measures] == [["kansliet"]]
    assert leading_code("1.1 V.a Vi grundar ett invandrarråd") == "V.a"


_PARENTHESES = [
    _h("Åtgärder", 1),
    _p("Inom parentes anges den ansvariga enheten och tidtabellen."),
    _h("Skola", 2),
    _p("Mål: Alla elever klarar skolan."),
    _b(*["Vi ordnar föräldramöten på flera språk (grundläggande utbildningen, 2026).",
        "Vi anställer en skolgångshandledare (bildningsnämnden, 2027)."]),
    _h("Arbete", 2),
    _p("Mål: Fler nya invånare får arbete."),
    _b(*["Vi erbjuder praktikplatser i kommunen (personalenheten, 2026–2029).",
        "Vi ordnar rekryteringsmässor (näringslivsenheten, årligen)."]),
]


def test_a_document_that_closes_its_items_with_doer_and_time_gives_the_first_item_its_doer():
    x = _classify(_PARENTHESES)
    got = {_sq(m.text): m.responsible for m in x.measures}
    assert got["Vi ordnar föräldramöten på flera språk"] == ["grundläggande utbildningen"]


def test_a_lone_parenthesis_of_an_unknown_name_is_no_doer():
    x = _classify([_h("Åtgärder", 1), _p("Mål: Alla elever klarar skolan."),
                   _b(*["Vi ordnar föräldramöten på flera språk (grundläggande utbildningen, 2026)."])])
    assert [m.responsible for m in x.measures] == [[]]


_LEVELS = [
    _h("Mål och insatser", 1),
    _h("4.1 Språk", 2),
    _p("Effektmål 1: Inflyttade talar svenska i vardagen."),
    _h("Resultatmål 1.1: Alla nyinflyttade erbjuds en kurs i svenska", 3),
    _p("Insatser:"),
    _b(*["Kvällskurser i svenska i alla kommuner\nAnsvarig: medborgarinstitutet. Samverkan: biblioteken. Tidsram: 2026.",
        "Språkcaféer på arbetsplatser\nAnsvarig: arbetsmarknadsmyndigheten. Tidsram: 2027."]),
]


def test_a_compound_of_mal_heads_a_sub_goal_and_a_fields_line_in_the_item_gives_who():
    x = _classify(_LEVELS)
    by_id = {g.id: g for g in x.goals}
    # (a goal heading keeps its label in the text, as 'Mål 1: ...' does; the label is no part of the goal)
    got = [(GOAL_LABEL_RE.sub("", _sq(g.text)), _sq(by_id[g.parent].text) if g.parent else None) for g in x.goals]
    assert got == [("Inflyttade talar svenska i vardagen", None),
                   ("Alla nyinflyttade erbjuds en kurs i svenska", "Inflyttade talar svenska i vardagen")]
    sub = x.goals[1].id
    assert [(_sq(m.text), m.responsible, m.partners, m.goal) for m in x.measures] == [
        ("Kvällskurser i svenska i alla kommuner", ["medborgarinstitutet"], ["biblioteken"], sub),
        ("Språkcaféer på arbetsplatser", ["arbetsmarknadsmyndigheten"], [], sub)]


def test_fields_run_onto_an_item_need_two_fields():
    assert trailing_fields("Kurs för nya invånare Ansvarig: ÅMS. Tidsram: 2026.") == (
        "Kurs för nya invånare", [("responsible", "Ansvarig", "ÅMS"), ("schedule", "Tidsram", "2026")])
    # one label inside a sentence is the sentence's colon
    assert trailing_fields("Vi informerar om det som gäller Ansvarig: den som anställer") is None


def test_an_action_key_before_the_name_in_a_fields_line_is_no_part_of_the_name():
    x = _classify([_h("Åtgärder", 1), _h("Mål 1: Alla känner sig välkomna", 2),
                   _t("", ["Åtgärd", "Ansvarig"], [["1.1 V.a Vi grundar ett invandrarråd", "V.a kansliet"]]),
                   _p("V.b Vi ordnar en byafest varje sommar"),
                   _p("Ansvarig: V.b kulturbyrån, föreningarna. Tid: 2026.")])
    assert [m.responsible for m in x.measures] == [["kansliet"], ["kulturbyrån", "föreningarna"]]


def test_a_caption_counting_its_area_or_goal_names_no_theme():
    from classifiers.reader_shared import caption_theme
    assert caption_theme("Tabell 4. Resultatmål och insatser för effektmål 2") is None
    assert caption_theme("Åtgärder för mål 3") is None
    assert caption_theme("Fokusområde IV") is None
    assert caption_theme("Insatsområde 2") is None
    # a caption naming its area keeps it
    assert caption_theme("Tabell 3. Åtgärder för barn och unga") == "Åtgärder för barn och unga"
    assert caption_theme("Fokusområde Boende") == "Fokusområde Boende"


def test_the_first_chapter_of_a_roman_count_loses_its_numeral_in_the_theme():
    x = _classify([_h("Fokusområden", 1),
                   _h("I Språk och lärande", 2), _p("Mål: Alla nya invånare lär sig svenska."),
                   _b("Vi ordnar kvällskurser (medborgarinstitutet, 2026)."),
                   _h("II Arbete", 2), _p("Mål: Fler nya invånare får arbete."),
                   _b("Vi erbjuder praktikplatser (personalenheten, 2027).")])
    assert [g.theme for g in x.goals] == ["Språk och lärande", "Arbete"]



# a focus area printed as a card: the follow-up paragraph after it ('Så följer vi upp: ...',
# an indicator field, `headers.follow_up_label`) is read as the card's last field, and its
# closing code still names the one action it follows up among the card's coded actions
_CODED_CARD = [
    _h("Insatsområden", 1),
    _h("III Fritid och kultur", 2),
    _p("Målbild 1: Alla invånare hittar en fritidssysselsättning"),
    _p("Åtgärd:"),
    _b(*["III.a Vi ordnar en föreningsmässa varje vår", "III.b Vi översätter bibliotekets evenemangskalender",
        "III.c Vi lånar ut idrottsutrustning åt nya invånare"]),
    _p("Ansvar:"),
    _b(*["III.a fritidsbyrån", "III.b biblioteket", "III.c idrottsbyrån"]),
    _p("Tid: III.a 2026 III.b årligen III.c 2026–2029"),
    _p("Så följer vi upp: antal utställare (III.a)."),
]


def test_a_follow_up_field_closing_a_card_names_its_action_by_code():
    x = _classify(_CODED_CARD)
    ms = {leading_code(m.text): m.id for m in x.measures}
    assert set(ms) == {"III.a", "III.b", "III.c"}
    assert [(_sq(i.text), i.measure, i.goal) for i in x.indicators] == [
        ("antal utställare", ms["III.a"], x.goals[0].id)]


def test_a_follow_up_column_names_the_action_of_its_row_by_code():
    # a row of three coded actions whose follow-up cell names one of them, or the whole area
    x = _classify([_h("Fokusområde III", 1),
                   _t("", ["Målbild", "Åtgärder", "Ansvar", "Så följer vi upp"],
                      [["Alla invånare hittar en fritidssysselsättning",
                        "III.a Vi ordnar en föreningsmässa varje vår\nIII.b Vi översätter bibliotekets kalender\n"
                        "III.c Vi lånar ut idrottsutrustning",
                        "III.a fritidsbyrån\nIII.b biblioteket\nIII.c idrottsbyrån",
                        "antal översatta evenemang (III.b)"]])])
    ms = {leading_code(m.text): m.id for m in x.measures}
    assert [(_sq(i.text), i.measure) for i in x.indicators] == [("antal översatta evenemang", ms["III.b"])]


def test_a_closing_reference_may_end_the_sentence():
    assert closing_reference("antal utlåtanden (V.a).").code == "V.a"
    assert closing_reference("antal utlåtanden (V.a).").text == "antal utlåtanden"
    assert closing_reference("antal besök (hela fokusområdet).").whole
