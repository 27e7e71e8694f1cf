"""Seventeenth blind set (helper s17b): an 'Indikatorer:' list after a goal's action cards
printed from a table whose optional columns (cost, financing; a line of their own under
the card's fields) were left out of the cards where their cells were empty. Made-up text."""

import re

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b


def test_a_list_after_cards_that_leave_out_empty_fields_of_other_kinds_follows_up_the_goal():
    x = _classify([_h("3 Åtgärder", 1),
                   _h("3.1 Fritid", 2),
                   _p("Mål 1: Fler nya invånare rör på sig på fritiden"),
                   _p("1.1 Simskola för vuxna nybörjare"),
                   _p("Ansvarig: Idrottsbyrån. Tidtabell: 2026."),
                   _p("Kostnad: 4 000 €."),
                   _p("1.2 Promenadgrupp på lördagar"),
                   _p("Ansvarig: Pensionärsföreningen. Tidtabell: 2025–2027."),
                   _p("1.3 Lån av skidor och skridskor"),
                   _p("Ansvarig: Fritidsgården. Tidtabell: 2026."),
                   _p("Finansiering: föreningsbidrag."),
                   _p("Indikatorer:"),
                   _b("Antalet deltagare i simskolan", "Antalet lånade utrustningar per vinter")])
    assert [re.sub(r"^\d+(?:\.\d+)*\s+", "", m.text) for m in x.measures] == [
        "Simskola för vuxna nybörjare", "Promenadgrupp på lördagar", "Lån av skidor och skridskor"]
    assert [(i.text, i.measure, i.goal) for i in x.indicators] == [
        ("Antalet deltagare i simskolan", None, x.goals[0].id),
        ("Antalet lånade utrustningar per vinter", None, x.goals[0].id)]
