"""A table of contents printed without leaders: '2.1 Befolkningen 5', a title and its page
number with nothing between. One such line looks like any line that ends in a number, so it is
told by its company: a run of them, near the start of the document, whose numbers go up.
(Entries with leaders are told one by one: `text.TOC_LINE_RE`.)"""

from __future__ import annotations

import re

# a title (its last word has a letter) and a bare page number after a space: not a year, not
# a figure in a table row ('Ryska 612 640'), not a value after a label ('Arbetslösa: 398')
_ENTRY_RE = re.compile(r"^(?=.*[A-Za-zÅÄÖåäö])(?P<title>.*[A-Za-zÅÄÖåäö)][^\s:]*)\s+(?P<page>\d{1,3})$")
# a run needs this many entries
MIN_ENTRIES = 3


def page_of_entry(line: str) -> int | None:
    """The page number a line would point to as a table-of-contents entry, else None."""
    m = _ENTRY_RE.match(" ".join(line.split()))
    return int(m.group("page")) if m else None


def leaderless_toc(lines: list[str]) -> set[int]:
    """Indices of `lines` that are entries of a table of contents without leaders: runs of at
    least MIN_ENTRIES lines ending in a page number, the numbers never going down and the last
    above the first. One other line may stand between two entries when the second goes on
    in lower case: the first line of a wrapped title ('2.4 Hur programmet har tagits fram
    och vilka' / 'som har deltagit i beredningen 9'). The caller passes
    only the lines near the start of a document, where a table of contents stands."""
    out: set[int] = set()
    run: list[tuple[int, int]] = []  # (index, page)

    def close() -> None:
        if len(run) >= MIN_ENTRIES and run[-1][1] > run[0][1]:
            out.update(i for i, _ in run)

    for i, line in enumerate(lines):
        page = page_of_entry(line)
        if page is None:
            if run and i - run[-1][0] > 1:
                close()
                run = []
            continue
        wrap = line.lstrip()[:1].islower()
        if run and (page < run[-1][1] or i - run[-1][0] > (2 if wrap else 1)):
            close()
            run = []
        run.append((i, page))
    close()
    return out
