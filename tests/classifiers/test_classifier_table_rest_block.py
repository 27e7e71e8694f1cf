"""The rest of an action table set as a block of its own right under it, with the header
printed again: an empty goal cell on its first rows is 'same as above' across the repeated
header (goal_lookup.goals_carried_into)."""

from blocks_doc import classify_blocks, heading as _h, paragraph as _p

COLS = ["Mål", "Åtgärd", "Ansvarig", "Tidtabell"]


def _programme(between: list[dict], cols2: list[str] = COLS) -> list[dict]:
    return [
        _h("2 Mål och åtgärder", 1),
        _p("Om en cell lämnats tom gäller samma uppgift som ovan."),
        {"type": "table", "caption": "Tabell 3. Språk", "columns": COLS, "rows": [
            ["Vuxna invandrare lär sig svenska", "Kvällskurser i svenska ordnas i byarna", "Medborgarinstitutet", "2025"],
            ["", "Språkkafé på biblioteket varje vecka", "Biblioteket", "Fortlöpande"]]},
        *between,
        {"type": "table", "caption": "", "columns": cols2, "rows": [
            ["", "Studiecirklar i lätt svenska", "Medborgarinstitutet", "2026"]]},
    ]


def _goal_texts(blocks):
    doc = classify_blocks(blocks)
    goals = {g.id: g.text for g in doc.goals}
    return [goals.get(m.goal) for m in doc.measures]


def test_block_right_under_the_table_with_its_header_continues_the_goal():
    assert _goal_texts(_programme([])) == ["Vuxna invandrare lär sig svenska"] * 3


def test_block_under_a_heading_of_its_own_does_not():
    texts = _goal_texts(_programme([_h("2.2 Arbete", 2)]))
    assert texts[2] != "Vuxna invandrare lär sig svenska"
