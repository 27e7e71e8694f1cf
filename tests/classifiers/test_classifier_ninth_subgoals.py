"""Village programmes of 'Tyngdpunktsområde N. <theme>' headings over 'Mål N: ...' goal
headings and 'Delmål N a: ...' sub-goal paragraphs, with numbered action bullets ending in a
dash tail '– responsible, schedule' (kept in the text, copied into the fields), also when a
narrow column wrapped the tail to a line of its own. Made-up text in the conventions of the
ninth blind set (tests/data/blind_programs, blind52)."""

import re

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.actors import trailing_actors
from classifiers.reader_shared import goal_field, theme_name
from classifiers.elements import Element, _join_dash_tails


def _norm(t):
    # a goal heading's label ('Mål 1: ') is kept in the text as printed; compared without it
    return re.sub(r"^Mål \d+: ", "", " ".join(t.split()).rstrip("."))


def test_subgoal_field_with_a_letter_code():
    assert goal_field("Delmål 1 a: Alla barn deltar i förskolan.") == ("Alla barn deltar i förskolan", "1 a")
    assert goal_field("Delmål 2b: Fler vuxna får arbete.") == ("Fler vuxna får arbete", "2b")
    # a word after the number is no code
    assert goal_field("Mål 2 alla: Fler") is None


def test_numbered_area_label_with_a_full_stop_names_its_theme():
    assert theme_name("Tyngdpunktsområde 1. Barn, unga och familjer") == "Barn, unga och familjer"
    assert theme_name("Insatsområde 3. Arbete") == "Arbete"
    # a goal heading states a goal, no theme
    assert theme_name("Mål 1. Fler i arbete") == "Mål 1. Fler i arbete"


def test_dash_tail_gives_responsible_partners_and_schedule():
    assert trailing_actors("Hembesök hos nya familjer – bildningssektorn, fortlöpande") == (
        ["bildningssektorn"], [], "fortlöpande")
    assert trailing_actors("Hembesök – välfärdsområdet tillsammans med skolan, 2025–2027") == (
        ["välfärdsområdet"], ["skolan"], "2025–2027")
    # a successor named after a date: both are responsible
    assert trailing_actors("Vägledning – TE-byrån, från 2025 sysselsättningsområdet, fortlöpande") == (
        ["TE-byrån", "sysselsättningsområdet"], [], "fortlöpande")
    # a dash clause of the text itself, with no 'who, when'
    assert trailing_actors("Vi ordnar kurser – en del av skolans arbete") is None
    assert trailing_actors("Vi ordnar kurser för vuxna – kultur- och fritidsnämnden") is None


def test_village_programme_of_areas_goals_and_lettered_subgoals():
    x = _classify([
        _h("2 Tyngdpunktsområden och mål", 1),
        _h("Tyngdpunktsområde 1. Barn och familjer", 2),
        _h("Mål 1: Barn med invandrarbakgrund växer upp som en del av byn", 3),
        _p("Skolan och daghemmet är byns mötesplatser."),
        _p("Delmål 1 a: Alla barn deltar i småbarnspedagogik innan de börjar skolan."),
        _b("1.1 Familjer får ett hembesök om dagvården – bildningssektorn, fortlöpande",
           "1.2 Daghemmet ordnar öppna morgonträffar – daghemmet Solrosen, från hösten 2024"),
        _p("Delmål 1 b: Eleverna får stöd i svenska och i sitt modersmål."),
        _b("1.3 Skolan erbjuder svenska som andra språk – bildningssektorn, läsåret 2024–2025"),
        _p("Mätare:"),
        _b("antal barn i småbarnspedagogik"),
        _h("Tyngdpunktsområde 2. Arbete", 2),
        _h("Mål 2: Vuxna invandrare får arbete i regionen", 3),
        _b("2.1 En företagsträff ordnas – näringslivsenheten, senast 2026"),
    ])
    texts = [_norm(g.text) for g in x.goals]
    assert texts == ["Barn med invandrarbakgrund växer upp som en del av byn",
                     "Alla barn deltar i småbarnspedagogik innan de börjar skolan",
                     "Eleverna får stöd i svenska och i sitt modersmål",
                     "Vuxna invandrare får arbete i regionen"]
    g1, g1a, g1b, g2 = x.goals
    assert g1a.parent == g1.id and g1b.parent == g1.id
    assert [g.theme for g in x.goals] == ["Barn och familjer"] * 3 + ["Arbete"]
    assert [m.goal for m in x.measures] == [g1a.id, g1a.id, g1b.id, g2.id]
    # the tail fills the fields and is cut off the action; the item as printed keeps it
    assert _norm(x.measures[0].text) == "1.1 Familjer får ett hembesök om dagvården"
    assert _norm(x.measures[0].printed).endswith("– bildningssektorn, fortlöpande")
    assert [m.responsible for m in x.measures] == [["bildningssektorn"], ["daghemmet Solrosen"],
                                                   ["bildningssektorn"], ["näringslivsenheten"]]
    assert x.measures[3].schedule == "senast 2026"


def test_dash_tail_wrapped_to_a_line_of_its_own_is_the_rest_of_the_item():
    els = [Element("bullet", "• 1.4 Klubbarna bjuder in nyinflyttade barn"),
           Element("bullet", "– fritidssektorn och ungdomsföreningen, fortlöpande"),
           Element("bullet", "• 1.5 Ett språkcafé startas")]
    out = _join_dash_tails(els)
    assert [e.text for e in out] == [
        "• 1.4 Klubbarna bjuder in nyinflyttade barn – fritidssektorn och ungdomsföreningen, fortlöpande",
        "• 1.5 Ett språkcafé startas"]
    # a list marked with dashes throughout stays as it is
    dashed = [Element("bullet", "– kurser i svenska"), Element("bullet", "– biblioteket, årligen")]
    assert len(_join_dash_tails(dashed)) == 2
    # a dash item that reads as no 'who, when' is an item of its own
    mixed = [Element("bullet", "• språkkurser"), Element("bullet", "– läxhjälp för barn")]
    assert len(_join_dash_tails(mixed)) == 2
