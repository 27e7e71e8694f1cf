"""A word broken at a narrow cell's right edge is marked for the normalizer to join."""

from __future__ import annotations

from pdf_fixtures import ruled_table_pdf

from extractors import extract
from extractors.cell_lines import SOFT_HYPHEN, broken_at_edge, join_cell_lines


def test_a_line_flush_with_the_column_edge_going_on_in_lower_case_is_marked():
    lines = [("Stadsmiljösekto", 120.0, 9.0), ("rn, bostädernas", 100.0, 9.0), ("byggherrar", 90.0, 9.0)]
    assert join_cell_lines(lines, right=120.5) == f"Stadsmiljösekto{SOFT_HYPHEN}\nrn, bostädernas\nbyggherrar"


def test_lines_short_of_the_edge_or_ending_in_punctuation_or_going_on_in_upper_case_are_not():
    assert not broken_at_edge("Årlig", 80.0, 9.0, "genomgång av", right=120.0)  # short of the edge
    assert not broken_at_edge("sektorn,", 120.0, 9.0, "bostädernas", right=120.0)
    assert not broken_at_edge("Kommunen", 120.0, 9.0, "Tredje sektorn", right=120.0)
    assert join_cell_lines([("Kommunen", 120.0, 9.0), ("skolan", 100.0, 9.0)], right=None) == "Kommunen\nskolan"


def test_an_edge_only_one_line_reaches_marks_a_line_of_one_word_only():
    # a column of one row: the edge is the longest line's end, which an ordinary wrap
    # reaches as well; a word processor leaves a too-long word's head alone on its line
    lines = [("en gemensam", 120.0, 9.0), ("inflyttarfest", 60.0, 9.0)]
    assert join_cell_lines(lines, right=120.0, sure=False) == "en gemensam\ninflyttarfest"
    assert join_cell_lines(lines, right=120.0) == f"en gemensam{SOFT_HYPHEN}\ninflyttarfest"
    one = [("• Stadsmiljösekto", 120.0, 9.0), ("rn", 20.0, 9.0)]
    assert join_cell_lines(one, right=120.0, sure=False) == f"• Stadsmiljösekto{SOFT_HYPHEN}\nrn"


def test_in_a_ruled_table_of_one_row_the_longest_line_wrapped_between_words_is_not_marked(tmp_path):
    path = ruled_table_pdf(tmp_path / "one_row.pdf", [
        ["Det gör kommunen", "Det gör andra (vem)"],
        ["Kommunen ordnar gemensam\ninflyttarfest", "Föreningen: Byavandringar"]])
    (table,) = extract(path, ocr="never").pages[0].tables
    assert table.rows[1][0] == "Kommunen ordnar gemensam\ninflyttarfest"
