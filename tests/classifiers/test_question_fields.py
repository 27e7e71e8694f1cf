"""'Vad? X Hur? Y Vem? Z När? W' paragraphs and 'Vad? | Hur? | Vem? | När?' tables (made-up text)."""

from classifiers.elements import Element
from classifiers.headers import map_columns
from classifiers.question_fields import fold_question_fields


def test_what_is_the_action_beside_how():
    roles = map_columns(["Vad?", "Hur?", "Vem?", "När?"])
    assert roles[0] == "measure" and 1 not in roles
    # a bare 'Hur?' with no 'Vad?' beside it is still the action column
    assert map_columns(["Hur?", "Vem?", "När?"])[0] == "measure"


def test_question_paragraphs_fold_into_a_table():
    els = [
        Element("heading", "Skede 1: Ankomsten", 1, level=2),
        Element("para", "Vad? Hembesök för nya familjer Hur? Två handledare besöker familjen och går igenom "
                        "vardagen. Vem? Familjeenheten När? Under första månaden", 1),
        Element("para", "Vad? Cykelkurs för vuxna Hur? Fem träffar på skolgården.", 1),
        Element("para", "Vem? Idrottsbyrån tillsammans med Cykelklubben När? Varje vår", 2),
        Element("para", "Vi följer upp hur många som deltar.", 2),
    ]
    out = fold_question_fields(els)
    assert [e.kind for e in out] == ["heading", "table", "para"]
    rows = out[1].table.rows
    assert rows[0] == ["Vad?", "Hur?", "Vem?", "När?"]
    assert rows[1][0] == "Hembesök för nya familjer" and rows[1][2] == "Familjeenheten"
    # the record a page broke goes on in the next paragraph
    assert rows[2][0] == "Cykelkurs för vuxna" and rows[2][3] == "Varje vår"


def test_a_sentence_with_a_question_is_no_record():
    els = [Element("para", "Vad? Det frågar många. Vi svarar i kapitel 3.", 1)]
    assert [e.kind for e in fold_question_fields(els)] == ["para"]


def test_two_records_joined_by_a_page_break_and_a_paragraph_run_in():
    els = [Element("para", "Vad? Hembesök Hur? Två handledare. Vem? Familjeenheten När? Varje vår "
                           "Vad? Cykelkurs Hur? Fem träffar. Vem? Idrottsbyrån När? Varje höst "
                           "Så följer vi upp skedet: antal hembesök; antal deltagare.", 1)]
    out = fold_question_fields(els)
    assert [e.kind for e in out] == ["table", "para"]
    assert [r[0] for r in out[0].table.rows[1:]] == ["Hembesök", "Cykelkurs"]
    assert out[0].table.rows[2][3] == "Varje höst"
    assert out[1].text == "Så följer vi upp skedet: antal hembesök; antal deltagare."
