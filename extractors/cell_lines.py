"""The text lines of one table cell joined into the cell's text.

Lines are kept apart with "\\n" (bullets and one-item-per-line lists inside cells matter
later). A word processor breaks a word that does not fit a narrow cell at the cell's edge,
without a hyphen ("Stadsmiljösekto" / "rn"); read as two lines, the word becomes two. Such a
line reaches the column's right text edge and goes on with a lower-case letter, which is
also how some ordinary line breaks look, so the extractor only marks the break: a soft
hyphen (U+00AD, a break allowed inside a word) before the "\\n". The normalizer decides
with the Swedish lexicon whether to join the word (normalizers.document), and drops the
mark otherwise.
"""

from __future__ import annotations

SOFT_HYPHEN = "\u00ad"
# A break inside a word leaves less room at the line's end than the next letter needs; a
# letter is at most about half a line box high wide (the box is ~1.2 em).
_EDGE_SHARE = 0.5


def broken_at_edge(text: str, x1: float, height: float, next_text: str, right: float) -> bool:
    """The line ends flush with the column's right text edge `right` in the middle of a
    word: it ends in a letter, reaches the edge, and the next line starts in lower case."""
    return (bool(text) and text[-1].isalpha() and next_text[:1].islower()
            and x1 >= right - _EDGE_SHARE * height)


def join_cell_lines(lines: list[tuple[str, float, float]], right: float | None) -> str:
    """`lines`: (text, right end x1, box height) from top to bottom; `right`: the furthest
    any line of the column reaches (None: unknown, no break is marked)."""
    out: list[str] = []
    for i, (text, x1, h) in enumerate(lines):
        if right is not None and i + 1 < len(lines) and broken_at_edge(text, x1, h, lines[i + 1][0], right):
            text += SOFT_HYPHEN
        out.append(text)
    return "\n".join(out)
