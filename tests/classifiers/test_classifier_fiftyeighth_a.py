"""Fifty-eighth blind set, reader a (blind345, blind348) conventions, on made-up text: a programme
that opens with a summary table (one row per goal, its actions one a line) and then describes
every action again in a paragraph of its own ('<action>. <how>. Ansvar: X. Samarbete: Y.
Tidtabell: T.'); and a programme written as answers to residents' questions ('Hur …?' headings,
'Vi vill att <goal>.' and passive action sentences '<action> ordnas av X tillsammans med Y <time>.')."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reader_shared import _described_then_fields
from classifiers.summary_tables import _names_several
from classifiers.text import sentences


def test_description_between_an_action_and_its_fields():
    got = _described_then_fields(sentences(
        "Läxhjälp ordnas i biblioteket. Den ges två gånger i veckan av frivilliga. "
        "Ansvar: bildningsavdelningen. Samarbete: Exby ungdomsförening. Tidtabell: 2026."))
    assert got == (["bildningsavdelningen"], ["Exby ungdomsförening"], "2026", True)
    # fields right after the action are `_owner_sentences`' case; a paragraph whose fields do
    # not close it, or that names no responsible, is no such action
    assert _described_then_fields(sentences("Läxhjälp ordnas i biblioteket. Ansvar: skolan.")) is None
    assert _described_then_fields(sentences(
        "Läxhjälp ordnas i biblioteket. Den ges av frivilliga. Tidtabell: 2026.")) is None
    assert _described_then_fields(sentences(
        "Läxhjälp ordnas i biblioteket. Ansvar: skolan. Det är ett viktigt arbete.")) is None


def test_summary_cell_repeating_the_actions_in_full():
    actions = ["Läxhjälp ordnas i biblioteket", "Simskola för nya barn startas"]
    assert _names_several("Läxhjälp ordnas i\nbiblioteket\nSimskola för nya barn\nstartas", actions)
    assert _names_several("Läxhjälp ordnas i biblioteket", ["Läxhjälp ordnas i biblioteket"])
    # a cell with anything else in it is no repetition
    assert not _names_several("Läxhjälp ordnas i biblioteket och i skolan", ["Läxhjälp ordnas i biblioteket"])


def _summary_then_text(broken: bool = False):
    swim = ("Simskolan ordnas på sommaren. Barnen delas in i grupper efter ålder.",
            "Ansvar: idrottsbyrån. Tidtabell: somrarna 2026–2028.") if broken else (
        "Simskolan ordnas på sommaren. Barnen delas in i grupper efter ålder. Ansvar: idrottsbyrån. "
        "Tidtabell: somrarna 2026–2028.",)
    return _classify([
        _h("Programmet i korthet", 1),
        {"type": "table", "caption": "Tabell 1. Mål och åtgärder", "columns": ["Nr", "Område", "Mål", "Åtgärder"],
         "rows": [["1", "Barn och unga", "Alla barn deltar i fritiden på lika villkor",
                   "Läxhjälp ordnas i skolornas bibliotek\nSimskolan ordnas på sommaren"],
                  ["2", "Arbete", "Fler vuxna invandrare har ett arbete",
                   "Kommunen erbjuder praktikplatser i sina enheter"]]},
        _h("1 Bakgrund", 1),
        _p("Exby har 9 000 invånare, av vilka 600 har ett främmande modersmål."),
        _h("2 Mål och åtgärder", 1),
        _h("2.1 Barn och unga", 2),
        _p("Målsättning: Alla barn deltar i fritiden på lika villkor."),
        _p("Läxhjälp ordnas i skolornas bibliotek. Läxhjälpen ges två eftermiddagar i veckan. "
           "Ansvar: bildningsavdelningen. Samarbete: Exby ungdomsförening, biblioteket. Tidtabell: från hösten 2025."),
        *[_p(t) for t in swim],
        _h("2.2 Arbete", 2),
        _p("Målsättning: Fler vuxna invandrare har ett arbete."),
        _p("Kommunen erbjuder praktikplatser i sina enheter. Varje avdelning tar emot två praktikanter per år. "
           "Ansvar: personalavdelningen. Tidtabell: 2025–2027."),
        _p("Välfärdsområdet ordnar arbetsverksamhet i rehabiliteringssyfte enligt sin egen plan."),
    ])


def test_action_paragraphs_with_a_description_after_a_summary_table():
    for broken in (False, True):
        ex = _summary_then_text(broken)
        goals = {g.id: g.text for g in ex.goals}
        assert sorted(goals.values()) == ["Alla barn deltar i fritiden på lika villkor",
                                          "Fler vuxna invandrare har ett arbete"]
        got = {m.text: (goals.get(m.goal), m.responsible, m.schedule) for m in ex.measures}
        assert got == {
            "Läxhjälp ordnas i skolornas bibliotek": (
                "Alla barn deltar i fritiden på lika villkor", ["bildningsavdelningen"], "från hösten 2025"),
            "Simskolan ordnas på sommaren": (
                "Alla barn deltar i fritiden på lika villkor", ["idrottsbyrån"], "somrarna 2026–2028"),
            "Kommunen erbjuder praktikplatser i sina enheter": (
                "Fler vuxna invandrare har ett arbete", ["personalavdelningen"], "2025–2027"),
        }, broken
        homework = next(m for m in ex.measures if m.text.startswith("Läxhjälp"))
        assert homework.partners == ["Exby ungdomsförening", "biblioteket"]
        # the goals take the themes of the chapter that describes them in full
        assert sorted(g.theme for g in ex.goals) == ["Arbete", "Barn och unga"]


def test_passive_with_its_agent_names_the_doer():
    from classifiers.prose_actions import prose_action

    a = prose_action("En språkgrupp för föräldrar ordnas av familjecentret tillsammans med Exby församling "
                     "och Exby Marthaförening varje vår.")
    assert (a.text, a.responsible, a.partners, a.schedule) == (
        "En språkgrupp för föräldrar", ["familjecentret"], ["Exby församling", "Exby Marthaförening"], "varje vår")
    assert a.printed.startswith("En språkgrupp för föräldrar ordnas av familjecentret")
    a = prose_action("Ett kvällsmöte om bostäder reserveras av tekniska avdelningen inom tre veckor från ankomsten.")
    assert (a.text, a.responsible, a.schedule) == ("Ett kvällsmöte om bostäder", ["tekniska avdelningen"],
                                                   "inom tre veckor från ankomsten")
    # a definite subject names back a thing said before; the present state is no action
    assert prose_action("Programmet godkänns av fullmäktige.") is None
    assert prose_action("Redan i dag erbjuds kurser av medborgarinstitutet.") is None


def test_frequency_column_beside_an_indicator():
    from classifiers.headers import is_indicator_attribute, is_structure_header

    assert is_indicator_attribute("Hur ofta?") and is_indicator_attribute("Mätfrekvens")
    assert not is_indicator_attribute("Hur många?")
    assert is_structure_header(["Fråga", "Mätare", "Hur ofta?"])


def _answers(second_goal: bool = True):
    work = ("Vi vill att fler vuxna får ett arbete nära hemmet. "
            "Praktikplatser i kommunens enheter erbjuds av personalavdelningen från 2026.")
    if second_goal:
        work += (" Vi vill också att fler startar egna företag i Exby. "
                 "Rådgivning för nya företagare ordnas av näringslivsbyrån tillsammans med Exby Företagare rf varje månad.")
    return _classify([
        _h("1 Om programmet", 1),
        _h("Varför behövs ett program?", 2),
        _p("Lagen kräver att kommunen har ett program som ses över minst vart fjärde år."),
        _h("2 Så här arbetar vi", 1),
        _h("Hur tar vi emot nya familjer?", 2),
        _p("Vi vill att varje ny familj känner sig välkommen i Exby. Redan i dag får alla en broschyr. "
           "Ett hembesök hos varje ny familj görs av familjecentret inom en månad efter inflyttningen. "
           "En välkomstfest ordnas av fritidsbyrån tillsammans med Exby församling varje höst."),
        _h("Hur hittar fler vuxna arbete?", 2),
        _p(work),
        _h("Hur vet vi att vi lyckas?", 2),
        _p("Arbetsgruppen följer upp programmet varje år och rapporterar till kommunstyrelsen."),
        {"type": "table", "caption": "Tabell 1. Mätare", "columns": ["Fråga", "Mätare", "Hur ofta?"],
         "rows": [["Hur tar vi emot nya familjer?", "Andel nya familjer som fått ett hembesök", "årligen"],
                  ["Hur hittar fler vuxna arbete?", "Sysselsättningsgraden bland vuxna invandrare", "årligen"],
                  ["Hur hittar fler vuxna arbete?", "Antal nya företag med en företagare med utländsk bakgrund",
                   "årligen"]]},
    ])


def test_question_headings_answered_by_goals_of_their_own():
    ex = _answers()
    goals = {g.id: g for g in ex.goals}
    got = {g.clause.rstrip("."): g.theme for g in ex.goals}
    assert got == {
        "varje ny familj känner sig välkommen i Exby": "Hur tar vi emot nya familjer?",
        "fler vuxna får ett arbete nära hemmet": "Hur hittar fler vuxna arbete?",
        "fler startar egna företag i Exby": "Hur hittar fler vuxna arbete?",
    }
    assert all(g.parent is None for g in ex.goals)
    measures = {m.text: (goals[m.goal].clause.rstrip("."), m.responsible, m.partners, m.schedule) for m in ex.measures}
    assert measures == {
        "Ett hembesök hos varje ny familj": (
            "varje ny familj känner sig välkommen i Exby", ["familjecentret"], [], "inom en månad efter inflyttningen"),
        "En välkomstfest": ("varje ny familj känner sig välkommen i Exby", ["fritidsbyrån"], ["Exby församling"],
                            "varje höst"),
        "Praktikplatser i kommunens enheter": (
            "fler vuxna får ett arbete nära hemmet", ["personalavdelningen"], [], "från 2026"),
        "Rådgivning för nya företagare": ("fler startar egna företag i Exby", ["näringslivsbyrån"],
                                          ["Exby Företagare rf"], "varje månad"),
    }
    meters = {" ".join(i.text.split()): (goals[i.goal].clause.rstrip("."), i.measure) for i in ex.indicators}
    assert meters == {
        "Andel nya familjer som fått ett hembesök": ("varje ny familj känner sig välkommen i Exby", None),
        "Sysselsättningsgraden bland vuxna invandrare": ("fler vuxna får ett arbete nära hemmet", None),
        # (the row shares its words with the second goal of the question)
        "Antal nya företag med en företagare med utländsk bakgrund": ("fler startar egna företag i Exby", None),
    }


def test_nearby_variants():
    from classifiers.prose_actions import prose_action

    # the planned passive, and a summary cell numbering its lines
    a = prose_action("En språkgrupp för föräldrar ska ordnas av familjecentret från hösten 2026.")
    assert (a.text, a.responsible, a.schedule) == ("En språkgrupp för föräldrar", ["familjecentret"], "från hösten 2026")
    assert _names_several("1.1 Läxhjälp ordnas i\nbiblioteket\n1.2 Simskola startas",
                          ["Läxhjälp ordnas i biblioteket", "Simskola startas"])
    # a question answered by the goal noun's sentence
    ex = _classify([
        _h("2 Så här arbetar vi", 1),
        _h("Hur hittar fler vuxna arbete?", 2),
        _p("Målet är att fler vuxna får ett arbete nära hemmet. "
           "Praktikplatser i kommunens enheter erbjuds av personalavdelningen från 2026."),
    ])
    assert [(g.text.rstrip("."), g.theme) for g in ex.goals] == [
        ("Målet är att fler vuxna får ett arbete nära hemmet", "Hur hittar fler vuxna arbete?")]
    assert [(m.text, m.responsible) for m in ex.measures] == [("Praktikplatser i kommunens enheter",
                                                               ["personalavdelningen"])]


def test_contact_line_under_a_follow_up_paragraph_is_no_action_field():
    ex = _classify([
        _h("2 Barn och unga", 1),
        _p("Målsättning: Alla barn deltar i fritiden på lika villkor."),
        _p("Integrationsrådet följer upp planen varje höst och rapporterar till nämnden. "
           "Tabellen anger vad som mäts."),
        _p("Ansvarsperson: integrationssamordnare Eva Ek, tfn 06 123 4567"),
    ])
    assert ex.measures == []


def test_a_body_named_by_its_place_after_a_comma_is_an_actor_of_its_own():
    from classifiers.actors import split_actors

    assert split_actors("Röda Korsets Exbyavdelning, Exby församling", "partners") == (
        [], ["Röda Korsets Exbyavdelning", "Exby församling"])
    # a unit of the organisation before the comma stays one name
    assert split_actors("Exby stad, Exby arbetarinstitut", "partners") == ([], ["Exby stad, Exby arbetarinstitut"])


def test_a_definite_subject_of_a_passive_names_back_no_new_action():
    from classifiers.prose_actions import prose_action

    assert prose_action("Frågan avgörs av fullmäktige.") is None
