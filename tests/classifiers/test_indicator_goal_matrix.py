"""An evaluation matrix 'Indikator | Mål 1 | Mål 2 | Mål 3' marking with × the goal each
indicator follows up (made up): a plain indicator table with a goal column."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from extractors.model import Table

from classifiers.elements import Element
from classifiers.goal_mark_columns import fold_goal_mark_columns


def test_matrix_of_indicators_folds_into_a_goal_column():
    t = Table(rows=[["Indikator", "Mål 1", "Mål 2", "Mål 3"], ["Antal besök", "×", "", ""],
                    ["Andel i arbete", "", "×", ""], ["Antal föreningar", "", "", "×"]], header_rows=1)
    out = fold_goal_mark_columns([Element("table", "", 1, table=t, pages=[1])])
    assert out[0].table.rows == [["Indikator", "Mål"], ["Antal besök", "1"], ["Andel i arbete", "2"],
                                 ["Antal föreningar", "3"]]


def test_matrix_marks_are_no_goals():
    matrix = {"type": "table", "caption": "Tabell 4. Utvärderingsmatris",
              "columns": ["Indikator", "Mål 1", "Mål 2"],
              "rows": [["Antal deltagare i välkomstträffarna", "×", ""],
                       ["Andel vuxna i arbete eller studier", "", "×"]]}
    ex = _classify([_h("1 Välkomnande", 2), _p("Mål 1: Nya invånare hittar rätt i kommunens service."),
                    _h("2 Arbete", 2), _p("Mål 2: Fler vuxna nya invånare arbetar eller studerar."),
                    _h("3 Uppföljning", 2), matrix])
    assert [g.text for g in ex.goals] == ["Nya invånare hittar rätt i kommunens service",
                                          "Fler vuxna nya invånare arbetar eller studerar"]
    g1, g2 = ex.goals
    assert {i.text: i.goal for i in ex.indicators} == {"Antal deltagare i välkomstträffarna": g1.id,
                                                        "Andel vuxna i arbete eller studier": g2.id}
