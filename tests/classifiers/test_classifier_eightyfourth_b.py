"""Eighty-fourth blind set, second reader (blind501, blind504): the conventions read, each
with made-up text."""
from blocks_doc import bullets, classify_blocks, heading, paragraph

from classifiers.actors import trailing_actors
from classifiers.cell_meters import closing_meter
from classifiers.prose import states_change_target
from classifiers.reference_tails import without_pointing_bracket


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_pointing_bracket_closing_a_goal_is_cut():
    # '(jfr X, mål N)' / '(se X)' closing a goal points to another document: no part of it
    assert without_pointing_bracket("Fler unga studerar vidare (jfr stadsstrategin, mål 3)") == \
        "Fler unga studerar vidare"
    assert without_pointing_bracket("Alla känner sig hemma (se även välfärdsplanen, mål 1 och 4).") == \
        "Alla känner sig hemma"
    # a bracket that explains the goal, not pointing elsewhere, stays
    assert without_pointing_bracket("Fler kvinnor i arbete (särskilt mammor)") == "Fler kvinnor i arbete (särskilt mammor)"
    # a bracket alone is no goal to cut from
    assert without_pointing_bracket("(jfr stadsstrategin)") == "(jfr stadsstrategin)"


def test_goal_paragraphs_without_their_pointer_to_the_strategy():
    doc = classify_blocks([
        heading("Integrationsprogram för Ekby 2025–2028", 1),
        heading("Område 1: Språk", 1),
        paragraph("Huvudmål: Vuxna invandrare talar svenska i vardagen (jfr stadsstrategin, mål 4)"),
        paragraph("Så här gör vi:"),
        bullets("Kvällskurser i svenska – ansvar: medborgarinstitutet; tidtabell: 2026",
                "Språkcafé på biblioteket – ansvar: biblioteket; tidtabell: löpande"),
        heading("Uppföljning", 1),
        paragraph("Rapporten görs varje år."),
    ])
    assert [g.text for g in doc.goals] == ["Vuxna invandrare talar svenska i vardagen"]


def test_goal_stated_as_a_change_without_a_verb():
    assert states_change_target("Fler invandrare i arbete eller utbildning")
    assert states_change_target("Färre unga utan examen")
    assert not states_change_target("Arbete och utbildning")
    assert not states_change_target("Fler invandrare")  # too short to state a target


def test_wish_under_a_verbless_goal_heading_explains_it():
    # 'Mål 1: Fler X i arbete' states its goal in full: the 'Vi vill …' sentence under it
    # says what it takes, no sub-goal, and the table's actions are the heading goal's
    doc = classify_blocks([
        heading("Integrationsprogram för Ekby 2025–2028", 1),
        heading("4 Mål och åtgärder", 1),
        heading("Tema: Arbete", 2),
        heading("Mål 1: Fler invandrare i arbete eller utbildning", 3),
        paragraph("Behovet av arbetskraft är stort i vården. Vi vill korta vägen till arbete för kvinnor."),
        _table(["Åtgärd", "Vem ansvarar", "När"],
               [["Kurs i svenska med barnpassning", "medborgarinstitutet", "hösten 2025"],
                ["Besök på arbetsplatser", "näringslivsenheten", "löpande"]]),
        heading("5 Uppföljning", 1),
        paragraph("Rapporten görs varje år."),
    ])
    assert len(doc.goals) == 1
    assert doc.goals[0].text.endswith("Fler invandrare i arbete eller utbildning")
    assert {m.goal for m in doc.measures} == {doc.goals[0].id}


def test_closing_meter_of_a_list_item():
    assert closing_meter("Kvällskurs – ansvar: X; tidtabell: 2026. Mätare: antal deltagare") == \
        ("Kvällskurs – ansvar: X; tidtabell: 2026.", "antal deltagare")
    assert closing_meter("Kvällskurs. Ansvar: X. Indikator: antal deltagare.") == \
        ("Kvällskurs. Ansvar: X.", "antal deltagare")
    # a label of another role, or a meter field alone, is no closing meter
    assert closing_meter("Kvällskurs. Ansvar: medborgarinstitutet") is None
    assert closing_meter("Mätare: antal deltagare") is None


def test_semicolon_sets_off_the_next_field_of_a_dash_tail():
    assert trailing_actors("Kvällskurs – ansvar: medborgarinstitutet i samarbete med biblioteket; tidtabell: hösten 2025") == \
        (["medborgarinstitutet"], ["biblioteket"], "hösten 2025")


def test_list_item_closing_with_its_meter():
    doc = classify_blocks([
        heading("Integrationsprogram för Ekby 2025–2028", 1),
        heading("3 Arbete", 2),
        paragraph("Mål: Fler invandrare får arbete."),
        paragraph("Åtgärder:"),
        bullets("Kvällskurs i svenska – ansvar: medborgarinstitutet i samarbete med biblioteket; "
                "tidtabell: hösten 2025. Mätare: antal deltagare per år",
                "Läxhjälp för elever – ansvar: skolan; tidtabell: 2026"),
        heading("4 Uppföljning", 2),
        paragraph("Rapporten görs varje år."),
    ])
    ms = {m.text: m for m in doc.measures}
    assert set(ms) == {"Kvällskurs i svenska", "Läxhjälp för elever"}
    first = ms["Kvällskurs i svenska"]
    assert (first.responsible, first.partners, first.schedule) == (["medborgarinstitutet"], ["biblioteket"], "hösten 2025")
    assert [(i.text, i.measure, i.goal) for i in doc.indicators] == [("antal deltagare per år", first.id, first.goal)]
