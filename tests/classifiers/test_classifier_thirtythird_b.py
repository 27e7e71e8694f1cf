"""Conventions of the thirty-third blind set's Klemetsby, Norrkulla and Sjundby programmes
(tests/data/blind_programs, README there), on made-up programmes."""

import re

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.capital_field_lines import capital_tail


def _norm(s):
    # (the action's number is no part of its text: the scoring drops it as the gold does)
    return re.sub(r"^\d+\.\s+", "", " ".join(s.split())).rstrip(".")


def _capitals_plan():
    return [
        _h("Åtgärder", 1),
        _h("Område 1: Fritid", 2),
        _p("Mål: Alla barn har en hobby."),
        _p("1. Gratis simskola för barn på sommaren\nFRITIDSTJÄNSTERNA, 2027"),
        _p("2. Läxhjälp på biblioteket varje tisdag\nBIBLIOTEKET OCH SKOLORNA, FORTLÖPANDE"),
        _p("3. Kvällsträffar för tonåringar\nUNGDOMSGÅRDEN I SAMARBETE MED SCOUTERNA, VARJE HÖST"),
    ]


def test_a_capitals_line_under_a_numbered_action_gives_its_responsible_and_time():
    x = _classify(_capitals_plan())
    got = {_norm(m.text): (m.responsible, m.partners, m.schedule) for m in x.measures}
    assert got == {
        "Gratis simskola för barn på sommaren": (["FRITIDSTJÄNSTERNA"], [], "2027"),
        "Läxhjälp på biblioteket varje tisdag": (["BIBLIOTEKET", "SKOLORNA"], [], "FORTLÖPANDE"),
        "Kvällsträffar för tonåringar": (["UNGDOMSGÅRDEN"], ["SCOUTERNA"], "VARJE HÖST"),
    }


def test_the_capitals_tail_needs_a_named_responsible_and_a_comma():
    assert capital_tail("1. Kurs inom projektet ESF, 2025") == ("1. Kurs inom projektet", "ESF", "2025")
    assert capital_tail("1. Kurs för vuxna (A1–B1), 2025") is None  # no word of letters
    assert capital_tail("1. Kurs för vuxna BIBLIOTEKET") is None  # no comma: no time given
    assert capital_tail("1. Kurs för vuxna") is None
