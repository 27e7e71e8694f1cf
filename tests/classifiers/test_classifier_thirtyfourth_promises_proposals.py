"""Thirty-fourth blind set conventions (made-up programmes): goal headings numbered by the
document's own word ('Servicelöfte 2: ...') and tables whose status column marks proposals
that are not part of the adopted programme."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import read_headings
from classifiers.own_goal_labels import without_own_goal_label


def _promises():
    rows = [["Välkomstsamtal med tolk för alla nya familjer", "Daghemsföreståndarna", "ht 2025"]]
    rows2 = [["Kvällskurser i svenska vid arbetarinstitutet", "Rektorn för arbetarinstitutet", "vt 2026"]]
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("Våra servicelöften", 2),
        _h("Servicelöfte 1: Ditt barn får en trygg start i daghemmet", 3),
        {"type": "table", "columns": ["Åtgärd", "Ansvar", "Tidtabell"], "rows": rows},
        _h("Servicelöfte 2: Du som är vuxen får hjälp att lära dig svenska", 3),
        {"type": "table", "columns": ["Åtgärd", "Ansvar", "Tidtabell"], "rows": rows2},
    ]


def test_own_goal_label_is_dropped_from_a_goal_heading():
    assert without_own_goal_label("Servicelöfte 5: Du och din familj har en meningsfull fritid") == (
        "Du och din familj har en meningsfull fritid", "5")
    # a part of the document, a structure word or a bare area keeps its heading
    assert without_own_goal_label("Bilaga 2: Nyckeltal för uppföljningen")[1] is None
    assert without_own_goal_label("Löfte 3: Barn")[1] is None
    assert without_own_goal_label("Arbete och utbildning")[1] is None


def test_promise_headings_state_their_goals_without_the_label(monkeypatch):
    out = _classify(_promises())
    assert sorted(g.text for g in out.goals) == ["Ditt barn får en trygg start i daghemmet",
                                                 "Du som är vuxen får hjälp att lära dig svenska"]
    assert len(out.measures) == 2 and all(m.goal for m in out.measures)
    monkeypatch.setattr(read_headings, "without_own_goal_label", lambda text: (text, None))
    assert any(g.text.startswith("Servicelöfte") for g in _classify(_promises()).goals)
