"""A table row a page break cut in two (its action before the break, its responsible and time
in a row of its own at the top of the next part) is one card in the text styles of
golden/render_more.py: no card without an action (thirty-first blind set, helper t31a)."""

from __future__ import annotations

import pytest

from golden import render_more as M


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _cards(blocks: list[dict]) -> list[dict[str, str]]:
    """The cards' fields in order, one dict per action (keyed by the field's label)."""
    out: list[dict[str, str]] = []
    for b in blocks:
        if b["type"] == "label":
            # a card opens with its action; a field printed again opens a card of its own
            if b["label"] == "Åtgärd" or not out or b["label"] in out[-1]:
                out.append({})
            out[-1][b["label"]] = " ".join(b["items"])
        elif b["type"] == "table" and b.get("kv"):
            # the key-value style's labels read as the cards' ('Ansvarig aktör' -> 'Ansvar')
            as_card = {M.KV_LABELS[k]: M.CARD_LABELS[k] for k in M.KV_LABELS if k in M.CARD_LABELS}
            out.append({as_card.get(k, k): v for k, v in b["rows"]})
    return out


COLS = ["Nr", "Mål", "Åtgärd", "Ansvar", "Tidtabell"]


@pytest.mark.parametrize("style", ["cards", "keyvalue"])
def test_the_rest_of_a_row_cut_by_a_page_break_goes_into_the_row_above(style):
    t1 = _table(COLS, [["1", "Fler i arbete", "Mentorprogram", "Näringslivsenheten", "2026"],
                       ["2", "", "Tolk vid föräldramöten", "", ""]], caption="Åtgärder")
    t2 = _table(COLS, [["", "", "", "Bildningssektorn", "Fortlöpande"],
                       ["3", "", "Sommarjobb för unga", "Ungdomstjänsterna", "2027"]])
    blocks = M.TextStyleRenderer({"title": "T", "blocks": [t1, {"type": "paragraph", "text": "sida 6"}, t2],
                                  "gold": {}}, style).src["blocks"]
    cards = _cards(blocks)
    assert [c.get("Åtgärd") for c in cards] == ["Mentorprogram", "Tolk vid föräldramöten", "Sommarjobb för unga"]
    assert (cards[1].get("Ansvar"), cards[1].get("Tidtabell")) == ("Bildningssektorn", "Fortlöpande")
    assert (cards[2].get("Ansvar"), cards[2].get("Tidtabell")) == ("Ungdomstjänsterna", "2027")


def test_a_continued_parts_first_row_that_fills_a_cell_the_row_above_filled_stays_a_row():
    t1 = _table(COLS, [["1", "Fler i arbete", "Mentorprogram", "Näringslivsenheten", "2026"]])
    t2 = _table(COLS, [["", "", "", "Stadskansliet", ""]])
    out = M.join_cut_rows([t1, t2])
    assert out[0]["rows"] == t1["rows"] and out[1]["rows"] == t2["rows"]
