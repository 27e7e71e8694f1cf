"""Goals listed short under a summary heading ('Programmet i korthet') and stated in full in
the chapters (`classifiers.summary_goal_lists`): the summary's short forms are no goals of
their own; a number the chapters give a goal names the full one."""
from __future__ import annotations

import pytest
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.summary_goal_lists import is_summary_heading
from classifiers.text import squash as _sq


def _table(caption: str, columns: list[str], rows: list[list[str]]) -> dict:
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


@pytest.mark.parametrize("text,expected", [
    ("Programmet i korthet", True), ("2 Sammanfattning", True), ("Tiivistelmä", True),
    ("Ohjelma lyhyesti", True), ("Summary", True),
    ("Mål för tema A", False), ("4 Mål och åtgärder", False), ("Korthet", False)])
def test_summary_heading_words(text, expected):
    assert is_summary_heading(text) is expected


def _numbered_summary_then_goal_fields() -> list[dict]:
    return [
        _h("Planen i korthet", 1),
        _p("Planen för Exby har tre mål:"),
        _b("1. Språk från början", "2. Arbete åt fler", "3. En by för alla"),
        _h("1 Mål", 1),
        _h("1.1 Språk", 2),
        _p("Mål 1: Alla vuxna nyinflyttade deltar i en kurs i svenska under sitt första år i Exby."),
        _h("1.2 Arbete", 2),
        _p("Mål 2: Sysselsättningen bland nyinflyttade stiger till samma nivå som i hela befolkningen."),
        _h("1.3 Gemenskap", 2),
        _p("Mål 3: Alla nyinflyttade familjer känner att de hör till byns gemenskap."),
        _h("2 Åtgärder", 1),
        _table("Tabell 1. Åtgärder", ["Åtgärd", "Mål", "Ansvarig", "Tidtabell"], [
            ["Kvällskurser i svenska ordnas i byaskolan", "1", "Medborgarinstitutet", "2026"],
            ["Företagen bjuds in till en rekryteringsdag", "2", "Näringslivsenheten", "2027"],
            ["En välkomstfest ordnas varje höst", "3", "Fritidsenheten", "årligen"]]),
    ]


def test_numbered_summary_goals_give_way_to_the_chapters_goals():
    ex = _classify(_numbered_summary_then_goal_fields())
    goals = {g.id: _sq(g.text) for g in ex.goals}
    assert sorted(goals.values()) == sorted([
        "Alla vuxna nyinflyttade deltar i en kurs i svenska under sitt första år i Exby",
        "Sysselsättningen bland nyinflyttade stiger till samma nivå som i hela befolkningen",
        "Alla nyinflyttade familjer känner att de hör till byns gemenskap"])
    got = {_sq(m.text): goals.get(m.goal) for m in ex.measures}
    assert got["Kvällskurser i svenska ordnas i byaskolan"].startswith("Alla vuxna")
    assert got["En välkomstfest ordnas varje höst"].startswith("Alla nyinflyttade familjer")


def test_short_form_alike_a_goal_cell_leaves_the_cell_its_own_goal():
    ex = _classify([
        _h("Programmet i korthet", 1),
        _p("Programmet innehåller två teman och två mål:"),
        _b("Arbete: fler i arbete", "Samhälle: vi talar med varandra, inte om varandra"),
        _h("1 Teman och mål", 1),
        _table("Mål för tema A", ["Nr", "Mål", "Mätare"], [
            ["A1", "Fler nyinflyttade har ett arbete inom två år", "Andel sysselsatta bland nyinflyttade"]]),
        _table("Åtgärder för tema A", ["Åtgärd", "Mål", "Ansvar"], [
            ["Rekryteringsdag för företagen varje vår", "A1", "Näringslivsenheten"]]),
        _table("Mål för tema B", ["Nr", "Mål", "Mätare"], [
            ["B1", "Vi talar med varandra, inte om varandra", "Andel invånare som upplever goda relationer"]]),
        _table("Åtgärder för tema B", ["Åtgärd", "Mål", "Ansvar"], [
            ["Invånarkvällar med tolkning fyra gånger per år", "B1", "Kommunkansliet"]]),
    ])
    goals = {g.id: _sq(g.text) for g in ex.goals}
    assert sorted(goals.values()) == sorted(["Fler nyinflyttade har ett arbete inom två år",
                                             "Vi talar med varandra, inte om varandra"])
    got = {_sq(m.text): goals.get(m.goal) for m in ex.measures}
    assert got["Invånarkvällar med tolkning fyra gånger per år"] == "Vi talar med varandra, inte om varandra"


def test_summary_goals_stay_where_the_chapters_state_none():
    ex = _classify([
        _h("Planen i korthet", 1),
        _p("Planen för Exby har två mål:"),
        _b("1. Alla vuxna nyinflyttade lär sig svenska under sitt första år",
           "2. Fler nyinflyttade får ett arbete inom två år"),
        _h("1 Bakgrund", 1),
        _p("Exby har 5 100 invånare. Planen gäller 2026–2029."),
    ])
    assert len(ex.goals) == 2


# ---- actions per responsible body, a closing section that names no body after them --------

def test_actions_per_doer_with_a_closing_section_after_the_bodies():
    ex = _classify([
        _h("1 Mål", 1),
        _h("1.1 Arbete", 2),
        _p("Mål 1: Fler nyinflyttade har ett arbete inom två år."),
        _h("2 Åtgärder per enhet", 1),
        _h("2.1 Näringslivsenheten", 2),
        _p("Näringslivsenheten gör följande:"),
        _b("Bjuder in företagen till en rekryteringsdag varje vår (mål 1, 2026)",
           "Ordnar praktikplatser i kommunens enheter (mål 1, 2027)"),
        _h("2.2 Medborgarinstitutet", 2),
        _p("Medborgarinstitutet gör följande:"),
        _b("Ordnar kvällskurser i yrkessvenska (mål 1, 2026)"),
        _h("2.3 Andra aktörers åtaganden", 2),
        _p("Församlingen ordnar samtalsgrupper. Dessa följs inte upp i programmet."),
    ])
    got = {_sq(m.text): m.responsible for m in ex.measures if "(mål" not in m.text}
    got = {k: v for k, v in got.items() if not k.startswith("Församlingen")}
    assert got == {"Bjuder in företagen till en rekryteringsdag varje vår": ["Näringslivsenheten"],
                   "Ordnar praktikplatser i kommunens enheter": ["Näringslivsenheten"],
                   "Ordnar kvällskurser i yrkessvenska": ["Medborgarinstitutet"]}
