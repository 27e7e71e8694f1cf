"""An updated programme marks its changes in the text: '(ny 2026)' for a new assignment,
'(ändrad)' for a changed one, often with what it said before ('(Tidigare: till nivå A2.)'),
and '(struken)' for one struck out -- kept in print for traceability, no longer part of the
programme. A struck item is no measure; the markers and the note on the earlier wording are
no part of an item's text."""

from __future__ import annotations

import re

# the words saying an item is struck out / removed / cancelled
_STRUCK_WORDS = r"struken|struket|stryks|ströks|strukits|utgår|utgått|slopad|slopat|borttagen|borttaget"
# a revision marker in brackets: new (with its year), changed, struck
_MARKER = (r"ny(?:tt)?(?:\s+(?:år\s+)?(?:19|20)\d\d)?|ändrad|ändrat|uppdaterad|uppdaterat"
           rf"|{_STRUCK_WORDS}")
_STRUCK = re.compile(rf"^(?:{_STRUCK_WORDS})$", re.I)
# what the item said before: '(Tidigare: ...)', '(Tidigare endast som arbetsgivare.)'
_EARLIER = r"tidigare\b[^()]*"
_MARK_RE = re.compile(rf"\s*\(\s*(?P<m>{_MARKER})\s*\)|\s*\(\s*{_EARLIER}\)", re.I)
# markers only count at the end of the item (its closing brackets, full stops between them)
_TAIL_RE = re.compile(rf"(?:\s*[.;]?\s*\(\s*(?:{_MARKER}|{_EARLIER})\s*\)\s*\.?)+\s*$", re.I)


def revision_marks(text: str) -> tuple[str, bool] | None:
    """(the item without its closing change markers and earlier-wording notes, whether it is
    struck out) of an item closing with at least one such marker, else None."""
    tail = _TAIL_RE.search(text)
    if not tail:
        return None
    marks = [m.group("m") for m in _MARK_RE.finditer(tail.group(0)) if m.group("m")]
    struck = any(_STRUCK.match(m.strip()) for m in marks)
    head = text[:tail.start()].rstrip()
    return head, struck


# a status field saying the item was struck out ('Utgår ur programmet enligt …', 'Struken 2026')
_STRUCK_STATUS_RE = re.compile(rf"^(?:{_STRUCK_WORDS})\b", re.I)


def is_struck_status(value: str) -> bool:
    """A status value that opens by saying the item is struck out ('Utgår ur programmet')."""
    return bool(_STRUCK_STATUS_RE.match(" ".join((value or "").split())))


# A draft exported with its tracked changes shows a deletion between tags, '[struken] Hembesök
# hos alla över 75 år [/struken] Förebyggande hembesök …' (Word's 'show markup' saved as
# text): the struck words are no longer the programme's, the text after them is. A margin
# comment exported as a paragraph of its own opens with the word for a comment and the
# reviewer's initials and number in brackets ('Kommentar [AB1]: Ska vi …?'): a reviewer's
# note, no part of the programme either.
_STRUCK_TAG = r"struken|struket|raderad|raderat|borttagen|borttaget|strike|del"
_STRUCK_SPAN_RE = re.compile(rf"\[\s*(?P<tag>{_STRUCK_TAG})\s*\].*?\[\s*/\s*(?P=tag)\s*\]", re.I | re.S)
_COMMENT_RE = re.compile(r"^\W*(?:kommentar|comment)\s*\[[A-ZÅÄÖ]{1,4}\d{1,3}\]\s*:", re.I)


# a text opening in lower case, after a dash if any: the rest of a sentence (a column break
# setting '– uppgiften finns inte …' apart reads its dash as a list glyph; a list's own mark,
# '•', opens an item of a list, lower case and unpunctuated as items are, no comment's rest)
_LOWER_START_RE = re.compile(r"^[\s–—-]*[a-zåäö]")


# the spaces a span taken out leaves: at a line's ends or before a mark, and two or more in a row
_LOOSE_SPACE_RE = re.compile(r"^[ \t]+|[ \t]+(?=[.,;:!?]|$)", re.M)
_SPACE_RUN_RE = re.compile(r"[ \t]{2,}")


def without_struck_spans(text: str) -> str:
    """`text` without its tagged deletions ('[struken] … [/struken]'), spaces closed up."""
    if "[" not in text:
        return text
    out = _STRUCK_SPAN_RE.sub(" ", text)
    if out == text:
        return text
    return _SPACE_RUN_RE.sub(" ", _LOOSE_SPACE_RE.sub("", out)).strip()


def is_margin_comment(text: str) -> bool:
    """'Kommentar [AB1]: …': a reviewer's comment exported as a paragraph."""
    return bool(_COMMENT_RE.match(text or ""))


def without_tracked_changes(elements: list) -> list:
    """The elements with their tagged deletions taken out (cells too) and without margin
    comments; an element, a list item, left with no words is dropped."""
    out = []
    in_comment = False
    for el in elements:
        if el.kind != "table" and is_margin_comment(el.text):
            # (its sentence unfinished, the comment goes on in the next element if that
            # opens in lower case: '– uppgiften finns inte …' set apart by a column break)
            in_comment = not el.text.rstrip().endswith((".", "!", "?"))
            continue
        if in_comment and el.kind in ("para", "bullet") and _LOWER_START_RE.match(el.text):
            # (the one element after it: a dash list under an unfinished comment is a list)
            in_comment = False
            continue
        in_comment = False
        if el.text and "[" in el.text:
            text = without_struck_spans(el.text)
            if text != el.text:
                if not any(ch.isalnum() for ch in text):
                    continue
                el.text = text
        if el.kind == "table" and el.table is not None:
            for row in el.table.rows:
                for c, cell in enumerate(row):
                    if cell and "[" in cell:
                        row[c] = without_struck_spans(cell)
        out.append(el)
    return out


# A revised programme may mark its new items with the marker first, as a label: 'NY: Kvällskurs
# i svenska …', 'Ny 2026: …', 'Nytt: …', 'Ändrad: …' (the reading guide: 'Åtgärder som lades till
# vid revideringen börjar med NY'). The marker says when the item came in, no part of what is
# done; a struck one opening so ('Struken: …') is read by its status, not here.
# (or one going on from the period before, 'Fortsätter: …', as a closing '(fortsätter)' says)
_LEAD_MARK_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?(?:ny|nytt|ny\s+åtgärd|ändrad|ändrat|uppdaterad|uppdaterat"
                           r"|fortsätter|fortsatt|fortgår|pågår|pågående)"
                           r"(?:\s+(?:år\s+)?(?:19|20)\d\d)?\s*:\s+(?=\S)", re.I)


def without_lead_revision_mark(text: str) -> str:
    """`text` without a revision marker opening it as a label ('NY: X' -> 'X'; after the
    item's number, '4.1.4 NY: X' -> '4.1.4 X')."""
    m = _LEAD_MARK_RE.match(text or "")
    return (m.group("num") or "") + text[m.end():] if m else text


# ... or with the marker last, in brackets after the item: 'Språkcafé på biblioteket (ny)',
# 'Bostadsrådgivning (fortsätter)', 'Kerhotoiminta (jatkuu)' -- whether the action is new in
# the period or goes on from the one before, no part of what is done
_TAIL_MARK_RE = re.compile(r"\s*\((?:ny|nytt|ny\s+åtgärd|ny\s+insats|fortsätter|fortsatt|fortgår|pågår|pågående"
                           r"|uusi|jatkuu|jatkuva)\)\s*\.?\s*$", re.I)


def without_tail_status_mark(text: str) -> str:
    """`text` without a bracketed status marker closing it ('X (fortsätter)' -> 'X'); the
    text whole when nothing would be left before the marker."""
    m = _TAIL_MARK_RE.search(text or "")
    return text[:m.start()] if m and text[:m.start()].strip() else text
