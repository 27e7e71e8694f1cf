"""Lists and ranges of item numbers as programmes print them: 'mål 1–3', 'Åtgärd 8-9',
'(1, 2 och 4)', 'Åtgärderna 3 samt 5', 'Delmål 2.1–2.3', 'åtgärd 1 till 3'.

One reader for every place that reads a reference by numbers (a goal referred to in a
heading, an action's number keying a name in a cell, an action named by its label and
number). The conventions it knows, the union of what real programmes write:
- a number is whole ('3') or a decimal code of a numbered outline ('2.1', '4.1.1');
- a range joins two numbers with an en dash ('1–3'), a hyphen ('1-3', a typewriter's dash),
  an em dash ('1—3') or the word 'till' ('1 till 3');
- a list joins numbers or ranges with commas ('1, 2'), an ampersand ('1 & 2') or the words
  'och' / 'samt' ('2 och 4', '3 samt 5').
A range stands for every number in it: whole numbers counting up ('1–3' -> 1, 2, 3), or
decimal codes that differ in their last part only ('2.1–2.3' -> 2.1, 2.2, 2.3). Any other
range ('3–1', '2.9–3.1') is read as its two ends, as printed.
"""

from __future__ import annotations

import re

# one number: whole or a decimal code ('2', '2.1', '4.1.1')
NUMBER = r"\d{1,2}(?:\.\d{1,2})*"
# between the two ends of a range: en dash, hyphen, em dash or 'till'
RANGE_SEP = r"(?:\s*[–—-]\s*|\s+till\s+)"
# between the items of a list: comma, ampersand, 'och', 'samt'
LIST_SEP = r"(?:\s*[,&]\s*|\s+(?:och|samt)\s+)"
# a list of numbers and ranges ('1', '1–3', '1, 2 och 4', '2.1–2.3 samt 3.1'); a pattern to
# embed in a caller's regex (it has no groups of its own)
NUMBER_LIST = rf"{NUMBER}(?:(?:{RANGE_SEP}|{LIST_SEP}){NUMBER})*"

_LIST_RE = re.compile(rf"^\s*{NUMBER_LIST}\s*$", re.I)
_LIST_SPLIT_RE = re.compile(LIST_SEP, re.I)
_RANGE_SPLIT_RE = re.compile(RANGE_SEP, re.I)
_NUMBER_RE = re.compile(NUMBER)


def is_number_list(text: str) -> bool:
    """The text is a list of numbers and ranges and nothing else ('1–3', '2 och 4')."""
    return bool(_LIST_RE.match(text or ""))


def _range(a: str, b: str) -> list[str]:
    """Every number from a to b: whole numbers counting up, or decimal codes with the same
    leading parts counting up in the last; else the two ends as printed."""
    pa, pb = a.split("."), b.split(".")
    if len(pa) == len(pb) and pa[:-1] == pb[:-1] and int(pa[-1]) < int(pb[-1]):
        head = ".".join(pa[:-1])
        return [f"{head}.{k}" if head else str(k) for k in range(int(pa[-1]), int(pb[-1]) + 1)]
    return [a, b]


def expand_numbers(spec: str) -> list[str]:
    """The numbers a list names, each range spelt out, in order as printed ('1–3' -> ['1',
    '2', '3']; '1, 2 och 4' -> ['1', '2', '4']; '2.1–2.3' -> ['2.1', '2.2', '2.3']).
    Parts that are no number are skipped: [] for a text that names none."""
    out: list[str] = []
    for part in _LIST_SPLIT_RE.split((spec or "").strip()):
        ends = [e.strip() for e in _RANGE_SPLIT_RE.split(part.strip())]
        if not all(_NUMBER_RE.fullmatch(e) for e in ends):
            continue
        if len(ends) == 2:
            out += _range(ends[0], ends[1])
        elif len(ends) == 1:
            out.append(ends[0])
        else:  # '1–2–3': no range, the numbers as printed
            out += ends
    return out
