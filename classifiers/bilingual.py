"""Programmes printed in Finnish and Swedish in parallel: the Swedish text is the one read.

A bilingual municipality may print its programme in both national languages in one
document, the same text twice: every heading 'Finnish / Swedish' ('2. Työ ja elinkeinot /
Arbete och näringsliv'), each paragraph and list first in one language and then in the
other, and a table's header and cells holding the two languages' lines in one cell
('Tavoite\\nMål', 'Työllisyyspalvelut\\nSysselsättningstjänsterna'). koto reads Swedish
programmes: in such a document the Finnish paragraphs and lists are left out, a heading or
label line split by ' / ' keeps its Swedish half, and a table cell keeps its Swedish lines.

Which text is Finnish is told word by word from the lexicon the Swedish repair uses
(`normalizers.lexicon`: wordfreq's Swedish list and the hunspell Swedish dictionary, and
frequent Finnish words that are no Swedish word, flagged FINNISH), and for a word neither
list holds (a long compound) from Finnish spelling: a long vowel written double ('aa', 'ää',
'yy') or a case ending ('-ssa', '-sta', '-lla', '-ksi'). A few of Finnish's most frequent
function words are also Swedish words of little use in a programme's text ('ja', 'on'): they
count as Finnish. The document is read as bilingual only when many of its paragraphs and
list items read Finnish (a Swedish programme quoting one Finnish name or title is not), so
a Swedish programme's text is never dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .elements import Element
from .text import squash

# Finnish function words that the Swedish lists also hold (as 'ja' = yes): in running text
# of a programme they are the Finnish 'and', 'is', 'or', 'not', 'also'
_FINNISH_FUNCTION_WORDS = frozenset({"ja", "on", "ovat", "ei", "tai", "sekä", "että", "myös", "kanssa",
                                     "joka", "jotka", "jossa", "mukaan", "kuin", "kun"})
# a long vowel written double, which Swedish spelling never has ('työllisyys', 'määrä')
_DOUBLE_VOWEL_RE = re.compile(r"aa|ää|ii|uu|yy|öö")
# Finnish case endings (inessive, elative, adessive, ablative, translative) and the
# genitive plural: a word neither list holds that ends so is Finnish
_CASE_ENDING_RE = re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|iden|tten)$")
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# a Swedish word common enough (Zipf×10) to say the text is Swedish; rarer forms may be
# Finnish words spelt alike ('kieli')
_COMMON_SWEDISH = 30
# a document is bilingual when at least this many of its paragraphs and items read Finnish,
# and this share of them
_MIN_FINNISH_BLOCKS = 4
_MIN_FINNISH_SHARE = 0.2


@lru_cache(maxsize=1)
def _lexicon():
    from normalizers.lexicon import load

    return load()


@lru_cache(maxsize=65536)
def word_language(word: str) -> str | None:
    """'sv', 'fi' or None (a name, a number, a word no list holds and no spelling tells)."""
    from normalizers.lexicon import ALONE, FINNISH

    w = word.lower()
    if w in _FINNISH_FUNCTION_WORDS:
        return "fi"
    if "å" in w:
        return "sv"
    if len(w) < 3:
        # two letters say little on their own: 'ry', 'rf', 'ab' are a legal form in both
        return None
    lx = _lexicon()
    flags = lx.flags(w)
    if flags & ALONE:
        return "sv" if lx.zipf(w) >= _COMMON_SWEDISH else None
    if flags & FINNISH:
        return "fi"
    if len(w) >= 5 and (_DOUBLE_VOWEL_RE.search(w) or _CASE_ENDING_RE.search(w)):
        return "fi"
    return _compound_language(w)


_PART_MIN = 4


def _compound_language(w: str) -> str | None:
    """The language of a compound neither list holds whole, by its two parts: Finnish when
    some split gives two Finnish words ('henkilöstö|palvelut'), Swedish when some split gives
    a word or compound part of Swedish and a Swedish word or last part ('personal|servicen',
    'näringslivs|tjänsterna', the linking -s- kept on the first part as the dictionary
    has it); None when neither or both."""
    from normalizers.lexicon import ALONE, BEGIN, END, FINNISH

    lx = _lexicon()
    fi = sv = False
    for i in range(_PART_MIN, len(w) - _PART_MIN + 1):
        a, b = lx.flags(w[:i]), lx.flags(w[i:])
        fi = fi or bool(a & FINNISH and not a & ALONE and b & FINNISH and not b & ALONE)
        sv = sv or bool(a & (ALONE | BEGIN) and not a & FINNISH and b & (ALONE | END) and not b & FINNISH)
    return "fi" if fi and not sv else "sv" if sv and not fi else None


def _telling_words(text: str) -> list[tuple[int, str]]:
    """(line, word) of the words of a text whose language tells: a word with a capital
    inside a sentence is a name, the same in either language ('Västerfors Företagare ry');
    one opening the text or a sentence counts."""
    out = []
    # the text before a word, read once: was there a letter yet, and the last character
    # that is no space (a sentence's end or not)
    seen_letter, last = False, ""
    for k, line in enumerate(text.splitlines() or [text]):
        pos = 0
        for m in _WORD_RE.finditer(line):
            gap = line[pos:m.start()]
            seen_letter = seen_letter or _LETTER_RE.search(gap) is not None
            last = gap.rstrip()[-1:] or last
            w = m.group(0)
            # (after a list marker or a number alone the text starts: '• Työllisyyspalvelut')
            if not (w[:1].isupper() and seen_letter and last not in (".", "!", "?", ":")):
                out.append((k, w))
            seen_letter, last, pos = True, w[-1], m.end()
        gap = line[pos:]
        seen_letter = seen_letter or _LETTER_RE.search(gap) is not None
        last = gap.rstrip()[-1:] or last
    return out


_LETTER_RE = re.compile(r"[^\W\d_]")


def _line_counts(text: str) -> list[tuple[int, int]]:
    """(Swedish words, Finnish words) of each line of a text."""
    lines = text.splitlines() or [text]
    counts = [[0, 0] for _ in lines]
    for k, w in _telling_words(text):
        lang = word_language(w)
        counts[k][0] += lang == "sv"
        counts[k][1] += lang == "fi"
    return [(sv, fi) for sv, fi in counts]


def language_counts(text: str) -> tuple[int, int]:
    """(Swedish words, Finnish words) of a text."""
    counts = _line_counts(text)
    return sum(sv for sv, _ in counts), sum(fi for _, fi in counts)


def reads_finnish(text: str) -> bool:
    """Most of the words whose language shows are Finnish (two at least, or one alone)."""
    sv, fi = language_counts(text)
    return fi > 2 * sv and (fi >= 2 or sv == 0 and fi == 1)


def reads_swedish(text: str) -> bool:
    sv, fi = language_counts(text)
    return sv > 0 and sv >= fi


def is_bilingual(elements: list[Element]) -> bool:
    """Many of the document's paragraphs, list items and table rows (of five words or more)
    read Finnish. (A table's rows count as the items they are: a programme printed in a
    Finnish and then a Swedish half may set the Finnish half's actions as a table and the
    Swedish half's as items, and the Finnish text is then that table as much as its
    paragraphs.)"""
    blocks = [e.text for e in elements if e.kind in ("para", "bullet") and len(e.text.split()) >= 5]
    blocks += [t for e in elements if e.kind == "table" and e.table is not None
               for row in e.table.rows[e.table.header_rows:]
               if len((t := " ".join(c for c in row if c)).split()) >= 5]
    finnish = sum(reads_finnish(t) for t in blocks)
    return finnish >= _MIN_FINNISH_BLOCKS and finnish >= _MIN_FINNISH_SHARE * len(blocks)


_HALVES_RE = re.compile(r"\s+/\s+")


def swedish_half(text: str) -> str:
    """The Swedish half of a line printed 'Finnish / Swedish' (or the other way round): '2. Työ
    ja elinkeinot / Arbete och näringsliv' -> '2. Arbete och näringsliv' (the number the line
    opens with is the line's, kept); the text itself when it has no half in Finnish."""
    parts = _HALVES_RE.split(text.strip())
    if len(parts) != 2:
        return text
    first, second = parts
    lead = re.match(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)", first)
    if reads_finnish(first) and not reads_finnish(second):
        return (lead.group(0) if lead and not re.match(r"^\s*\d", second) else "") + second
    if reads_finnish(second) and not reads_finnish(first):
        return first
    return text


def swedish_lines(cell: str) -> str:
    """The Swedish lines of a table cell that holds the Finnish text and then the Swedish one
    ('Työllisyyspalvelut\\nSysselsättningstjänsterna'; wrapped: 'Maahanmuuttajien\\n
    työllisyysaste nousee.\\nSysselsättningsgraden\\nbland invandrare stiger.'): cut where the
    lines before read Finnish and those after do not, at the cut that leaves the most
    Finnish words before it and the most Swedish after it. A cell with no Finnish first
    part is kept whole."""
    lines = [ln for ln in cell.splitlines() if ln.strip()]
    if len(lines) < 2:
        return cell
    counts = _line_counts("\n".join(lines))
    best: tuple[int, int] = (0, 0)
    best_k: int | None = None
    for k in range(1, len(lines)):
        fi_before = sum(fi for _, fi in counts[:k]) - sum(sv for sv, _ in counts[:k])
        sv_after = sum(sv for sv, _ in counts[k:]) - sum(fi for _, fi in counts[k:])
        if fi_before <= 0 or sv_after < 0:
            continue
        # (a line after the cut that no word tells of is the Swedish name beside the Finnish
        # one: 'Työllisyyspalvelut' / 'Sysselsättningstjänsterna')
        if not reads_finnish("\n".join(lines[:k])) or reads_finnish("\n".join(lines[k:])):
            continue
        # the two halves say the same thing, about as long: of cuts the words tell apart
        # equally well, the one nearest the middle
        score = (fi_before + sv_after, -abs(len(" ".join(lines[:k])) - len(" ".join(lines[k:]))))
        if best_k is None or score > best:
            best, best_k = score, k
    return "\n".join(lines[best_k:]) if best_k is not None else cell


# a numbered label printed in both languages at a text's start, the same number on either
# side of the slash: 'Tavoite 2 / Mål 2: …', 'Mål 2 / Tavoite 2 (…): …', 'Taulukko 1 / Tabell 1.
# …', 'Toimenpide 3.1 / Åtgärd 3.1 …' (after a list item's bullet, if any)
_DOUBLED_LABEL_RE = re.compile(
    r"^(?P<pre>[^\w(]*)(?P<a>[^\W\d_]{3,})\s+(?P<num>\d{1,2}(?:\.\d{1,2})*|[A-ZÅÄÖ])\s+/\s+"
    r"(?P<b>[^\W\d_]{3,})\s+(?P=num)(?=[\s:.,()–—-]|$)")


def swedish_label(text: str) -> str:
    """A text opening with a numbered label printed in both languages ('Tavoite 1 / Mål 1:
    <goal>', 'Taulukko 2 / Tabell 2. <caption>') with its Swedish label alone ('Mål 1:
    <goal>'), as a bilingual municipality's otherwise Swedish programme labels its goals and
    tables: the label then numbers the goal as the Swedish one does. The text itself when its
    label is printed once, or neither word reads Finnish."""
    m = _DOUBLED_LABEL_RE.match(text)
    if not m:
        return text
    a, b = m.group("a"), m.group("b")
    if reads_finnish(a) and not reads_finnish(b):
        keep = b
    elif reads_finnish(b) and not reads_finnish(a):
        keep = a
    else:
        return text
    return f"{m.group('pre')}{keep} {m.group('num')}{text[m.end():]}"


def swedish_only(elements: list[Element]) -> list[Element]:
    """The elements of a bilingual document without its Finnish text (see the module's
    docstring); the elements themselves when the document is not bilingual (their labels
    printed in both languages read by the Swedish one, `swedish_label`)."""
    for e in elements:
        if e.kind != "table" and e.text and " / " in e.text:
            e.text = swedish_label(e.text)
    if not is_bilingual(elements):
        return elements
    out: list[Element] = []
    for e in elements:
        if e.table is not None:
            e.table.rows = [[swedish_lines(c) if c else c for c in row] for row in e.table.rows]
    for e in elements:
        if e.kind == "table" and e.table is not None:
            if _reads_finnish_table(e):
                # a table printed in each language's half of the programme ('Taulukko 1.
                # Toimenpiteet' in the Finnish half, 'Tabell 1. Åtgärder' in the Swedish one):
                # the Finnish copy is Finnish text, left out as its paragraphs are
                continue
            out.append(e)
            continue
        half = swedish_half(squash(e.text)) if " / " in e.text else e.text
        if half != e.text and half != squash(e.text):
            e.text = half
            out.append(e)
            continue
        # a heading in Finnish alone is the Finnish one of a pair printed one after the other
        # ('Tavoite 1. …' over 'Tavoite 2. <the Swedish goal>', as paragraphs are printed)
        if e.kind in ("para", "bullet", "heading") and reads_finnish(e.text):
            continue
        if e.kind == "para":
            e.text = _without_finnish_tail(e.text)
        out.append(e)
    return out


def _reads_finnish_table(e: Element) -> bool:
    """The table (its cells, after `swedish_lines` kept a cell's Swedish lines) reads Finnish."""
    cells = " ".join(c for row in e.table.rows for c in row if c)
    return bool(cells.strip()) and reads_finnish(cells)


# a numbered label inside a paragraph ('... invånarpanelerna Tavoite 3.2: Uudet ...'): where a
# paragraph that a column's foot left open ran on into the next column's first paragraph
_INNER_LABEL_RE = re.compile(r"\s+(?=[A-ZÅÄÖ][^\W\d_]+\s+\d{1,2}(?:\.\d{1,2})*:\s)")


def _without_finnish_tail(text: str) -> str:
    """A Swedish paragraph without the Finnish paragraph a column jump joined to it (the
    Finnish text opening with its numbered label, 'Tavoite 3.2: ...')."""
    parts = _INNER_LABEL_RE.split(text)
    if len(parts) < 2 or not reads_swedish(parts[0]):
        return text
    keep = [parts[0]] + [p for p in parts[1:] if not reads_finnish(p)]
    return " ".join(keep)
