"""A column headed in two languages whose cells are written in both keeps its header as the
label of the card field (golden.render_more `_translated_column`): a bilingual programme
never labels a two-language value in one language."""

from golden import render_more as M


def _table(resp_cells):
    return {"type": "table", "caption": "",
            "columns": ["Åtgärd", "Action", "Ansvar / Responsible", "Tid / Time"],
            "rows": [["Språkkurs på arbetsplatsen", "Language course at work", resp_cells[0], "2026"],
                     ["Mentorprogram för nya kolleger", "Mentoring for new colleagues", resp_cells[1], "2027"]]}


def test_a_two_language_column_keeps_its_two_language_label():
    t = _table(["Medborgarinstitutet / adult education centre", "Näringslivstjänsterna / business services"])
    cards = str(M._card_blocks(t, "cards", [0, 0, 0], []))
    assert "'label': 'Ansvar / Responsible'" in cards
    kv = str(M._card_blocks(t, "keyvalue", [0, 0, 0], []))
    assert "'Ansvar / Responsible'" in kv
    numbered = str(M._card_blocks(t, "numbered", [0, 0, 0], [], {"section": "2", "count": 0}))
    assert "Ansvar / Responsible: Medborgarinstitutet / adult education centre" in numbered


def test_a_column_in_one_language_keeps_the_styles_label():
    # cells written in one language: the style's own label, as before
    t = _table(["Medborgarinstitutet", "Näringslivstjänsterna"])
    cards = str(M._card_blocks(t, "cards", [0, 0, 0], []))
    assert "'label': 'Ansvar'" in cards and "Responsible" not in cards
    # a header naming two roles ('Ansvarig / samarbetspart') is no translation
    assert not M._translated_column("Ansvarig / samarbetspart", [["X / Y"]], 0)
