"""Ninety-ninth blind set, reader qb (blind592–blind594) conventions, on made-up programmes:

- a goal table 'Tema | Mål nr | Mål' whose number column codes the goals with a number and a
  letter ('1A', '1B', '2A') or a letter and a number ('A1'): the codes number the goals, they
  state none, and the action tables' 'Mål nr' column names the goals by them
  (`goal_action_ranges.without_goal_number_column`, `goal_lookup.number_letter_code`);
- the cards print of such an action table, a card counted 'Mål 3: 1B': the goal coded 1B
  (`read_headings._own_goal_number`);
- a list introduced as what is not followed up in the programme ('… uppgifter, som inte
  följs upp i detta program:'): background, no indicators (`prose.intro_kind`)."""

import pytest
from blocks_doc import classify_blocks, heading as _h, paragraph as _p

from classifiers.prose import intro_kind
from classifiers.read_headings import _own_goal_number


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _coded_plan(codes):
    a, b, c = codes
    return [
        _h("1 Inledning", 2),
        _p("Exby har 8 200 invånare. Planen gäller 2026–2029 och bereddes av en arbetsgrupp."),
        _h("2 Mål", 2),
        _t(["Tema", "Mål nr", "Mål"], [
            ["Arbete", a, "Invandrare hittar snabbare arbete som motsvarar deras kompetens"],
            ["", b, "Arbetsgivarna anställer fler personer som lär sig svenska"],
            ["Språk", c, "Vuxna har tillgång till språkundervisning"]], "Tabell 2. Mål 2026–2029"),
        _h("3 Insatser", 2),
        _h("3.1 Arbete", 3),
        _t(["Mål nr", "Insats", "Vem ansvarar", "Tillsammans med", "När"], [
            [a, "Kompetenskartläggning för arbetssökande", "Sysselsättningsområdet", "", "2026"],
            [b, "Rekryteringsträffar för arbetsgivare", "Näringslivstjänsterna", "Företagarna", "2027"]]),
        _h("3.2 Språk", 3),
        _t(["Mål nr", "Insats", "Vem ansvarar", "Tillsammans med", "När"], [
            [c, "Språkkurser med barnpassning", "Medborgarinstitutet", "", "2026–2029"]]),
    ]


@pytest.mark.parametrize("codes", [("1A", "1B", "2A"), ("1a", "1b", "2a"), ("A1", "A2", "B1")])
def test_goal_table_number_column_of_codes_numbers_the_goals(codes):
    ex = classify_blocks(_coded_plan(codes))
    assert [g.text for g in ex.goals] == [
        "Invandrare hittar snabbare arbete som motsvarar deras kompetens",
        "Arbetsgivarna anställer fler personer som lär sig svenska",
        "Vuxna har tillgång till språkundervisning"]
    assert [g.theme for g in ex.goals] == ["Arbete", "Arbete", "Språk"]
    ids = [g.id for g in ex.goals]
    assert [m.goal for m in ex.measures] == ids


def test_card_counting_label_over_a_goal_code():
    assert _own_goal_number("Mål 3: 1B") == "1B"
    assert _own_goal_number("Mål 8: 4") == "4"
    assert _own_goal_number("Mål 3: Invandrare hittar arbete") is None


def test_list_said_not_to_be_followed_up_is_background():
    assert intro_kind("Välfärdsområdet har i sin plan bland annat följande uppgifter, som berör "
                      "invånarna men som inte följs upp i detta program:") == "background"
    assert intro_kind("Följande följs upp årligen:") == "indicator"
