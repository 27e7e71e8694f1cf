"""Measures written as sentences of running text (classifiers/prose_actions.py): a programme
whose chapters state their goals in prose and list no measures tells what is done in plain
sentences ('Kommunen ordnar ...', 'Vi erbjuder ...', 'Språkkurser ordnas ...'). Those
sentences become measures of the goal before them; background sentences do not, and a
programme that lists its measures anywhere keeps its prose as description."""

import pytest
from blocks_doc import blocks_document

from classifiers import classify
from classifiers.actors import names_actor
from classifiers.prose_actions import prose_action


def _classify(blocks):
    return classify(blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2026–2029",
                                     "blocks": blocks}))


def _h(text, level=1):
    return {"type": "heading", "level": level, "text": text}


def _p(text):
    return {"type": "paragraph", "text": text}


@pytest.mark.parametrize("sentence, responsible, partners, schedule", [
    ("Socialsektorn startar en rådgivningstjänst för hyresgäster hösten 2027.",
     ["Socialsektorn"], [], "hösten 2027"),
    ("Vi översätter blanketterna för bostadsbidrag till fem språk.", [], [], None),
    ("Språkcaféer anordnas varje vecka i samarbete med Ekbackens bibliotek.",
     [], ["Ekbackens bibliotek"], None),
    ("Dessutom inrättar fritidsenheten en mötesplats för unga under 2027.",
     ["fritidsenheten"], [], "under 2027"),
    ("Hälsovårdaren ska erbjuda hembesök till alla nya familjer.", ["Hälsovårdaren"], [], None),
    ("Vi kommer att utarbeta en plan för tolkning senast 2028.", [], [], "senast 2028"),
    ("Ungdomsrådet arrangerar tillsammans med idrottsföreningarna en turnering i maj 2027.",
     ["Ungdomsrådet"], ["idrottsföreningarna"], "maj 2027"),
    ("Kommunen bjuder in nya invånare till en informationskväll varje höst.", ["Kommunen"], [], None),
])
def test_action_sentences(sentence, responsible, partners, schedule):
    a = prose_action(sentence)
    assert a is not None, sentence
    assert a.text == sentence.rstrip(".")
    assert (a.responsible, a.partners, a.schedule) == (responsible, partners, schedule)


@pytest.mark.parametrize("sentence", [
    "I kommunen finns tre hyreshus som ägs av staden.",  # existence, no verb of doing
    "Socialsektorn har två handledare.",  # a state
    "Socialsektorn ansvarar för bostadsrådgivningen.",  # a responsibility, no action
    "Förra året ordnades två kurser för hyresgäster.",  # past tense
    "Kommunen har i flera år ordnat kurser för hyresgäster.",  # perfect
    "Biblioteket erbjuder redan i dag böcker på tolv språk.",  # today's situation
    "Kommunen ordnar inte längre någon egen tolkservice.",  # a negation
    "Programmet ger en översikt över läget.",  # no actor: a document
    "Många föreningar ordnar kurser i svenska.",  # a quantified group, no named actor
    "Kommunen har en handledare som ordnar kurser.",  # the verb of doing is in a relative clause
    "Arbetet grundar sig på lagen om främjande av integration.",  # a reflexive
    "De erbjuds också hjälp med blanketter.",  # a pronoun: about something described before
    "Bristen på små bostäder gör det svårt att flytta hit.",  # the head is 'Bristen', no actor
    "Hur ordnar kommunen tolkningen?",
])
def test_background_sentences_are_no_actions(sentence):
    assert prose_action(sentence) is None


def test_names_actor_reads_the_head_of_the_phrase():
    assert names_actor("Sektorn för fostran och utbildning")
    assert names_actor("Integrationskoordinatorn")
    assert names_actor("Röda Korset")
    assert not names_actor("Eleverna")  # a capital at a sentence's start names nobody
    assert not names_actor("Bristen på hyresbostäder")


_PROSE_PROGRAMME = [
    _h("Bakgrund"),
    _p("Exempelby har omkring 8 000 invånare. Antalet invånare med främmande modersmål har ökat "
       "sedan år 2019. Kommunen ordnar årligen ett seminarium om integration."),
    _h("Boende"),
    _p("Hyresbostäderna i centrum är få och dyra. Målet är att varje ny invånare hittar en bostad "
       "inom tre månader. Socialsektorn startar en rådgivningstjänst för hyresgäster hösten 2027. "
       "I kommunen finns tre hyreshus som ägs av staden."),
    _p("Förra året ordnades två kurser om boende. Vi översätter blanketterna för bostadsbidrag "
       "till fem språk."),
    _h("Hälsa och fritid"),
    _p("Hälsovården fungerar väl för de flesta. Målet är att alla barn deltar i en fritidsaktivitet. "
       "Ungdomsrådet arrangerar tillsammans med idrottsföreningarna en turnering i maj 2027."),
    _p("Biblioteket erbjuder redan i dag böcker på tolv språk. Målet är också att föräldrarna "
       "känner till kommunens hälsotjänster. Språkcaféer anordnas varje vecka i samarbete med "
       "Ekbackens bibliotek."),
    _h("Uppföljning"),
    _p("Integrationskoordinatorn sammanställer en rapport om programmet varje år."),
]


def test_prose_actions_become_measures_of_the_goal_before_them():
    x = _classify(_PROSE_PROGRAMME)
    goals = {g.text.split(" att ", 1)[1][:25]: g.id for g in x.goals}
    assert len(x.goals) == 3
    got = {m.text: m for m in x.measures}
    assert set(got) == {
        "Socialsektorn startar en rådgivningstjänst för hyresgäster hösten 2027",
        "Vi översätter blanketterna för bostadsbidrag till fem språk",
        "Ungdomsrådet arrangerar tillsammans med idrottsföreningarna en turnering i maj 2027",
        "Språkcaféer anordnas varje vecka i samarbete med Ekbackens bibliotek",
    }
    # background sentences (statistics, 'finns', past tense, today's services) are none, nor
    # is an action before any goal (Bakgrund) or in a chapter without one (Uppföljning)
    start = got["Socialsektorn startar en rådgivningstjänst för hyresgäster hösten 2027"]
    assert start.goal == goals["varje ny invånare hittar "]
    assert start.responsible == ["Socialsektorn"] and start.schedule == "hösten 2027"
    assert start.start_year == 2027 and start.theme == "Boende"
    assert got["Vi översätter blanketterna för bostadsbidrag till fem språk"].goal == goals["varje ny invånare hittar "]
    games = got["Ungdomsrådet arrangerar tillsammans med idrottsföreningarna en turnering i maj 2027"]
    assert games.goal == goals["alla barn deltar i en fri"]
    assert games.responsible == ["Ungdomsrådet"] and games.partners == ["idrottsföreningarna"]
    # the nearest goal before it in its chapter
    cafe = got["Språkcaféer anordnas varje vecka i samarbete med Ekbackens bibliotek"]
    assert cafe.goal == goals["föräldrarna känner till k"]
    assert cafe.responsible == [] and cafe.partners == ["Ekbackens bibliotek"]


def test_a_programme_that_lists_its_measures_keeps_its_prose_as_description():
    x = _classify(_PROSE_PROGRAMME[:6] + [
        _h("Åtgärder", 2),
        {"type": "bullets", "items": ["Kommunen ordnar en bostadsmässa (socialsektorn)."]},
    ] + _PROSE_PROGRAMME[6:])
    assert [m.text for m in x.measures] == ["Kommunen ordnar en bostadsmässa (socialsektorn)."]


def test_no_goal_stated_no_prose_measures():
    x = _classify([_h("Boende"), _p("Hyresbostäderna är få. Socialsektorn startar en rådgivningstjänst "
                                    "för hyresgäster hösten 2027.")])
    assert x.measures == []


@pytest.mark.parametrize("sentence, responsible", [
    # reviewing an arrangement: 'ser över' with its particle, the doer before the verb or,
    # after an opening adverbial, right after it
    ("Fritidsenheten ser över öppettiderna i ungdomsgårdarna hösten 2026.", ["Fritidsenheten"]),
    ("Under 2028 ser vi över avgifterna för kurserna i svenska.", []),
    ("Personalenheten ser under 2026 över kraven på språkkunskaper i annonserna.", ["Personalenheten"]),
    # changing a rule or a practice
    ("Socialsektorn ändrar blanketterna så att de finns på lätt svenska.", ["Socialsektorn"]),
])
def test_reviewing_and_changing_are_verbs_of_doing(sentence, responsible):
    got = prose_action(sentence)
    assert got is not None and got.responsible == responsible


@pytest.mark.parametrize("sentence", [
    # the programme's own review, in the passive: its follow-up, no measure
    "Planen ses över efter kommunalvalet 2029.",
    # 'Andra' (others) and 'Se' (a reference) are no infinitives of these verbs
    "Andra aktörer ordnar egna kurser.",
])
def test_review_in_the_passive_and_look_alike_words_are_no_actions(sentence):
    assert prose_action(sentence) is None


def test_look_alike_words_are_no_known_infinitives():
    from classifiers.prose_actions import known_infinitive
    assert not known_infinitive("Andra") and not known_infinitive("Se")
