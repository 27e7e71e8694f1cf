"""Aligning the lines of one cell with the several measures of the same row.

A summary row may hold five actions, eleven indicators and eight responsible lines, printed
in the same order. Lines are split into contiguous groups, one per measure, maximising the
words they share with their measure (stems: the first six letters, or one word inside a
compound of the other: 'Biblioteken' ~ 'Stadsbiblioteket'); lines that share nothing are
spread evenly over the measures.
"""

from __future__ import annotations

from .text import fold, words


def _stems(text: str) -> set[str]:
    return {fold(w)[:6] for w in words(text) if len(w) >= 4}


def _folded_words(text: str) -> set[str]:
    return {fold(w) for w in words(text) if len(w) >= 5}


def overlap(a: str, b: str) -> float:
    sa, sb = _stems(a), _stems(b)
    score = float(len(sa & sb))
    wa, wb = _folded_words(a), _folded_words(b)
    for x in wa:
        for y in wb:
            if x != y and len(x) >= 6 and len(y) >= 6 and (x[:-2] in y or y[:-2] in x):
                score += 0.5
    # acronyms in parentheses or capitals: 'HAM' ~ 'HAM ordnar'
    caps_a = {w for w in words(a) if w.isupper() and len(w) >= 2}
    caps_b = {w for w in words(b) if w.isupper() and len(w) >= 2}
    return score + 2.0 * len(caps_a & caps_b)


def align(items: list[str], targets: list[str]) -> list[int]:
    """For each item, the index of its target; contiguous, non-decreasing, every target
    gets at least one item. Requires len(items) >= len(targets) >= 1."""
    n, k = len(items), len(targets)
    sim = [[overlap(it, tg) for tg in targets] for it in items]
    NEG = float("-inf")
    # dp[i][j]: best score with the first i items in the first j groups
    dp = [[NEG] * (k + 1) for _ in range(n + 1)]
    back = [[0] * (k + 1) for _ in range(n + 1)]
    dp[0][0] = 0.0
    for j in range(1, k + 1):
        for i in range(j, n - (k - j) + 1):
            best, arg = NEG, j - 1
            run = 0.0
            # group j-1 takes items s..i-1
            for s in range(i - 1, j - 2, -1):
                run += sim[s][j - 1]
                if dp[s][j - 1] == NEG:
                    continue
                # lines that share no word with any measure: spread them evenly
                v = dp[s][j - 1] + run - 0.01 * ((i - s) - n / k) ** 2
                if v > best or (v == best and s > arg):  # ties: shorter later group
                    best, arg = v, s
            dp[i][j], back[i][j] = best, arg
    out = [0] * n
    i, j = n, k
    while j > 0:
        s = back[i][j]
        for t in range(s, i):
            out[t] = j - 1
        i, j = s, j - 1
    return out
