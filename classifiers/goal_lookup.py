"""Which goal read so far a cell, heading or number names: the builder's goal look-ups.

A programme states its goals once (a goal list '1. ...', a heading 'Mål 2: ...', a field
'Effektmål E1: ...', a chapter's text) and then names them again, shorter, wherever it links
actions and indicators to them. Each look-up below reads one way of naming, for the layout
that names goals so; each returns the goal already read, never a new one (one exception: a
code naming a coded list item read as nothing yet, `GoalLookup.goal_by_number`).

By a number or code
- `goal_by_number`: a goal column holding a number or code alone ('Mål nr': '3', 'A1'),
  the goal listed, headed or coded so before.
- `goal_by_short_name`: a goal column holding a number and a short form of the goal's
  words ('1.2 Psykisk ohälsa upptäcks i tid'), a card heading 'Tyngdpunkt 1: 1.1 ...'.
- `goal_labelled`: 'Mål 3' naming the goal whose own text was printed 'Mål 3. ...'.
- `goal_named_by_number`: a group row of an action plan, 'Mål 2. Barn och unga', a number
  and its chapter's name.

By words
- `goal_by_text`: the goal stated in the same words (a goal field restating it).
- `goal_by_words`: a follow-up table's short label holding the goal's longer words
  ('Svenska och arbete').
- `goal_by_theme` / `goals_of_theme`: the chapter's name ('Huvudmål': 'Arbete och
  utbildning'), or a theme column's cell, naming the top-level goal(s) under that chapter.
- `goal_named_by_field`: a goal field's value, by its words or by its chapter's name.

By action numbers. Two readers, because two layouts say different things with a number:
- `goals_by_action_number`: one list item under a sub-goal ('4.2' after the items '4.1.1',
  '4.1.2' of 'Delmål 4.1'). Its number names a goal only as the *parent* of the one goal in scope:
  a number naming any other goal is a chapter's numbering, which says nothing of the goal
  (the list sits under its goal already, the number can only lift it one level).
- `goals_of_action_numbers`: the rows of a table with no goal column ('Nr': '3.1', '3.2',
  '4.1'). There the numbers are the only link to a goal, so each row's number names its
  goal outright, wherever the table stands -- but only when the table's numbers name two
  goals or more: numbers of one chapter ('4.1', '4.2' in chapter 4) are its numbering.
They stay two functions, not one with a parameter for its reach: besides the reach they
differ in what they read -- the first the one goal in scope and its number among the coded
goals alone, the second the whole table's numbers and every kind of goal number
(`goal_by_number`) -- so a merged one would be two bodies behind a switch.
Numbers that name *actions* rather than goals are read elsewhere: `read_tables.labelled_action_numbers`
('Åtgärd 8–9' in a reference cell) and `lead_phrase.agents_by_number` ('Åtgärd 5.2.3
ansvarar X för ...', who carries out actions named by number).

Between tables: `goals_carried_into`, the goals a table's rest carries over from the part
printed before it under the same header.
"""

from __future__ import annotations

import re
from typing import Callable

from .elements import Element
from .goal_short_names import name_key
from .model import Goal
from .part_headings import without_label_number
from .titled_items import SINGLE_LETTER_CELL_RE
from .label_vocab import GOAL_NUMBERED, GOAL_SUB, THEME_NUMBERED, alt
from .text import GOAL_LABEL_RE, GOAL_LABEL_WORDS, NUMBERED_RE, ROMAN_NUMERAL, numbering, squash, words

# a goal's code, a letter and a number ('A1', 'B2', 'C1.1'): in front of a listed goal ('A1
# alla barn ...') and alone in an action table's goal column, which so refers to that goal
# (or with a point after the letter, 'A.1', as the box or item and the cell print it alike)
LETTER_CODE = r"[A-ZÅÄÖ]\.?\d{1,2}(?:\.\d{1,2})?"
BARE_CODE_RE = re.compile(rf"^\s*({LETTER_CODE})\s*$")
# ... printed in front of the goal it codes: 'A1 alla barn ...', 'A1: ...', 'A1) ...', and as a
# strategy map's box exported as text, code and goal set apart by a bar, middle dot or dash
# ('A1 | Invandrares kompetens ...', 'B2 · ...', 'C1 – ...'); group 1 the code, 2 the goal
CODED_ITEM_RE = re.compile(rf"^({LETTER_CODE})(?:\s*[|·]\s*|\s+[–—-]\s+|[.:)]?\s+)(\S.*)$", re.S)
# a goal's label and its letter alone ('Mål A', 'delmål C'): the goal lettered so
_LABELLED_LETTER_RE = re.compile(r"^\s*(?i:(?:del)?mål(?:et)?)\s+([A-ZÅÄÖ])\s*\.?\s*$")
# ... or a letter and a roman numeral ('A.I', 'B.II', 'C.IV'): a lettered area's goals counted
# I, II, III as headings 'A.I Alla vuxna …'; alone in a table's 'Mål' column it names that goal
ROMAN_CODE_RE = re.compile(rf"^\s*([A-ZÅÄÖ]\.?{ROMAN_NUMERAL})\.?\s*$")
# ... or a roman numeral and a number ('I.1', 'II.2', 'IV.3'): goals counted within areas
# numbered I, II, III, headed 'Mål II.1 …' (`prose.goal_heading_number`); alone in a meter
# table's 'Mål' column it names the goal so headed
ROMAN_NUMBER_CODE_RE = re.compile(rf"^\s*({ROMAN_NUMERAL}\.\d{{1,2}}(?:\.\d{{1,2}})?)\.?\s*$")
# ... or a number and a small letter ('2a', '2b'): the goals of area 2 lettered in its list
# ('2a Varje vuxen …', '2b Barn …'); alone in a table's goal column it names the goal so coded
NUMBER_LETTER_CODE_RE = re.compile(r"^\s*(\d{1,2}[a-zåäö])\s*$")
# ... or with a capital letter ('1A', '1B', '2A'): the goals of area 1 lettered in a goal
# table's number column ('Mål nr': '1A'), by which the action and follow-up tables name them
CAPITAL_NUMBER_LETTER_CODE_RE = re.compile(r"^\s*(\d{1,2}[A-ZÅÄÖ])\s*$")
# a goal cell naming a listed goal by its number and a short name ('3. Sysselsättning'): at
# most four words, no sentence punctuation inside
_NUMBERED_NAME_CELL_RE = re.compile(r"^(?P<num>\d{1,2})\.\s+(?P<name>[^\s.:;!?]+(?:\s+[^\s.:;!?]+){0,3})\.?$")
# 'Mål 2. Barn och unga', 'Mål 3: Arbete': a goal's number and a name of a few words without a
# verb's full stop -- in an action plan after the chapters, the goal that the chapter so
# named stated (`GoalLookup.goal_by_theme`); a goal of its own only when no chapter is so named
NUMBERED_AREA_RE = re.compile(r"^mål\s+\d{1,2}\s*[.:–-]\s*(?P<name>[^.:;]{3,80})$", re.I)
# ... or the goal's label and number alone ('Mål 2', 'Målsättning 3:'), a group row of an
# appendix action plan over the actions of the goal the body printed 'Mål 2: …': a main goal's
# label (a 'Delmål 2' row names a sub-goal, which number 2 alone does not say)
_GROUP_GOAL_NUMBER_RE = re.compile(
    rf"^{alt(tuple(w for w in GOAL_NUMBERED if w not in GOAL_SUB), forms=False)}\s+(?P<num>\d{{1,2}})\s*[.:]?$", re.I)


# numbers of several goals in one cell: '1, 2', '2 och 6', '1 & 3', '3 / 4'
_NUMBER_LIST_SPLIT_RE = re.compile(r"\s*(?:,|\boch\b|&|/)\s*")
# the same list said as words in the cell ('mål 2 och 3', 'Målen 1 och 4'), perhaps in brackets
# ('(mål 2 och 3)': a remark set off from the column's bare numbers, the action serving two
# goals): the numbers are the same reference
_GOAL_NUMBERS_WORDED_RE = re.compile(r"^[(\[]?\s*(?:mål(?:en)?\s+)?(?P<nums>\d[^()\[\]]*?)\s*[)\]]?$", re.I)


def _unwrapped_goal_numbers(cell: str) -> str:
    """'(mål 2 och 3)' -> '2 och 3' (a field's full stop after it dropped); any other cell
    as it is."""
    cell = cell.rstrip(".") if cell.endswith(").") else cell
    m = _GOAL_NUMBERS_WORDED_RE.match(cell)
    if not m or (cell[:1] in "([") != (cell[-1:] in ")]"):
        return cell
    return m.group("nums")


# an action's code of its goal's letter and its own number: 'A1', 'B2', 'A.1'
_LETTERED_ACTION = r"([A-ZÅÄÖ])\.?(\d{1,2})"
_LETTERED_ACTION_RE = re.compile(_LETTERED_ACTION)
_LETTERED_ACTION_OPENING_RE = re.compile(rf"{_LETTERED_ACTION}[.:)]?\s+(?=[A-ZÅÄÖ])")
# ... or a letter-led code of the goal's number and the action's, set apart by a point or a
# hyphen: 'A2.1' (Åtgärd 2.1, the first action of 'Mål 2'), 'M1-1' (goal 'M1 …', its first
# action); group 1 the letters, 2 the goal's number, 3 the action's
_CODED_GOAL_ACTION_RE = re.compile(r"([A-ZÅÄÖ]{1,3})(\d{1,2})[.\-–](\d{1,2})")
# ... or the goal's own number and a small letter counting its actions: '1.1 a', '2.1b' (the
# actions of 'Mål 1.1' lettered a, b, c); group 1 the goal's number
_GOAL_NUMBER_LETTER_ACTION_RE = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\s?[a-zåäö]")


def bare_code(text: str) -> str | None:
    """A goal's code ('A1', 'S2') alone in a cell, else None."""
    m = BARE_CODE_RE.match(text or "")
    return m.group(1) if m else None


def number_letter_code(text: str) -> str | None:
    """A goal's number and letter ('1A', '2b') alone in a cell, else None."""
    m = NUMBER_LETTER_CODE_RE.match(text or "") or CAPITAL_NUMBER_LETTER_CODE_RE.match(text or "")
    return m.group(1) if m else None


def bare_number(text: str) -> str | None:
    """'3', '3.', '2.1' alone in a cell, else None."""
    m = re.fullmatch(r"\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s*", text or "")
    return m.group(1) if m else None


def long_words(text: str) -> list[str]:
    """The words of `text` of four letters or more, lower case: the ones that carry its
    meaning ('och', 'i', 'nya' aside), matched by stem (one a prefix of the other)."""
    return [w.lower() for w in words(text) if len(w) >= 4]


# the definite ending of a noun in -a ('skolan' of 'skola'), whose stem a compound opens
# with less its -a ('skolgången', 'kyrkbacken'): the stem the short name shares with the goal
_A_NOUN_DEFINITE_RE = re.compile(r"(?<=\w{4})an$")


def _noun_stem(word: str) -> str:
    """'skolan' -> 'skol'; any other word as it is."""
    return _A_NOUN_DEFINITE_RE.sub("", word)


def _spaceless(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _goal_text_key(text: str) -> str:
    """What two printings of one goal's words have in common."""
    return squash(text).rstrip(".").strip().casefold()


def goals_carried_into(prev: Element | None, header_key: list[str] | None,
                       end: tuple[list[str] | None, list[str]] | None) -> list[str]:
    """The goals an action table's first rows belong to when their goal cells are empty:
    those of the last row of the table printed right before it under the same header (the
    rest of one table, set as a block of its own with its header repeated: the empty cell
    is 'same as above' across the repeated header), else none."""
    if prev is None or prev.kind != "table" or end is None or header_key is None or end[0] != header_key:
        return []
    return list(end[1])


# a goal's own label and number opening its text ('Mål 3. Fler vuxna ...', 'Delmål 2.1: ...');
# the number is the whole run of digits and dots, so it equals the number asked for or not
# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS, so 'Tyngdpunkt 3: ...' is
# found by its number as 'Mål 3: ...' is)
_GOAL_LABEL_NUMBER_RE = re.compile(rf"^\s*{GOAL_LABEL_WORDS}\s+(?P<num>\d+(?:\.\d+)*)\s*[.:–-]\s", re.I)


class GoalLookup:
    """The look-ups over the goals a builder has read so far. It holds the builder's own
    containers (never copies): what the builder adds to them later, a look-up sees.

    `built`: the builder's `Built` (goals, sections, goal_from_table), whose goal list the
    builder may replace, so it is read through `built` at each look-up.
    `numbered_goals`: '2' -> the goal listed as '2. ...' (or 'Tyngdpunkt 1.1: ...').
    `coded_goals`: 'R3' / '4.1' -> the goal printed with that code or number as a label.
    `goal_heading_numbers`: '2' -> the goal headed 'Mål 2: ...'.
    `coded_items`: 'A1' -> (text, page, theme) of a list item read as nothing so far.
    `add_goal(text, page, theme=...)`: the builder's, for a coded item a goal cell names.
    `theme_key`: what two names of one theme have in common (the builder's heading reader)."""

    def __init__(self, built, *, numbered_goals: dict[str, str], coded_goals: dict[str, str],
                 goal_heading_numbers: dict[str, str],
                 coded_items: dict[str, tuple[str, int, str | None]],
                 add_goal: Callable[..., str], theme_key: Callable[[str], str]) -> None:
        self.built = built
        self.numbered_goals = numbered_goals
        self.coded_goals = coded_goals
        self.goal_heading_numbers = goal_heading_numbers
        self.coded_items = coded_items
        self.add_goal = add_goal
        self.theme_key = theme_key

    def _goal(self, gid: str) -> Goal:
        return next(g for g in self.built.goals if g.id == gid)

    # ---- by a number or code -------------------------------------------------------------
    def goals_by_numbers(self, cell: str) -> list[str] | None:
        """The goals a goal cell names by a list of their numbers ('1, 2', '2 och 6'): an
        action serving two goals of a numbered goal list, whose reference column gives both
        (the Helsingfors convention). None unless every number names a goal read so far."""
        parts = _NUMBER_LIST_SPLIT_RE.split(_unwrapped_goal_numbers(squash(cell or "")))
        if len(parts) < 2:
            return None
        # (or codes: 'K3, L1' for an action serving a short-term and a long-term goal)
        found = [self.goal_by_number(p) if bare_number(p) or bare_code(p) else None for p in parts]
        return found if all(found) else None

    def goals_counted_in_order(self, cells: list[str]) -> dict[str, str]:
        """'1' -> the first goal, '2' -> the second ...: a goal column of bare numbers keying a
        table's rows ('Indikator | Mål | Källa' with '1', '2', '2', '3') where the goals were
        stated unnumbered (a table's 'Målsättning' cells, paragraphs): the numbers count the
        goals in the order they stand (fifty-first set; a programme often says so: 'Kolumnen
        Mål anger målsättningens nummer räknat i den ordning målsättningarna står'). Only
        where the column reads as such a count: every cell a whole number (a cell wrapping
        two rows may repeat it, '6\n6'), the first 1, none smaller than the one above, none
        skipped, the last the number of goals read -- a level to reach ('100', '12 %', '50')
        runs so by chance hardly ever -- and no goal was printed with a number (then the
        numbers name those, `goal_by_number`). Else {}."""
        nums: list[int] = []
        for cell in cells:
            lines = {ln.strip() for ln in (cell or "").splitlines() if ln.strip()}
            if not lines:
                continue
            if len(lines) != 1 or not re.fullmatch(r"\d{1,2}\.?", next(iter(lines))):
                return {}
            nums.append(int(next(iter(lines)).rstrip(".")))
        goals = [g for g in self.built.goals if g.parent is None]
        if (len(nums) < 2 or nums[0] != 1 or nums != sorted(nums) or set(nums) != set(range(1, nums[-1] + 1))
                or nums[-1] != len(goals) or len(goals) < 2
                or self.numbered_goals or self.coded_goals or self.goal_heading_numbers):
            return {}
        return {str(k): g.id for k, g in enumerate(goals, 1)}

    def goals_by_themes(self, cell: str) -> list[str] | None:
        """The goals a goal cell names by a comma list of their themes' names ('Barn och
        familjer, Språk': an action serving two goals each known by a short name, the first
        named first); None unless every name names one goal (`goal_by_theme`)."""
        parts = [p.strip() for p in squash(cell or "").split(",")]
        if len(parts) < 2 or not all(parts):
            return None
        found = [self.goal_by_theme(p) for p in parts]
        return list(dict.fromkeys(found)) if all(found) else None

    def _goal_opening_with(self, code: str, mark: str) -> str | None:
        """The first goal whose text opens with `code`, the mark `mark` (a pattern) after it
        and a space ('A.I Alla vuxna …', '2a) Varje vuxen …'), else None."""
        code_re = re.compile(rf"{re.escape(code)}{mark}\s")
        return next((g.id for g in self.built.goals if code_re.match(squash(g.text))), None)

    def goal_by_number(self, cell: str) -> str | None:
        """The goal a goal cell names by its number ('3') or code ('A1') alone: one listed
        so before. A code names a list item read as nothing so far ('Vi strävar efter att'
        over '• A1 alla barn ...', '• A2 ...'): the item is that goal, without its code."""
        roman_number = ROMAN_NUMBER_CODE_RE.match(cell or "")
        if roman_number and (found := self.goal_heading_numbers.get(roman_number.group(1))):
            # 'II.1': the goal headed 'Mål II.1 …' (a lone 'I.1' reads as a letter code too)
            return found
        num = bare_number(cell)
        if num:
            # or a goal field's number ('Mål 1: ...'): a goal column 'Tyngdpunkt' holding '1'
            # beside '1.1', '1.2' marks an action that serves the main goal itself; so does
            # a 'Delmål' column's '3' beside '3.1' where goal 3 was a heading 'Mål 3: ...'
            # ... or a goal printed with its label and number in its own text ('Mål 1 – Alla
            # nya invånare ...' in a bulleted goal list): number 1 names it as a numbered list's '1.'
            # ... or, numbered nowhere, the goal whose sub-goals are numbered '<num>.M'
            # (`parent_of_numbered_sub_goals`)
            return (self.numbered_goals.get(num) or self.coded_goals.get(num)
                    or self.goal_heading_numbers.get(num) or self.goal_labelled(num)
                    or self.parent_of_numbered_sub_goals(num))
        roman = ROMAN_CODE_RE.match(cell or "")
        if roman:
            # the goal printed with that code opening its text ('A.I Alla vuxna …')
            return self._goal_opening_with(roman.group(1), r"\.?")
        lettered = NUMBER_LETTER_CODE_RE.match(cell or "")
        if lettered:
            # the goal printed with that code opening its text ('2a Varje vuxen …'), or
            # numbered so in a goal table's number column ('Mål nr': '2a')
            return (self._goal_opening_with(lettered.group(1), r"[.:)]?")
                    or self.numbered_goals.get(lettered.group(1)))
        capital = CAPITAL_NUMBER_LETTER_CODE_RE.match(cell or "")
        if capital and capital.group(1) in self.numbered_goals:
            # '1A' the goal a goal table's number column numbered so ('Mål nr | Mål')
            return self.numbered_goals[capital.group(1)]
        labelled = _LABELLED_LETTER_RE.match(cell or "")
        if labelled:
            # 'Mål A' in a follow-up table's goal column: the goal lettered A, as 'A' alone
            # names it (a lettered goal list keeps its label in the references to it)
            return self.goal_by_number(labelled.group(1))
        m = BARE_CODE_RE.match(cell)
        if not m:
            # a single letter ('A'): the goal a list coded so ('A Nyinflyttade ...'), when one did
            m = SINGLE_LETTER_CELL_RE.match(cell or "")
            if m and m.group(1) not in self.numbered_goals and m.group(1) in self.coded_goals:
                # ... or a goal headed by its letter ('Mål A. Alla nyinflyttade ...'), which a
                # goal matrix's column 'A' names (`goal_mark_columns`)
                return self.coded_goals[m.group(1)]
            if not m or (m.group(1) not in self.numbered_goals and m.group(1) not in self.coded_items):
                return None
        code = m.group(1)
        if code not in self.numbered_goals and code in self.coded_items:
            text, page, theme = self.coded_items.pop(code)
            self.numbered_goals[code] = self.add_goal(text, page, theme=theme)
        # ... or the goal a goal field coded so ('Målsättning A1: …', `reader_shared.goal_field`)
        return self.numbered_goals.get(code) or self.coded_goals.get(code)

    def goal_by_short_name(self, cell: str) -> str | None:
        """The goal a goal cell names by its number and a short form of its words: the goal
        numbered so before ('Mål 1: ...' in a goal list, 'Tyngdpunkt 1.1: ...') when the cell's
        words are fewer than the goal's and open as they do ('1.2 Psykisk ohälsa upptäcks i
        tid' for 'Psykisk ohälsa och trauma upptäcks och behandlas i tid') or are a name of a
        few words ('1. Snabb och samordnad start' for 'Invandrare i regionen får en snabb och
        samordnad start'). The cell is a label for that goal, no goal of its own; a numbered
        cell stating a goal at length is a goal of its own."""
        cell = squash(cell or "")
        num = numbering(cell)
        gid = self.numbered_goals.get(num) if num else None
        if gid is None:
            return None
        goal_words = [w.lower() for w in words(self._goal(gid).text)]
        name = [w.lower() for w in words(NUMBERED_RE.sub("", cell, count=1).rstrip(" .…"))]
        opens_as_goal = 2 <= len(name) < len(goal_words) and goal_words[:2] == name[:2]
        short = _NUMBERED_NAME_CELL_RE.match(cell) is not None and len(name) < len(goal_words)
        return gid if opens_as_goal or short else None

    def parent_of_numbered_sub_goals(self, num: str) -> str | None:
        """The goal that whole number `num` names where no goal was printed with it: the one
        parent of the goals numbered '<num>.M' ('Effektmål: X.' over 'Resultatmål:' '1.1 …',
        '1.2 …'; 'Effektmål 1' / '1' in a meter table's goal column is X). A two-level
        hierarchy numbers only its lower level, the upper goal by the first part of its
        sub-goals' numbers. None unless all the goals so numbered (one at least) hang under
        the same goal, which carries no number of its own."""
        if not num.isdigit():
            return None
        numbered = {**self.coded_goals, **self.numbered_goals}
        sub_number_re = re.compile(rf"{num}\.\d{{1,2}}")
        subs = [gid for n, gid in numbered.items() if sub_number_re.fullmatch(n)]
        # (each goal's parent by its id, the first goal of an id as `_goal` finds it)
        parent_of = {g.id: g.parent for g in reversed(self.built.goals)}
        parents = {parent_of[gid] for gid in subs if gid in parent_of}
        if len(parents) != 1 or None in parents:
            return None
        parent = next(iter(parents))
        if parent in numbered.values() or parent in self.goal_heading_numbers.values():
            return None
        return parent

    def goal_listed_or_labelled(self, num: str) -> str | None:
        """The goal 'Mål <num>' names by its number: the goal listed as '<num>. ...', else the
        goal printed with the label and that number in its own text (`goal_labelled`)."""
        return self.numbered_goals.get(num) or self.goal_labelled(num)

    def goal_labelled(self, num: str) -> str | None:
        """The goal whose own text was printed with the label 'Mål <num>' (a goal cell
        'Mål 3. Fler vuxna ...' read without its label), else None."""
        return next((g.id for g in self.built.goals
                     if (m := _GOAL_LABEL_NUMBER_RE.match(g.text)) and m.group("num") == num), None)

    def goal_named_by_number(self, text: str) -> str | None:
        """The goal 'Mål 2. Barn och unga' names (a group row of an action plan after the
        chapters), else None. An action number a print gave it ('1.5 Mål 2. Barn och unga')
        is no part of it."""
        text = NUMBERED_RE.sub("", squash(text), count=1).rstrip(".").strip()
        if NUMBERED_AREA_RE.match(text):
            return self.goal_by_theme(text)
        # 'Mål 2' alone: the goal stated, headed or labelled with that number before (the
        # body's 'Mål 2: …' paragraph), none when no goal was numbered so
        bare = _GROUP_GOAL_NUMBER_RE.match(text)
        return self.goal_by_number(bare.group("num")) if bare else None

    # ---- by words ------------------------------------------------------------------------
    def goal_by_text(self, text: str, label_aside: bool = False) -> str | None:
        """The goal already stated in these words (case, spacing and the closing full stop
        aside), else None. `label_aside`: a goal printed with its label ('Mål 1: X', a card's
        title) is stated in the words after it, when no goal is stated in them alone."""
        key = _goal_text_key(text)
        same = [g.id for g in self.built.goals if _goal_text_key(g.text) == key]
        if label_aside and key and not same:
            same = [g.id for g in self.built.goals if _goal_text_key(GOAL_LABEL_RE.sub("", g.text, count=1)) == key]
        return same[0] if key and same else None

    def goal_by_words(self, cell: str) -> str | None:
        """The goal a goal cell of a table without actions (a follow-up table: 'Mål' |
        'Mätare' | ...) names by a short form of its words ('Svenska och arbete' for 'Fler
        vuxna invandrare talar svenska och har arbete'): the one goal stated before whose
        text or theme holds every longer word of the cell, a word's inflection aside
        ('servicen' for 'service'). Such a table follows up the goals the programme stated;
        its short names are labels for them, no goals of their own. None when no goal or
        several hold them all, or the cell is no shorter than the goal."""
        name = long_words(cell)
        if not name:
            return None
        hits = []
        for g in self.built.goals:
            # (nor a summary's short form, 'Samhälle: vi talar …', `summary_goal_lists`)
            if g.id in self.built.goal_from_table or g.id in self.built.goal_summary:
                continue
            own = long_words(f"{g.text} {g.theme or ''}")
            if len(name) < len(long_words(g.text)) and all(
                    any(a.startswith(b) or b.startswith(a) or b.startswith(_noun_stem(a)) for b in own)
                    for a in name):
                hits.append(g.id)
        return hits[0] if len(hits) == 1 else None

    def goals_of_theme(self, name: str) -> list[str]:
        """The top-level goals whose theme a table's theme cell names. Spaces aside: a narrow
        cell breaks a long word it cannot fit ('företagand e')."""
        num = bare_number(name)
        if num:
            # a section's number ('Avsnitt': '5.2'): the goals stated in that section, not
            # its sub-goals ('Målsättning: ...', not the 'Delmål: ...' under it)
            secs = {sec.id for sec in self.built.sections if sec.number == num}
            stated = self.goals_stated_in(secs)
            if not stated and "." not in num:
                # ... or, no goal stated in a chapter so numbered ('1 Förord'), the area so
                # numbered within the one chapter whose sub-sections state the goals
                # ('Insatsområde': '2' for the goal under '4.2 Arbete' of '4 Insatsområden'):
                # the table counts the areas, the headings carry the chapter's number before it
                stated = self.goals_stated_in(self._area_sections(num))
            if not stated and "." not in num:
                # ... or the area whose heading labels it by a theme word and that number
                # ('Tema': '1' for the goals under 'Tema 1 – Arbete', numbered by its label,
                # not by the chapter's outline)
                stated = self.goals_stated_in(self._theme_labelled_sections(num))
            return stated
        # (a name ends in no full stop: 'Målområde: Språk.' as a card's field on a line of its
        # own keeps the stop that ends the field)
        key = _spaceless(self.theme_key(name.strip().rstrip(".")))
        # a part numbered by a label word ('Steg 1. Ankomst ...') is named by its name alone
        return [g.id for g in self.built.goals
                if g.parent is None and g.theme
                and key in (_spaceless(self.theme_key(g.theme)),
                            _spaceless(self.theme_key(without_label_number(g.theme))))]

    def goal_of_area_name(self, name: str) -> str | None:
        """The one top-level goal whose theme a run-in area label names: the whole theme
        (`goals_of_theme`), or its opening words, as a follow-up paragraph shortens the area
        heading it names ('Första tiden.' for '4.1 Första tiden i Exby'); else None."""
        tops = self.goals_of_theme(name)
        if len(tops) == 1:
            return tops[0]
        key = self.theme_key(name.strip().rstrip(".:")).split()
        if not key or tops:
            return None
        opening = [g.id for g in self.built.goals if g.parent is None and g.theme
                   and self.theme_key(g.theme).split()[:len(key)] == key]
        return opening[0] if len(opening) == 1 else None

    def goals_stated_in(self, secs: set[str]) -> list[str]:
        """The top-level goals stated (not from a table) in one of the sections `secs`."""
        return [g.id for g in self._stated_top_goals() if g.section in secs]

    def _stated_top_goals(self) -> list[Goal]:
        """The top-level goals stated in the text, not read from a table."""
        return [g for g in self.built.goals if g.parent is None and g.id not in self.built.goal_from_table]

    def _theme_labelled_sections(self, num: str) -> set[str]:
        """The sections headed by a theme word and the number `num` ('Tema 1 – Arbete',
        'Fokusområde 1: …') and the sections under them; none unless exactly one heading is
        so labelled."""
        labelled = re.compile(rf"^\W*{alt(THEME_NUMBERED, forms=False)}\s+0*{re.escape(num)}\s*[:.–—|·-]\s*\S", re.I)
        heads = {sec.id for sec in self.built.sections if labelled.match(sec.heading or "")}
        if len(heads) != 1:
            return set()
        secs, grew = set(heads), True
        while grew:
            more = {sec.id for sec in self.built.sections if sec.parent in secs} - secs
            secs |= more
            grew = bool(more)
        return secs

    def _area_sections(self, num: str) -> set[str]:
        """The sections numbered '<P>.<num>' when every section stating a top-level goal (not
        from a table) is numbered '<P>.<n>' under one chapter P, else none."""
        by_id = {sec.id: sec for sec in self.built.sections}
        stating = {g.section for g in self._stated_top_goals() if g.section in by_id}
        parts = {s: (by_id[s].number or "").split(".") for s in stating}
        if not parts or any(len(p) != 2 or not all(x.isdigit() for x in p) for p in parts.values()) \
                or len({p[0] for p in parts.values()}) != 1:
            return set()
        return {s for s, p in parts.items() if p[1] == num}

    def goal_by_theme(self, cell: str) -> str | None:
        """The goal a goal cell names by its chapter's title alone ('Huvudmål': 'Arbete och
        utbildning' in a follow-up table after the chapters): the one top-level goal stated
        under the heading so named. The cell is a name for that goal, no goal of its own."""
        # a field's value ends at its full stop ('Mål: Jobb. Ansvarig: ...'): no part of the name
        name = squash(cell).rstrip(":").rstrip(".").strip()
        if not name:
            return None
        numbered = NUMBERED_AREA_RE.match(name)
        if numbered:
            # 'Mål 2. Barn och unga' in an appendix action plan: the goal's number and the
            # name of the chapter that stated it; the name says which goal
            name = numbered.group("name")
        tops = self.goals_of_theme(name)
        if len(tops) > 1:
            # the chapter's goal is the one its own text states: the rows of its tables and
            # the goals of its sub-headings (focus areas, sub-goals) are no name for it
            named = {sec.id for sec in self.built.sections if self.theme_key(sec.heading) == self.theme_key(name)}
            goals = {g.id: g for g in self.built.goals}
            tops = [g for g in tops if g not in self.built.goal_from_table and goals[g].section in named]
            if len(tops) > 1 and len({goals[g].section for g in tops}) == 1:
                # ... and where that text states several ('Målet är att alla … För barnen är
                # målet att …'), the chapter's goal is the one it states first, the others
                # narrowing it: the name names the chapter, no goal of its own
                tops = tops[:1]
        return tops[0] if len(tops) == 1 else None

    def goal_named_by_field(self, value: str) -> str | None:
        """The goal a goal field's value names: a goal stated before in the same words, or
        the one goal under the heading it names ('Mål: Jobb.' under '4.1 Jobb'), or the goal a
        goal table gave that short name ('Mål: Första tiden', `goal_short_names`), else None."""
        return self.goal_by_text(value) or self.goal_by_theme(value) \
            or self.built.goal_names.get(name_key(value))

    # ---- by action numbers ---------------------------------------------------------------
    def goals_by_action_number(self, num: str | None, goals: list[str]) -> list[str]:
        """The goal an action's number names when the goals in scope are that goal's
        family: action '4.2' printed after the actions '4.1.1', '4.1.2' of 'Delmål 4.1'
        serves 'Mål 4', the goal its number is numbered under (the number without its last
        part), not the sub-goal stated last. Otherwise `goals`: a number naming a goal
        outside the family in scope (actions numbered by chapter) says nothing of its goal."""
        if num and num.count(".") >= 2 and len(goals) >= 2 \
                and (named := self.coded_goals.get(num.rsplit(".", 1)[0])) in goals:
            # '1.1.1' under the goals 'Målsättning 1.1' and '1.2' stated together: the
            # action numbered under goal 1.1 is that goal's (a number of three parts at least:
            # actions numbered by chapter, '1.1', say nothing of which goal of it they serve)
            return [named]
        if not num or "." not in num or len(goals) != 1:
            return goals
        named = self.coded_goals.get(num.rsplit(".", 1)[0])
        if named is None or named == goals[0]:
            return goals
        parent = next((g.parent for g in self.built.goals if g.id == goals[0]), None)
        return [named] if named == parent else goals

    def goals_of_action_numbers(self, rows: list[list[str]], roles: dict[int, str],
                                measure_col: int | None) -> dict[int, str]:
        """{row: goal} of a table without a goal column whose actions are numbered by their
        goal: a column of no role holding only dotted numbers ('Nr': '3.1', '3.2', '4.1'), or
        the action cells opening with one ('3.1. Bostadsguide ...'), or a letter-led code of both
        numbers ('A3.1', 'M3-1', `_CODED_GOAL_ACTION_RE`), where each number's first part
        is the number of a goal stated before ('Mål 3. Vi vill att ...', a goal list's '3.')
        -- action 3.1 is goal 3's first action, wherever the table stands (one table 'för
        målen 3–6' after the last of them). Only when the numbers name two goals or more:
        actions numbered by one chapter's number ('4.1', '4.2' in chapter 4) say nothing about
        goals. A number that is itself a goal's ('1.1', a sub-goal numbered so) is no action
        number, and then none of the table's is read so."""
        nums: dict[int, str] = {}
        for c in range(max((len(r) for r in rows), default=0)):
            if c in roles:
                continue
            # ('1.1 a', '1.1 b', '2.1 a': each action lettered under its goal's own number --
            # the number names the goal itself, as a goal list numbered it, of two goals or more)
            lettered_under = [(k, _GOAL_NUMBER_LETTER_ACTION_RE.fullmatch(r[c].strip())) for k, r in enumerate(rows)
                              if c < len(r) and r[c].strip()]
            if lettered_under and all(m for _, m in lettered_under):
                named = {k: self.goal_by_number(m.group(1)) for k, m in lettered_under}
                if all(named.values()) and len(set(named.values())) >= 2:
                    return named
            cells = [(k, bare_number(r[c])) for k, r in enumerate(rows) if c < len(r) and r[c].strip()]
            if cells and all(n and "." in n for _, n in cells):
                nums = dict(cells)
                break
            # ... or the goal's letter and the action's number ('Nr': 'A1', 'A2', 'B1', or
            # 'A.1'): a programme lettering its goals ('A. Arbete: …') numbers each goal's
            # actions after its letter -- read as '1.1' is, the letter for the goal's number
            lettered = [(k, _LETTERED_ACTION_RE.fullmatch(r[c].strip())) for k, r in enumerate(rows)
                        if c < len(r) and r[c].strip()]
            if lettered and all(m for _, m in lettered):
                nums = {k: f"{m.group(1)}.{m.group(2)}" for k, m in lettered}
                break
            # ... or a letter-led code of the goal's number and the action's ('A2.1', 'M1-1'):
            # its head names the goal as a goal coded so ('M1 …') or, coded nowhere, as the
            # goal its digits number ('Mål 2: …'); the letters alone name nothing
            coded = [(k, _CODED_GOAL_ACTION_RE.fullmatch(r[c].strip())) for k, r in enumerate(rows)
                     if c < len(r) and r[c].strip()]
            if coded and all(m for _, m in coded):
                if all(self.goal_by_number(m.group(1) + m.group(2)) for _, m in coded):
                    nums = {k: f"{m.group(1)}{m.group(2)}.{m.group(3)}" for k, m in coded}
                else:
                    nums = {k: f"{m.group(2)}.{m.group(3)}" for k, m in coded}
                break
        if not nums and measure_col is not None:
            for k, r in enumerate(rows):
                n = numbering(r[measure_col].strip()) if measure_col < len(r) else None
                if n and "." in n:
                    nums[k] = n
                elif measure_col < len(r) and (m := _LETTERED_ACTION_OPENING_RE.match(r[measure_col].strip())):
                    # ('A1 Öppna en bostadsförmedling …': the action cell opening with its code)
                    nums[k] = f"{m.group(1)}.{m.group(2)}"
        if not nums or any(self.goal_by_number(n) for n in nums.values()):
            return {}
        # ('1.2.1': action 1 of the goal numbered '1.2', where the goals were numbered
        # 'Mål 1.1', 'Mål 1.2' -- the number without its last part names that goal; else
        # the first part names the goal, as in '3.1')
        goals = {k: (n.count(".") >= 2 and self.goal_by_number(n.rsplit(".", 1)[0]))
                 or self.goal_by_number(n.split(".")[0]) for k, n in nums.items()}
        if not all(goals.values()) or len(set(goals.values())) < 2:
            return {}
        return goals
