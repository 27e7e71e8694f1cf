"""A who field followed by a sentence about when that is no field of its own ('Ansvarar: X.
Tidtabell anges i skolornas planer.'): the sentence is a note on the time, no part of the
doer's name (`records._without_time_note`). Made-up programmes."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.records import fields


def test_a_time_note_after_the_doer_is_no_part_of_its_name():
    assert fields("Ansvarar: fritidsnämnden. Tidplanen fastställs i verksamhetsplanen.") == [
        ("responsible", "Ansvarar", "fritidsnämnden")]
    # a labelled time after the doer is still its field
    assert fields("Ansvar: fritidsnämnden. Tidtabell: 2026.") == [
        ("responsible", "Ansvar", "fritidsnämnden"), ("schedule", "Tidtabell", "2026")]
    # a sentence that opens with no time label stays as printed
    assert fields("Ansvar: fritidsnämnden. Biblioteket.")[0][2] == "fritidsnämnden. Biblioteket"


def test_a_closing_who_line_with_a_time_note_gives_every_item_its_doer():
    got = _classify([
        _h("Insatser", 1), _h("Område 1. Fritid", 2),
        _p("Målet är att alla barn har en hobby."), _p("Så här gör vi:"),
        _b("simskola för alla barn på sommaren", "prova-på-dagar i idrottsföreningarna"),
        _p("Ansvarar: fritidsnämnden. Tidplanen fastställs i verksamhetsplanen.")])
    assert {m.text: m.responsible for m in got.measures} == {
        "simskola för alla barn på sommaren": ["fritidsnämnden"],
        "prova-på-dagar i idrottsföreningarna": ["fritidsnämnden"]}
