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


def _proposals(status_of_second="Förslag – avgörs i budgeten"):
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _p("Åtgärder märkta Förslag avgörs i budgeten och ingår inte i det godkända programmet."),
        _h("3 Språk och utbildning", 2),
        _p("Målsättning: Nyinflyttade vuxna ska kunna använda svenska i vardagen inom två år."),
        {"type": "table", "columns": ["Åtgärd", "Status", "Ansvar", "År"],
         "rows": [["Fler nybörjarkurser i svenska vid arbetarinstitutet", "Antagen", "Bildningsnämnden", "2025–2028"],
                  ["Egen språkskola för vuxna invandrare", status_of_second, "Bildningsnämnden", "2027"],
                  ["Språkstöd i hemmet för föräldrar", "Antagen", "Bildningsnämnden", "2026"]]},
    ]


def test_proposal_rows_beside_adopted_ones_are_no_measures(monkeypatch):
    from classifiers import classify_document
    texts = {m.text for m in _classify(_proposals()).measures}
    assert "Egen språkskola för vuxna invandrare" not in texts and len(texts) == 2
    # a table whose status column marks no row adopted keeps its rows (a list of proposals)
    assert len(_classify(_proposals("Pågår")).measures) == 3
    monkeypatch.setattr(classify_document, "without_proposal_rows", lambda els: els)
    assert len(_classify(_proposals()).measures) == 3


def test_a_cards_status_field_of_a_proposal_is_kept_as_its_status_column(monkeypatch):
    from classifiers import records
    assert records.marks_plan_status("Förslag – avgörs i budgeten.") and records.marks_plan_status("Antagen.")
    monkeypatch.setattr(records, "marks_adoption", lambda v: False)
    assert not records.marks_plan_status("Antagen.")
