"""A word broken at a narrow cell's right edge is marked for the normalizer to join."""

from __future__ import annotations

from extractors.cell_lines import SOFT_HYPHEN, broken_at_edge, join_cell_lines


def test_a_line_flush_with_the_column_edge_going_on_in_lower_case_is_marked():
    lines = [("Stadsmiljösekto", 120.0, 9.0), ("rn, bostädernas", 100.0, 9.0), ("byggherrar", 90.0, 9.0)]
    assert join_cell_lines(lines, right=120.5) == f"Stadsmiljösekto{SOFT_HYPHEN}\nrn, bostädernas\nbyggherrar"


def test_lines_short_of_the_edge_or_ending_in_punctuation_or_going_on_in_upper_case_are_not():
    assert not broken_at_edge("Årlig", 80.0, 9.0, "genomgång av", right=120.0)  # short of the edge
    assert not broken_at_edge("sektorn,", 120.0, 9.0, "bostädernas", right=120.0)
    assert not broken_at_edge("Kommunen", 120.0, 9.0, "Tredje sektorn", right=120.0)
    assert join_cell_lines([("Kommunen", 120.0, 9.0), ("skolan", 100.0, 9.0)], right=None) == "Kommunen\nskolan"
