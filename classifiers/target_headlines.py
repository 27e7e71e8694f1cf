"""Goals printed as target headlines: '75 % av invånarna med utländsk bakgrund i arbetsför
ålder är sysselsatta år 2030'. A programme that sets measurable goals may print each as a
heading that states the share of a group it aims at (the goal, and its own meter), then a
sentence on where the share stands now, then the actions. The heading opens with the
percentage; it is no numbered section ('75 ' is no chapter number, `reader_shared`)."""

from __future__ import annotations

import re

from .prose import reads_as_clause

# 'N % av …', 'N procent av …' opening the heading
_SHARE_RE = re.compile(r"^\s*\d{1,3}(?:[,.]\d)?\s*(?:%|procent)\s+(?:av\s+)?(?P<rest>\S.*)$", re.I)


def states_share_target(heading: str) -> bool:
    """The heading opens with a share and goes on as a clause about the group it counts
    ('90 % av de nyanlända har börjat en språkkurs …'), four words at least after the share."""
    m = _SHARE_RE.match(heading or "")
    if not m:
        return False
    rest = m.group("rest")
    return len(rest.split()) >= 4 and reads_as_clause(f"Andelen {rest}")
