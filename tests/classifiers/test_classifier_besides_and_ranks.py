"""What an action plan lists that is not one of its actions, and numbers that name no action.
Made-up text, other wordings than the sixth blind set's (tests/data/blind_programs/blind31):

- a list introduced as what goes on besides the actions ('Förutom åtgärderna ovan erbjuder
  kommunen som tidigare:'): the ordinary services, not measures of the programme;
- a number printed in front of the actions that one table gives two of them (a priority or a
  rank, '1. ...', '1. ...', '2. ...'): it names no action, so actions of other tables that
  carry the same number are not restatements of them.
"""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.prose import intro_kind
from classifiers.text import squash


def _t(rows):
    return {"type": "table", "caption": "", "columns": ["Åtgärd", "Mål", "Tidtabell"], "rows": rows}


# ---- a list of what goes on besides the actions -------------------------------------------

def test_intro_naming_the_actions_only_as_what_its_list_is_besides():
    assert intro_kind("Förutom åtgärderna ovan erbjuder kommunen som tidigare:") == "background"
    assert intro_kind("Vid sidan av de här insatserna sköter enheten också:") == "background"
    # the actions named as the list itself stay actions, even with 'utöver' elsewhere
    assert intro_kind("Utöver det som sägs ovan genomför enheten följande åtgärder:") == "measure"
    assert intro_kind("Enheten genomför följande åtgärder:") == "measure"


def test_services_listed_besides_the_action_table_are_no_measures():
    x = _classify([
        _h("3 Åtgärder per verksamhet", 1),
        _h("3.1 Socialsektorn", 2),
        _t([["Hembesök hos nyinflyttade barnfamiljer", "", "2026"],
            ["Kvällsmottagning på hälsostationen", "", "2027"]]),
        _p("Förutom åtgärderna ovan erbjuder sektorn som tidigare:"),
        _b("rådgivning för barnfamiljer", "tolkade läkarbesök"),
    ])
    assert [squash(m.text) for m in x.measures] == ["Hembesök hos nyinflyttade barnfamiljer",
                                                    "Kvällsmottagning på hälsostationen"]
