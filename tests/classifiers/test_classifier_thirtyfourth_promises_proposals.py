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


def _goal_tree(owners=True):
    from blocks_doc import bullets as _b
    els = [
        _h("Integrationsprogram för Exempelby 2026–2028", 1),
        _h("Målträd", 2),
        {"type": "table", "columns": ["Övergripande mål", "Delmål", "Åtgärder"],
         "rows": [["Alla nya invånare får en bra start", "Nya invånare får information om servicen",
                   "– Välkomstträff två gånger per år för nyinflyttade\n– Nätverk för arbetsgivare som anställer personal från utlandet\n– Fadderverksamhet där erfarna invånare introducerar nya"]]},
        _h("Ansvarsfördelning", 2),
        _p("Förvaltningarna ansvarar för de åtgärder som listas nedan. Förkortade namn används."),
    ]
    if owners:
        els.append(_b("Kommunkansliet: välkomstträffarna", "Näringslivsombudet: arbetsgivarnätverket",
                      "Integrationsbyrån: faddrarna"))
    return els


def test_a_responsibility_list_names_the_owner_of_each_action_by_a_short_name(monkeypatch):
    from classifiers import classify_document
    from classifiers.responsibility_lists import named_action
    acts = [("m1", "Nätverk för arbetsgivare som anställer personal"), ("m2", "Stöd för arbetsgivare i att ordna bostäder")]
    assert named_action("arbetsgivarnätverket", acts) == "m1"
    assert named_action("kulturkvällarna", acts) is None
    out = _classify(_goal_tree())
    owners = {m.text.split()[0]: m.responsible for m in out.measures}
    assert owners == {"Välkomstträff": ["Kommunkansliet"], "Nätverk": ["Näringslivsombudet"],
                      "Fadderverksamhet": ["Integrationsbyrån"]}
    # a goal's meters listed by its label ('Mål 2: antalet ...') name no owner
    from classifiers.responsibility_lists import _runs
    from classifiers.elements import Element
    meters = [Element("bullet", "• Mål 1: antalet besök vid infopunkten"), Element("bullet", "• Mål 2: antalet kurser")]
    assert _runs(meters) == []
    monkeypatch.setattr(classify_document, "read_responsibility_lists", lambda built, els: None)
    assert not any(m.responsible for m in _classify(_goal_tree()).measures)


def test_meters_under_a_follow_up_heading_repeating_a_goal_are_that_goals(monkeypatch):
    from classifiers import empty_role_fallbacks
    from classifiers.goal_follow_up_headings import goal_named_by_heading
    from classifiers.model import Goal
    goals = [Goal(id="g1", text="Alla som flyttar hit får en bra start.")]
    assert goal_named_by_heading(goals, "Alla som flyttar hit får en bra start") == "g1"
    assert goal_named_by_heading(goals, "Alla som flyttar hit") is None
    monkeypatch.setattr(empty_role_fallbacks, "goal_named_by_heading", lambda goals, h: "g1")
    built = type("B", (), {})()
    built.indicators, built.goals = [], goals
    els = [empty_role_fallbacks.Element("heading", "Uppföljning", 1, level=2),
           empty_role_fallbacks.Element("heading", "Alla som flyttar hit får en bra start", 1, level=3),
           empty_role_fallbacks.Element("bullet", "• Antalet deltagare i träffarna", 1),
           empty_role_fallbacks.Element("bullet", "• Väntetiden till en plats i daghem", 1)]
    empty_role_fallbacks.indicators_under_follow_up(built, els)
    assert [i.goal for i in built.indicators] == ["g1", "g1"]
    monkeypatch.setattr(empty_role_fallbacks, "goal_named_by_heading", lambda goals, h: None)
    built.indicators = []
    empty_role_fallbacks.indicators_under_follow_up(built, els)
    assert built.indicators == []
