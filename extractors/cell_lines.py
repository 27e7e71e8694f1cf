"""The text lines of one table cell joined into the cell's text.

Lines are kept apart with "\\n" (bullets and one-item-per-line lists inside cells matter
later). A word processor breaks a word that does not fit a narrow cell at the cell's edge,
without a hyphen ("Stadsmiljösekto" / "rn"); read as two lines, the word becomes two. Such a
line reaches the column's right text edge and goes on with a lower-case letter, which is
also how some ordinary line breaks look, so the extractor only marks the break: a soft
hyphen (U+00AD, a break allowed inside a word) before the "\\n". The normalizer decides
with the Swedish lexicon whether to join the word (normalizers.document), and drops the
mark otherwise.

When the edge is only the one line that reaches it (`corroborated`: a column of one row), the
line is taken as a broken word's head only when it is one word: a word processor that moves
a too-long word to a line of its own leaves it alone there ("en gemensam" / "inflyttarfest"
is an ordinary wrap). Some producers break words anywhere in the line ("om befolk" /
"ningsutvecklingens"); for them a corroborated edge is needed.
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


def _one_word(text: str) -> bool:
    """The line is one word, after list markers at most (tokens without a letter: "•", "1.")."""
    *before, _ = text.split()
    return not any(ch.isalpha() for t in before for ch in t)


def corroborated(ends: list[tuple[float, float]], right: float) -> bool:
    """`right`, the furthest a column's lines (`ends`: right end x1, box height) reach, is
    the column's edge on the word of two lines or more. Reached by one line only (a column
    of one row), it is that line's end, which an ordinary wrap reaches as well as a break."""
    return sum(1 for x1, h in ends if x1 >= right - _EDGE_SHARE * h) >= 2


def column_edge(ends: list[tuple[float, float]]) -> tuple[float | None, bool]:
    """(the column's right text edge, the furthest its lines reach; whether two lines or more
    reach it, `corroborated`) of a column's lines (`ends`: right end x1, box height); (None,
    False) for a column with no line."""
    if not ends:
        return None, False
    right = max(x1 for x1, _ in ends)
    return right, corroborated(ends, right)


def join_cell_lines(lines: list[tuple[str, float, float]], right: float | None, sure: bool = True) -> str:
    """`lines`: (text, right end x1, box height) from top to bottom; `right`: the furthest
    any line of the column reaches (None: unknown, no break is marked); `sure`: two lines or
    more reach it (else only a line of one word is marked)."""
    out: list[str] = []
    for i, (text, x1, h) in enumerate(lines):
        if right is not None and i + 1 < len(lines) and broken_at_edge(text, x1, h, lines[i + 1][0], right) \
                and (sure or _one_word(text)):
            text += SOFT_HYPHEN
        out.append(text)
    return "\n".join(out)
