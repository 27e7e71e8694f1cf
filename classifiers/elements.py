"""From a NormalizedDocument's printed lines to a reading-order stream of elements:
headings, paragraphs, bullet items and tables.

Headings are told from body text by typography (a font clearly larger than the body size,
or a short bold line), their level by the rank of their style (largest = 1). Lines are
joined into paragraphs while the vertical gap stays near the usual line spacing; a bullet
marker or an action number ('1.1 ') starts a new item. Tables continued on the next page
(the next page starts with a table of the same width) are joined, dropping a repeated
header row, and a first row that only continues the last one (cells starting in lower case)
is glued to it.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from dataclasses import dataclass, field

from extractors.model import Line, Table
from extractors.spreads import book_pages

from .part_references import is_part_reference
from .checklist_items import deadline_phrase
from .actors import WITH_PARTNERS_RE, dash_tail_actors, names_actor, time_only, trailing_actors, units_in_actors_place
from .dash_doers import doers_after_dashes, known_dash_doer
from .headers import (any_label, field_label, is_structure_header, is_structure_label, label_role, map_columns,
                      target_group_column)
from .header_headings import header_headings
from .line_tables import rebuild_page
from .tab_typed_plans import rebuild_tab_typed
from .memo_points import ARROW_ITEM_RE
from .continued_rows import describes_the_action
from .page_furniture import BARE_NUMBER_RE, is_foot_line, is_page_number, looks_like_running_head
from .lone_marks import is_lone_mark
from .prose import is_goal_heading
from .schedule import opens_with_time
from .tag_lines import joined_fields
from .text import (BULLET_RE, CONTINUED_CAPTION_RE, CONTINUED_WORD, DITTO_RE, FUNCTION_WORDS, GOAL_COMPOUND_FIRST, GOAL_LABEL_WORDS, KEY_NUMBER_RE, NUMBERED_RE, TERMINAL_RE, TOC_LINE_RE, is_wrap,
                   numbering, opens_with_count, squash)
from .toc import leaderless_toc


@dataclass
class Element:
    kind: str  # "heading" | "para" | "bullet" | "table"
    text: str = ""
    page: int = 1
    level: int = 0  # headings
    table: Table | None = None
    pages: list[int] = field(default_factory=list)  # tables: page of each row
    # plain text whose paragraphs are separated by blank lines: the element's first line
    # followed a blank line (Tesseract leaves one between its text blocks; the lines of one
    # block, as the paragraphs of one cell, have none). None: not known (a PDF, or plain text
    # without blank-line paragraphs)
    blank_before: bool | None = None
    # tables: the last page the table reached; a row carried over to a page (its rest glued
    # to the row above) adds no entry to `pages` but the table went on there
    reached: int = 0
    # tables: the ordinal of the last book page the table reached (-1: not known). The two
    # pages of a spread share one page number, so the page after is told by this.
    book: int = -1
    # paras: a line of an indented outline, typed without bullets or labels (`_outline_step`):
    # its start right of its column's edge, in points; None for all other text
    indent: float | None = None
    # list items: fields of who and when that the layout prints apart from the item's text
    # and a pass before the reading took off the lines around it (dash lines under a bullet,
    # a capitals line under a numbered action, a section's closing sentence naming who does
    # its actions): (role, label, value) as `records.fields` gives them. They travel with
    # the item, its text stays as printed, and the list reading takes them as it takes the
    # fields printed after an item's sentence (`records.item_fields`)
    fields: list[tuple[str, str, str]] = field(default_factory=list)
    # headings: the theme a line right under the heading names ('Tema: arbete', `theme_lines`)
    theme: str | None = None

    def body_pages(self, header_rows: int = 1) -> list[int]:
        """Tables: the page of each row after the first `header_rows` -- the element's own
        page for each when `pages` holds fewer entries than rows."""
        n = len(self.table.rows)
        return self.pages[header_rows:] if len(self.pages) >= n else [self.page] * (n - header_rows)

    def last_page(self) -> int:
        return max(self.reached, self.pages[-1] if self.pages else self.page)


def _body_size(lines: list[Line]) -> float:
    c: Counter = Counter()
    for ln in lines:
        if ln.font_size:
            c[round(ln.font_size, 1)] += len(ln.text)
    return c.most_common(1)[0][0] if c else 10.0


_PLAIN_HEADING_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s+([A-ZÅÄÖ].*)$")


def _plain_heading_level(t: str) -> int | None:
    """A heading in plain text (no fonts: a .txt OCR dump): a numbered line that is not a
    sentence ('2.1 INLEDANDE INFORMATION ...', '2.1.1 Inledande kartläggning och ...'), a
    short line in capitals ('BOENDE') or an appendix title ('Bilaga 2: Enkäten'). Level =
    depth of the numbering."""
    t = t.strip()
    if not t or len(t) > 90 or TERMINAL_RE.search(t) or t.endswith((",", ":", ";")):
        return None
    letters = [c for c in t if c.isalpha()]
    caps = bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    m = _PLAIN_HEADING_RE.match(t)
    if m:
        depth = m.group(1).count(".") + 1
        words = m.group(3).split()
        # a numbered heading: in capitals, or a short title ('2.1.1 Integrationsutbildning');
        # 'N. ...' numbers actions and table captions, not sections, unless in capitals
        if caps or (not m.group(2) and ((depth >= 2 and len(words) <= 10) or (depth == 1 and len(words) <= 6))):
            return depth
        return None
    if caps and len(letters) >= 4 and len(t.split()) <= 8:
        return 1
    if _APPENDIX_RE.match(t) and len(t.split()) <= 10:
        return 1  # an appendix's title ('Bilaga 1. Enkät till invånarna') opens a chapter
    return None


# a line opening with a footnote's mark ('¹ Uppgiften hämtas …'): the note a page prints under
# its text, never the sentence above going on (a mark sits at the end of the word it annotates,
# so no wrapped sentence opens with one)
_FOOTNOTE_RE = re.compile(r"^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s+\S")
_APPENDIX_RE = re.compile(r"^(?:bilaga|appendix|liite)\s+\d{1,2}\s*[.:–-]?\s*\S", re.I)


# Lines of OCR pages (ids, for the document being read): their size is an estimate from
# word boxes, their weight one from the width of their stems.
_OCR_LINES: set[int] = set()
# On OCR pages the size estimate of body lines spreads about ±5% around the body size
# (measured on the scan-like golden copies): a line above that band that is shaped like
# a heading (numbered title or capitals, see _plain_heading_level) is one.
OCR_HEADING_RATIO = 1.05


def _is_heading(ln: Line, body: float) -> bool:
    t = ln.text.strip()
    if not t or BULLET_RE.match(t) or len(t) > 160:
        return False
    if ln.bbox is None and ln.font_size is None:
        # plain text: a numbered goal 'Mål 1: Stärka delaktigheten' heads what follows, as
        # a bold goal line does in a PDF
        return _plain_heading_level(t) is not None or (len(t) <= 120 and is_goal_heading(t))
    size = ln.font_size or body
    if size >= body + 0.9:
        return True
    if id(ln) in _OCR_LINES and size >= OCR_HEADING_RATIO * body and _plain_heading_level(t) is not None:
        return True
    # OCR lines carry bold when their stems are wide (extractors.ocr._mark_bold), so a run-in
    # heading of body size is told from its text as on a text-layer page
    # a short bold line of body size: a run-in heading, unless it reads as a sentence
    # (a numbered goal 'Mål 3: Stärka delaktigheten.' is a heading with its full stop)
    return ln.bold and len(t) <= 120 and (not TERMINAL_RE.search(t) or is_goal_heading(t))


def _same_ocr_size(a: Line, b: Line) -> bool:
    """Two OCR lines of one size as far as word boxes tell: their estimates differ by
    less than their spread on body lines (±5% each, see OCR_HEADING_RATIO); their style
    levels may still differ, because the estimates fall on different 0.1 pt steps."""
    if id(a) not in _OCR_LINES or id(b) not in _OCR_LINES or not a.font_size or not b.font_size:
        return False
    return abs(a.font_size - b.font_size) <= 0.1 * min(a.font_size, b.font_size)


def _ocr_heading_sizes(heads: list[Line]) -> dict[float, float]:
    """Size estimates of the OCR lines among the heading lines `heads`, each mapped to the
    largest estimate of its group: estimates within the spread of one printed size (see
    _same_ocr_size) are one size, so that sibling headings of a scan ('Arbete', 'Boende') get
    one level, not one level per 0.1 pt."""
    sizes = sorted({round(ln.font_size, 1) for ln in heads if id(ln) in _OCR_LINES and ln.font_size},
                   reverse=True)
    snap: dict[float, float] = {}
    top = None
    for size in sizes:
        if top is None or top - size > 0.1 * size:
            top = size  # a new printed size
        snap[size] = top
    return snap


def _join(a: str, b: str) -> str:
    if a.endswith("-") and len(a) > 1 and a[-2].isalpha() and b[:1].islower() and not re.match(r"(och|eller|samt|till)\b", b):
        return a[:-1] + b  # a word broken at the line end
    return f"{a} {b}"


_PLAIN_WIDTH: dict[str, int] = {}
# Plain text: a bullet '•' as OCR reads it at a line's start ('e För att ...', 'e genom
# projekt', '» Teo-projektets ...', '« Förankring ...', '© Stöd ...', '*How to ...', '+ Utökande
# ...', '= Insamling ...'); 'e' and 'o' alone are no Swedish words, and '*', '+', '=' count
# only before a capital ('+ individuellt stöd' goes on with the line above)
_OCR_BULLET_RE = re.compile(r"^(?:[eo]\s+(?=[A-ZÅÄÖa-zåäö0-9|(])|[°»«©®¢€•]\s*(?=[A-ZÅÄÖa-zåäö0-9|(])"
                            r"|[*+=]\s*(?=[A-ZÅÄÖ]))")
# Plain text whose paragraphs are separated by blank lines (most OCR dumps): then a blank
# line, and only a blank line, ends a paragraph (ids of documents: set per run)
_BLANK_PARAS: set[str] = set()
_BLANK_SHARE = 0.05


def _blank_before(ln: Line) -> bool | None:
    """Element.blank_before of an element starting with `ln`."""
    if not _BLANK_PARAS or ln.bbox is not None or ln.font_size is not None:
        return None
    return bool(getattr(ln, "blank_before", False))


def _uses_blank_lines(lines: list[Line]) -> bool:
    """Paragraphs of this plain text are separated by blank lines: at least 5% of its lines
    (and 3) follow a blank one. A file with one line per paragraph and no blank lines, or
    wrapped text without them, is read by sentence ends instead (_same_block)."""
    plain = [ln for ln in lines if ln.bbox is None and ln.font_size is None]
    n = sum(1 for ln in plain if getattr(ln, "blank_before", False))
    return n >= 3 and n >= _BLANK_SHARE * len(plain)


# where a table of contents without leaders is looked for: the first pages, the first lines
# (a text dump without form feeds is one page)
_TOC_PAGES = 3
_TOC_LINES = 200


def bullet_runs(elements: list[Element]) -> list[range]:
    """The index ranges of the lists in `elements`: each run of consecutive bullets."""
    runs: list[range] = []
    i = 0
    while i < len(elements):
        j = i
        while j < len(elements) and elements[j].kind == "bullet":
            j += 1
        if j > i:
            runs.append(range(i, j))
        i = max(j, i + 1)
    return runs


def bullet_runs_where(elements: list[Element], test) -> set[int]:
    """The indices of the bullets of every list (a run of bullets) where at least one item
    passes `test`: a list holds items of one kind, so one item's sign speaks for the list."""
    return {k for run in bullet_runs(elements) if any(test(elements[k]) for k in run) for k in run}


def document_elements(doc) -> list[Element]:
    # a spread is read as the two book pages it shows, each in turn
    pages = book_pages(doc.pages)
    all_lines = [it for p in pages for it in p.items if isinstance(it, Line)]
    # the right edge of each column in the whole document (`_hard_break`): of the lines that
    # stay left of the next column on their page (a title over both columns is no column's)
    right_edges: dict[int, float] = {}
    for p in pages:
        p_lines = [it for it in p.items if isinstance(it, Line) and it.bbox is not None]
        p_edges = _column_edges(p_lines)
        for it in p_lines:
            bound = min((x for c, x in p_edges.items() if c > it.column), default=None)
            if bound is None or it.bbox.x1 <= bound:
                right_edges[it.column] = max(right_edges.get(it.column, 0.0), it.bbox.x1)
    body = _body_size(all_lines)
    _OCR_LINES.clear()
    _OCR_LINES.update(id(it) for p in pages if getattr(p, "source", "") == "ocr"
                      for it in p.items if isinstance(it, Line))
    heads = [ln for ln in all_lines if _is_heading(ln, body)]
    snap = _ocr_heading_sizes(heads)

    def style(ln: Line) -> tuple[float, bool]:
        size = round(ln.font_size or body, 1)
        if id(ln) in _OCR_LINES:
            # on a scan both the size and the weight are estimates from the ink; the weight of
            # a short heading ('Arbete') is too uncertain to set it above its siblings
            return snap.get(size, size), False
        return size, ln.bold

    styles = sorted({style(ln) for ln in heads}, key=lambda s: (-s[0], not s[1]))
    level_of = {s: i + 1 for i, s in enumerate(styles)}

    furniture = _furniture(pages, body)
    _PITCH.clear()
    plain = sorted(len(ln.text.strip()) for ln in all_lines if ln.bbox is None and ln.text.strip())
    _PLAIN_WIDTH.clear()
    _BLANK_PARAS.clear()
    if _uses_blank_lines(all_lines):
        _BLANK_PARAS.add("on")
    if len(plain) >= 20:
        _PLAIN_WIDTH["w"] = plain[int(0.9 * (len(plain) - 1))]  # a full line of the text
    for p in pages:
        _PITCH.update({k: v for k, v in _line_pitch([it for it in p.items if isinstance(it, Line)]).items() if k not in _PITCH})
    out: list[Element] = []
    heading_tail: set[int] = set()  # plain lines joined to the heading above as its wrap
    carry: Line | None = None  # last body line of the previous page
    carry_edge = 0.0  # left edge of the column `carry` stood in
    carry_col = 0  # the column `carry` stood in, counted from its page's first
    carry_short = False  # `carry` stopped well short of its column's right edge
    open_cols = None
    tab_plan = None  # a plan typed with tabs still open at the last page's end (`tab_typed_plans`)
    pending_bullet = False
    item_indent: float | None = None  # the last list item's marker: its start in its column
    toc_mark = -1  # len(out) after the last table-of-contents line
    n_seen = 0  # body lines read so far
    for page_idx, page in enumerate(pages):
        prev_line: Line | None = None
        first_body = True
        page_items = [it for it in page.items if not (isinstance(it, Line) and id(it) in furniture)]
        page_items, open_cols = rebuild_page(page_items, open_cols, page.height)
        page_items, tab_plan = rebuild_tab_typed(page_items, tab_plan)
        edges = _column_edges(page_items)
        # the right page of a spread numbers its columns after the left page's: columns are
        # compared from the page's first
        col0 = min((it.column for it in page_items if isinstance(it, Line)), default=0)
        page_lines = [it for it in page_items if isinstance(it, Line) and squash(it.text)]
        toc_lines: set[int] = set()
        if page_idx < _TOC_PAGES and n_seen < _TOC_LINES:
            # a table of contents without leaders stands near the start of a document
            near = page_lines[:_TOC_LINES - n_seen]
            # ... and holds no table: captions each over its table ('Blankett 1', a table,
            # 'Blankett 2', a table, 'Blankett 3') end on rising numbers but are no entries;
            # a run of entries is read between two tables only
            toc_lines = set()
            for run in _runs_between_tables(page_items, near):
                toc_lines |= {id(run[i]) for i in leaderless_toc([squash(ln.text) for ln in run])}
        n_seen += len(page_lines)
        for k, item in enumerate(page_items):
            if isinstance(item, Table):
                _add_table(out, item, page.page_no, first_on_page=prev_line is None and first_body,
                           book=page_idx)
                prev_line = None
                continue
            ln: Line = item
            text = squash(ln.text)
            if not text or id(ln) in furniture:
                continue
            if TOC_LINE_RE.search(text) or id(ln) in toc_lines:
                # a table-of-contents entry names a chapter and its page: no item, and not the
                # heading it points to. One element begun since the entry above is the first
                # line of this entry, wrapped ('2.4 Hur programmet har tagits fram och' /
                # 'vilka som deltog ........ 8')
                if toc_mark >= 0 and len(out) == toc_mark + 1 and out[-1].kind in ("para", "bullet") \
                        and prev_line is not None:
                    out.pop()
                toc_mark = len(out)
                prev_line, first_body, pending_bullet = None, False, False
                continue
            # a bullet glyph read after the text it precedes ('... sektorn). •'): it marks
            # the next line as a new item
            # (not a field's value: 'A: ●' on a card of a goal matrix, `goal_mark_columns`,
            # gives the mark as the value of its label, the glyph is no list marker)
            trailing_bullet = bool(_TRAILING_BULLET_RE.search(text)) and not _is_mark_field(text)
            if trailing_bullet:
                text = text[:-1].rstrip()
            if pending_bullet and not BULLET_RE.match(text):
                text = "• " + text
            pending_bullet = trailing_bullet
            if ln.bbox is None and ln.font_size is None:
                # plain text: '•' read by OCR as a letter ('e För att ...', 'o Samarbete ...')
                text = _OCR_BULLET_RE.sub("• ", text)
            if _is_heading(ln, body):
                lvl = level_of.get(style(ln), len(styles) or 1)
                if (ln.font_size is None and ln.bbox is None) or id(ln) in _OCR_LINES:
                    lvl = _plain_heading_level(text) or lvl
                last = out[-1] if out else None
                if (
                    last is not None and last.kind == "heading" and prev_line is not None
                    and (last.level == lvl or _same_ocr_size(prev_line, ln))
                    and _is_heading(prev_line, body) and _gap(prev_line, ln) < 0.8 * (ln.font_size or body)
                    and is_wrap(prev_line.text, text)  # a wrapped heading, not the next heading
                ):
                    last.text = _join(last.text, text)  # a heading printed on two lines
                else:
                    out.append(Element("heading", text, page.page_no, level=lvl,
                                       blank_before=_blank_before(ln)))
                prev_line = ln
                continue
            # (an arrow opening a line marks an item too, as plain text's lists do: `memo_points`)
            starts_item = bool(BULLET_RE.match(text) or NUMBERED_RE.match(text) or ARROW_ITEM_RE.match(text))
            # a hierarchic number alone on its line ('3.1.1'): a margin number of the item
            # under it (`_join_lone_numbers`), never the rest of the text above
            lone_number = bool(_LONE_NUMBER_RE.match(text))
            last = out[-1] if out else None
            if lone_number and _value_wrapped(last, prev_line):
                # ... unless a line of fields stopped on the label whose value it is ('… Nr:')
                lone_number = False
            if (
                last is not None and last.kind == "heading" and prev_line is not None
                and ln.bbox is None and ln.font_size is None and prev_line.bbox is None
                and not getattr(ln, "blank_before", False) and text[:1].islower()
                and is_goal_heading(last.text) and _is_heading(prev_line, body)
                and (_wraps_on(prev_line.text) or _block_ends_after(page_items, k))
            ):
                # plain text: a goal heading wrapped onto a lower-case line of its block ('Mål
                # 3: Förebygga utslagning och främja goda relationer mellan' /
                # 'befolkningsgrupperna'), where it could not end or where its block ends
                last.text = _join(last.text, text)
                prev_line = ln
                continue
            if (
                last is not None and last.kind == "heading" and prev_line is not None
                and ln.bbox is None and ln.font_size is None and prev_line.bbox is None
                and not getattr(ln, "blank_before", False) and text[:1].islower()
                and (_is_heading(prev_line, body) or id(prev_line) in heading_tail)
                and not is_goal_heading(last.text)
            ):
                # plain text: the line right under a numbered or capitals 'heading' goes on in
                # lower case. Still heading-shaped when joined, a wrap by width, and the end
                # of its block or after a line that cannot end ('och', a comma), it is the
                # heading's wrap ('2.1 Inledande kartläggning och' / 'integrationsplan');
                # else the 'heading' was the first line of a numbered item or of a table
                # cell ('1.1 Kompetenscentret Stadin' / 'osaamiskeskus verksamhet utvecklas
                # genom samarbete till' / ...)
                joined = _join(last.text, text)
                # the block ends here: the heading stood in a block of its own, with its wrap
                block_ends = _block_ends_after(page_items, k)
                # a wrap: the line's first word could not have fitted on the line above (its
                # lines are no longer than the text's width); a longer line under a short one
                # is the cell's text going on under its first line
                fits_above = len(prev_line.text.strip()) + 1 + len(text.split()[0]) <= len(text)
                if _plain_heading_level(joined) is None or fits_above \
                        or not (block_ends or _wraps_on(prev_line.text)):
                    last.kind = "bullet" if NUMBERED_RE.match(joined) else "para"
                    last.level = 0
                else:
                    heading_tail.add(id(ln))
                last.text = joined
                prev_line = ln
                continue
            if (
                last is not None and last.kind == "heading" and prev_line is not None
                and id(ln) in _OCR_LINES and _is_heading(prev_line, body) and text[:1].islower()
                and _gap(prev_line, ln) < 0.8 * (prev_line.font_size or body)  # as for a heading wrap
            ):
                # the last word(s) of a heading wrapped onto a line of their own: on OCR
                # pages a line of one short word can measure a size or two below its
                # heading's, but no body paragraph starts in lower case right under one
                last.text = _join(last.text, text)
                prev_line = ln
                continue
            if (
                last is not None and last.kind == "heading" and prev_line is not None
                and ln.bbox is not None and _is_heading(prev_line, body) and ln.bold == prev_line.bold
                and ln.font_size == prev_line.font_size and _gap(prev_line, ln) < 0.8 * (ln.font_size or body)
                and is_wrap(prev_line.text, text)
            ):
                # the last line of a heading that ends in a full stop ('Mål 2: Stärkande av
                # ... kräver målmedveten' / 'internationalisering av staden.'): in the
                # heading's own font, so not body text, though a sentence end
                last.text = _join(last.text, text)
                prev_line = ln
                continue
            # 'Ansvar: ...' starts a field of its own; so does any 'Label: ...' after a field,
            # or after a line that is a field of a label naming no role ('Kommunen:
            # Integrationsbyrån' / 'Välfärdsområdet: Socialarbetet': a card's fields one a line)
            # (... and so does an item's numbered label after a field, 'Mätare: X' / 'Åtgärd
            # 1.2: Y': the next card's first line, no wrap of the field's value)
            starts_field = field_label(text) is not None or (
                last is not None and last.kind == "para" and (any_label(text) or opens_numbered_label(text))
                and (field_label(last.text) is not None or _label_line(last, prev_line)))
            if (starts_field and last is not None and last.kind in ("para", "bullet") and prev_line is not None
                    and ln.bbox is not None and prev_line.bbox is not None
                    and prev_line.text.rstrip().endswith(("–", "—")) and not _is_heading(prev_line, body)
                    and not _EMPTY_FIELD_RE.match(prev_line.text) and not _EMPTY_ITEM_RE.match(prev_line.text)
                    and not _ditto_field(prev_line.text)
                    and (_same_block(prev_line, ln) or prev_line.column != ln.column)):
                # a line that stops on a dash goes on: the item's ' – Ansvar: X' tail, which a
                # narrow column wrapped after its dash, is the rest of its text, as the wide
                # print shows it on one line ('1.1.3 Anonym rekrytering prövas –' / 'Ansvar: ...');
                # at a column's foot it goes on at the top of the next (the column jump below)
                starts_field = False
            if (starts_field and last is not None and last.kind == "bullet" and BULLET_RE.match(last.text)
                    and prev_line is not None
                    and not _is_heading(prev_line, body) and _same_block(prev_line, ln)
                    and not _left_of(ln, prev_line) and not _at_marker(ln, prev_line)):
                # a field line in the item's hanging indent, level with its text, is the item
                # wrapping onto it ('• 3.2 ... med sin familj.' / 'Ansvar: X. Tidtabell: Y.'):
                # the item's own fields; a field paragraph under a list starts at the margin.
                # Only under a glyph item: fields indented under a numbered action ('2.1 ...',
                # '2.2 ...', '    Ansvarig: ...') are the fields of the whole run (records.py)
                starts_field = False
            if (starts_item or starts_field) and _wrapped_field_line(text, ln, last, prev_line):
                starts_item = starts_field = False
            if starts_item and (_wrapped_dash_tail(text, ln, last, prev_line, page_lines)
                                or _wrapped_acronym_key(text, last, prev_line)):
                starts_item = False
            if starts_item and _number_mid_sentence(text, last, prev_line):
                starts_item = False
            if starts_item and _closes_dash_aside(text, last):
                starts_item = False
            # at the top of a column or page no gap tells a new paragraph: a line opening with
            # a structure word and its number as a label ('Åtgärd 3.2: ...', 'Delmål 5.1: ...')
            # starts one, as a field label does
            opens_label = opens_numbered_label(text) or (
                last is not None and last.kind == "para" and next_numbered_label(last.text, text))
            # an indented outline's item that ended by a hard break at a column's or page's
            # foot: the line at the next one's top is its next item (`_outline_step`)
            above = prev_line if prev_line is not None else (carry if first_body else None)
            outline_jump = (last is not None and last.kind == "para" and last.indent is not None
                            and above is not None and above.bbox is not None and ln.bbox is not None
                            and (prev_line is None or prev_line.column != ln.column)
                            and (_hard_break(above, text, right_edges)
                                 or _ends_item(above, last.indent, ln.bbox.x0 - edges.get(ln.column, 0.0))))
            column_jump = (prev_line is not None and prev_line.column != ln.column and last is not None
                           and last.kind in ("para", "bullet") and not starts_item and not starts_field
                           and not lone_number
                           and not opens_label
                           and not outline_jump
                           and (not TERMINAL_RE.search(last.text)
                                or (last.kind == "para" and _no_room_for(text, prev_line, page_lines)
                                    and not _LEAD_LABEL_RE.match(text)))
                           and abs((prev_line.font_size or body) - (ln.font_size or body)) < 0.6
                           and not (last.kind == "bullet" and item_indent is not None and ln.bbox is not None
                                    and ln.bbox.x0 - edges.get(ln.column, 0.0) < item_indent - 3.0))
            # (a paragraph's full stop on a line the next word would not have fitted on need not
            # end it, `_no_room_for`; a list item's full stop is left to end it, its fill being no
            # sign where the column's edge is taken at the markers (see below).
            # A list item goes on in the next column right of where its marker stood, measured
            # from each column's edge; a line further left there is the text after the list:
            # items seldom end in a full stop. The marker, not the item's hanging indent: a
            # column holding list items only has its edge at their markers)
            if column_jump:
                last.text = _join(last.text, text)  # the paragraph goes on at the top of the next column
                prev_line = ln
                continue
            if first_body and prev_line is None and carry is not None and last is not None \
                    and last.kind in ("para", "bullet") and not starts_item and not starts_field \
                    and not lone_number \
                    and not opens_label and not TERMINAL_RE.search(last.text) \
                    and not _FOOTNOTE_RE.match(text) \
                    and not outline_jump \
                    and (carry_col == ln.column - col0 or (ln.column == col0 and carry_col > 0)) \
                    and abs((carry.font_size or body) - (ln.font_size or body)) < 0.6 \
                    and not (last.kind == "bullet"
                             and _after_list_in_column(ln, edges.get(ln.column, 0.0), carry, carry_edge,
                                                       item_indent)) \
                    and not (ln.bbox is None and is_structure_label(text)) \
                    and not (carry_short and text[:1].isupper() and field_label(last.text) is not None) \
                    and not (text[:1].isupper() and joined_fields(last.text) is not None) \
                    and not (any_label(text) and _label_line(last, carry)) \
                    and not (last.kind == "para" and opens_numbered_label(last.text) and text[:1].isupper()
                             and _hard_break(carry, text, right_edges)):
                # (... nor a tag line of fields joined by '·' at the page's foot, whose last
                # field ends the line: the capitalised text on the next page starts anew)
                # (... nor a card's field line alone, 'A: ●' at the page's foot, with a label
                # opening the next page, 'F: ○': the card's next field, as on one page)
                # (... nor an item labelled with its number, 'Mål 2.2: X' at the page's foot
                # (`opens_numbered_label`), whose last line ended where the capitalised first
                # word of the next page would still have fitted (`_hard_break`): the line did
                # not wrap, the item ended there -- 'Indikator för mål 2.2: Y' at the next top
                # is a paragraph of its own, as on one page)
                # (plain text: a column label at the top of the page is the header repeated;
                # a field's value that stopped short of its column's edge ended there, 'Tidtabell:
                # Varje termin' closing a card at the foot of the page: the capitalised line
                # on the next page is the text after the card;
                # two columns: the text flows from the last column of a page to the first of
                # the next, where a bullet's hanging indent is measured from each column's edge)
                last.text = _join(last.text, text)  # a paragraph running over the page break
                prev_line = ln
                first_body = False
                continue
            first_body = False
            continues = (
                last is not None and last.kind in ("para", "bullet") and not starts_item
                and prev_line is not None and not _is_heading(prev_line, body)
                and _same_block(prev_line, ln, in_para=last.text.strip() != prev_line.text.strip())
                and not starts_field
                and not lone_number
                and not (last.kind == "bullet" and _left_of(ln, prev_line))
                and not (last.kind == "bullet"
                         and _item_ended_at_marker(ln, prev_line, item_indent, edges, right_edges, text)
                         and not _left_open(last.text, prev_line.text))
            )
            step = (continues and last.kind == "para"
                    and _outline_step(prev_line, ln, edges, right_edges, page_lines, last.indent is not None))
            if continues and not step:
                last.text = _join(last.text, text)
            else:
                if starts_item:
                    item_indent = ln.bbox.x0 - edges.get(ln.column, 0.0) if ln.bbox is not None else None
                if step and last.indent is None:
                    last.indent = prev_line.bbox.x0 - edges.get(prev_line.column, 0.0)
                out.append(Element("bullet" if starts_item else "para", text, page.page_no,
                                   blank_before=_blank_before(ln),
                                   indent=ln.bbox.x0 - edges.get(ln.column, 0.0)
                                   if (step or (outline_jump and not starts_item)) and ln.bbox is not None else None))
            prev_line = ln
        if prev_line is not None:
            carry_edge = edges.get(prev_line.column, 0.0)
            carry_col = prev_line.column - col0
            carry_short = _stops_short(prev_line, page_lines)
        carry = prev_line
    return _join_lone_numbers(_join_dash_tails(_dash_sub_items_as_fields(out)))


# a short line closed by a colon: the label introducing the lines under it ('Så följer vi upp:')
_INTRO_LABEL_RE = re.compile(r"^[A-ZÅÄÖ][^:]{0,40}:$")


def _item_ended_at_marker(ln: Line, prev_line: Line, item_indent: float | None, edges: dict[int, float],
                          right: dict[int, float], text: str) -> bool:
    """A list item printed without a hanging indent (its wrapped lines back at its marker,
    '– Jobbcafé … [X / Y /' / '2026–2029]', as a one-cell table's lines are) ended where the
    next line's first word would still have fitted after it (`_hard_break`): a line starting
    at the marker's place after such a break is the text after the item ('Så följer vi
    upp:', a card's next label), no wrap of it. Only a label line introducing what follows (a
    few words closed by a colon): a line under an item's text may be its doer printed on a
    line of its own ('1. Språkkurser …' / 'MEDBORGARINSTITUTET, 2026', `capital_field_lines`)."""
    if item_indent is None or ln.bbox is None or prev_line.bbox is None or prev_line.column != ln.column:
        return False
    if not _INTRO_LABEL_RE.match(text):
        return False
    at_marker = abs(ln.bbox.x0 - edges.get(ln.column, 0.0) - item_indent) <= 1.5
    return at_marker and _hard_break(prev_line, text, right)


def _left_open(item: str, line: str) -> bool:
    """The item so far leaves a bracket open ('… [X / – /') or its line stops where a text
    cannot end (a comma, a slash, 'och', `_wraps_on`): the next line goes on with it."""
    return (item.count("[") > item.count("]") or item.count("(") > item.count(")")
            or _wraps_on(line))


# a paragraph that is a hierarchic number alone ('3.1', '3.1.2'): a number hanging in the
# margin beside its item, extracted as a line of its own above the item's text
_LONE_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?$")


def _join_lone_numbers(elements: list[Element]) -> list[Element]:
    """A numbered list whose numbers hang in the left margin is extracted with each number a
    paragraph of its own ('3.1' / 'ARBETE – goal', '3.1.1' / 'the action'): the number is
    the label of the paragraph right under it, read as printed on one line ('3.1.1 the
    action'). Only a number of two parts or more (a lone '3' may be a page number), and only
    before a paragraph that is neither a number nor a labelled line ('Ansvar: X', 'Källa: Y')."""
    out: list[Element] = []
    i = 0
    while i < len(elements):
        e = elements[i]
        nxt = elements[i + 1] if i + 1 < len(elements) else None
        if (e.kind == "para" and _LONE_NUMBER_RE.match(e.text.strip()) and nxt is not None
                and nxt.kind == "para" and not NUMBERED_RE.match(nxt.text)
                and not _LONE_NUMBER_RE.match(nxt.text.strip()) and not any_label(nxt.text)):
            nxt.text = f"{e.text.strip()} {nxt.text}"
            nxt.blank_before = e.blank_before
            out.append(nxt)
            i += 2
            continue
        out.append(e)
        i += 1
    return out


# the least step between two levels of an indented outline: two spaces of body text
_OUTLINE_STEP = 5.0


def _hard_break(a: Line, text: str, right: dict[int, float]) -> bool:
    """`text`'s first word would have fitted after line a, up to the right edge of a's column
    in the whole document (`right`: a page of short lines shows no edge of its own): a ended
    by a hard line break, not a wrap."""
    words = text.split()
    if a.bbox is None or not words or not a.text.strip():
        return False
    per_char = a.bbox.width / len(a.text)
    return right.get(a.column, 0.0) - a.bbox.x1 >= per_char * (len(words[0]) + 1)


def _outline_step(a: Line, b: Line, edges: dict[int, float], right: dict[int, float],
                  page_lines: list[Line], in_outline: bool) -> bool:
    """b starts a line of an indented outline of its own, though it follows a at the usual
    line step: a plan typed without bullets or labels, one line per item, whose levels are
    told by their indentation only ('ARBETE' / '    goal' / '        action'). a ended where
    b's first word would still have fitted (a hard line break, not a wrap) and b starts at another indent than a;
    once a block has shown such a step, an indented line after a short line is its next item
    at the same level too. A paragraph's wrapped lines fill the column, and its first line's
    indent (a book's paragraph style) is followed by a full line."""
    if a.bbox is None or b.bbox is None:
        return False
    ia = a.bbox.x0 - edges.get(a.column, 0.0)
    ib = b.bbox.x0 - edges.get(b.column, 0.0)
    if not in_outline and not _stops_short(a, page_lines):
        # the outline's first step follows a line well short of the column's edge (its
        # title or first theme): a line wrapping into a hanging indent ('Åtgärd: …' going on
        # under its value) fills its line
        return False
    if not (_hard_break(a, b.text, right) or (in_outline and _ends_item(a, ia, ib))):
        return False
    return abs(ia - ib) >= _OUTLINE_STEP or (in_outline and ib >= _OUTLINE_STEP)


# a footnote mark closing a line ('… utländska examina¹', '… per år¹²')
_FOOTNOTE_END_RE = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+\W?$")


def _ends_item(a: Line, ia: float, ib: float) -> bool:
    """In an outline, line a ended its item though it filled its column: it closes on a
    footnote mark (a mark stands after the text it annotates, at an item's end), or the line
    after it starts a level further in (an item's wrapped lines keep its indent)."""
    return bool(_FOOTNOTE_END_RE.search(a.text.strip())) or ib >= ia + _OUTLINE_STEP


def _label_line(last: Element, prev_line: Line | None) -> bool:
    """The paragraph so far is its first line alone, and it opens with a label ('Kommunen:
    Integrationsbyrån'): a field line. A card prints each field on a line of its own, with
    labels that name no role as well ('Nr:', a party 'Välfärdsområdet:'), and the next line
    opening with a label is the next field, not that line's wrap."""
    return prev_line is not None and last.text == squash(prev_line.text) and any_label(last.text)


# a structure word and its number as a label: 'Åtgärd 3.2: ...', 'Delmål 5.1: ...', 'Mål 2: ...'
# (a letter after the number too: 'Mål 3a: ...', one of two goals of area 3; or before it,
# the theme's letter: 'Åtgärd A1.2: ...', 'Målsättning B2: ...' under 'Insatsområde A' / 'B')
_NUMBERED_LABEL_RE = re.compile(r"^(?P<word>[A-ZÅÄÖ][a-zåäö]+)\s+(?:[A-ZÅÄÖ])?\d{1,2}(?:\.\d{1,2})*(?:\s?[a-zåäö])?\s*:\s+\S")


# a line opening with a capitalised word and a colon ('Effekt: …', 'Obs: …'): a lead label, which
# opens a paragraph of its own. A sentence ended at a column's foot may end its paragraph or
# not (`_no_room_for`); running text does not go on after its full stop with a label and a
# colon, so the label at the next column's top starts the next paragraph.
_LEAD_LABEL_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+:\s+\S")


def opens_numbered_label(text: str) -> bool:
    """The text opens with a word of the structure vocabulary, a number and a colon ('Åtgärd
    3.2: Vi startar ...', 'Delmål 5.1: ...'): the label of an item of its own."""
    m = _NUMBERED_LABEL_RE.match(text)
    return bool(m) and label_role(m.group("word")) is not None


# ... or without a colon, the number closing the label ('Mål 2.2 Unga med …'): an item of its
# own only beside the one above labelled so (`next_numbered_label`)
_BARE_NUMBERED_LABEL_RE = re.compile(r"^(?P<word>[A-ZÅÄÖ][a-zåäö]+)\s+(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?\s+[A-ZÅÄÖ]")


def next_numbered_label(above: str, text: str) -> bool:
    """The text opens with the structure word the paragraph above opened with and another
    number ('Mål 2.1 Vuxna …' at a page's foot, 'Mål 2.2 Unga …' at the next one's top): the
    next of a run of labelled items set as paragraphs of their own (goals printed without a
    colon or a full stop), no sentence running over the break."""
    a, b = _BARE_NUMBERED_LABEL_RE.match(squash(above)), _BARE_NUMBERED_LABEL_RE.match(text.strip())
    return (bool(a) and bool(b) and a.group("word") == b.group("word") and a.group("num") != b.group("num")
            and label_role(a.group("word")) is not None)


_DASH_ITEM_RE = re.compile(r"^\s*[–—]\s+")
# a field whose value is a dash alone ('Utgångsvärde: –'): the field given as empty, as a
# table prints an empty cell; the line ends there, its dash no wrap before a tail
_EMPTY_FIELD_RE = re.compile(r"^\s*[A-ZÅÄÖ][^:]{0,60}:\s*[–—]\s*$")
# ... and so is a numbered item whose title is a dash alone ('3. –' over 'Mätare: …': a
# table row printed as a numbered record, its key cell '–', no action named): the item's
# line ends there, and the field under it is its own line, no tail the dash wrapped
# (a dotted number needs no stop after it: '2.1 –', as a numbered print sets '2.1 A1')
_EMPTY_ITEM_RE = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|[•●▪■◦‣])\s*[–—]\s*$")
# the label of a field whose value is a ditto sign (`_ditto_field`), as `_EMPTY_FIELD_RE` reads one
_DITTO_LABEL_RE = re.compile(r"^\s*[A-ZÅÄÖ][^:]{0,60}$")


def _ditto_field(text: str) -> bool:
    """'Tidtabell: –"–': a field whose value is a ditto sign between dashes ("same as above",
    `text.DITTO_RE`) ends on its closing dash -- the value is whole, no tail a narrow column
    wrapped after a dash."""
    label, colon, value = text.partition(":")
    return bool(colon) and bool(_DITTO_LABEL_RE.match(label)) and bool(DITTO_RE.match(value))


# a field whose value is a mark alone: 'A: ●', 'Mål 2: ○' -- a card's line of a matrix column
_MARK_FIELD_RE = re.compile(r"^[^\s:]{1,12}(?:\s[^\s:]{1,12})?:(?P<mark>.*)$")


def _is_mark_field(text: str) -> bool:
    """A short label, a colon and a mark alone (`lone_marks`): 'A: ●', 'Mål 2: ○'."""
    m = _MARK_FIELD_RE.match(text)
    return bool(m) and is_lone_mark(m.group("mark"))


# a bullet glyph closing a line ('... sektorn). •'), read after the text it precedes
_TRAILING_BULLET_RE = re.compile(r"\s[•●▪■◦‣]$")
# a sub-item of a list: a dash, under a glyph of the list or on its own ('• – Ansvar: X')
_DASH_SUB_ITEM_RE = re.compile(r"^\s*(?:[•●▪■◦‣∙·○*]\s+)?[–—-]\s+(?P<rest>\S.*)$", re.S)


def _dash_sub_items_as_fields(elements: list[Element]) -> list[Element]:
    """Dash sub-items under a list item that open with a field label ('• Kvällskurs i
    svenska' / '– Ansvar: medborgarinstitutet' / '– Tidtabell: hösten 2026'): the item's
    fields, printed one per line as a field paragraph under an item gives them, not items
    of their own. A sub-item without a label in the same run ('– kursen hålls på kvällen')
    is a detail of the item: a line of text, no item either."""
    out: list[Element] = []
    in_run = False  # the elements right above are an item and its field sub-items
    for e in elements:
        m = _DASH_SUB_ITEM_RE.match(e.text) if e.kind == "bullet" else None
        prev = out[-1] if out else None
        under_item = prev is not None and prev.kind == "bullet" and not _DASH_SUB_ITEM_RE.match(prev.text)
        if m and (under_item or in_run):
            rest = m.group("rest").strip()
            if field_label(rest) is not None:
                out.append(Element("para", rest, e.page, blank_before=e.blank_before))
                in_run = True
                continue
            if in_run:
                out.append(Element("para", rest, e.page, blank_before=e.blank_before))
                continue
        in_run = False
        out.append(e)
    return out


def _join_dash_tails(elements: list[Element]) -> list[Element]:
    """A list item's ' – who, when' tail that a narrow column wrapped to a line of its own
    ('• 1.4 Klubbarna bjuder in nya barn' / '– fritidssektorn, fortlöpande'): the dash at the
    line's start looks like a list marker, but under an item of another marker ('•') and
    reading as who and when it is the rest of that item. So too a known doer alone ('–
    skolorna och daghemmen') in a document whose other items close with their doer after a
    dash (`dash_doers`)."""
    out: list[Element] = []
    # (asked once, of the items as printed)
    doers_dashed = doers_after_dashes([e.text for e in elements if e.kind == "bullet"])
    for e in elements:
        prev = out[-1] if out else None
        if (e.kind == "bullet" and prev is not None and prev.kind == "bullet"
                and _DASH_ITEM_RE.match(e.text) and not _DASH_ITEM_RE.match(prev.text)):
            tail = _DASH_ITEM_RE.sub("", e.text)
            if (" – " not in prev.text and (dash_tail_actors(tail) is not None or _time_then_doer(tail)
                                            or (doers_dashed and known_dash_doer(f"{prev.text.rstrip()} – {tail.strip()}")))) \
                    or _closes_open_bracket(prev.text, tail):
                prev.text = f"{prev.text.rstrip()} – {tail.strip()}"
                continue
        out.append(e)
    return out


# a bracket closing a line, its full stop after it or not ('… (biblioteket).')
_CLOSING_BRACKET_RE = re.compile(r"\s*\(([^()]+)\)\s*\.?\s*$")


def _time_then_doer(tail: str) -> bool:
    """A dash line that says when and then, in brackets, who ('– från hösten 2024
    (biblioteket)'): the ' – <time> (<doer>)' tail of an item wrapped before its dash, as
    '– who, when' is (`dash_tail_actors`)."""
    m = _CLOSING_BRACKET_RE.search(tail)
    found = (trailing_actors(tail) or (units_in_actors_place(tail) or (0, None))[1]) if m else None
    return bool(m and found and found[0] and time_only(tail[:m.start()]))


# a spaced dash setting an aside off ('X 2035 – öppen, aktiv –'), no hyphen of a word
_SPACED_DASH_RE = re.compile(r"\s[–—]\s")


def _closes_dash_aside(text: str, last: Element | None) -> bool:
    """A dash line opening in lower case under a paragraph that opened an aside with a
    spaced dash and has not closed it nor ended its sentence ('Stadens vision X 2035 – öppen,
    aktiv och hållbar' / '– styr också arbetet.'): the closing dash of the aside, which the
    line's width wrapped to the next line's start, and the sentence going on -- no list item
    (an item starts a list, after a paragraph ended or introduced it with ':')."""
    m = _DASH_ITEM_RE.match(text)
    if m is None or last is None or last.kind != "para":
        return False
    rest = text[m.end():].lstrip()
    above = squash(last.text)
    return (rest[:1].islower() and len(_SPACED_DASH_RE.findall(f" {above} ")) % 2 == 1
            and not above.endswith((".", ":", "!", "?", ";")))


def _closes_open_bracket(item: str, rest: str) -> bool:
    """The item above left a bracket open and the dash line closes it ('• X. (Mål 3 –
    ungdomsarbetet' / '– varje sommar)', the line broken before its dash at a page's or
    column's end; forty-second set): the rest of the item's bracket, no item of its own."""
    return item.count("(") > item.count(")") and rest.count(")") > rest.count("(")


def _wrapped_dash_tail(text: str, ln: Line, last: Element | None, prev_line: Line | None,
                      page_lines: list[Line]) -> bool:
    """A dash line right under a glyph item ('•') whose line above ran to its column's edge
    and that opens with a field label ('• Hyresbostäderna fördelas ... bostadsområden' /
    '– Ansvar: Västerby Bostäder Ab, fortlöpande'): the item's ' – Ansvar: X, when' tail,
    which the width wrapped before its dash, not a sub-item. A sub-item starts under a line
    that ended short (the item ended); and a tail read as the rest of the item keeps the item
    as printed, as on a wider page where the tail stands on the item's line."""
    m = _DASH_ITEM_RE.match(text)
    if (m is None or last is None or last.kind != "bullet" or prev_line is None
            or not BULLET_RE.match(last.text) or _DASH_SUB_ITEM_RE.match(last.text)
            or ln.bbox is None or prev_line.bbox is None or prev_line.column != ln.column):
        return False
    rest = text[m.end():].strip()
    # ... or a checklist item's '(doer)' closing the line and '– klart senast 30.9.2027' its
    # deadline wrapped before its dash (`checklist_items`)
    # (the tail's label in lower case, as it runs on in the item's sentence: '... två månader
    # – ansvar: kommunsekreteraren, tidpunkt: 2026–2028')
    tail = (field_label(rest) is not None or field_label(rest[:1].upper() + rest[1:]) is not None
            or (last.text.rstrip().endswith(")") and deadline_phrase(rest)))
    return tail and _no_room_for(text, prev_line, page_lines)


def _stops_short(line: Line, page_lines: list[Line]) -> bool:
    """The line ends well before the right edge of its column on the page (the longest line
    there): a paragraph's last line, not one that wrapped. False without positions."""
    if line.bbox is None:
        return False
    right = max((x.bbox.x1 for x in page_lines if x.bbox is not None and x.column == line.column), default=0.0)
    left = line.bbox.x0
    return right > left and (line.bbox.x1 - left) < 0.6 * (right - left)


_KEY_AT_END_RE = re.compile(r"(?:^|\s)[A-ZÅÄÖ]$")


# the separator of a line of fields ('Ansvar: X · Tid: Y', 'Ansvar: X | Tid: Y')
FIELD_SEP_RE = re.compile(r"\s[·|]\s")
# ... opening a line the field line wrapped onto ('· Tid: 2025')
_FIELD_SEP_LEAD_RE = re.compile(r"^\s*[·|]\s")


def _wrapped_field_line(text: str, ln: Line, last: Element | None, prev_line: Line | None) -> bool:
    """A line that goes on with a line of fields a narrow column wrapped: the line above is
    a paragraph of fields ('Ansvar: X · Partner: Y') that stops on the separator ('... · Tid:
    2024 ·' / 'Följs upp med: ...') or goes on with one ('Ansvar: X · Partner: –' / '· Tid:
    ...'). Its middle dot is the separator between two fields, no bullet, and the field after
    it one of the same line, not a paragraph of its own."""
    if last is None or last.kind != "para" or prev_line is None or field_label(last.text) is None:
        return False
    if ln.bbox is not None and prev_line.bbox is not None and not _same_block(prev_line, ln):
        return False
    above = prev_line.text.rstrip()
    if above.endswith(("·", "|")):
        return True
    return bool(_FIELD_SEP_LEAD_RE.match(text)) and bool(FIELD_SEP_RE.search(f" {above} ") or ":" in above)


def _wrapped_acronym_key(text: str, last: Element | None, prev_line: Line | None) -> bool:
    """A dash line under a line of fields that ended on a lone capital ('Ansvarig: X. M –
    Mätbart: Y. R' / '– Realistiskt: resurser: Z. T – Tidsatt: 2026.'): the criterion's
    letter and its dash, the acronym's key of a SMART field ('R – Realistiskt', headers.
    ACRONYM_KEY), split by the line's width; the dash line goes on the fields, no list item."""
    m = _DASH_ITEM_RE.match(text)
    return (m is not None and last is not None and last.kind == "para" and prev_line is not None
            and field_label(last.text) is not None and bool(_KEY_AT_END_RE.search(prev_line.text.rstrip()))
            and any_label(f"{prev_line.text.rstrip()[-1]} – {text[m.end():].lstrip()}"))


def _no_room_for(text: str, line: Line, page_lines: list[Line]) -> bool:
    """The first word of `text` would not have fitted after `line` in its column (up to the
    right edge of the column's longest line in `line`'s type size: a title over both columns
    is numbered with the first; at `line`'s own width per character): `line`
    ended where the column's width made it, so a sentence ending there need not end its
    paragraph. At a column's foot that is all a reader sees of the paragraph going on: the
    next column's top has no gap above it to tell a new paragraph by. False without
    positions."""
    words = text.split()
    if line.bbox is None or not words or not line.text.strip():
        return False
    right = max((x.bbox.x1 for x in page_lines
                 if x.bbox is not None and x.column == line.column and x.font_size == line.font_size), default=0.0)
    per_char = line.bbox.width / len(line.text)
    return right - line.bbox.x1 < per_char * (len(words[0]) + 1)  # the word and its space


def _block_ends_after(page_items: list, k: int) -> bool:
    """In a text whose paragraphs are told by blank lines, page_items[k] is the last line of
    its block."""
    nxt = page_items[k + 1] if k + 1 < len(page_items) else None
    return bool(_BLANK_PARAS) and (not isinstance(nxt, Line) or getattr(nxt, "blank_before", False))


def _wraps_on(line: str) -> bool:
    """A line that cannot end a heading: it stops on a function word, a comma or a hyphen."""
    t = line.rstrip()
    if t.endswith((",", "-", "–", "/", "&")):
        return True
    words = t.split()
    return bool(words) and re.sub(r"[^\wåäöÅÄÖ]", "", words[-1]).lower() in FUNCTION_WORDS


def _at_marker(ln: Line, above: Line, tol: float = 1.5) -> bool:
    """ln starts where the marker of the item line above starts ('– Festival ...' over
    'Mätare: ...', both at the list's margin): left of the item's text, so out of its hanging
    indent -- a field of the list as a whole, not the item's wrap."""
    if ln.bbox is None or above.bbox is None or not BULLET_RE.match(above.text or ""):
        return False
    return abs(ln.bbox.x0 - above.bbox.x0) <= tol


def _left_of(ln: Line, above: Line, tol: float = 3.0) -> bool:
    """ln starts left of the line above. A bullet item's lines start at or right of its
    marker (hanging indent), so a line further left after it is body text: a paragraph after
    a list that ended at the foot of a page (bullet items seldom end in a full stop)."""
    if ln.bbox is None or above.bbox is None:
        return False
    return ln.bbox.x0 < above.bbox.x0 - tol


def _column_edges(items) -> dict[int, float]:
    """Left edge of each column of a page: the leftmost start of a line in it."""
    edges: dict[int, float] = {}
    for it in items:
        if isinstance(it, Line) and it.bbox is not None:
            edges[it.column] = min(edges.get(it.column, it.bbox.x0), it.bbox.x0)
    return edges


def _after_list_in_column(ln: Line, ln_edge: float, above: Line, above_edge: float,
                          marker_indent: float | None, tol: float = 3.0) -> bool:
    """A line at the top of the next column or page under a list item that broke off there:
    the text after the list, not the item's rest, when it starts where the item's marker
    stood or left of it (each measured from its column's edge). A column's edge is taken at
    its list markers when it holds list items only, at its margin when it holds other text
    too: so the rest of an item, in the hanging indent, may stand left of the item's last line
    by the marker's own indent -- it is still right of the marker. Without the marker's
    indent known: left of the line above (`_left_of_in_column`). Nor where the item has no
    hanging indent, its last line standing where its marker did ('5.2 Ordna …' wrapped back to
    the margin): its rest starts there too, so the marker tells nothing, and only a line left
    of the item's last line is the text after it."""
    if marker_indent is None or ln.bbox is None or above.bbox is None \
            or above.bbox.x0 - above_edge <= marker_indent + tol:
        return _left_of_in_column(ln, ln_edge, above, above_edge, tol)
    return ln.bbox.x0 - ln_edge <= marker_indent + tol


def _left_of_in_column(ln: Line, ln_edge: float, above: Line, above_edge: float, tol: float = 3.0) -> bool:
    """`_left_of` for lines in different columns (a text running from the right column of a
    page into the left column of the next): their indents from their columns' edges."""
    if ln.bbox is None or above.bbox is None:
        return False
    return ln.bbox.x0 - ln_edge < above.bbox.x0 - above_edge - tol


def _runs_between_tables(items: list, lines: list[Line]) -> list[list[Line]]:
    """`lines` (in the order of `items`) cut into runs at every table among `items`."""
    wanted = {id(ln) for ln in lines}
    runs: list[list[Line]] = [[]]
    for it in items:
        if isinstance(it, Table):
            if runs[-1]:
                runs.append([])
        elif id(it) in wanted:
            runs[-1].append(it)
    return [r for r in runs if r]


def _furniture(pages, body: float) -> set[int]:
    """Running headers/footers and page numbers the normalizer left in (it usually removes
    them): a line repeated in the margin bands of at least half the pages, a bare page
    number, or small print in a margin band."""
    from collections import Counter as _C

    def band(ln: Line, page) -> bool:
        if ln.bbox is None or not page.height:
            return False
        return ln.bbox.y1 < 0.08 * page.height or ln.bbox.y0 > 0.92 * page.height

    seen: _C = _C()
    for p in pages:
        for t in {re.sub(r"\d+", "#", squash(it.text)) for it in p.items if isinstance(it, Line) and band(it, p)}:
            seen[t] += 1
    n = max(1, len(pages))
    out: set[int] = set()
    for p in pages:
        for it in p.items:
            if not isinstance(it, Line) or not band(it, p):
                continue
            t = squash(it.text)
            if (
                re.fullmatch(r"(?:sida\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?", t, re.I)
                or (n >= 3 and seen[re.sub(r"\d+", "#", t)] * 2 >= n)
                or (it.font_size and it.font_size < body - 1.5)
            ):
                out.add(id(it))
    return out


def _gap(a: Line, b: Line) -> float:
    if a.bbox is None or b.bbox is None:
        return 0.0
    return b.bbox.y0 - a.bbox.y1


_PITCH: dict[float, float] = {}


def _line_pitch(lines: list[Line]) -> dict[float, float]:
    """Usual distance between the tops of consecutive lines of one paragraph, per font size."""
    steps: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        if a.bbox is None or b.bbox is None or a.column != b.column or a.font_size != b.font_size:
            continue
        if a.bold != b.bold:
            # a bold label over plain text ('Det här gör vi' over a box's first row) is no
            # step inside a paragraph: the lines of one paragraph share their weight
            continue
        d = b.bbox.y0 - a.bbox.y0
        size = a.font_size or 10.0
        if 0.8 * size < d < 2.5 * size:
            steps.setdefault(round(size, 1), []).append(d)
    out = {}
    for size, ds in steps.items():
        ds.sort()
        out[size] = ds[len(ds) // 4]  # lower quartile: the in-paragraph step, not the paragraph gap
    return out


def _cell_goes_on(a: Line, b: Line) -> bool:
    """b, a word that could head a column ('aktiviteter', 'samarbetspart'), is the next line of
    the cell text a ('Deltagande i kulturella' / 'aktiviteter och' / 'evenemang'): in lower
    case, in a's OCR block (no blank line between), after a line that ends no sentence. A
    header label does not start in lower case under a value; only under the first line of a
    wrapped label or title ('Sammanfattning av' / 'åtgärderna', a short line stopping on a
    function word; 'Handledning och övergångar,' / 'målsättningar', a line stopping on a
    comma), where it names what follows (flat_tables._label_head)."""
    t, head = b.text.strip(), a.text.split()
    if b.blank_before or not t[:1].islower() or not head or TERMINAL_RE.search(a.text.strip()):
        return False
    return not (a.text.rstrip().endswith(",") or (len(head) <= 3 and head[-1].lower() in FUNCTION_WORDS))


def _same_block(a: Line, b: Line, in_para: bool = False) -> bool:
    """b continues a's paragraph: same column, same size, the usual line step (a paragraph
    break or a new list item leaves a larger gap). `in_para`: a already went on a paragraph
    above it (then a label word in it, 'aktiviteter och', is cell text, no label)."""
    if a.column != b.column:
        return False
    if a.bbox is None or b.bbox is None:
        if _BLANK_PARAS and a.bbox is None and b.bbox is None:
            if (is_structure_label(a.text) and not in_para) \
                    or (is_structure_label(b.text) and not _cell_goes_on(a, b)):
                return False  # a column label on its own line ('MÅL', 'TIDTABELL') stands alone
            if b.blank_before:
                # a line starting in lower case after an unfinished one goes on with it,
                # across a blank line OCR put inside a cell
                t = b.text.strip()
                return t[:1].islower() and not _OCR_BULLET_RE.match(t) and not TERMINAL_RE.search(a.text.strip())
        # plain text: a line that ends a sentence ends the paragraph, unless it was a full
        # line (the paragraph's next sentence went on, blank lines were lost)
        t = a.text.strip()
        if not TERMINAL_RE.search(t):
            return True
        width = _PLAIN_WIDTH.get("w")
        # only for text wrapped at page width; a file with one line per paragraph has no wraps
        return bool(width) and width <= 160 and len(t) >= 0.9 * width
    size = b.font_size or 10.0
    gap = _gap(a, b)
    a_size = a.font_size or size
    if gap < -2 and a.bbox.y1 - a.bbox.y0 > 1.5 * a_size and b.bbox.y0 > a.bbox.y0:
        # a line holding a symbol from another font ('☐' before a checklist item) has a box
        # far taller than its text: the line under it overlaps that box though it follows at
        # the usual step; measured from the text's own height it is the line's next line
        gap = b.bbox.y0 - (a.bbox.y0 + 1.2 * a_size)
    if gap < -2 or gap > 0.75 * size:
        return False
    pitch = _PITCH.get(round(size, 1))
    if pitch and b.bbox.y0 - a.bbox.y0 > 1.3 * pitch:
        return False
    if a.font_size and b.font_size and abs(a.font_size - b.font_size) > 0.6:
        return False
    return True


def _header_only_before(out: list[Element], table: Table, page_no: int) -> tuple[int, list[Element]] | None:
    """A header printed without cells over its leading columns comes out as a table of the
    named cells only ('Ansvarsinstans | Samarbetspartner | Uppföljning'), and its body as a
    separate, wider table without a header; the first line of the first row may sit between
    them as loose lines. Returns the index of that header table and the loose elements."""
    rows = table.rows
    if not rows:
        return None
    j = len(out) - 1
    loose: list[Element] = []
    while j >= 0 and out[j].kind == "para" and len(loose) < table.n_cols and len(out[j].text) <= 40:
        loose.insert(0, out[j])
        j -= 1
    if j < 0:
        return None
    head = out[j]
    if (head.kind != "table" or head.table is None or len(head.table.rows) != 1
            or not is_structure_header(head.table.rows[0]) or head.table.n_cols >= table.n_cols
            or len(map_columns(rows[0])) >= head.table.n_cols  # the wider table has its own header
            or page_no not in (head.pages[-1], head.pages[-1] + 1)):
        return None
    return j, loose


_FOOTER_CHARS = 120


def _furniture_between(out: list[Element], table: Table, page_no: int, book: int) -> list[Element]:
    """The page furniture paragraphs (a page number, a running head: `page_furniture`) right
    between a table and a piece of as many columns on the next page that opens without a
    header of its own, or repeats the table's; [] when there are none or no such table."""
    k = len(out)
    while k > 0 and out[k - 1].kind == "para" and (is_page_number(out[k - 1].text)
                                                   or looks_like_running_head(out[k - 1].text)):
        k -= 1
    if k == len(out) or k == 0 or not table.rows:
        return []
    prev = out[k - 1]
    if (prev.kind != "table" or prev.table is None or prev.table.n_cols != table.n_cols
            or not (_same_page(prev, page_no, book) or _next_page(prev, page_no, book))):
        return []
    if is_structure_header(table.rows[0]) and not _looks_like_header_of(table.rows[0], prev.table.rows[0]):
        return []  # another table with a header of its own
    return out[k:]


def _footer_between(out: list[Element], table: Table, page_no: int, book: int) -> Element | None:
    """The one short paragraph between a table and its continuation, which repeats the
    table's header and opens with the rest of the table's last row: a line at the foot of
    the page the row broke on (a running footer set as text), not a text of the table's.
    None when there is no such paragraph."""
    if len(out) < 2 or len(table.rows) < 2:
        return None
    para, prev = out[-1], out[-2]
    if (para.kind != "para" or len(squash(para.text)) > _FOOTER_CHARS or prev.kind != "table"
            or prev.table is None or prev.table.n_cols != table.n_cols or not prev.table.header_rows
            or not (_same_page(prev, page_no, book) or _next_page(prev, page_no, book))
            or not _looks_like_header_of(table.rows[0], prev.table.rows[0])):
        return None
    return para if _continues_row(table.rows[table.header_rows or 1], prev.table.rows[-1]) else None


def _next_page(last: Element, page_no: int, book: int) -> bool:
    """The table is on the page after the one `last` reached (by book page where both are
    known, else by page number)."""
    if book >= 0 and last.book >= 0:
        return book == last.book + 1
    return page_no == last.last_page() + 1


def _same_page(last: Element, page_no: int, book: int) -> bool:
    if book >= 0 and last.book >= 0:
        return book == last.book
    return page_no == last.last_page()


def _add_table(out: list[Element], table: Table, page_no: int, first_on_page: bool = False,
               book: int = -1, continued: bool = False) -> None:
    """`book`: the ordinal of the book page the table is on (the two pages of a spread share
    `page_no`); -1: pages are told by `page_no`."""
    heads = header_headings(out, table.n_cols, page_no) if not table.header_rows and table.rows else None
    if heads is not None:
        # the header row left out of the table, read as one heading per column
        del out[-table.n_cols:]
        table = table.model_copy(update={"rows": [heads] + [list(r) for r in table.rows], "header_rows": 1})
    found = _header_only_before(out, table, page_no)
    if found is not None:
        j, loose = found
        head = out[j]
        body = [list(r) for r in table.rows]
        if loose and len(loose) == table.n_cols and body:
            # the first line of the first row, one piece per column
            body[0] = [f"{p.text}\n{c}" if c.strip() else p.text for p, c in zip(loose, body[0])]
            loose = []
        pad = table.n_cols - head.table.n_cols
        merged = table.model_copy(update={"rows": [[""] * pad + list(head.table.rows[0])] + body, "header_rows": 1})
        del out[j:]
        out.extend(loose)
        out.append(Element("table", "", head.pages[0], table=merged,
                           pages=[head.pages[0]] + [page_no] * len(body),
                           book=book))
        return
    if _continued_caption_over(out, table):
        # 'Tabell 3 (forts.)' between two pieces of one table: the caption says the table
        # goes on, so its rows are the same table's ("same goal as above" runs on into them)
        out.pop()
        _add_table(out, table, page_no, first_on_page, book, continued=True)
        return
    if len(out) >= 3 and is_foot_line(out[-2].text) and out[-2].kind == "para" \
            and _continued_caption_over([out[-3], out[-1]], table) \
            and _repeats_header_of(table, out[-3]):
        # ... with the page's running foot set as text before the caption ('Lappviks kommun
        # · Integrationsprogram 2025–2028 · 8', 'Tabell 3 (forts.)'): the page broke the
        # table there; it is joined past both, and the foot is set before it (after it, the
        # foot would stand between the table and its next piece on the page after)
        out.pop()
        foot = out.pop()
        _add_table(out, table, page_no, first_on_page, book, continued=True)
        out.insert(len(out) - 1, foot)
        return
    furniture = _furniture_between(out, table, page_no, book)
    if furniture:
        # 'Sida 6 (10)' and the running head of the next page, printed as text between a
        # table and its headerless continuation: the table goes on past them (they follow it)
        del out[-len(furniture):]
        _add_table(out, table, page_no, first_on_page, book, continued=True)
        out.extend(furniture)
        return
    footer = _footer_between(out, table, page_no, book)
    if footer is not None:
        # a table going on over the page break past a line printed at the foot of the page
        # (a running footer set as text: 'Esbo stad · ... · 15'): the table is joined as if
        # the line were not there, and the line follows it
        out.pop()
        _add_table(out, table, page_no, first_on_page, book, continued=True)
        out.append(footer)
        return
    last = out[-1] if out else None
    rows = [list(r) for r in table.rows]
    if (
        first_on_page and last is not None and last.kind == "table" and last.table is not None
        and 0 < table.n_cols < last.table.n_cols and _next_page(last, page_no, book)
        and not _looks_like_header_of(rows[0], last.table.rows[0])
    ):
        # the continuation lost its leading columns (empty: the goal is 'same as above'):
        # align it to the right of the table it continues
        pad = last.table.n_cols - table.n_cols
        rows = [[""] * pad + r for r in rows]
        table = table.model_copy(update={"rows": rows, "header_rows": 0})
    same_page_split = (
        last is not None and last.kind == "table" and last.table is not None and _same_page(last, page_no, book)
        and rows and not is_structure_header(rows[0])
    )
    if (
        last is not None and last.kind == "table" and last.table is not None
        and last.table.n_cols == table.n_cols and (_next_page(last, page_no, book) or same_page_split or continued)
    ):
        prev = last.table
        hdr = prev.header_rows
        body_rows = rows
        if hdr and rows and _looks_like_header_of(rows[0], prev.rows[0]):
            body_rows = rows[max(1, table.header_rows):]  # the header repeated on the new page
        elif rows and is_structure_header(rows[0]) and not is_structure_header(prev.rows[0]) \
                and not _opens_next_card(rows[0], prev.rows[0]):
            body_rows = rows[1:]
        elif table.header_rows and rows and any(_same_row(rows[0], r) for r in prev.rows):
            # the first row of a headerless piece joined further up (past page furniture,
            # `_furniture_between`), printed again on the next page as that piece's header
            body_rows = rows[1:]
        if body_rows and prev.rows and _continues_row(body_rows[0], prev.rows[-1],
                                                      prev.rows[0] if hdr else None):
            tail = prev.rows[-1]
            for c, cell in enumerate(body_rows[0]):
                # '(forts.)' in a cell marks the row as going on, no text of it
                if cell.strip() and c < len(tail) and not _CONTINUED_CELL_RE.match(cell):
                    if hdr and describes_the_action(prev.rows[0][c], tail[c], cell):
                        # 'Mentorprogram för nyanställda.' / 'Mentorerna är …': sentences
                        # describing the action the cell named, no part of its name
                        continue
                    tail[c] = f"{tail[c]}\n{cell}" if tail[c].strip() else cell
            body_rows = body_rows[1:]
        # the piece's merged cells, renumbered as rows of the joined table (a row merged
        # across the table on the next page is still a section row: TableReader._section_rows)
        skip = len(rows) - len(body_rows)
        prev.spans = list(prev.spans) + [(len(prev.rows) + r - skip, c, rs, cs)
                                         for r, c, rs, cs in table.spans if r >= skip]
        prev.rows.extend(body_rows)
        last.pages.extend([page_no] * len(body_rows))
        last.reached = page_no
        last.book = book
        return
    t = table.model_copy(deep=True)
    out.append(Element("table", "", page_no, table=t, pages=[page_no] * len(rows),
                       book=book))


def _opens_next_card(row: list[str], first: list[str]) -> bool:
    """The first row of a piece after a page break keyed by the same label as the first row
    of the table it joins, which is no header ('Åtgärder | Mål 2' under cards opening
    'Åtgärder | Arbetssökande …'): label-value cards, each opening with that field -- the
    next card's first field, whatever its value (a goal's label and number reads like a
    header cell), not the header printed again."""
    key = squash(row[0]).rstrip(":").casefold() if row else ""
    return (len(row) == 2 and len(first) == 2 and bool(key) and is_structure_label(row[0])
            and key == squash(first[0]).rstrip(":").casefold() and bool(squash(row[1])))


# a cell holding only the mark that its row goes on from the page before: '(forts.)', 'forts.'
_CONTINUED_CELL_RE = re.compile(rf"^\s*\(?\s*(?:{CONTINUED_WORD}|cont(?:\.|inued)?)\s*\)?\s*$", re.I)


def _same_row(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and any(x.strip() for x in a) and all(squash(x) == squash(y) for x, y in zip(a, b))


def _repeats_header_of(table: Table, piece: Element) -> bool:
    """The piece going on prints the header of the table piece it continues, or none: a
    header row before a headerless piece (itself a continuation) would be read as a row."""
    if not table.header_rows or not table.rows:
        return True
    t = piece.table
    return t is not None and bool(t.header_rows) and bool(t.rows) and _looks_like_header_of(table.rows[0], t.rows[0])


def _continued_caption_over(out: list[Element], table: Table) -> bool:
    """The last element is a caption marking a continuation ('Tabell 3 (forts.)') and the
    one before it a table of as many columns: the table the caption continues."""
    if len(out) < 2 or out[-1].kind not in ("heading", "para") or not CONTINUED_CAPTION_RE.match(out[-1].text):
        return False
    last = out[-2]
    return last.kind == "table" and last.table is not None and last.table.n_cols == table.n_cols


# A header repeated on the next page, read again by OCR, may differ in a letter or two
# ('Ansvarsinstan-s' read as 'Ansvarsinstan 5'); another table's header shares less.
_SAME_HEADER_RATIO = 0.85


def _looks_like_header_of(row: list[str], header: list[str]) -> bool:
    a = " ".join(squash(c).lower() for c in row)
    b = " ".join(squash(c).lower() for c in header)
    if not a:
        return False
    if a == b:
        return True
    la, lb = re.sub(r"[\W\d_]+", "", a), re.sub(r"[\W\d_]+", "", b)
    return len(la) >= 10 and SequenceMatcher(None, la, lb).ratio() >= _SAME_HEADER_RATIO


_EMPTY_MARK_RE = re.compile(r"^[–—-]$")
# a cell line that is a figure: a number with its unit or sign ('75 %', '6 602', '2,5', '–')
_FIGURE_RE = re.compile(r"^[–—-]?\s*\d[\d\s.,]*\s*(?:%|€|st|kpl)?$|^[–—-]$")


def _ends_open(line: str) -> bool:
    """The line stops where its text cannot end: at a comma, a hyphen or dash, a colon, or a
    function word ('från', 'och')."""
    line = line.rstrip()
    if line.endswith((",", "-", "–", ":", ";", "/", "(")):
        return True
    words = line.split()
    if words and words[-1].startswith("(") and line.endswith(")"):
        return False  # a bracketed mark ('(I)') closes the line, whatever letter it holds
    return bool(words) and re.sub(r"[^\wåäöÅÄÖ]", "", words[-1]).lower() in FUNCTION_WORDS


def _is_whole_time(cell: str) -> bool:
    """The cell holds a time and nothing more ('våren 2026', 'fortlöpande', 'mars 2026.')."""
    text = squash(cell).rstrip(".")
    m = opens_with_time(text) if text else None
    return bool(m) and m.end() >= len(text) and not _ends_open(text)


# a name's genitive at a line end ('Ålands' / 'arbetsmarknadsmyndighet', 'Röda Korsets' /
# 'Karisavdelning'): the name goes on under it
_NAME_GENITIVE_END_RE = re.compile(r"\b[A-ZÅÄÖ][^\W\d_]*s$")
# ... but not the name a definite head noun introduces ('Föreningen Diversitas', 'Stiftelsen
# Pontus'): the association's own name, whole, which may end in s
_HEADED_NAME_END_RE = re.compile(r"\b[A-ZÅÄÖ][^\W\d_]{2,}(?:en|et)\s+[A-ZÅÄÖ][^\W\d_]*s$")


def _finished_name(above: str) -> bool:
    """The cell's last line is finished: it stops on no comma, function word or name's
    genitive, and the cell leaves no bracket open."""
    last = above.splitlines()[-1].rstrip() if above.strip() else ""
    genitive = _NAME_GENITIVE_END_RE.search(last) and not _HEADED_NAME_END_RE.search(last)
    return bool(last) and not (_ends_open(last) or genitive or above.count("(") > above.count(")"))


def _names_whole(cell: str) -> bool:
    """The cell is an actor's name and nothing more: no number before it, no sentence after
    it ('Social- och hälsovårdsförvaltningen', not '2. Personalutveckling' or a sentence)."""
    text = squash(cell)
    return bool(text) and numbering(text) is None and not TERMINAL_RE.search(text) and names_actor(text)


def _short_finished_value(cell: str) -> bool:
    """A cell of at most three words (figures aside) whose last line ends nothing open (no
    comma, function word or hyphen at its end): a value given whole ('inom budgetramen',
    '1 500 € per år')."""
    text = squash(cell)
    return bool(text) and len(re.findall(r"[^\W\d_]+", text)) <= 3 and not _ends_open(cell.splitlines()[-1])


# a compound's first part coordinated with a whole word ('kultur- och fritidstjänsterna')
_COORDINATED_PART_RE = re.compile(r"^[^\W\d_]{3,}[-–]\s+(?:och|eller)\s+[^\W\d_]{3,}")


def _whole_actor(cell: str) -> bool:
    """The cell names an actor whole (not opening with a function word or a compound's first
    part, nor closing a bracket opened above)."""
    text = squash(cell)
    first = text.split()[0]
    # (a compound's first part coordinated with a whole word opens a whole name: 'kultur- och
    # fritidstjänsterna', as 'Social- och hälsovårdsförvaltningen' is one)
    coordinated = _COORDINATED_PART_RE.match(text) is not None
    if first.lower() in FUNCTION_WORDS or (first.endswith(("-", "–")) and not coordinated) \
            or text.count(")") > text.count("("):
        return False
    return names_actor(text)


def _whole_actor_under_finished(cell: str, above: str) -> bool:
    """The cell names an actor whole ('näringslivsombudet', 'kommunkansliet', the head word
    of an organisation or a post) and the cell above it is finished: its last line does not
    stop on a comma, a function word or a name's genitive, and it leaves no bracket open; the
    cell does not open with a function word ('och fritidsväsendet') or the first part of a
    compound ('arbetsmarknads- och ...'), nor close a bracket ('stad)' under '(X i samarbete
    med Vanda': the rest of the name above). A doer and its partners ('familjecentret' /
    'i samarbete med X och Y', a cell giving the partners a line of their own) name the doer
    whole as well: the doer before the phrase is judged."""
    if not _finished_name(above):
        return False
    doer = WITH_PARTNERS_RE.split(squash(cell), maxsplit=1)[0]
    return bool(doer.strip()) and _whole_actor(doer)


# an item of a list marked with dashes: the dash, a space and a capital or a figure
_DASH_LIST_ITEM_RE = re.compile(r"^[–-]\s+[A-ZÅÄÖ0-9]")
# ... and one written in lower case, as a meter column writes its items ('– antal deltagare')
_LOWER_DASH_ITEM_RE = re.compile(r"^[–-]\s+[a-zåäö]")


def _opens_under_empty_key(row: list[str], above: list[str]) -> bool:
    """The row's first filled cell opens a text of several words with a capital under an
    empty cell of the row above, which filled cells right of it: a grouped table leaves its
    key column empty on the rows of a group ('same as above') and fills it where the next
    group starts ('', '', 'Svenska som andraspråk ...' / '', 'Barn och unga ... trivs i
    skolan', 'Modersmålsstöd ...'). A row cut by a page end goes on in the cells that held
    text above it; there is no text above this cell for it to go on. The group's first row is
    a whole row, filling each cell the row above filled right of the key (its action has its
    doer and time as the actions above had); a row that leaves some of them empty is a cut
    row's rest, going on only in the cells still running, or a table read out of order (a
    text dump's columns one after another), where an empty cell above tells no group."""
    first = next((c for c, cell in enumerate(row) if cell.strip()), None)
    if first is None or first >= len(above) or above[first].strip():
        return False
    if not any(x.strip() for x in above[first + 1:]):
        return False
    if any(x.strip() and not (c < len(row) and row[c].strip())
           for c, x in enumerate(above[first + 1:], start=first + 1)):
        return False
    text = row[first].strip()
    return text[:1].isupper() and len(text.split()) >= 3 and not numbering(text)


# a dotted number opening a line, the words after it in lower case ('6.2 lagts till och …')
_LOWER_AFTER_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s+[a-zåäö]")


# the words a number follows when the text names a numbered part: 'åtgärd 2.3', 'mål 2', 'punkt 4'
_NUMBERED_PART_WORD_RE = re.compile(r"(?:åtgärd(?:erna)?|(?:del)?mål(?:en)?|punkt(?:erna)?|kapitel|avsnitt"
                                    r"|bilaga|tabell|sidan|nr)")


# the words that name a part of the document by the number after them, and never end a
# sentence without it: 'tabell 2', 'bilaga 1', 'kapitel 3', 'sidan 12', 'figur 4'
_NUMBERED_ONLY_WORD_RE = re.compile(r"(?:tabell(?:erna)?|figur(?:erna)?|bilaga|bilagorna|kapitel|kapitlen|avsnitt"
                                    r"|sidan|sidorna|nr|§)")
# a number opening a line, dotted or not, with its full stop or not ('2. ', '3.1 ', '4 ')
_NUMBER_OPENING_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?(?:\s|$)")


# a line of fields closing on a field's label with nothing after it ('… Tidtabell: 2026. Nr:')
_CLOSING_LABEL_RE = re.compile(r"[.;]\s+(?P<label>[A-ZÅÄÖ][^\W\d_]*(?:\s+[^\W\d_]+){0,2})\s*:$")


def _value_wrapped(last, prev_line) -> bool:
    """A card's line of fields ('Ansvarig: X. Tidtabell: Y. Nr:') stops on a field's label with
    no value after it: the value wrapped onto the next line ('3.1.', the number the field
    gives), which opens no numbered item of its own. (A line is not ended on a label whose
    value is still to come; a list after an intro 'Åtgärder:' is under a line that is no
    line of fields.)"""
    if last is None or last.kind != "para" or prev_line is None:
        return False
    m = _CLOSING_LABEL_RE.search(prev_line.text.rstrip())
    return bool(m) and field_label(last.text) is not None and any_label(f"{m.group('label')}: x")


def _number_mid_sentence(text: str, last, prev_line) -> bool:
    """A paragraph's line wrapped before a number it names ('… har åtgärderna 2.3 och' / '6.2
    lagts till och …'): the line above ends in a word that cannot end a sentence ('och',
    'i') and the number runs on in lower case. A list item's number opens its own sentence,
    with a capital; a sentence naming items by number breaks where the width falls."""
    if last is None or last.kind != "para" or prev_line is None:
        return False
    words = prev_line.text.rstrip().split()
    if words and _NUMBERED_ONLY_WORD_RE.fullmatch(words[-1].lstrip("(").lower()) and _NUMBER_OPENING_RE.match(text):
        # '… för att nå målet i tabell' / '2. Efter åtgärden anges …': the number belongs to
        # the word naming a part of the document by its number, whatever follows it -- its
        # full stop may end the sentence, and the next one open with a capital ('mål' and
        # 'åtgärder' may end a lead-in over a numbered list: 'Staden har fyra mål' / '1. …')
        return True
    if not _LOWER_AFTER_NUMBER_RE.match(text):
        return False
    # ... or in the word the number belongs to ('… vilket mål den hör till (åtgärd' / '2.3 hör
    # till mål 2).': a part named by its number, fortieth set)
    return bool(words) and (words[-1].lower() in FUNCTION_WORDS or words[-1].endswith(",")
                            or bool(_NUMBERED_PART_WORD_RE.fullmatch(words[-1].lstrip("(").lower())))


# a cell holding a dotted action number and nothing else ('2.1', '2.1.')
_BARE_ACTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")
# a goal named by its label and number alone ('mål 3', 'Delmål 2.1'), in lower case as a
# reference in running text is: the key of a row of its own in a column of references
# beside action numbers ('2.3' / 'mål 3'), no words going on from the cell above
# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS: 'målsättning 2',
# 'tyngdpunkt 1.2' are such keys as well)
# ... and a level's compound of 'mål' ('Effektmål 2', 'Resultatmål 1.1', 'Huvudmål 3': the
# compound as text.GOAL_LABEL_RE reads it, text.GOAL_COMPOUND_FIRST: not 'modersmål 2')
_GOAL_REFERENCE_CELL_RE = re.compile(
    rf"^{GOAL_COMPOUND_FIRST}{GOAL_LABEL_WORDS}\s+\d{{1,2}}[a-z]?(?:\.\d{{1,2}})*\.?$", re.I)


_WHOLE_KEY_RE = re.compile(r"^\d{1,2}\.?$")


def _field_label_cell(cell: str) -> bool:
    """The cell is one field label alone ('Mål', 'Åtgärder', 'Ansvar:'), no text beside it."""
    cell = squash(cell).rstrip(":")
    return bool(cell) and "\n" not in cell and label_role(cell, free_words=0) is not None


def _row_key(cell: str, other: str) -> bool:
    """The cell names a goal or an action by a label and number or a dotted number alone
    ('Mål 3', 'Effektmål 2', '1.2'): a column key, a row's own. A whole number alone ('1')
    is one beside such a key in the `other` cell ('1' over '1.1': the upper level's number
    over its first sub-goal's), not beside another number (a figure)."""
    def labelled_or_dotted(x: str) -> bool:
        return bool(_GOAL_REFERENCE_CELL_RE.match(x) or _BARE_ACTION_NUMBER_RE.match(x))
    cell, other = cell.strip(), other.strip()
    return labelled_or_dotted(cell) or bool(_WHOLE_KEY_RE.match(cell) and labelled_or_dotted(other))


def _continues_row(row: list[str], above: list[str], header: list[str] | None = None) -> bool:
    """A row broken by a page end. Each filled cell votes: a cell starting in lower case
    (mid-sentence) votes twice for continuation, one that reads as a wrap of the cell above
    (that line ended in a comma, hyphen or function word) or an action number going on with
    the list above ('7.3' under '7.2') once; a cell starting with a capital after a finished
    line votes for a new row. One lower-case goal ('genom projekt') against three capitalised
    cells is a new row. A target-group column ('Målgrupp', by the table's `header`) casts no
    vote: target groups are written in lower case as a rule ('alla som vill öva svenska'),
    each row's whole, so its case says nothing of a cut."""
    cont = new = 0
    keyed_line = False
    filled = sum(bool(cell.strip()) for cell in row)
    quiet = target_group_column(header) if header else None
    if _opens_under_empty_key(row, above):
        return False
    for c, cell in enumerate(row):
        if c == quiet:
            continue
        cell = cell.strip()
        prev_cell = above[c].strip() if c < len(above) else ""
        num = numbering(cell)
        if _BARE_ACTION_NUMBER_RE.match(cell) and _BARE_ACTION_NUMBER_RE.match(prev_cell):
            # '1.2' alone under '1.1' alone: a key column of action numbers ('Åtgärd nr'),
            # one number a row; a list going on in a cell has its items' text after each
            # number, and the rest of a row cut by a page end leaves its key cell empty
            return False
        if (KEY_NUMBER_RE.match(cell) and KEY_NUMBER_RE.match(prev_cell)
                and (cell[-1:].isalpha() or prev_cell[-1:].isalpha())):
            # '3b' under '3a', '4' under '3b': a column keying each row by its goal's number
            # and focus letter (a follow-up table's 'Mål': '1', '2', '3a', '3b', '4'), as '1.2'
            # under '1.1' keys the actions -- a key filled anew is a row of its own (the rest
            # of a row cut by a page end leaves its key cell empty)
            return False
        if c == 0 and _field_label_cell(cell) and _field_label_cell(prev_cell) \
                and squash(cell).casefold() != squash(prev_cell).casefold():
            # 'Åtgärder' under 'Mål' in the label column of a form table (label | value, one
            # field a row): the label names a field of its own -- a row cut by a page end
            # leaves its label cell empty, whatever dash item ('- förberedande …') the value
            # opens with
            return False
        if (_row_key(cell, prev_cell) and _row_key(prev_cell, cell) and squash(cell) != squash(prev_cell)):
            # 'Målsättning 3' under 'Målsättning 2': a column keying each row by the goal it
            # follows up, filled anew -- a row of its own, whatever lower-case meter ('väntetid
            # till …') or target ('högst en månad') it holds beside it; so is a key of the other
            # level of a two-level hierarchy ('1.1' under 'Effektmål 1', 'Effektmål 2' under
            # '1.2': the upper goal named by its label, the lower by its number)
            return False
        if num and "." in num:
            # '7.3 ...' under a cell whose actions end with '7.2 ...': the same list goes on
            prev_nums = [numbering(x) for x in prev_cell.splitlines()]
            prev_nums = [x for x in prev_nums if x and "." in x]
            if squash(cell) == squash(prev_cell):
                new += 2  # the cell above again ('3.1 Skola' on each of the part's rows): a
                # key repeated, no list going on
            elif prev_nums and prev_nums[-1].split(".")[0] == num.split(".")[0]:
                if len(prev_nums) == 1 and len(cell.splitlines()) == 1 and len(prev_cell.splitlines()) == 1:
                    # one numbered line under one ('3.2 Arbete' under '3.1 Skola'): a column
                    # keying each row by a numbered part as well as a list cut by a page end;
                    # the row's other cells tell (below)
                    keyed_line = True
                else:
                    cont += 1
            continue
        if not cell or (BULLET_RE.match(cell) and not cell.startswith(("–", "-"))) or NUMBERED_RE.match(cell):
            continue
        if _EMPTY_MARK_RE.match(cell):
            continue  # a dash alone marks an empty field ('–': none), it continues nothing
        if _DASH_LIST_ITEM_RE.match(cell) and (not prev_cell or any(_DASH_LIST_ITEM_RE.match(x)
                                                                    for x in prev_cell.splitlines())):
            continue  # an item of a dash list ('– Kommunen erbjuder ...') under a cell of such
            # items: a list item starts anew as a bullet does, whether its row is new or the
            # list above goes on -- no vote, as for the other bullets; under an empty cell
            # (an actor's cell left empty in a 'Vem gör vad?' matrix) it goes on from nothing
        if _LOWER_DASH_ITEM_RE.match(cell) and prev_cell and _LOWER_DASH_ITEM_RE.match(prev_cell):
            continue  # '– antal familjer i bostadskö' under '– antal deltagare …': a column
            # whose items are dash lines in lower case (meters) -- an item starts anew as under
            # capitalised dash items, no sentence cut mid-way by a page end
        first = cell.splitlines()[0]
        last = prev_cell.splitlines()[-1] if prev_cell else ""
        if _EMPTY_MARK_RE.match(last) and not cell[0].islower():
            new += 1  # a dash marks the field above as empty: there is nothing to go on
        elif BARE_NUMBER_RE.match(cell) and BARE_NUMBER_RE.match(prev_cell):
            new += 2  # a number alone under a number alone ('6' under '5' in a 'Mål nr' column):
            # a finished number goes on in no second one -- each row's own key or value
        elif is_part_reference(cell) or _GOAL_REFERENCE_CELL_RE.match(cell):
            new += 2  # a reference to a part of the document ('kap. 3, punkt 2'), lower case
            # as abbreviations are: the key of a row of its own (`part_references`)
        elif squash(cell) == squash(prev_cell):
            new += 2  # the cell above again (a goal's name on each of its rows): a text that
            # goes on does not start over, a new row repeats it
        elif c == 0 and cell[0].isupper() and last.endswith(("?", "!")):
            new += 2  # the key cell above closed its question ('Vem ordnar ...?', a 'Vem gör
            # vad?' table that asks each action as a question): a capital after it asks the
            # next one, a row of its own, whatever lower-case value the row holds beside it
        elif c == 0 and label_role(first.rstrip(":"), free_words=0):
            new += 2  # a row led by a field label ('Åtgärder | ...') is a row of its own
        elif c == 0 and cell[0].isupper() and _finished_name(prev_cell) and _names_whole(cell) \
                and _names_whole(prev_cell):
            new += 2  # the first cell, the key a reader finds a row by, names a unit whole
            # ('Tekniska förvaltningen') under another whole name ('Bildningsförvaltningen'):
            # a new row, as a name does not go on in a second name
        elif (cell[0].islower() and filled > 1 and _is_whole_time(cell) and last
              and _finished_name(prev_cell)):
            continue  # a whole time ('årligen') under a finished value ('per termin'), in a row
            # that fills other cells too: a value of its own row, as a whole actor is below
        elif _FIGURE_RE.match(last) and cell[0].islower():
            continue  # under a figure ('75 %'), a word ('ökar') is a value of its own row
        elif cell[0].islower() and opens_with_time(first) and opens_with_time(prev_cell) and not _ends_open(last):
            continue  # under a whole time ('årligen'), a time ('läsåret 2026') is its own row's
        elif cell[0].islower() and _is_whole_time(prev_cell):
            continue  # a cell that is only a time ('våren 2026') is a finished value: a
            # lower-case text under it ('hela året', 'ansökan i april 2026') is a value of its
            # own row (a schedule in words), no sign that a page end cut the row above
        elif not prev_cell and cell[0].islower() and opens_with_time(first):
            continue  # a time under an empty cell ('från hösten 2024' under a row whose time
            # cell is empty) goes on from nothing: a value of its own row, no vote
        elif not prev_cell and cell[0].islower() and filled > 1:
            continue  # any value in lower case under an empty cell, in a row that fills other
            # cells too: a doer ('familjecentret', a merged cell left blank in the rows it
            # spans), a meter ('antal deltagare' under an action whose follow-up cell was left
            # empty) -- there is no text above for it to go on, it is its own row's value
        elif cell[0].islower() and last and filled > 1 and _whole_actor_under_finished(cell, prev_cell):
            continue  # a doer named in lower case ('näringslivsombudet') under a cell whose
            # name was finished ('KST tillsammans med X'), in a row that fills other cells
            # too: a value of its own row, as a time under a whole time is; no sign that a
            # page end cut the row above (a lone lower-case cell is the usual wrapped line
            # of a borderless table, 'i nya' / 'våningshusområden')
        elif cell[0].islower() and filled > 1 and opens_with_count(first) and opens_with_count(prev_cell) \
                and _finished_name(prev_cell):
            continue  # a meter opening with its count ('antal personer i …') under a finished
            # meter that opened so ('antal deltagande arbetsgivare per år'), in a row that
            # fills other cells too: a meter column writes each row's meter in lower case, a
            # value of its own row, no sign that a page end cut the row above
        elif cell[0].islower() and filled > 1 and _short_finished_value(prev_cell) and new:
            continue  # a lower-case value ('projektmedel') under a short finished value
            # ('inom budgetramen', '500 € per år') in a row whose other cells start anew
            # after finished lines: each row fills its column with a value of its own (a
            # resource, a time), no sign that a page end cut the row above
        elif cell[0].islower() or cell[0] in ",;)–-":
            cont += 2  # mid-sentence: nothing else but a continuation starts so
        elif last and is_wrap(last, first) and not cell[0].isdigit():
            cont += 1
        else:
            new += 1
    if keyed_line and not new:
        cont += 1  # nothing else starts anew: the numbered list goes on
    return cont >= 1 and cont >= new
