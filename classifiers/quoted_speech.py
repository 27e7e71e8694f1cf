"""A sentence quoted from a person and attributed to them ('"Vi vill att ingen ska behöva gå
från lucka till lucka", säger hon.'): a newsletter's or report's way of letting someone
speak. Whatever the quote says ('Vi vill att ...' reads as a goal), it is that person's
words, not the programme's own statement of a goal or an action."""

from __future__ import annotations

import re

# the quote, its closing mark, then a verb of saying ('säger hon', 'berättar X', 'sa rektorn')
_ATTRIBUTED_RE = re.compile(
    r"^\s*[\"”“„»«'].+?[\"”“»«']\s*,?\s*(?:[–—-]\s*)?"
    r"(?:säger|sa|sade|berättar|konstaterar|menar|påpekar|betonar|understryker|tycker|förklarar)\b"
    # ... or a dash and its source, no verb: '"…." – förälder i enkäten 2025', '"…!" — Amina,
    # 34 år' (a survey's or an interview's words printed as a quote with its byline): a whole
    # sentence quoted (its stop inside the marks), a short byline closing the paragraph -- not
    # a quoted name explained after a dash ('"Språkcafé" – en mötesplats där …')
    r"|^\s*[\"”“„»«][^\"”“„»«]{10,}?[.!?…][\"”“»«]\s*[–—-]\s*[^\W\d_][^.!?]{0,80}?\.?"
    # ... the byline run together with a field line after it ('… – kommunstyrelsens ordförande
    # Kontaktperson: X, tfn …'), which a layout without space between its paragraphs joins
    # to the byline that has no full stop to end it
    r"(?:\s+[A-ZÅÄÖ][^\W\d_]+(?:\s+[^\W\d_]+)?:\s.*)?\s*$",
    re.S | re.I)


def attributed_quote(sentence: str) -> bool:
    """A quoted sentence attributed to its speaker by a verb of saying after it, or by a dash
    and the speaker's name or role (a byline)."""
    return bool(_ATTRIBUTED_RE.match(sentence or ""))
