"""Hundred-and-eighth blind set (blind643–blind648) on made-up text: a sentence
in a follow-up line right under a goal's action table ('Uppföljning: Gruppen rapporterar …') names
no meter."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _actions(rows):
    return {"type": "table", "caption": "Åtgärder", "columns": ["Åtgärd", "Ansvarig", "Tidtabell"], "rows": rows}


def test_a_sentence_under_an_action_table_is_no_meter():
    x = _classify([
        _h("2 Vuxna", 1),
        _h("Mål för perioden", 2),
        _b("Fler vuxna invandrare får arbete"),
        _actions([["Företagsbesök för arbetssökande", "Näringslivsenheten", "2025–2027"]]),
        _p("Uppföljning: Gruppen rapporterar till nämnden varje år."),
    ])
    assert x.indicators == []
