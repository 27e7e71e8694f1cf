"""RawDocument -> NormalizedDocument: Unicode, page furniture, Swedish OCR repair, de-hyphenation.

Order per page: Unicode clean-up of every line and cell (NFC, ligatures, soft hyphens, stray
combining marks, odd spaces); running headers/footers and page numbers dropped from the items
(listed in `removed`; `raw_text` stays as extracted); OCR repair of lines and table cells when
detection calls the page damaged (or `repair="always"`); then words hyphenated at a line end
are joined when the lexicon says the joined word is a word ("invand-" + "rare"), the tail moving
up to the first line. `Repair.line_no` is the 1-based position of the item (line or table) in
the page's normalized items.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from extractors.model import Line, Page, RawDocument, Table
from extractors.spreads import book_pages
from normalizers.model import NormalizedDocument, NormalizedPage, Repair
from normalizers.repair import (DAMAGE_THRESHOLD, MIN_PAGE_WORDS, LineRepairer, assess_counts,
                                get_repairer, names_in_text, split_token)

LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
             "Ĳ": "IJ", "ĳ": "ij", "Œ": "OE", "œ": "oe"}
_ODD_SPACES = dict.fromkeys([0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " ")
_INVISIBLE = dict.fromkeys([0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF], None)
_SPACING_MARKS = {"¨": "\u0308", "˚": "\u030a", "´": "\u0301", "`": "\u0300"}
_SPACING_RE = re.compile(r"([A-Za-z])([¨˚])|([¨˚])([A-Za-z])")


def clean_unicode(text: str) -> str:
    """NFC, ligatures expanded, soft hyphens / zero-width characters dropped, odd spaces to ' ',
    spacing diaeresis/ring next to a letter composed ("a¨" -> "ä")."""
    if text.isascii():
        return text
    t = text.translate(_ODD_SPACES).translate(_INVISIBLE)
    for lig, rep in LIGATURES.items():
        if lig in t:
            t = t.replace(lig, rep)
    if "¨" in t or "˚" in t:
        def comp(m):
            letter = m.group(1) or m.group(4)
            mark = m.group(2) or m.group(3)
            return unicodedata.normalize("NFC", letter + _SPACING_MARKS[mark])
        t = _SPACING_RE.sub(comp, t)
    t = unicodedata.normalize("NFC", t)
    # a combining mark left alone (no base letter before it) is dropped
    if any(unicodedata.combining(c) for c in t):
        out = []
        for c in t:
            if unicodedata.combining(c) and (not out or not out[-1].isalpha()):
                continue
            out.append(c)
        t = "".join(out)
    return t


def _word_changes(page_no: int, line_no: int, before: str, after: str, rule: str) -> list[Repair]:
    if before == after:
        return []
    a, b = before.split(), after.split()
    if len(a) != len(b):
        return [Repair(page_no=page_no, line_no=line_no, original=before, repaired=after, rule=rule,
                       confidence=1.0)]
    return [Repair(page_no=page_no, line_no=line_no, original=x, repaired=y, rule=rule, confidence=1.0)
            for x, y in zip(a, b) if x != y and any(c.isalpha() for c in x + y)]


# ------------------------------------------------------------------ page furniture

_PAGENUM = re.compile(r"^\s*(?:[-–—]\s*)?(?:(?:sida|sid\.|s\.|page)\s*)?\d{1,4}(?:\s*(?:/|\(|av)\s*\d{1,4}\)?)?"
                      r"(?:\s*[-–—])?\s*$", re.I)


def _furniture_key(text: str) -> str:
    t = re.sub(r"\d+", "#", text.strip().lower())
    return re.sub(r"\s+", " ", t)


def find_furniture(pages: list[Page], edge: int = 2) -> dict[int, set[int]]:
    """{page index: item indices} of running headers/footers and page numbers.

    A line among the first/last `edge` lines of a page is a running header/footer when the same
    text (digits ignored) stands at the top/bottom of at least half the pages (and 3 or more);
    a lone page number ("12", "- 12 -", "Sida 12", "12 (40)") at a page's top or bottom goes too.
    A line with a table between it and the page's top (bottom) is not at the top (bottom): the
    caption over a page's last table ('Åtgärd 4.1'), repeated with other digits on most pages
    of a programme printed as one table per measure, is no running footer."""
    edges: list[list[tuple[int, str]]] = []
    counts: Counter = Counter()
    for p in pages:
        idx = [i for i, it in enumerate(p.items) if isinstance(it, Line) and it.text.strip()]
        tables = [i for i, it in enumerate(p.items) if not isinstance(it, Line)]
        e = edge if len(idx) >= 3 * edge else 1  # short pages: only the very first / last line
        top = [i for i in idx[:e] if not tables or i < tables[0]]
        bottom = [i for i in idx[-e:] if (not tables or i > tables[-1]) and i not in top]
        cand = top + bottom
        keys = [(i, _furniture_key(p.items[i].text)) for i in cand]
        edges.append(keys)
        counts.update({k for _, k in keys if k and k != "#"})
    n = len(pages)
    common = {k for k, c in counts.items() if n >= 3 and c >= max(3, n / 2)}
    common -= _headings_under_head(pages, edges, common)
    both = _on_both_pages(pages, edges) if n == 2 else set()
    out: dict[int, set[int]] = {}
    for pi, (p, keys) in enumerate(zip(pages, edges)):
        drop = set()
        for i, k in keys:
            text = p.items[i].text
            if k in common or squash_line(text) in both or (_PAGENUM.match(text) and len(p.items) > 1):
                drop.add(i)
        if drop:
            out[pi] = drop
    return out


def _body_size(pages: list[Page]) -> float | None:
    """The font size most of the document's text is set in (counted by characters)."""
    sizes: Counter = Counter()
    for p in pages:
        for it in p.items:
            if isinstance(it, Line) and it.font_size and it.text.strip():
                sizes[round(it.font_size, 1)] += len(it.text.strip())
    return sizes.most_common(1)[0][0] if sizes else None


def _headings_under_head(pages: list[Page], edges: list[list[tuple[int, str]]], common: set[str]) -> set[str]:
    """Of the keys repeated at the pages' edges (`common`), those of a heading of the body that
    a page break happened to set first under the running head ('Det här vill vi uppnå', the
    fixed sub-heading each theme repeats, opening three pages of six): each time it is printed
    larger than the body text, below another line of the page's top edge that goes as
    furniture, and no higher than where the body text opens on the pages that do not begin
    with it. A running head stands in the margin above the body; a heading that opens the
    body is content, however often the layout puts it there. Lines without a position or a
    size (a text file) are never kept so."""
    body = _body_size(pages)
    if body is None:
        return set()
    tops: list[dict[str, list[int]]] = []  # per page: key -> the top edge lines with it
    for p, keys in zip(pages, edges):
        idx = [i for i, it in enumerate(p.items) if isinstance(it, Line) and it.text.strip()]
        mid = idx[len(idx) // 2] if idx else 0
        top: dict[str, list[int]] = {}
        for i, k in keys:
            if i < mid:
                top.setdefault(k, []).append(i)
        tops.append(top)

    def opening(p: Page, top: dict[str, list[int]]) -> float | None:
        """Where the body text opens on a page: the top of its first line that does not go as
        furniture (a repeated edge line, a page number)."""
        edge = {i for kk, v in top.items() for i in v
                if kk in common or kk == "#" or _PAGENUM.match(p.items[i].text)}
        for i, it in enumerate(p.items):
            if isinstance(it, Line) and it.text.strip() and i not in edge:
                return it.bbox.y0 if it.bbox is not None else None
            if not isinstance(it, Line):
                return None
        return None

    out: set[str] = set()
    for k in common:
        at = [(pi, i) for pi, top in enumerate(tops) for i in top.get(k, [])]
        if not at:
            continue
        opens = sorted(y for pi, (p, top) in enumerate(zip(pages, tops))
                       if k not in top and (y := opening(p, top)) is not None)
        if not opens:
            continue
        body_top = opens[len(opens) // 2]

        def body_heading(pi: int, i: int) -> bool:
            ln = pages[pi].items[i]
            if ln.bbox is None or not ln.font_size or ln.font_size < body + 1.5 or ln.bbox.y0 < body_top - 1.0:
                return False
            # under another edge line of the page that goes (the running head, a page number)
            return any(j < i and (kk in common and kk != k or kk == "#" or _PAGENUM.match(pages[pi].items[j].text))
                       for kk, js in tops[pi].items() for j in js)

        if all(body_heading(pi, i) for pi, i in at):
            out.add(k)
    return out


def squash_line(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())


def _on_both_pages(pages: list[Page], edges: list[list[tuple[int, str]]]) -> set[str]:
    """Of a document of two pages, the edge lines (`find_furniture`) whose text, digits
    included, stands at the same edge of both: a running header or footer (a short programme
    has no third page to repeat it). Digits must agree too: with two pages only, 'Tabell 1.'
    over one page's table and 'Tabell 2.' over the other's would otherwise look the same."""
    sides = []
    for p, keys in zip(pages, edges):
        idx = [i for i, it in enumerate(p.items) if isinstance(it, Line) and it.text.strip()]
        mid = idx[len(idx) // 2] if idx else 0
        sides.append({(i < mid, squash_line(p.items[i].text)) for i, _ in keys})
    return {text for top, text in sides[0] & sides[1] if text}


# ------------------------------------------------------------------ de-hyphenation

_KEEP_AFTER_HYPHEN = frozenset("och eller samt resp. respektive som men".split())
# a dash standing alone between words (' – ', ' - '): the text's dash, not a hyphen
_TEXT_DASH_RE = re.compile(r"([-–—])(?:\s+|$)")


def dehyphenate_lines(lines: list[Line], page_no: int, first_line_no: list[int]) -> list[Repair]:
    """Join words split at line ends within a paragraph, in place; a Repair for each join."""
    lex = get_repairer().lex
    reps = []
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if a.column != b.column:
            continue
        ta, tb = a.text.rstrip(), b.text.lstrip()
        m = re.search(r"(\S*?)([A-Za-zÅÄÖåäöéü]+)-$", ta)
        if not m or not tb:
            continue
        first_tok = tb.split()[0]
        lead, core, trail = split_token(first_tok)
        if lead or not core or not core[0].islower() or core.lower() in _KEEP_AFTER_HYPHEN:
            continue
        head = m.group(2)
        prefix = m.group(1)
        joined = head + core
        low = joined.lower()
        if prefix.endswith("-"):
            continue
        if head.isupper() and len(head) <= 5:
            # "CV-" + "klinik": an abbreviation keeps its hyphen ("CV-klinik"), the word moves up
            keep, conf = True, 0.8
        else:
            known = lex.zipf(low) > 0 or get_repairer().compound(low) is not None
            if not known:
                continue  # "social- och", names, unknown words: left as printed
            keep, conf = lex.zipf(f"{head.lower()}-{core.lower()}") > 0, 0.9
        rest = tb[len(first_tok):].lstrip()
        a.text = ta if keep else ta[:-1]
        a.text += core + trail
        dash = _TEXT_DASH_RE.match(rest)
        if dash:
            # 'utan-' / 'för - yrkesövergripande': the text's dash goes up with the word; left
            # behind, it would open the line and read as a list marker
            a.text += " " + dash.group(1)
            rest = rest[dash.end():]
        b.text = rest
        reps.append(Repair(page_no=page_no, line_no=first_line_no[i], original=f"{head}- {core}",
                           repaired=f"{head}-{core}" if keep else joined, rule="dehyphenate", confidence=conf))
    return reps


# ------------------------------------------------------------------ words broken in cells

# the definite plural endings of Swedish nouns (and their genitives): a piece of a word only
_PLURAL_ENDINGS = frozenset(("erna", "arna", "orna", "ernas", "arnas", "ornas"))
_CELL_BREAK_RE = re.compile("(\\S+)\u00ad\n([^\\S\n]*)(\\S+)[^\\S\n]*")


def join_cell_word_breaks(cell: str, page_no: int, item_no: int) -> tuple[str, list[Repair]]:
    """Join the words a word processor broke at a narrow cell's edge, marked by the extractor
    with a soft hyphen before the line break (extractors/cell_lines.py): "Stadsmiljösekto" +
    "rn" -> "Stadsmiljösektorn", on a line of its own. The mark also sits on
    ordinary breaks that happen to reach the edge ("för" / "att", "med" / "hjälp": the
    joined form may even be a word), so the lexicon decides: one of the two pieces is no
    word by itself and the joined one is a Swedish word or compound. Otherwise the mark is
    dropped and the line break stays."""
    if "\u00ad\n" not in cell:
        return cell, []
    rep = get_repairer()
    lex = rep.lex
    reps: list[Repair] = []

    def sub(m: re.Match) -> str:
        head, tail = m.group(1), m.group(3)
        lead, core, trail = split_token(tail)
        keep = m.group(0)
        if lead or not core:
            return keep
        joined = (head + core).lower()
        # a noun's definite plural ending alone ('erna', 'arna', 'orna', with a genitive 's')
        # is no word of its own, whatever the lexicon counts (its corpus holds such pieces of
        # words broken at a line's end): "Kommunikationstjänst" + "erna" is one word
        pieces_are_words = core.lower() not in _PLURAL_ENDINGS and all(
            lex.zipf(p) > 0 or rep.compound(p) is not None for p in (head.lower(), core.lower()))
        if pieces_are_words or not (lex.zipf(joined) > 0 or rep.compound(joined) is not None):
            return keep
        reps.append(Repair(page_no=page_no, line_no=item_no, original=f"{head} {core}",
                           repaired=head + core, rule="dehyphenate", confidence=0.85))
        # The joined word, longer than the column, gets a line of its own: the other lines
        # keep their printed lengths (classifiers.cells.column_width, which tells wraps from
        # new items, reads the column's width from lines of several words).
        return "\n" + head + core + trail + "\n"

    out = _CELL_BREAK_RE.sub(sub, cell)
    if reps:  # no empty lines, no spaces at a line's ends
        out = re.sub(r"[^\S\n]*\n[^\S\n]*", "\n", out)
        out = re.sub(r"\n{2,}", "\n", out).strip()
    # the marks left are ordinary line breaks: dropped here, not as Unicode repairs
    return out.replace("\u00ad\n", "\n"), reps


# ------------------------------------------------------------------ the document

def _squash(text: str) -> str:
    return " ".join(text.split())


def _drop_furniture_rows(table: Table, furniture: set[str]) -> list[str]:
    """A table that opens a page may have taken the page's running header as its first row
    (a borderless table's finder reads the lines above it as a row with one cell filled):
    that row is furniture, dropped as the header's line is on the other pages. The texts
    dropped, in order."""
    out: list[str] = []
    while table.rows:
        filled = [c for c in table.rows[0] if c.strip()]
        if len(filled) != 1 or _squash(filled[0]) not in furniture:
            break
        out.append(filled[0])
        table.rows = table.rows[1:]
        table.spans = [(r - 1, c, rs, cs) for r, c, rs, cs in table.spans if r > 0]
        table.header_rows = max(0, table.header_rows - 1)
    return out


def normalize(doc: RawDocument, *, repair: str = "auto") -> NormalizedDocument:
    if repair not in ("auto", "always", "never"):
        raise ValueError(f"repair must be auto, always or never, not {repair!r}")
    # furniture is found per book page: each page of a spread has its own header and footer
    halves = book_pages(doc.pages)
    dropped = {id(halves[hi].items[i]) for hi, idx in find_furniture(halves).items() for i in idx}
    repairs: list[Repair] = []
    staged = []  # (page, items, removed, texts)
    furniture = {_squash(it.text) for page in doc.pages for it in page.items
                 if id(it) in dropped and isinstance(it, Line) and it.text.strip()}
    for pi, page in enumerate(doc.pages):
        drop = {i for i, it in enumerate(page.items) if id(it) in dropped}
        removed = [page.items[i].text for i in sorted(drop)]
        items = [it.model_copy(deep=True) for i, it in enumerate(page.items) if i not in drop]
        removed += [text for it in items if isinstance(it, Table) for text in _drop_furniture_rows(it, furniture)]
        # Unicode
        for n, it in enumerate(items, 1):
            if isinstance(it, Line):
                new = clean_unicode(it.text)
                repairs.extend(_word_changes(page.page_no, n, it.text, new, "unicode"))
                it.text = new
            else:
                for row in it.rows:
                    for c, cell in enumerate(row):
                        cell, joins = join_cell_word_breaks(cell, page.page_no, n)
                        repairs.extend(joins)
                        new = clean_unicode(cell)
                        repairs.extend(_word_changes(page.page_no, n, cell, new, "unicode"))
                        row[c] = new
        texts: list[str] = []
        for it in items:
            if isinstance(it, Line):
                texts.append(it.text)
            else:
                texts.extend(cell for row in it.rows for cell in row if cell)
        staged.append((page, items, removed, texts))
    # names are read from the whole document: a name inside a sentence on one page keeps the
    # same word at a line start (a table cell) on another
    lr = LineRepairer(names=names_in_text([t for s in staged for t in s[3]]) if repair != "never"
                      else frozenset())
    staged = [(page, items, removed, *(assess_counts(texts, lr) if repair == "auto" else (0, 0)))
              for page, items, removed, texts in staged]
    # detection per page; a page with few words is judged together with the whole document
    doc_changed = sum(s[3] for s in staged)
    doc_judged = sum(s[4] for s in staged)
    doc_score = doc_changed / doc_judged if doc_judged else 0.0
    pages: list[NormalizedPage] = []
    for page, items, removed, changed, judged in staged:
        score = changed / judged if judged else 0.0
        if repair == "always":
            damaged = True
        elif repair == "never":
            damaged = False
        elif judged >= MIN_PAGE_WORDS:
            damaged = score >= DAMAGE_THRESHOLD
        else:  # too few words to judge alone: the document decides
            damaged = doc_score >= DAMAGE_THRESHOLD
        if damaged:
            repairs.extend(_repair_items(items, page.page_no, lr))
        # de-hyphenation of consecutive lines
        line_idx = [n for n, it in enumerate(items) if isinstance(it, Line)]
        run: list[int] = []
        for n in line_idx + [None]:
            if n is not None and run and n == run[-1] + 1:
                run.append(n)
                continue
            if len(run) > 1:
                repairs.extend(dehyphenate_lines([items[k] for k in run], page.page_no, [k + 1 for k in run]))
            run = [n] if n is not None else []
        data = page.model_dump(exclude={"items"})
        pages.append(NormalizedPage(**data, items=items, removed=removed, damaged=damaged,
                                    damage_score=round(score, 4)))
    return NormalizedDocument(source_file=doc.source_file, sha256=doc.sha256, kind=doc.kind, pages=pages,
                              metadata=dict(doc.metadata), warnings=list(doc.warnings), repairs=repairs)


def _repair_items(items, page_no: int, lr: LineRepairer) -> list[Repair]:
    reps: list[Repair] = []
    # consecutive lines are repaired together so words split over a line break are judged whole
    n = 0
    while n < len(items):
        if isinstance(items[n], Line):
            m = n
            while m < len(items) and isinstance(items[m], Line):
                m += 1
            block = [items[k].text for k in range(n, m)]
            out, r = _repair_block(block, page_no, n + 1, lr)
            for k, t in zip(range(n, m), out):
                items[k].text = t
            reps.extend(r)
            n = m
        else:
            t: Table = items[n]
            for row in t.rows:
                for c, cell in enumerate(row):
                    if cell:
                        out, r = _repair_block(cell.split("\n"), page_no, n + 1, lr)
                        row[c] = "\n".join(out)
                        reps.extend(r)
            n += 1
    return reps


def _repair_block(lines: list[str], page_no: int, first_line_no: int, lr: LineRepairer):
    from normalizers.repair import repair_lines

    out, reps, _, _ = repair_lines(lines, page_no=page_no, force=True, first_line_no=first_line_no, lr=lr)
    return out, reps
