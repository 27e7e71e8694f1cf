"""Splitting one table cell into items, per kind of column.

A PDF cell comes as lines that mix wraps and item breaks. What counts as one item differs by
column, following how programs print them:
- goal cells list several goals, one per line: split at every line that is not a wrap
  (text.is_wrap); a short first line without punctuation is a group label ('Stöd för
  lärande'), returned separately; a line ending in ':' swallows the dashed items under it;
- measure cells hold one action unless the cell marks items with bullets or numbers
  ('• ...', '4.1 ...'): several sentences on several lines are still one action;
- indicator cells break where a line ends a sentence and the next starts a new one (capital,
  bullet or number), or where a line stopped short of the width although it is no wrap by its
  words (`_stopped_short`); other lines without terminal punctuation are wraps.
A dash opening a line is a list marker only when it marks a list (`item_marks`): a lone dash
after a line that ends no sentence is the running text's ' – ' wrapped to the line start.
"""

from __future__ import annotations

import re

from .action_codes import chapter_code
from .paren_numbers import paren_number, paren_number_marks, without_paren_number
from .label_vocab import METER_NOUNS, alt
from .text import BULLET_RE, FUNCTION_WORDS, NUMBERED_RE, ends_item, is_label_line, is_wrap, numbering, sentences, squash, strip_marker


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


# Dashes are list markers and punctuation both: a word processor wrapping '... X – Y' in a
# narrow cell sets '– Y' at the start of a line.
_DASHES = ("-", "–", "—")


_CODE_RE = re.compile(r"^\s*([A-ZÅÄÖ]{1,2})\d{1,2}(?:\.\d{1,2})*[.:]\s+\S")


def item_marks(lines: list[str]) -> list[bool]:
    """Per line: does it start an item with a bullet or an action number?

    A dash-marked line is running text wrapped at a dash (' – ') when it is the cell's only
    dash-marked line, not its first, and the line above ends no item and opens no list (no
    terminal punctuation, no ':'): a list marked with dashes has two items or more, or
    opens the cell, or follows its intro."""
    marks = [bool(BULLET_RE.match(ln) or NUMBERED_RE.match(ln)) for ln in lines]
    # items opening with a code ('A3. ...' / 'A4. ...'): lines opening with a code of the
    # first line's letters, when the first line has one
    first = _CODE_RE.match(lines[0]) if lines else None
    if first:
        marks = [mk or bool((m := _CODE_RE.match(ln)) and m.group(1) == first.group(1))
                 for mk, ln in zip(marks, lines)]
    # ... or with a chapter's code and a letter ('V.a ...' / 'V.b ...'), of the first line's chapter
    chapter = chapter_code(lines[0]) if lines else None
    if chapter:
        marks = [mk or (chapter_code(ln) or "").split(".")[0] == chapter.split(".")[0]
                 for mk, ln in zip(marks, lines)]
    # ... or numbered '1)', '2)', ... from the first line on (a goal card's action cell,
    # `paren_numbers`)
    marks = [mk or pm for mk, pm in zip(marks, paren_number_marks(lines))]
    dashed = [i for i, ln in enumerate(lines) if marks[i] and ln.lstrip().startswith(_DASHES)]
    if len(dashed) == 1 and dashed[0] > 0:
        prev = lines[dashed[0] - 1].rstrip()
        if not (ends_item(prev) or prev.endswith(":")):
            marks[dashed[0]] = False
    elif dashed and marks[0] and not lines[0].lstrip().startswith(_DASHES):
        # items numbered from the first line ('1) X — Ansvarig, 2025'): a dash opening a line
        # under an unfinished one is the item's own dash, wrapped before who and when, in
        # each item alike -- not a dash list (sub-items follow a finished line or a colon)
        for i in dashed:
            prev = lines[i - 1].rstrip()
            if (not (ends_item(prev) or prev.endswith(":"))
                    and not lines[i - 1].lstrip().startswith(_DASHES)):
                # (under a dash line it is the next of a dash list: '– i svenska' / '– i finska')
                marks[i] = False
    return _inside_parenthesis(lines, marks)


def _inside_parenthesis(lines: list[str], marks: list[bool]) -> list[bool]:
    """No middle-dot item starts inside a parenthesis the item above left open: '(biblioteket ·
    medverkar: X' / '· löpande)' -- a who/when parenthesis whose fields are set off by middle
    dots, wrapped before a dot, puts the dot at the line's start, where it reads as a
    bullet; the line is the parenthesis going on. (Only the dot, the fields' own separator: a
    bullet or dash under a bracket an OCR'd line lost the end of still starts an item.)"""
    depth = 0
    out = list(marks)
    for i, ln in enumerate(lines):
        if out[i] and i and depth > 0 and ln.lstrip().startswith(("·", "∙")):
            out[i] = False
        elif out[i]:
            depth = 0
        depth = max(0, depth + ln.count("(") - ln.count(")"))
    return out


def _width(lines: list[str]) -> int | None:
    return max((len(x) for x in lines), default=0) if len(lines) >= 4 else None


def column_width(cells: list[str]) -> int | None:
    """The printed width of a column in characters: its longest line over all rows.

    A line of one word does not count when there are lines of several words: a word
    longer than the column is broken at its edge by a word processor and joined again by
    the normalizer, and that one word reaches beyond the width the other lines wrap at."""
    lines = [ln for c in cells for ln in _lines(c)]
    if len(lines) < 4:
        return None
    several = [len(ln) for ln in lines if " " in ln.strip()]
    return max(several) if len(several) >= 4 else max(len(ln) for ln in lines)


_ALONE_NUMBER_RE = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?\s*")


def split_goal_cell(text: str, width: int | None = None) -> tuple[str | None, list[str]]:
    """(label, goals)."""
    items: list[str] = []
    colon_open = False
    lines = _lines(text)
    width = width or _width(lines)
    prev = ""
    marks = item_marks(lines)
    for ln, mark in zip(lines, marks):
        marked = mark and bool(BULLET_RE.match(ln))
        prev_line, prev = prev, ln
        if items and not mark and BULLET_RE.match(ln):  # a dash of the running text
            items[-1] = f"{items[-1]} {ln}"
            continue
        if items and colon_open and marked:
            items[-1] = f"{items[-1]} {strip_marker(ln)}"
            continue
        if items and not marked and (is_wrap(prev_line, ln, width) or _sentence_runs_on(prev_line, ln, width)
                                     or _ALONE_NUMBER_RE.fullmatch(items[-1])):
            # (a goal's number alone on the cell's first line, '4.', numbers the text below it:
            # a narrow column wrapped the goal's first word that would not fit beside it)
            items[-1] = f"{items[-1]} {ln}"
        else:
            items.append(strip_marker(ln))
            colon_open = False
        if items[-1].rstrip().endswith(":"):
            colon_open = True
    label = None
    if len(items) >= 2 and is_label_line(items[0]) and not NUMBERED_RE.match(items[0]):
        if _wrapped_into_only_goal(lines, items, width):
            items = [f"{items[0]} {items[1]}"]
        else:
            label = items.pop(0)
    return label, [squash(i) for i in items]


def _wrapped_into_only_goal(lines: list[str], items: list[str], width: int | None) -> bool:
    """A short first line over the cell's one goal is that goal's first line, wrapped, not a
    label over it, when the line is shorter than the column (its width known, or at least
    that of the goal's widest line) and the goal's first word could not have fitted on it
    there: 'Ett jämlikt' / 'Jakobstad utan' / 'diskriminering'. A label ends its line
    wherever it ends, so over one goal it shows as a line that stopped short of the next
    word. A first line as wide as the column shows neither (a row across the table, its
    label the widest line: 'Arbete och utbildning' / 'Fler i arbete'), and a label over a
    list of goals names the list ('Stöd för lärande') whatever its width."""
    if len(items) != 2:
        return False
    # the label read so far may be two lines run together ('Invånarna' / 'upplever', a wrap
    # in a narrow column): its last line is the one that stopped short of the goal's word
    n = next((j for j in range(1, len(lines)) if " ".join(ln.strip() for ln in lines[:j]) == items[0]), None)
    if n is None:
        return False
    last = lines[n - 1]
    column = max(width or 0, max(len(ln) for ln in lines[n:]))
    return len(last) < column < len(last) + 1 + len(items[1].split()[0])


def _sentence_runs_on(prev: str, nxt: str, width: int | None) -> bool:
    """A goal written as a paragraph of several sentences: a sentence ending at the right
    edge of a full line, where the next sentence's first word could not have fitted, goes on
    in the same paragraph ('... på eget initiativ.' / 'Efter den inledande ...'). A goal
    list starts each goal on a new line, after lines of any length."""
    p, n = prev.rstrip(), nxt.strip()
    if not width or not p or not n or not p.endswith(".") or not n[:1].isupper():
        return False
    return len(p) + 1 + len(n.split()[0]) > width


# a list glyph alone on its line ('•', the item's first word too long to fit after it)
_LONE_GLYPH_RE = re.compile(r"^\s*[•●▪■◦‣∙○]\s*$")


def _glyphs_joined(lines: list[str]) -> list[str]:
    """A narrow column breaks after an item's glyph when the item's first word does not fit
    beside it ('•' / 'Rekryteringsdag en gång per år'): the glyph marks the line below."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        if _LONE_GLYPH_RE.match(lines[k]) and k + 1 < len(lines):
            out.append(f"{lines[k].strip()} {lines[k + 1].lstrip()}")
            k += 2
        else:
            out.append(lines[k])
            k += 1
    return out


def split_marked_items(text: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    """Items of a cell that marks them with bullets or action numbers.

    Returns (intro, [(item text, number)]). Without any marker the whole cell is one item.
    Text before the first marker is an intro when it is a label or ends with ':'.
    """
    lines = _glyphs_joined(_lines(text))
    if not lines:
        return None, []
    marked = item_marks(lines)
    if not any(marked):
        # one item; its number may stand alone on the first line ('1.4' above the text)
        whole = "\n".join(lines)
        if numbering(whole) is None and paren_number(lines[0]):
            # '1) Kvällskurser i svenska — X' alone in its cell (a goal's only action, numbered
            # as the goals' other cells number theirs): the item's label, as in a list below
            return None, [(without_paren_number(whole), paren_number(lines[0]))]
        return None, [(whole, numbering(whole))]
    intro_lines: list[str] = []
    items: list[list[str]] = []
    for ln, mk in zip(lines, marked):
        if mk:
            items.append([ln])
        elif items:
            items[-1].append(ln)
        else:
            intro_lines.append(ln)
    intro = " ".join(intro_lines) if intro_lines else None
    out: list[tuple[str, str | None]] = []
    if intro and not (is_label_line(intro) or intro.endswith(":")):
        # an action number alone on the cell's first line ('4.24.' with the text wrapped
        # below) marks no line, yet the item keeps its number, so that merge joins it with
        # the same action stated in the running text
        out.append((intro, numbering(intro)))
        intro = None

    for it in items:
        first = it[0]
        # '• 4.3 ...': a numbered action in a list; 'V.a ...': coded by chapter and letter
        num = numbering(strip_marker(first)) or chapter_code(strip_marker(first))
        txt = " ".join([strip_marker(first)] + it[1:]) if BULLET_RE.match(first) else " ".join(it)
        if num is None and paren_number(strip_marker(first)):
            # '1) ...': the number is the card's own label of the item, not part of the action
            # (also after a bullet, '• 1) ...': a card printing a cell's lines as a list)
            num, txt = paren_number(strip_marker(first)), without_paren_number(txt)
        out.append((squash(txt), num))
    return intro, out


# a column header naming meters as such ('Mätare', 'Indikatorer', 'Mittari'), not the
# follow-up ('Uppföljning': how a thing is followed up, said in words of any kind)
# (the Swedish forms from label_vocab: 'Mätarna' is the plural, 'mätare(?:n|na)?' gave 'mätarena')
# (every meter noun of the shared list, label_vocab.METER_NOUNS: 'Nyckeltal', 'Mått' head a
# column of meters as 'Mätare' does; the follow-up nouns, FOLLOW_UP_NOUNS, stay out as said)
METER_HEADER_RE = re.compile(rf"^\W*(?:{alt(METER_NOUNS)}|mittari(?:t)?)\W*$", re.I)


def split_indicator_cell(text: str, listed: bool = True, width: int | None = None,
                         meters_header: bool = False) -> list[str]:
    """listed=False: the document prints one indicator per cell; only bullets or numbers
    split it (see builder: a document that lists goals one per line lists indicators so).
    `width`: the column's printed width in characters (`column_width`), see `_closed_early`.
    `meters_header`: the column's header names meters (`METER_HEADER_RE`)."""
    if not listed:
        _, items = split_marked_items(text)
        if len(items) == 1 and meters_header:
            # ... but a line opening with a capitalised count or share ('Andel nyanlända ...'
            # under '... kommunen gjort'): no wrapped sentence goes on so, it is the next
            # meter of a cell giving one a line
            # (or a line closed on a figure and stopped short of the column's width although
            # the next line's first word would have fitted, the next line opening with a
            # capital: 'Andelen elever ... i årskurs 9' / 'Trivsel enligt enkäten ...')
            return _quantity_lines(items[0][0], width)
        # ... and a meter closed by its unit ('Andel ... på andra stadiet, %'): the unit is
        # the last thing of a meter's name, so a capital on the next line opens the next
        return [part for t, _ in items for part in _unit_closed_lines(t)]
    items: list[str] = []
    lines = _lines(text)
    last = ""
    for ln, marked in zip(lines, item_marks(lines)):
        last, above = ln, last
        if items and not marked:
            prev = items[-1]
            new_sentence = (ends_item(prev) or _closed_early(above, ln, width)
                            or _stopped_short(prev, above, ln, width)
                            or _opens_alike(prev, ln)
                            # (a cell too short to measure, a form's one 'Mätare' value of two
                            # lines: the meter above a whole line, which left nothing open -- no
                            # comma, dash or function word -- for a capitalised count to go on
                            # from; a meter already wrapped needs the width to tell)
                            or (_quantities_alike(prev, ln)
                                and (width or ("\n" not in prev and not is_wrap(above, ln))))
                            or _source_closed(prev, above, ln)
                            or _target_closed(above) or _unit_closed(above)) and ln[:1].isupper()
            if not new_sentence and not _next_lower_quantity(prev, above, ln):
                items[-1] = f"{prev}\n{ln}"
                continue
        items.append(strip_marker(ln) if marked else ln)
    return items


# a meter's target level after a colon at the end of its line ('Antal sidor på engelska:
# minst 30', 'Andel chefer som deltagit: 80 %'): the 'Mätare: målnivå' lines of a cell that
# gives each meter with its target
_TARGET_TAIL_RE = re.compile(r"\S:\s+\S[^:]{0,30}$")


def _target_closed(prev: str) -> bool:
    """A meter's line closed by its target after a colon ('... ukrainska: minst 30') ends
    the meter: the target is the last thing of a 'Mätare: målnivå' line, so a capital on
    the next line opens the next meter."""
    return bool(_TARGET_TAIL_RE.search(prev.rstrip()))


# a meter's unit after a comma, or in brackets, closing its line ('Andel elever ..., %',
# 'Väntetid till kurs (dagar)' is no unit: only a unit's sign or abbreviation)
_UNIT = r"(?:%|‰|st\.?|€|euro|kr)"
_UNIT_TAIL_RE = re.compile(rf"(?:,\s*{_UNIT}|\(\s*{_UNIT}\s*\))$", re.I)


def _unit_closed(line: str) -> bool:
    """The line ends in a meter's unit ('..., %', '... (st.)')."""
    return bool(_UNIT_TAIL_RE.search(line.rstrip()))


def _cut_lines(text: str, starts_new) -> list[str]:
    """A cell's text cut into items: a line starts a new item when `starts_new(item so far,
    line)` says so, else it goes on the item above."""
    out: list[str] = []
    for ln in text.split("\n"):
        if out and starts_new(out[-1], ln):
            out.append(ln)
        elif out:
            out[-1] = f"{out[-1]}\n{ln}"
        else:
            out.append(ln)
    return out


def _unit_closed_lines(text: str) -> list[str]:
    """A cell's text cut after each line closed by a meter's unit ('..., %', '... (st.)')
    when the next line opens with a capital: the unit ends the meter's name, a wrap of the
    same name would not go on after it."""
    return _cut_lines(text, lambda item, ln: _unit_closed(item) and ln.strip()[:1].isupper())


# the count or share an indicator opens with ('Antal deltagare ...', 'Andelen elever ...')
_QUANTITY_OPENING_RE = re.compile(r"^(?:Antal|Antalet|Andel|Andelen)\s+[a-zåäö]")


# a line closing on a figure ('årskurs 9', 'nivå B1' is no figure)
_FIGURE_END_RE = re.compile(r"(?<![\w-])\d{1,4}$")


def _quantity_lines(text: str, width: int | None = None) -> list[str]:
    """A cell's text cut before each line after the first that opens with a count or a share
    (capitalised, or in lower case in a cell of lower-case counts: `_next_lower_quantity`),
    or with a capital after a line that closed on a figure ('… i årskurs 9', '… minst 3') and
    stopped short of the column's `width` (`_stopped_short`): a figure closes a meter's
    phrase, and the line ended although the next word would have fitted."""
    def starts_new(item: str, ln: str) -> bool:
        above = item.rstrip().rsplit("\n", 1)[-1]
        return bool(_QUANTITY_OPENING_RE.match(ln.strip())) or _next_lower_quantity(item, above, ln) \
            or (ln.strip()[:1].isupper() and _FIGURE_END_RE.search(above.rstrip()) is not None
                and _stopped_short(item, above, ln, width, after_figure=True)) \
            or _capital_after_whole_phrase(item, above, ln, width)
    return _cut_lines(text, starts_new)


# a line's first word, a common word capitalised ('Väntetid', not 'FPA', 'B1', 'Källa:')
_CAPITALISED_WORD_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{2,}$")


def _capital_after_whole_phrase(item: str, above: str, ln: str, width: int | None) -> bool:
    """'Antal deltagare i språkkurserna' / 'Väntetid till kurs': in a meters' column, a line
    opening with a capitalised common word after a line that closed on a lower-case content
    word (no comma, dash or function word left open: `text.is_wrap`) starts the next meter,
    whatever its head word -- a wrapped meter goes on in lower case mid-phrase, as every
    other line of such a cell does. Not a line of figures or a label ('Utgångsläge 45 %',
    'Källa: enkäten'): a baseline, target or source of the meter above; and the new line
    names a meter of two words or more."""
    a, n = above.rstrip(), ln.strip()
    words = n.split()
    if not (a and len(words) >= 2 and item.strip()[:1].isupper()
            and _CAPITALISED_WORD_RE.match(words[0]) and words[1][:1].islower()):
        return False
    if any(ch.isdigit() for ch in n) or ":" in n:
        return False
    last = a.split()[-1]
    if not (last.isalpha() and last.islower()) or last in FUNCTION_WORDS:
        return False
    if _OPEN_RELATIVE_RE.search(a):
        # 'Andel invånare som upplever' / 'Exby som tryggt …': the relative clause's verb
        # closing the line still wants its object, which a name may open
        return False
    return not is_wrap(a, n, width)


# a line closing on a relative clause of one word ('… som upplever', '… som känner'): its verb
# has not had its object or complement yet
_OPEN_RELATIVE_RE = re.compile(r"(?<!\S)som\s+[a-zåäö]+$")


# ... in lower case, as a meter written as a running phrase opens ('antal deltagare i …',
# 'andelen barn som …')
_LOWER_QUANTITY_RE = re.compile(r"^(?:antal|antalet|andel|andelen)\s+[a-zåäö]")


def _next_lower_quantity(item: str, above: str, ln: str) -> bool:
    """'antal deltagare i kommunens språkkurser' / 'andelen deltagare som …': in a cell whose
    meters are written in lower case, one a line, a line opening with a count or share starts
    the next meter when the item so far opened with one too and the line above left nothing
    open (no comma, dash or function word at its end: '… ökning av' / 'antalet …' is a wrap).
    A wrapped meter goes on mid-phrase; a list of counts repeats its head word."""
    a = above.rstrip()
    if not (a and _LOWER_QUANTITY_RE.match(item.strip()) and _LOWER_QUANTITY_RE.match(ln.strip())):
        return False
    if a.endswith((",", "-", "–", ":", ";", "/", "(", "&", "+")):
        return False
    return a.split()[-1].lower() not in FUNCTION_WORDS


def _source_closed(item: str, prev: str, nxt: str) -> bool:
    """An indicator closing with its source or time of measurement in brackets ('Andel ...
    som känner till servicepunkten (enkät 2027 och 2029)') has no full stop: the bracket closed
    it when the next line opens the next indicator, a count or a share ('Antal deltagare ...'),
    not a name going on ('Helsingfors och Esbo') as a wrap would."""
    return (prev.rstrip().endswith(")") and item.count("(") == item.count(")")
            and bool(_QUANTITY_OPENING_RE.match(nxt.strip())))


def _opens_alike(item: str, nxt: str) -> bool:
    """A line opening on the capitalised word the item opened on ('Antal arbetsplatsbesök' /
    'Antal praktikplatser i kommunen') starts an item like it: a list of counts or shares
    repeats its head word, a wrap goes on mid-phrase and would not repeat the item's first
    word with a capital."""
    first, nfirst = item.split(maxsplit=1)[:1], nxt.split(maxsplit=1)[:1]
    return bool(first and nfirst and first[0] == nfirst[0] and first[0][:1].isupper()
                and first[0].isalpha() and len(item.split()) > 1)


def _quantities_alike(item: str, nxt: str) -> bool:
    """An item opening on a capitalised count or share and a line opening on another one
    ('Antal välkomstsamtal per år' / 'Andel nyinflyttade som …'): a list of counts and shares,
    the head words of one kind, as `_opens_alike` reads a repeated head word (where the
    column's width is known, a cell printed in lines: the item's line was full, the next
    word would not have fitted, and yet a wrap would not go on with a capitalised count)."""
    return len(item.split()) > 1 and bool(_QUANTITY_OPENING_RE.match(item.strip())) \
        and bool(_QUANTITY_OPENING_RE.match(nxt.strip()))


def _closed_early(prev: str, nxt: str, width: int | None) -> bool:
    """An item ending in a closing parenthesis ('... (kriterierna för positiv särbehandling)')
    has no full stop; the line ended it when it stopped although the next line's first word
    would have fitted on it."""
    p, n = prev.rstrip(), nxt.strip()
    return bool(width and p.endswith(")") and n and len(p) + 1 + len(n.split()[0]) <= width)


def _stopped_short(item: str, prev: str, nxt: str, width: int | None, after_figure: bool = False) -> bool:
    """An indicator without a full stop ('Avgångsbetyg från grundskolan' over 'Antal elever
    i läxhjälpen') ended where its line stopped although the next line's first word would
    have fitted: a wrap breaks a line only where the next word does not fit. Only where the
    line is no wrap by its words (`text.is_wrap`: not after a comma or a preposition, 'i' /
    'Fiskehamnen'; not after a capitalised word, which a name may go on from:
    'Verksamhetsmodellen' / 'Buddyschool.fi ...'), no parenthesis is left open, and the item
    opens with a capital as the next line does (two items alike; '10 mätare' over
    'Genomförandegrad ...' is a count heading its item)."""
    p, n = prev.rstrip(), nxt.strip()
    if not (width and p and n and item[:1].isupper()) or item.count("(") != item.count(")"):
        return False
    last = p.split()[-1]
    if not (last[:1].islower() or (after_figure and last.isdigit())):
        return False  # after a capitalised word the line may go on with the rest of a name
    return len(p) + 1 + len(n.split()[0]) <= width and not is_wrap(p, n, width)


def _closes_open_bracket(item: str, lines: list[str], start: int) -> bool:
    """'Biblioteket (i samarbete med Röda' / 'Korset Gråsunds' / 'avdelning)': the item so far
    left a bracket open and a line of the cell still to come closes it before opening one of
    its own -- the lines up to it are one name, however full each line was (forty-first set)."""
    if item.count("(") <= item.count(")"):
        return False
    for ln in lines[start:]:  # (the cell's lines from `start` on, cut only for an open bracket)
        if ")" in ln:
            return "(" not in ln or ln.index(")") < ln.index("(")
        if "(" in ln:
            return False
    return False


def _bracket_closed_item(item: str, prev: str, ln: str) -> bool:
    """'Fritidssektorn (i samarbete' / 'med Idrottsföreningarna)' / 'Biblioteket (…': a bracket
    opened on an earlier line of the item closed at the end of the line above, the item's
    brackets balanced -- the item ended there, and a capitalised line after it opens the next
    (a wrap went on inside the bracket, not after it; fifty-fifth set)."""
    p = prev.rstrip()
    return (p.endswith(")") and "(" not in p and item.count("(") == item.count(")") > 0
            and ln.strip()[:1].isupper())


def _join_wraps(lines: list[str], width: int | None) -> list[str]:
    items: list[str] = []
    prev = ""
    for k, ln in enumerate(lines):
        if items and _bracket_closed_item(items[-1], prev, ln):
            items.append(ln)
        elif items and (is_wrap(prev, ln, width) or _closes_open_bracket(items[-1], lines, k)):
            items[-1] = f"{items[-1]} {ln}"
        else:
            items.append(ln)
        prev = ln
    return items


def split_lines_items(text: str, width: int | None = None) -> list[str]:
    """Lines joined where they are wraps (responsible cells, schedules)."""
    lines = _lines(text)
    return _join_wraps(lines, width or _width(lines))


def split_sure_wraps(text: str) -> list[str]:
    """Lines joined only where they surely wrap (a lower-case start, a line ending on a comma
    or 'och': `is_wrap` without a width), so a full line ending on a name stays an item of its
    own -- for a row whose count of actions says its cells are one line per action."""
    return _join_wraps(_lines(text), None)


# 'Vi ordnar …', 'Vi startar …': an action said in the programme's own voice, the verb after
# 'Vi' in lower case (fortieth set)
_WE_ACTION_RE = re.compile(r"^Vi\s+[a-zåäö]{2,}\b")


def first_person_lines(text: str, width: int | None = None) -> list[str] | None:
    """The actions of a measure cell listing 'Vi …' actions one a line ('Vi startar ett
    nätverk av' / 'språkvänliga arbetsplatser' / 'Vi tar emot minst tolv praktikanter …'),
    else None. A cell holds one action however many sentences it has (`split_marked_items`),
    but where every item opens 'Vi <verb>' at a line's start, the line before it closing no
    sentence and stopping short of the cell's width (the next line's 'Vi' would have fitted
    on it: a break the writer typed, no wrap), each is an action of its own, as a list's
    items are."""
    lines = _lines(text)
    width = width or _width(lines)
    if len(lines) < 2 or not width or not _WE_ACTION_RE.match(lines[0]):
        return None
    items = [lines[0]]
    for prev, ln in zip(lines, lines[1:]):
        if _WE_ACTION_RE.match(ln):
            p = prev.rstrip()
            if p.endswith((".", "!", "?", ",", ";", ":")) or len(p) + 1 + len(ln.split()[0]) > width:
                return None  # a sentence's end or a wrap: no list of actions
            items.append(ln)
        else:
            items[-1] = f"{items[-1]} {ln}"
    return items if len(items) >= 2 else None


def semicolon_parts(indicator: str) -> list[str]:
    """An indicator cell's item that lists several measures with ';' ('Antal deltagare;
    deltagarnas bedömning av träffen', noun phrases without a full stop): one indicator
    each -- in a table cell, or in a follow-up list's item after its area's label
    (`goal_labelled_meters.area_labelled_meter`). A sentence keeps its ';' ('Personer som
    inte tagit emot sin plats; uppgifter enligt grundskolans placeringskommun.': a note on
    the figure, as a footnote gives it)."""
    text = squash(indicator)
    parts = [p.strip() for p in text.split(";")]
    # (a field's value run on in lower case after its label, 'Mätare: antalet X; andelen Y.',
    # closes the list with the full stop: no sentence, each part a meter)
    run_on = text.endswith(".") and all(p[:1].islower() for p in parts) and len(sentences(text)) == 1
    if (len(parts) < 2 or (text.endswith(".") and not run_on) or len(sentences(text)) > 1
            or any(len(p.split()) < 2 for p in parts)):
        return [indicator]
    return [p.removesuffix(".").strip() for p in parts] if run_on else parts
