"""Goal fallbacks (`goal_fallbacks`), on made-up programmes whose goal lines no convention of
the reader knows: banner lines 'STRÄVAN 1  …' and dash-labelled lines 'Målsättning – …'
over small action tables, so the reader finds the actions but no goal to link them to."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import goal_fallbacks
from classifiers.goal_fallbacks import label_line_goal


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _programme(first: str, second: str):
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _p("Programmet har beretts av en arbetsgrupp under våren 2025."),
        _h("1 Språk", 2),
        _p(first + "Alla vuxna nya invånare kan använda svenska i vardagen."),
        _t(["Insats", "Vem", "När"], [
            ["Kvällskurser i svenska för nybörjare", "Medborgarinstitutet", "2025–2028"],
            ["Språkcafé på biblioteket varje vecka", "Biblioteket", "Från 2026"],
        ]),
        _h("2 Fritid", 2),
        _p(second + "Fler nya invånare deltar i föreningslivet."),
        _t(["Insats", "Vem", "När"], [
            ["Bidrag till föreningar som tar emot nya medlemmar", "Fritidsnämnden", "Årligen"],
        ]),
        _h("3 Uppföljning", 2),
        _p("Programmet följs upp årligen i samband med bokslutet."),
    ]


def _check_label_lines(monkeypatch, first: str, second: str) -> None:
    out = _classify(_programme(first, second))
    goals = {g.id: g for g in out.goals}
    assert [g.text for g in goals.values()] == [
        "Alla vuxna nya invånare kan använda svenska i vardagen",
        "Fler nya invånare deltar i föreningslivet"]
    # the theme is the heading the goal line stands under, without its number
    assert [g.theme for g in goals.values()] == ["Språk", "Fritid"]
    by_goal = {}
    for m in out.measures:
        by_goal.setdefault(goals[m.goal].theme, []).append(" ".join(m.text.split()))
    assert by_goal == {
        "Språk": ["Kvällskurser i svenska för nybörjare", "Språkcafé på biblioteket varje vecka"],
        "Fritid": ["Bidrag till föreningar som tar emot nya medlemmar"]}
    # without the fallback: the actions are read, no goal is and none is linked
    monkeypatch.setattr(goal_fallbacks, "goals_from_label_lines", lambda built, elements: None)
    out = _classify(_programme(first, second))
    assert out.goals == [] and len(out.measures) == 3
    assert all(m.goal is None for m in out.measures)


def test_numbered_banner_lines_are_the_goals(monkeypatch):
    _check_label_lines(monkeypatch, "STRÄVAN 1  ", "STRÄVAN 2  ")


def test_dash_labelled_lines_are_the_goals(monkeypatch):
    _check_label_lines(monkeypatch, "Målsättning – ", "Målsättning – ")


def test_label_line_goal_needs_a_label_and_its_separator():
    assert label_line_goal("Önskat resultat: Fler får arbete som motsvarar deras kompetens.") == \
        "Fler får arbete som motsvarar deras kompetens"
    assert label_line_goal("MÅL 3  Alla barn klarar sig bra i skolan") == "Alla barn klarar sig bra i skolan"
    # a sentence about goals, a label with no goal after it, and a heading naming goals are none
    assert label_line_goal("Målet är att alla ska få arbete.") is None
    assert label_line_goal("Mål: se ovan") is None
    assert label_line_goal("Mål och åtgärder") is None
