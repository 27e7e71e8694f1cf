"""A meter listed in the follow-up with the theme of the goal it follows up as its label
('Arbete: antal deltagande företag i jobbmässan', 'Boende: antal hushåll som fått
boenderådgivning').

A programme whose goals each carry a theme name ('Arbete', 'Barn och familj') may list its
meters by that name, the way 'mål 3: ...' labels one by the goal's number
(`goal_labelled_meters`). The label names the goal; the meter is the text after it, in lower
case as a running meter is. Read only when the label is the theme of exactly one goal read so
far: a label naming nothing the document set up is left as printed. Of that goal's actions,
the meter follows up the one it names -- by the head noun a counting meter opens with
(`counted_action`), or by two words or more shared with that action alone (`named_action`);
a meter naming two of them ('antal deltagare i språkcaféet och mentorskapet') or none is the
goal's."""

from __future__ import annotations

import re

from .goal_labelled_meters import counted_action
from .headers import label_role
from .named_action import action_named_by
from .text import fold
from .word_stems import common_start, one_begins_other

# the name: one to five words (a comma may list its parts: 'Arbete, utbildning och
# företagande'), a capital first, no digit; the meter after the colon, in lower case as a
# running meter is or capitalised as a list item is ('Arbete: Sysselsättningsgraden bland ...';
# the caller reads it only when the name is, word for word, one goal's theme)
_THEME_LABEL_RE = re.compile(r"^\s*(?P<name>[A-ZÅÄÖ][^\W\d_]*(?:,?\s+[^\W\d_]+){0,4})\s*:\s+(?P<text>[^\W\d_].*)$",
                             re.S)


# ... or the name after the meter, behind a spaced dash ('antal deltagare i X – Arbete och
# företagande'): a key-figure list naming the area each figure belongs to
_THEME_AFTER_DASH_RE = re.compile(
    r"^\s*(?P<text>[a-zåäö][^–—]*?\S)\s+[–—]\s+(?P<name>[A-ZÅÄÖ][^\W\d_]*(?:\s+[^\W\d_]+){0,3})\s*\.?\s*$", re.S)


# ... or the name first, set off by a spaced dash instead of a colon ('Språk och utbildning –
# antal deltagare i kursen'): the same key, the dash a writer's colon; the meter after it in
# lower case or capitalised as a list item is
_THEME_BEFORE_DASH_RE = re.compile(
    r"^\s*(?P<name>[A-ZÅÄÖ][^\W\d_]*(?:,?\s+[^\W\d_]+){0,4})\s+[–—]\s+(?P<text>[^\W\d_][^–—]*)$", re.S)


def theme_first_dash_meter(text: str) -> tuple[str, str] | None:
    """(meter, theme name) of an item 'Name – <meter>', else None. Any titled item has this
    shape ('Simskolan – ordnas varje sommar'): the caller reads it only when the name is,
    word for word, the theme of one goal read so far."""
    return _keyed_meter(_THEME_BEFORE_DASH_RE.match(text))


def theme_labelled_meter(text: str) -> tuple[str, str] | None:
    """(meter, theme name) of an item 'Name: <meter>' or '<meter in lower case> – Name', else
    None (a field label such as 'Mätare:' or 'Ansvar:' is no theme name). The
    caller reads it only when the name is the theme of one goal read so far."""
    return _keyed_meter(_THEME_LABEL_RE.match(text) or _THEME_AFTER_DASH_RE.match(text))


def _keyed_meter(m: re.Match[str] | None) -> tuple[str, str] | None:
    """(meter, name) of a match of the theme-keyed forms above, else None (no match, or the
    name a field label such as 'Mätare:' or 'Ansvar:')."""
    if not m or label_role(m.group("name")) is not None:
        return None
    return " ".join(m.group("text").split()).rstrip("."), m.group("name").strip()


# ... or the goal itself as the label, in its full words ('Nya invånare får ett gott mottagande:
# antal välkomstsamtal per år'): a follow-up list of a programme whose goals have no theme
# name keys each meter by the goal's sentence; the meter after the colon in lower case
_GOAL_TEXT_LABEL_RE = re.compile(r"^\s*(?P<name>[A-ZÅÄÖ][^:;]{3,250}?)\s*:\s+(?P<text>[a-zåäö][^:]*)$", re.S)


def goal_text_labelled_meter(text: str) -> tuple[str, str] | None:
    """(meter, label) of an item '<a sentence>: <meter in lower case>', else None. The caller
    reads it only when the label is, word for word, a goal read so far
    (`goal_lookup.GoalLookup.goal_by_text`). The label names the goal as a whole, so the meter
    follows up that goal and no one of its actions, even one whose words it shares (as a key
    naming the goal's area does, `goal_labelled_meters.area_labelled_meter`)."""
    m = _GOAL_TEXT_LABEL_RE.match(text)
    if not m or label_role(m.group("name")) is not None:
        return None
    return " ".join(m.group("text").split()).rstrip("."), " ".join(m.group("name").split())


# --- a meter closed by a bracket naming its action in a word (sixty-third set) ---------------
#
# A lead-in may say that a meter following up one action names that action in brackets
# ('en mätare som gäller en enskild åtgärd anges med åtgärden inom parentes',
# `action_number_legends.names_action_brackets`): 'antal besök i språkcaféet (språkcafé)'. The
# bracket holds a word or two of the action's own text; it is a reference, no part of the
# meter, and an item without one follows up its goal as a whole (the lead-in said which meters
# follow up one action).
_CLOSING_BRACKET_RE = re.compile(r"\s*\((?P<ref>[^()]{2,60})\)\s*\.?\s*$")
_REF_WORD = 4  # a word of the bracket that names the action: four letters or more


def bracket_reference(meter: str) -> tuple[str, str | None]:
    """(meter without its closing bracket, the bracket's text) -- (meter, None) without one."""
    m = _CLOSING_BRACKET_RE.search(meter)
    if not m or not meter[:m.start()].strip():
        return meter, None
    return meter[:m.start()].rstrip(), " ".join(m.group("ref").split())


def action_named_in_bracket(ref: str, actions: list[tuple[str, str]]) -> str | None:
    """The one action (id, text) whose text holds every word of the bracket `ref` (folded, a
    word of four letters or more, also inside a compound: 'hyresbostäder' in 'Kommunens
    hyresbostäder annonseras'); None when no action or several do."""
    ref_words = [w for w in re.findall(r"\w+", fold(ref)) if len(w) >= _REF_WORD]
    if not ref_words:
        return None
    folded = [(mid, fold(text)) for mid, text in actions]
    hits = [mid for mid, text in folded if all(w in text for w in ref_words)]
    return hits[0] if len(hits) == 1 else None


# a key naming the whole programme instead of one area ('Alla teman: …', 'Samtliga
# insatsområden: …', 'Hela programmet: …'): a meter of the programme as a whole, of no goal
# (a programme called a plan says the same of itself: 'Hela planen', 'Integrationsplanen som
# helhet', 'Programnivå' -- seventy-first set)
WHOLE_PROGRAMME_KEY = (r"(?:(?:alla|samtliga)\s+(?:teman|områden|insatsområden|målområden|fokusområden|delområden|"
                       r"temaområden|mål|åtgärder)|hela\s+[\wåäö-]*(?:programmet|planen)"
                       r"|[\wåäö-]*(?:programmet|planen)\s+som\s+helhet|(?:på\s+)?(?:program|plan)nivå(?:n)?|övergripande)")
_WHOLE_PROGRAMME_KEY_RE = re.compile(rf"^\s*{WHOLE_PROGRAMME_KEY}\s*:\s+(?P<text>\S.*)$", re.I | re.S)
# ... the key alone, in a follow-up table's goal column ('Mål | Indikator' with 'Hela programmet')
WHOLE_PROGRAMME_CELL_RE = re.compile(rf"^\s*{WHOLE_PROGRAMME_KEY}\s*\.?\s*$", re.I)


def whole_programme_meter(item: str) -> str | None:
    """The meter of an item keyed to the whole programme ('Alla teman: <meter>'), else None."""
    m = _WHOLE_PROGRAMME_KEY_RE.match(item)
    return " ".join(m.group("text").split()).rstrip(".") if m else None


def followed_action(meter: str, actions: list[tuple[str, str]]) -> str | None:
    """The one action (id, text) of a goal's `actions` the meter names, else None."""
    return counted_action(meter, actions) or action_named_by(meter, actions)


# --- a meter pointing into a 'Vem gör vad?' matrix by row and column (thirty-ninth set) -------
#
# A programme laid out as a matrix of goals (rows, each named by its theme) and actors
# (columns) may point each meter of its follow-up into it: 'Antal elever i läxklubben (rad
# Barn och unga, Stenviks kommun)'. The row names the goal by its theme; the column, when
# given, the actor whose cell holds the action counted -- of that cell's actions the one the
# meter names, or the only one. A meter naming the row alone follows up the goal as a whole
# ('Om bara en rad anges följer mätaren upp målet som helhet'). The bracket is a reference,
# no part of the meter's text.

# '(rad Arbete)', '(raden Arbete, sysselsättningsområdet)', '(rad Arbete, kolumn X)': a row
# named by its theme, in words ('(rad 12 i årsstatistiken)' names a row of another table)
_CELL_REFERENCE_RE = re.compile(
    r"\s*\(\s*rad(?:en)?\s+(?P<row>[^\W\d_][^,()]*?)(?:\s*,\s*(?:kolumn(?:en)?\s+)?(?P<col>[^,()]+?))?\s*\)\s*\.?\s*$",
    re.I)
_COLUMN_WORD = 4  # a word of the column's name that can name an actor: four letters or more
_STEM = 5  # ... and matches a word of the actor's name by a common start of five letters


def matrix_cell_reference(text: str) -> tuple[str, str, str | None] | None:
    """(meter, row name, column name or None) of an item closed by '(rad X[, Y])', else None."""
    m = _CELL_REFERENCE_RE.search(text)
    if not m or not text[:m.start()].strip():
        return None
    col = m.group("col")
    return text[:m.start()].strip().rstrip("."), m.group("row").strip(), col.strip() if col else None


def _column_words(name: str) -> list[str]:
    return [w for w in re.findall(r"\w+", fold(name)) if len(w) >= _COLUMN_WORD]


def _column_score(column: str, actors: list[str]) -> int:
    """How many words of the column's name match a word of the actors' names
    ('sysselsättningsområdet' -> 'Vasaregionens sysselsättningsområde')."""
    own = [w for a in actors for w in _column_words(a)]
    return sum(any(one_begins_other(w, x) and min(len(w), len(x)) >= _STEM or common_start(w, x) >= _STEM + 3
                   for x in own) for w in _column_words(column))


def cell_action(meter: str, column: str, actions: list[tuple[str, str, list[str]]]) -> str | None:
    """The action (id, text, responsible) of a goal's `actions` in the column named by
    `column` that the meter follows up: the one of that actor's actions it names, or its
    only one; else None."""
    scores = {mid: _column_score(column, who) for mid, _, who in actions}
    best = max(scores.values(), default=0)
    cell = [(mid, txt) for mid, txt, _ in actions if best and scores[mid] == best]
    if not cell:
        return followed_action(meter, [(mid, txt) for mid, txt, _ in actions])
    return followed_action(meter, cell) or (cell[0][0] if len(cell) == 1 else None)
