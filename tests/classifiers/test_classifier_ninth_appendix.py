"""Appendix action plans that name the goals stated earlier in the chapters' prose ('Mål 2.
Barn och unga' in a goal column, or alone in a group row of an action table), prose goals
'Kommunen strävar efter att ...', a strategy's goal quoted 'I kommunstrategin är målet att
...', and indicator cells joining two measures with ';'. Made-up text in the conventions of
the ninth blind set (tests/data/blind_programs, blind49 and blind54)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.read_tables import _semicolon_parts
from classifiers.prose import is_goal_sentence


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _chapters():
    return [
        _h("3 Våra mål", 1),
        _h("3.1 Språk och skola", 2),
        _p("Många familjer har flyttat hit under de senaste åren."),
        _p("Vårt mål är att alla barn lär sig svenska före skolstarten."),
        _h("3.2 Arbete och företagande", 2),
        _p("Vårt mål är att fler vuxna får ett arbete som motsvarar deras utbildning."),
    ]


def test_goal_column_naming_a_chapter_by_goal_number_refers_to_that_chapters_goal():
    x = _classify(_chapters() + [
        _h("Bilaga 1. Handlingsplan", 1),
        _t(["Mål", "Åtgärd", "Ansvarig", "Tidtabell", "Indikator"], [
            ["Mål 1. Språk och skola", "Språkbad ordnas i daghemmen", "Bildningssektorn", "2026", "Antal barn"],
            ["", "Läxhjälp ordnas på biblioteket", "Biblioteket", "Årligen", "Antal besök"],
            # a narrow cell broke a long word in two
            ["Mål 2. Arbete och företagand e", "Företagsrådgivning ordnas på engelska", "Näringslivsenheten",
             "2027", "Antal rådgivningar"],
        ], caption="Handlingsplan"),
    ])
    assert [" ".join(g.text.split()).rstrip(".") for g in x.goals] == ["Vårt mål är att alla barn lär sig svenska före skolstarten",
                                         "Vårt mål är att fler vuxna får ett arbete som motsvarar deras utbildning"]
    g1, g2 = (g.id for g in x.goals)
    assert [m.goal for m in x.measures] == [g1, g1, g2]


def test_group_row_naming_a_chapter_heads_the_action_rows_below_it():
    x = _classify(_chapters() + [
        _h("Bilaga 1. Handlingsplan", 1),
        _t(["Åtgärd", "Ansvarig", "Tidtabell", "Uppföljning"], [
            ["Mål 1. Språk och skola", "", "", ""],
            ["Språkbad ordnas i daghemmen", "Bildningssektorn", "2026", "Antal barn"],
            ["Mål 2. Arbete och företagande", "", "", ""],
            ["Företagsrådgivning ordnas på engelska", "Näringslivsenheten", "2027", "Antal rådgivningar"],
            ["Mentorprogram med lokala företagare", "", "2028", ""],
        ], caption="Handlingsplan"),
    ])
    assert len(x.goals) == 2
    g1, g2 = (g.id for g in x.goals)
    assert [" ".join(m.text.split()) for m in x.measures] == ["Språkbad ordnas i daghemmen", "Företagsrådgivning ordnas på engelska",
                                            "Mentorprogram med lokala företagare"]
    assert [m.goal for m in x.measures] == [g1, g2, g2]
    # an empty Ansvarig cell: the one above (the group row does not break the run)
    assert x.measures[2].responsible == ["Näringslivsenheten"]


def test_group_row_printed_with_the_fields_above_repeated_is_still_a_group_row():
    # a print that fills every empty cell 'as above' (a card layout) repeats the row above
    x = _classify(_chapters() + [
        _h("Bilaga 1. Handlingsplan", 1),
        _t(["Åtgärd", "Ansvarig", "Tidtabell"], [
            ["Mål 1. Språk och skola", "", ""],
            ["Språkbad ordnas i daghemmen", "Bildningssektorn", "2026"],
            ["Mål 2. Arbete och företagande", "Bildningssektorn", "2026"],
            ["Företagsrådgivning ordnas på engelska", "Näringslivsenheten", "2027"],
        ], caption="Handlingsplan"),
    ])
    assert [" ".join(m.text.split()) for m in x.measures] == ["Språkbad ordnas i daghemmen", "Företagsrådgivning ordnas på engelska"]
    assert [m.goal for m in x.measures] == [x.goals[0].id, x.goals[1].id]


def test_municipality_striving_opening_its_paragraph_is_a_goal():
    assert is_goal_sentence("Kommunen strävar efter att alla nyinflyttade får information på sitt språk.")
    # mid-paragraph, or adding one more effort ('också'): a description, no goal
    assert not is_goal_sentence("Kommunen strävar efter att alla nyinflyttade får information.",
                                opens_paragraph=False)
    assert not is_goal_sentence("Staden strävar också efter att bygga upp en uppföljning.")


def test_goal_quoted_from_another_document_is_no_goal():
    assert not is_goal_sentence("I kommunstrategin Norrby 2030 är målet att kommunen ska växa med en procent per år.")
    assert not is_goal_sentence("I strategin är målet att inflyttningen ökar.")
    assert is_goal_sentence("I Norrby är målet att alla känner sig välkomna.")


def test_indicator_cell_joining_two_measures_with_a_semicolon_gives_two_indicators():
    assert _semicolon_parts("Antal deltagare; deltagarnas bedömning av kursen") == [
        "Antal deltagare", "deltagarnas bedömning av kursen"]
    # a note after ';' in an indicator of several sentences stays
    long = "Personer utan studieplats enligt kön. Personer som inte tagit emot sin plats; uppgifter enligt kommun."
    assert _semicolon_parts(long) == [long]
    # a sentence (its full stop) keeps its ';' as well
    note = "Personer som inte tagit emot sin plats; uppgifter enligt hemkommun."
    assert _semicolon_parts(note) == [note]
    x = _classify(_chapters() + [
        _h("Bilaga 1. Handlingsplan", 1),
        _t(["Mål", "Åtgärd", "Ansvarig", "Indikator"], [
            ["Mål 1. Språk och skola", "Språkcafé varje vecka", "Biblioteket", "Antal deltagare; deltagarnas bedömning"],
        ], caption="Handlingsplan"),
    ])
    assert [" ".join(i.text.split()) for i in x.indicators] == ["Antal deltagare", "deltagarnas bedömning"]
    assert all(i.measure == x.measures[0].id for i in x.indicators)


def test_group_row_printed_as_a_card_or_line_of_its_own_heads_the_actions_after_it():
    # a card print gives the group row, which has no fields, as a line before the cards
    for group in ("Åtgärd: Mål 2. Arbete och företagande", "Mål 2. Arbete och företagande"):
        x = _classify(_chapters() + [
            _h("Bilaga 1. Handlingsplan", 1),
            _p(group),
            _t(["Åtgärd", "Ansvarig", "Tidtabell"], [
                ["Företagsrådgivning ordnas på engelska", "Näringslivsenheten", "2027"],
            ], caption="Handlingsplan"),
        ])
        assert len(x.goals) == 2 and len(x.measures) == 1
        assert x.measures[0].goal == x.goals[1].id
