"""Cell-level comparison of extracted tables with the tables of a golden source.json."""

from __future__ import annotations

import difflib


# The extractor marks a line break at a column's right edge with a soft hyphen (invisible;
# extractors/cell_lines.py): the text compared is the text printed.
_MARKS = dict.fromkeys([0x00AD], None)


def ws(s: str) -> str:
    return " ".join((s or "").translate(_MARKS).split())


def nows(s: str) -> str:
    return "".join((s or "").translate(_MARKS).split())


def reference_rows(source: dict) -> list[list[str]]:
    """Every source table as [columns] + rows (no columns row when it has none)."""
    rows: list[list[str]] = []
    for b in source["blocks"]:
        if b["type"] != "table":
            continue
        if b.get("columns"):
            rows.append(list(b["columns"]))
        rows.extend([list(r) for r in b["rows"]])
    return rows


def _key(r: list[str]) -> str:
    return ws(" | ".join(r))


def score(ref: list[list[str]], got: list[list[str]]) -> dict[str, int]:
    """Rows aligned with difflib; cells of aligned rows compared ("ws": whitespace runs ->
    one space; "nows": all whitespace removed). Cells of unaligned reference rows miss."""
    sm = difflib.SequenceMatcher(a=[_key(r) for r in ref], b=[_key(r) for r in got], autojunk=False)
    total = sum(len(r) for r in ref)
    eq_ws = eq_nows = 0
    for tag, a0, a1, b0, b1 in sm.get_opcodes():
        if tag not in ("equal", "replace"):
            continue
        for ra, rb in zip(ref[a0:a1], got[b0:b1]):
            for c, refc in enumerate(ra):
                gc = rb[c] if c < len(rb) else ""
                eq_ws += ws(refc) == ws(gc)
                eq_nows += nows(refc) == nows(gc)
    return {"cells": total, "ws": eq_ws, "nows": eq_nows}


def show_misses(ref: list[list[str]], got: list[list[str]]) -> None:
    sm = difflib.SequenceMatcher(a=[_key(r) for r in ref], b=[_key(r) for r in got], autojunk=False)
    for tag, a0, a1, b0, b1 in sm.get_opcodes():
        if tag == "replace":
            for ra, rb in zip(ref[a0:a1], got[b0:b1]):
                for c, refc in enumerate(ra):
                    gc = rb[c] if c < len(rb) else ""
                    if ws(refc) != ws(gc):
                        print(f"    cell: {refc!r:.300}\n       -> {gc!r:.300}")
        if tag != "equal" and (a1 - a0 != b1 - b0 or tag != "replace"):
            print("   ", tag, [_key(r)[:70] for r in ref[a0:a1]], "->", [_key(r)[:70] for r in got[b0:b1]])
