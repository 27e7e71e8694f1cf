"""A table printed on its side whose goals stand in a row of their own ('Mål' among the row
labels Åtgärder, Ansvar, Tidtabell), each column one goal headed by the goal's key alone
('Mål 1', 'Mål 2') or by the name of its theme ('Boende', 'Fritid'): each column is one goal's
row, the theme name the goal's theme (ninety-eighth set)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.builder import transposed
from extractors.model import Table


def _side(rows):
    return Table(rows=rows, header_rows=1, method="ruling-lines")


def _rows(heads):
    return [["", *heads],
            ["Mål", "Seniorer med annat modersmål har en aktiv vardag", "Alla familjer hittar en trygg bostad"],
            ["Åtgärder", "– Seniorträffar i byarnas skolor\n– Tolkad hälsoinfo för äldre", "Bostadsrådgivning på flera språk"],
            ["Ansvar", "Äldreomsorgen", "Bostadsbolaget"],
            ["Tidtabell", "2026", "2026–2028"]]


def test_a_goal_row_under_theme_headers_turns_the_table():
    turned = transposed(_side(_rows(["Äldre", "Boende"])))
    assert turned is not None and turned.method == "transposed"
    assert turned.rows[0] == ["Tema", "Mål", "Åtgärder", "Ansvar", "Tidtabell"]
    assert turned.rows[2] == ["Boende", "Alla familjer hittar en trygg bostad", "Bostadsrådgivning på flera språk",
                              "Bostadsbolaget", "2026–2028"]


def test_a_goal_row_under_goal_keys_turns_the_table_without_the_keys():
    turned = transposed(_side(_rows(["Mål 1", "Mål 2"])))
    assert turned is not None
    assert turned.rows[0] == ["Mål", "Åtgärder", "Ansvar", "Tidtabell"]
    assert turned.rows[1][0] == "Seniorer med annat modersmål har en aktiv vardag"


def test_no_turn_under_role_headers_or_a_labelled_corner():
    # headers naming roles are no themes; a labelled corner names the labels' column
    assert transposed(_side(_rows(["Ansvar", "Tidtabell"]))) is None
    rows = _rows(["Äldre", "Boende"])
    rows[0][0] = "Område"
    assert transposed(_side(rows)) is None
    # one header a goal key, the other a theme: neither form throughout
    assert transposed(_side(_rows(["Mål 1", "Boende"]))) is None


def test_goals_of_a_side_table_with_theme_headers_are_read_with_their_themes():
    ex = _classify([
        _h("Integrationsprogram 2026–2029", 1),
        _h("Mål och åtgärder", 2),
        _p("Tabellen visar programmets mål och åtgärder."),
        {"type": "table", "caption": "Tabell 1. Mål och åtgärder", "columns": ["", "Äldre", "Boende"],
         "rows": _rows(["Äldre", "Boende"])[1:]},
    ])
    goals = {g.text: g.theme for g in ex.goals}
    assert goals == {"Seniorer med annat modersmål har en aktiv vardag": "Äldre",
                     "Alla familjer hittar en trygg bostad": "Boende"}
    got = sorted((m.text, tuple(m.responsible), m.schedule) for m in ex.measures)
    assert got == [("Bostadsrådgivning på flera språk", ("Bostadsbolaget",), "2026–2028"),
                   ("Seniorträffar i byarnas skolor", ("Äldreomsorgen",), "2026"),
                   ("Tolkad hälsoinfo för äldre", ("Äldreomsorgen",), "2026")]


# ---- a goal's meter cell whose lines open with the codes of the goal's actions ----

def test_a_meter_line_opening_with_an_actions_code_is_that_actions_meter():
    ex = _classify([
        _h("Integrationsprogram 2026–2029", 1),
        _h("Mål och åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Vardag", "columns": ["Mål", "Åtgärder", "Ansvar", "Mätare"],
         "rows": [["4.1 Äldre invandrare har en aktiv vardag",
                   "4.1.1 Seniorträffar i byarnas skolor\n4.1.2 Tolkad hälsoinfo för äldre",
                   "Äldreomsorgen", "4.1.2 Antalet tolkade infotillfällen"]]},
    ])
    by_id = {m.id: m.text for m in ex.measures}
    links = [(i.text, by_id.get(i.measure)) for i in ex.indicators]
    assert len(links) == 1 and links[0][1] is not None and "Tolkad hälsoinfo" in links[0][1], links
    assert ex.indicators[0].goal == ex.measures[0].goal


def test_a_meter_line_with_no_action_of_its_code_stays_the_goals():
    ex = _classify([
        _h("Integrationsprogram 2026–2029", 1),
        _h("Mål och åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Vardag", "columns": ["Mål", "Åtgärder", "Ansvar", "Mätare"],
         "rows": [["4.1 Äldre invandrare har en aktiv vardag",
                   "4.1.1 Seniorträffar i byarnas skolor\n4.1.2 Tolkad hälsoinfo för äldre",
                   "Äldreomsorgen", "4.1.7 Antalet tolkade infotillfällen"]]},
    ])
    assert [i.measure for i in ex.indicators] == [None]
