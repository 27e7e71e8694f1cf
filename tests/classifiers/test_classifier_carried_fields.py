"""Fields of who and when that a layout prints apart from a list item (dash lines under it, a
capitals line under it, a section's closing sentence) travel on the item's element
(`Element.fields`): the measure keeps the item's text as printed -- no full stop or field
label written into it -- and still gets the fields (`records.item_fields`). Made-up
programmes."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.elements import Element
from classifiers.section_responsibility import read_section_responsibility


def _measures(blocks):
    return {m.text: (m.responsible, m.partners, m.schedule, m.printed) for m in _classify(blocks).measures}


def test_dash_field_lines_leave_the_item_as_printed_and_give_its_fields():
    got = _measures([
        _h("Åtgärdslista", 1), _h("Språk", 2), _p("Mål: Alla vuxna lär sig svenska."), _p("Åtgärder:"),
        _b("Svenskkurs på distans med träffar på biblioteket"),
        _p("– vem: Medis i samarbete med biblioteket"), _p("– när: från hösten 2026"), _p("– kostnad: 2 500 €/år"),
        _b("Reseersättning för deltagare i kurser i staden"), _p("– vem: kommunkansliet")])
    # the items end without a full stop as printed; nothing was cut off them (printed None)
    assert got == {
        "Svenskkurs på distans med träffar på biblioteket": (["Medis"], ["biblioteket"], "från hösten 2026", None),
        "Reseersättning för deltagare i kurser i staden": (["kommunkansliet"], [], None, None)}


def test_a_capitals_line_leaves_the_action_as_printed_and_gives_its_fields():
    got = _measures([
        _h("Åtgärder", 1), _h("Område 1: Fritid", 2), _p("Mål: Alla barn har en hobby."),
        _p("1. Gratis simskola för barn på sommaren\nFRITIDSTJÄNSTERNA, 2027"),
        _p("2. Läxhjälp på biblioteket varje tisdag\nBIBLIOTEKET OCH SKOLORNA, FORTLÖPANDE")])
    assert got == {
        "1. Gratis simskola för barn på sommaren": (["FRITIDSTJÄNSTERNA"], [], "2027", None),
        "2. Läxhjälp på biblioteket varje tisdag": (["BIBLIOTEKET", "SKOLORNA"], [], "FORTLÖPANDE", None)}


def test_a_sections_responsible_leaves_its_actions_as_printed():
    got = _measures([
        _h("Program", 1), _h("1. Mötet", 2), _p("Målbild 2028: Alla nya invånare får vägledning."),
        _p("Det här börjar vi med"), _b("1. Välkomstsamtal med alla nya", "2. Digital guide på fyra språk"),
        _p("Alla åtgärder under detta tema sköts av integrationsteamet i samarbete med biblioteket.")])
    assert got == {
        "1. Välkomstsamtal med alla nya": (["integrationsteamet"], ["biblioteket"], None, None),
        "2. Digital guide på fyra språk": (["integrationsteamet"], ["biblioteket"], None, None)}


def test_the_section_pass_hands_the_field_on_the_element():
    els = [Element(kind="heading", text="Fritid", level=2),
           Element(kind="bullet", text="• Simskola för barn"),
           Element(kind="bullet", text="• Läxhjälp. Ansvar: skolan."),  # names its own: kept
           Element(kind="para", text="Ansvaret för åtgärderna i detta kapitel har fritidsenheten.")]
    got = read_section_responsibility(els)
    assert [(e.text, e.fields) for e in got[1:3]] == [
        ("• Simskola för barn", [("responsible", "Ansvar", "fritidsenheten")]),
        ("• Läxhjälp. Ansvar: skolan.", [])]


def test_item_fields_joins_printed_and_carried_fields():
    from classifiers.records import item_fields

    el = Element(kind="bullet", text="x", fields=[("schedule", "När", "2026")])
    # printed after the sentence, then carried; the text is the item's own
    assert item_fields("Kurs. Ansvar: skolan.", el) == (
        "Kurs.", [("responsible", "Ansvar", "skolan"), ("schedule", "När", "2026")])
    assert item_fields("Kurs  för   vuxna", el) == ("Kurs för vuxna", [("schedule", "När", "2026")])
    assert item_fields("Kurs för vuxna", Element(kind="bullet", text="x")) is None


def test_a_bracket_closing_an_item_with_carried_fields_is_its_wording():
    # the doer stands on its own line: the bracket names the model the action follows
    got = _measures([
        _h("Åtgärder", 1), _h("Område 1: Fritid", 2), _p("Mål: Alla barn har en hobby."),
        _p("1. Avgiftsfri hobby i skolan efter skoldagen (Finlandsmodellen)\nBILDNINGSSEKTORN, 2026"),
        _p("2. Läxhjälp på biblioteket varje tisdag\nBIBLIOTEKET, FORTLÖPANDE")])
    assert got == {
        "1. Avgiftsfri hobby i skolan efter skoldagen (Finlandsmodellen)": (["BILDNINGSSEKTORN"], [], "2026", None),
        "2. Läxhjälp på biblioteket varje tisdag": (["BIBLIOTEKET"], [], "FORTLÖPANDE", None)}
