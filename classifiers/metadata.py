"""Program metadata from the first pages: title, period, municipality.

- title: the largest text on page 1 (consecutive lines of that size joined);
- period: the first year range ('2023–2026', '2017-2021') in the title, else on the first pages;
- municipality: the capitalised word most often printed before 'stad'/'kommun' (or their
  genitives) in the document and its running headers ('Borgå stad', 'Vasa stads'); failing
  that, a genitive before a program word ('Helsingfors integrationsprogram', 'Vasas råd').
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.model import Line

from .text import squash

_RANGE_RE = re.compile(r"\b((?:19|20)\d{2})\s*[–—\-−]\s*((?:19|20)\d{2}|\d{2})\b")
_PLACE = r"([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)"
_TOWN_RE = re.compile(_PLACE + r"\s+(?:stad|stads|kommun|kommuns|köping|stadens)\b")
_GENITIVE_RE = re.compile(_PLACE + r"\s+(?:integrationsprogram|program|strategi|stadsstrategi|råd|invånare)\b")
# capitalised words that start sentences before 'stad' without naming one
_NOT_PLACES = frozenset("En Ett Den Det Denna Detta Vår Var Hela Varje Staden Stad Kommunen Egen Annan".split())


def title_of(doc) -> str | None:
    if not doc.pages:
        return None
    lines = [it for it in doc.pages[0].items if isinstance(it, Line) and it.text.strip()]
    if not lines:
        return None
    sized = [ln for ln in lines if ln.font_size]
    if not sized:
        return squash(lines[0].text)
    top = max(ln.font_size for ln in sized)
    out: list[str] = []
    for ln in lines:
        if ln.font_size and abs(ln.font_size - top) < 0.3:
            out.append(squash(ln.text))
        elif out:
            break
    return " ".join(out) or None


def period_of(title: str | None, first_text: str) -> tuple[int | None, int | None]:
    """The year range in the title; else the range printed most often on the first pages
    (a program names its own period repeatedly; ties go to the latest, since a program
    mentions the period before its own, not after)."""
    for text in (title or "", first_text):
        found: list[tuple[int, int]] = []
        for m in _RANGE_RE.finditer(text):
            a = int(m.group(1))
            b = m.group(2)
            end = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
            if a <= end <= a + 10:
                found.append((a, end))
        if found:
            return max(found, key=lambda r: (found.count(r), r[0]))  # ties: the latest period
    return None, None


def municipality_of(texts: list[str]) -> str | None:
    c: Counter = Counter()
    for t in texts:
        for m in _TOWN_RE.finditer(t):
            if m.group(1) not in _NOT_PLACES:
                c[m.group(1)] += 1
    if c:
        return c.most_common(1)[0][0]
    g: Counter = Counter()
    for t in texts:
        for m in _GENITIVE_RE.finditer(t):
            w = m.group(1)
            if w in _NOT_PLACES:
                continue
            # 'Vasas' -> 'Vasa'; a name already ending in s ('Helsingfors') stays
            if w.endswith("s") and not w.endswith(("fors", "ors", "ås")):
                w = w[:-1]
            g[w] += 1
    return g.most_common(1)[0][0] if g else None


def page_text(page) -> str:
    parts = [it.text for it in page.items if isinstance(it, Line)]
    for it in page.items:
        if not isinstance(it, Line):
            parts += [c for r in it.rows for c in r]
    return "\n".join(parts)


def metadata(doc) -> dict:
    title = title_of(doc)
    first = "\n".join(page_text(p) for p in doc.pages[:3])
    start, end = period_of(title, first)
    if start is None:
        # an archive copy whose text never prints the period ('gemensamt-2023-2026.ocr.txt'):
        # the range in the file name
        start, end = period_of(None, re.sub(r"[_]", " ", str(getattr(doc, "source_file", "")).rsplit("/", 1)[-1]))
    texts = [title or ""] + [page_text(p) for p in doc.pages]
    texts += ["\n".join(getattr(p, "removed", []) or []) for p in doc.pages]
    texts += [p.raw_text for p in doc.pages[:3] if getattr(p, "raw_text", "")]
    return {"title": title, "period_start": start, "period_end": end, "municipality": municipality_of(texts)}
