"""A who field whose names are followed by a sentence of their own ('Ansvar: X och Y. Z
deltar i planeringen.'): the sentence says something more about the action and is no part
of the doer's name (`records._without_time_note`, `_names_only`). Made-up text."""

from classifiers.records import fields


def test_a_sentence_after_the_doers_names_is_no_part_of_them():
    assert fields("Ansvar: kultursektorn och Ådala bibliotek. Regionens museum deltar i "
                  "arbetet med utställningen.") == [
        ("responsible", "Ansvar", "kultursektorn och Ådala bibliotek")]
    assert fields("Ansvar: fritidsenheten. Samarbetspart är föreningarna i kommunen.") == [
        ("responsible", "Ansvar", "fritidsenheten")]


def test_a_who_field_written_in_sentences_stays_whole():
    # the field is itself sentences (which part is whose): nothing to cut
    value = fields("Ansvar: Kursen ordnas av medborgarinstitutet. Lägret sköts av "
                   "ungdomsenheten.")[0][2]
    assert value == "Kursen ordnas av medborgarinstitutet. Lägret sköts av ungdomsenheten"
    # a second name after the full stop (no verb) stays as printed
    assert fields("Ansvar: fritidsnämnden. Biblioteket.")[0][2] == "fritidsnämnden. Biblioteket"
