"""Fallbacks for goals where the convention-based reading (`builder.Builder`) left them
empty, or left the measures it read telling no goal apart (linked to none, all to one, or
all to every goal), while the document plainly states its goals. Conventions real
programmes share, applied only then:

- an outline's numbered points over sub-points numbered under them ('1. <goal> 1.a <action>
  – ansvar: X'), when no goal was read (`goals_and_actions_of_outline_points`);
- goal lines: a paragraph or heading opened by a label naming a goal ('Mål:', 'MÅL 1 …',
  'Strävan:', 'Önskat resultat:'), a key-value table's goal row ('Mål | …'), a headline
  stating a target share ('75 % av …'); each measure to the goal line last before it in its
  heading scope (`goals_from_label_lines`);
- goals read, no measure linked: each measure to the goal whose scope holds it
  (`link_measures_by_scope`); or to the goal its own text names by number ('[Mål 2]',
  `link_measures_by_goal_number`);
- measures and still no goal: the heading over each group of them
  (`goals_from_headings_over_measures`), and a goal made of a heading's words takes the
  sentence under the heading stating the aim ('Vi lovar att …', 'Senast 2028 …';
  `goal_sentences_under_headings`).

classifiers/README.md, 'Goal fallbacks' under 'Fallbacks when a role comes out empty'.
"""

from __future__ import annotations

import re

from .element_positions import measure_positions, position_of
from .elements import Element
from .empty_role_fallbacks import next_id, action_fields
from .model import Goal, Measure
from .numbered_list_heads import goals_of_numbered_list_heads
from .prose import reports_past, says_what_was_done
from .reader_shared import headers_of, theme_name
from .role_headings import ROLE_HEADING_RE
from .text import GOAL_LABEL_WORDS, fold, sentences, squash, strip_marker
from .theme_labelled_meters import WHOLE_PROGRAMME_CELL_RE

# a label naming a goal, on folded text: the label, an optional number ('MÅL 1', 'Delmål
# 2.1'), then a colon, a dash or (after a number) plain space, then the goal's words.
# 'Mål', 'Målet', 'Målsättning', 'Delmål', 'Effektmål', 'Huvudmål', 'Strävan',
# 'Effekt', 'Önskat läge/resultat', 'Eftersträvat läge' (not 'Vision': one line over them all)
_LABEL = (r"(?:(?:del|effekt|huvud|over(?:gripande\s+)?|strategisk(?:t)?\s+)?mal(?:et|sattning(?:en)?)?"
          r"|strav(?:an|anden)|effekt(?:en)?|onskat\s+(?:lage|resultat|tillstand)"
          r"|efterstravat\s+lage)")
_LABEL_LINE_RE = re.compile(
    rf"^(?P<label>{_LABEL})(?:\s+(?P<num>\d+(?:\.\d+)*)\.?)?\s*(?:(?P<sep>[:–-])\s*|(?<=\d)\s+|(?<=\d\.)\s+)"
    r"(?P<rest>\S.*)$", re.S)


def label_line_goal(text: str) -> str | None:
    """The goal a label line states ('Önskat resultat: Fler får arbete.' -> 'Fler får
    arbete'), or None: the first sentence after the label, which must be followed by a colon
    or dash, or by a number (a banner 'MÅL 1  Fler får arbete')."""
    line = squash(strip_marker(text))
    # folding keeps the length of Swedish text (å -> a), so its offsets are the line's
    m = _LABEL_LINE_RE.match(fold(line))
    if not m or (m.group("sep") is None and m.group("num") is None):
        return None
    rest = sentences(line[m.start("rest"):])
    goal = rest[0].strip().rstrip(".").strip() if rest else ""
    # a goal is a statement of some words, not a stub ('Mål: se ovan') or a bare number
    if len(goal.split()) < 3 or not goal[:1].isalpha():
        return None
    return goal


def _heading_over(elements: list[Element], i: int) -> Element | None:
    for el in reversed(elements[:i]):
        if el.kind == "heading":
            return el
    return None


# a label alone, as a key-value table's row label or a caption: 'Mål', 'Målsättning', 'Mål 3'
_BARE_LABEL_RE = re.compile(rf"^{_LABEL}(?:\s+\d+(?:\.\d+)*)?\W*$")


def _label_row_goal(el: Element) -> str | None:
    """The goal of a two-column key-value table ('Mål | <goal>', 'Nuvarande läge | …',
    'Mäts med | …'): the cell beside its goal label, the label's colon in its own cell."""
    if el.table is None or el.table.n_cols != 2:
        return None
    for row in el.table.rows:
        if len(row) == 2 and _BARE_LABEL_RE.match(fold(squash(row[0]))) and not re.search(r"\d", row[0]):
            goal = squash(row[1]).rstrip(".").strip()
            return goal if len(goal.split()) >= 3 and goal[:1].isalpha() else None
    return None


def _label_lines(elements: list[Element]) -> list[tuple[int, str]]:
    out = []
    for i, el in enumerate(elements):
        goal = None
        if el.kind in ("para", "heading"):
            goal = label_line_goal(el.text)
        elif el.kind == "table":
            goal = _label_row_goal(el)
        if goal is not None:
            out.append((i, goal))
    return out


def _theme_over(elements: list[Element], i: int) -> Element | None:
    """The heading over element `i` naming its theme: past a heading that only labels and
    numbers the goal ('Mål 1' over the goal's table)."""
    for el in reversed(elements[:i]):
        if el.kind == "heading" and not _BARE_LABEL_RE.match(fold(squash(el.text))):
            return el
    return None


def _scope_owner(elements: list[Element], anchors: dict[int, str], i: int) -> str | None:
    """The goal (id) stated last before element `i` with no heading between closing its
    scope: a heading at or above the level of the heading the goal stands under (or the
    goal's own level, when it is a heading)."""
    for k in range(i - 1, -1, -1):
        if k in anchors:
            # the goal's level: its own when a heading, else the heading it stands under
            el = elements[k]
            level = el.level if el.kind == "heading" else getattr(_heading_over(elements, k), "level", 0)
            for j in range(k + 1, i):
                h = elements[j]
                if h.kind == "heading" and level and h.level <= level:
                    return None
            return anchors[k]
    return None


def _link(built, elements: list[Element], anchors: dict[int, str]) -> int:
    """Link each measure to the goal whose scope holds it; the count linked."""
    goals = {g.id: g for g in built.goals}
    n = 0
    for m, pos in zip(built.measures, measure_positions(built, elements)):
        if pos is None:
            continue
        owner = _scope_owner(elements, anchors, pos)
        if owner is None:
            continue
        m.goal, m.goals = owner, [owner]
        if m.theme is None:
            m.theme = goals[owner].theme
        n += 1
    return n


def _unanchored(built) -> bool:
    """The measures read name no goal, or all the same one, or all the same goals (every
    one of them): their links tell no goal apart (a layout no rule knows)."""
    return len({tuple(m.goals or ([m.goal] if m.goal else [])) for m in built.measures}) <= 1


def goals_from_label_lines(built, elements: list[Element]) -> None:
    """Two or more of the document's goal lines -- label lines ('Mål: …', 'MÅL 1 …',
    'Strävan: …') and target headlines ('75 % av … år 2030') -- not read as goals, and the
    measures read tell no goal apart: those lines are goals, the measures in their scope
    linked to them."""
    if not _unanchored(built):
        return
    lines = _label_lines(elements) + _target_headings(elements)
    lines.sort()
    read = {fold(squash(g.text)).rstrip("."): g for g in built.goals}

    def read_as(goal: str):
        key = fold(squash(goal))
        return next((g for r, g in read.items() if key in r or (len(r) >= 12 and r in key)), None)

    unread = [(i, text) for i, text in lines if read_as(text) is None]
    # two goal lines read already: the reader knows the document's goal lines, and the
    # others are something else ('Mål 2 – Språk' over an appendix naming a goal read above)
    if len(unread) < 2 or len(lines) - len(unread) >= 2:
        return
    n = next_id(built.goals, "g")
    anchors: dict[int, str] = {}
    for i, text in lines:
        known = read_as(text)
        if known is not None:  # a goal line read already: its scope is its goal's
            anchors[i] = known.id
            continue
        # the theme: the heading the goal line stands under
        head = _theme_over(elements, i)
        theme = theme_name(squash(head.text)) if head is not None and head.text.strip() else None
        goal = Goal(id=f"g{n}", text=text, theme=theme, section=theme, page=elements[i].page)
        built.goals.append(goal)
        anchors[i] = goal.id
        n += 1
    # the measures (linked to nothing, or all to the same) take their scope's goal
    _link(built, elements, anchors)
    _references_to_label_lines(built, elements, anchors)
    # a document stating its goals by goal lines states them there: a goal read elsewhere
    # (a reading guide's sentence, a greeting's 'Vi vill ...', a table's 'Mål 3' reference)
    # that no measure, indicator or sub-goal is linked to is none of its goals
    used = {x for m in built.measures for x in (m.goals or [m.goal])}
    used |= {x for i in built.indicators for x in (i.goals or [i.goal])} | {g.parent for g in built.goals}
    built.goals = [g for g in built.goals if g.id in anchors.values() or g.id in used]


# a goal line's label and number ('Mål 3 – …'), and a goal cell that is that key alone ('Mål 3')
_LINE_NUMBER_RE = re.compile(rf"^\s*{GOAL_LABEL_WORDS}\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)\b", re.I)
_KEY_ALONE_RE = re.compile(rf"^\s*{GOAL_LABEL_WORDS}\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)\s*[.:]?\s*$", re.I)


def _references_to_label_lines(built, elements: list[Element], anchors: dict[int, str]) -> None:
    """A follow-up table after the goal lines keys its rows by the goals' labels ('Mål | Indikator'
    with 'Mål 3', or 'Hela programmet' for the programme as a whole): read before the goal lines
    were known as goals, such a cell was taken for a goal of its own. Its indicators and measures
    are the goal line's with that number -- or of no goal, for the whole programme -- and the key
    is no goal (it is dropped with the goals nothing is linked to)."""
    by_number = {}
    for i, gid in anchors.items():
        m = _LINE_NUMBER_RE.match(squash(elements[i].text))
        if m:
            by_number.setdefault(m.group("num"), gid)
    anchored = set(anchors.values())
    moved: dict[str, str | None] = {}
    for g in built.goals:
        if g.id in anchored:
            continue
        key = _KEY_ALONE_RE.match(squash(g.text))
        if key and key.group("num") in by_number:
            moved[g.id] = by_number[key.group("num")]
        elif by_number and WHOLE_PROGRAMME_CELL_RE.match(squash(g.text)):
            moved[g.id] = None
    if not moved:
        return
    for item in (*built.measures, *built.indicators):
        if item.goal in moved or any(x in moved for x in item.goals):
            goals = [moved.get(x, x) for x in (item.goals or [item.goal])]
            goals = list(dict.fromkeys(x for x in goals if x))
            item.goal, item.goals = (goals[0] if goals else None), goals


# a headline stating a measurable target: it opens with a share ('75 % av …', '90 procent
# av …') -- a programme's goal set as the level it aims at
_TARGET_RE = re.compile(r"^\d{1,3}(?:[,.]\d+)?\s*(?:%|procent)\s+(?:av|fler|farre|nya|alla)\b")


def _target_headings(elements: list[Element]) -> list[tuple[int, str]]:
    out = []
    for i, el in enumerate(elements):
        text = squash(el.text).rstrip(".")
        if el.kind == "heading" and len(text.split()) >= 5 and _TARGET_RE.match(fold(text)):
            out.append((i, text))
    return out


def link_measures_by_scope(built, elements: list[Element]) -> None:
    """Goals read, measures read, not one measure linked: each measure to the goal stated
    last before it in the document within that goal's heading scope."""
    if not built.goals or not built.measures or any(m.goal or m.goals for m in built.measures):
        return
    anchors: dict[int, str] = {}
    at = 0
    for g in built.goals:
        pos = position_of(g.text, elements, at)
        if pos is not None and pos not in anchors:
            anchors[pos] = g.id
            at = pos
    if anchors:
        _link(built, elements, anchors)


# a sentence stating what is aimed at: 'Vi lovar att …', 'Vi vill att …', 'Vi strävar efter
# …', 'Målet är att …', 'Vårt mål är …', 'Målsättningen är …', or a dated target ('Senast
# 2028 har …', 'Till år 2028 …', 'År 2028 …'), on folded text
_GOAL_SENTENCE_RE = re.compile(
    r"^(?:vi\s+(?:lovar|vill|stravar|efterstravar|arbetar\s+for\s+att|ska\s+se\s+till\s+att)\b"
    r"|(?:vart\s+|det\s+overgripande\s+)?mal(?:et|sattningen)?\s+(?:ar|for\s+\w+\s+ar)\b"
    r"|(?:senast|till|fram\s+till)\s+(?:ar\s+|utgangen\s+av\s+)?20\d\d\b|ar\s+20\d\d\s+(?:har|ar|kan|ska)\b)")


# a one-sentence paragraph that speaks of the text, its table or its actions rather than
# stating a state aimed at ('Åtgärderna finns i tabellen nedan.', 'Här beskrivs …', 'Följande
# görs under perioden.', 'Se även kapitel 5.'), on folded words
_ABOUT_THE_TEXT_RE = re.compile(
    r"\b(?:tabell\w*|nedan\w*|ovan\w*|foljande|har\s+(?:beskrivs|listas|presenteras|finns)"
    r"|avsnitt\w*|kapitl\w*|kapitel|bilaga\w*|atgard\w*|insats(?:en|er|erna)?|matare\w*|indikator\w*"
    r"|se\s+(?:aven|ocksa)|programmet|planen)\b")


def _bare_statement(text: str) -> str | None:
    """The paragraph's one sentence when it is a plain statement fit to be a goal: five to
    forty words, not closed by a question or exclamation mark or a list intro's colon, not
    opening with a quote or a dash, no report of the past or of what was done, and speaking
    of no table, chapter or action (`_ABOUT_THE_TEXT_RE`)."""
    parts = sentences(text)
    if len(parts) != 1:
        return None
    sentence = parts[0].strip()
    words = sentence.split()
    if not 5 <= len(words) <= 40 or sentence[-1:] in ":?!" or sentence[:1] in "\"”“'«»–-":
        return None
    if says_what_was_done(sentence) or reports_past(sentence) or _ABOUT_THE_TEXT_RE.search(fold(sentence)):
        return None
    return sentence


def _unlabelled_goal_sentences(built, elements: list[Element], made: set[str]) -> dict[str, str]:
    """{goal id: sentence} for the goals the fallbacks made of a heading whose heading is
    followed by one paragraph of one plain sentence and then, right after it, the goal's
    first action (the table, the list or the card of its actions): a programme states each
    area's goal alone under the area's heading, unlabelled, over the area's actions
    ('Insatsområde 1: Vägledning' / 'Invånare vet var de får råd.' / Åtgärd | Ansvar | …).
    At least two headings laid out so, or none: one heading opening with a sentence of
    introduction is not yet the layout."""
    # (the headings over a plain sentence first: the measures' places, a pass over the
    # elements per measure, only where two of them at least could be the layout)
    candidates: dict[str, tuple[int, str]] = {}
    for g in built.goals:
        at = _heading_index(g.text, elements) if g.id in made else None
        if at is None or at + 2 >= len(elements) or elements[at + 1].kind != "para":
            continue
        stated = _bare_statement(elements[at + 1].text)
        if stated:
            candidates[g.id] = (at, stated)
    if len(candidates) < 2:
        return {}
    # (each goal's first action, one pass over the measures' places: it tells both whether a
    # candidate's sentence stands right over its first action and how many headings go
    # straight into theirs)
    first: dict[str, int] = {}
    for m, pos in zip(built.measures, measure_positions(built, elements)):
        if pos is not None and m.goal:
            first[m.goal] = min(pos, first.get(m.goal, pos))
    # (a goal label opening it, 'STRÄVAN 1  …', 'Målsättning – …', is cut as a label
    # line's is: `label_line_goal`)
    out = {gid: label_line_goal(stated) or stated
           for gid, (at, stated) in candidates.items() if first.get(gid) == at + 2}
    # (the layout is the programme's: where more of its goal headings go straight into their
    # first action, the headings state the goals and the odd sentence under one explains it)
    texts = {g.id: g.text for g in built.goals}
    direct = sum(1 for gid, pos in first.items()
                 if gid in texts and pos >= 1 and elements[pos - 1].kind == "heading"
                 and squash(elements[pos - 1].text).endswith(squash(texts[gid])))
    return out if len(out) >= 2 and len(out) >= direct else {}


def goal_sentences_under_headings(built, elements: list[Element], made: set[str]) -> None:
    """A goal the fallbacks made of a heading's bare words ('Löfte 1: Ett bra första år')
    whose heading opens with a one-sentence paragraph stating what is aimed at ('Vi lovar
    att …', 'Målet är att …', 'Senast 2028 har …'): that sentence is the goal, the heading
    its theme. A programme heads a group of actions with a short name and states its goal
    as the sentence under it -- also unlabelled, a plain statement standing alone between
    the heading and the actions (`_unlabelled_goal_sentences`)."""
    unlabelled = _unlabelled_goal_sentences(built, elements, made)
    for g in built.goals:
        if g.id not in made:
            continue
        # (the heading found once: the element right under it, then its running text)
        at = _heading_index(g.text, elements)
        if at is None or at + 1 >= len(elements):
            continue
        nxt = elements[at + 1]
        stated = _goal_in_table(nxt) if nxt.kind == "table" else None
        if nxt.kind == "para":
            first = sentences(nxt.text)[:1]
            if first and len(sentences(nxt.text)) == 1 and _GOAL_SENTENCE_RE.match(fold(first[0])) \
                    and len(first[0].split()) >= 5:
                stated = first[0]
            else:
                stated = _labelled_goal_sentence(nxt.text)
        if not stated:
            # 'Fokus 1: Att stanna kvar' / a paragraph on the problem / 'Det vi vill nå: …':
            # the labelled goal sentence further down the heading's own running text
            stated = _labelled_goal_after(at, elements)
        if not stated:
            stated = unlabelled.get(g.id)
        if stated:
            g.theme = g.theme or theme_name(squash(g.text))
            g.text = stated.rstrip(".").strip()


def _heading_index(heading_text: str, elements: list[Element]) -> int | None:
    """The index of the first heading printing `heading_text`, else None."""
    key = squash(heading_text)
    return next((i for i, el in enumerate(elements) if el.kind == "heading" and squash(el.text) == key), None)


def element_under_heading(heading_text: str, elements: list[Element]) -> Element | None:
    """The element right under the first heading printing `heading_text` (a goal the reader
    or a fallback made of a heading's words), else None."""
    at = _heading_index(heading_text, elements)
    return elements[at + 1] if at is not None and at + 1 < len(elements) else None


# a run-in label naming the goal or the target level, a year after it or not ('Målnivå
# 2028: …', 'Målsättning: …', 'Mål 2028: …'), or saying in a clause what is to be reached
# ('Det vi vill nå: …', 'Vad vi vill uppnå: …', 'Vårt mål: …'), as a letter-like programme
# written in the first person labels its goal
_GOAL_LABEL_SENTENCE_RE = re.compile(
    r"^(?:mal\w*(?:\s+(?:ar\s+)?20\d\d)?"
    r"|(?:det|vad|detta)\s+(?:vi|kommunen)\s+(?:vill|ska|onskar)\s+(?:na|uppna|astadkomma)"
    r"|(?:vart|vara)\s+mal)\s*:\s*(?=\S)")
# a column header naming the goal or the target level ('Nivå 2 – målnivå 2028', 'Mål',
# 'Målsättning'): a word opening with 'mål'
_GOAL_HEADER_WORD_RE = re.compile(r"(?:^|\W)mal\w*")


def labelled_goal_in_heading_text(heading_text: str, elements: list[Element]) -> str | None:
    """The first sentence opened by a goal label ('Det vi vill nå: …', 'Målnivå 2028: …') in
    the paragraphs under the first heading printing `heading_text`, up to the next heading or
    the first non-paragraph (a table, a list: the heading's actions). A programme often opens
    a theme with the problem in a paragraph or two and labels its goal after them."""
    start = _heading_index(heading_text, elements)
    return None if start is None else _labelled_goal_after(start, elements)


def _labelled_goal_after(start: int, elements: list[Element]) -> str | None:
    """`labelled_goal_in_heading_text` of the heading at `start`."""
    for el in elements[start + 1:]:
        if el.kind != "para":
            return None
        stated = _labelled_goal_sentence(el.text)
        if stated:
            return stated
    return None


def _labelled_goal_sentence(text: str) -> str | None:
    """The sentence of a paragraph opened by a run-in label naming the goal or the target
    level ('Här har vi inte använt modellen. Målnivå 2028: X har Y.'), its label cut: the
    paragraph states the goal there."""
    for sentence in sentences(text):
        m = _GOAL_LABEL_SENTENCE_RE.match(fold(sentence))
        if m and len(sentence[m.end():].split()) >= 5:
            return sentence[m.end():]
    return None


def _goal_in_table(el: Element) -> str | None:
    """The cell of a one-row table right under a heading whose column header names the goal
    or the target level ('Nivå 1 – nuläge | Nivå 2 – målnivå 2028 | Nivå 3 – vision': a
    maturity table states where the theme is, where it is to be and a vision): that cell is
    the goal of the heading's actions."""
    table = el.table
    if table is None or table.header_rows < 1 or len(table.rows) - table.header_rows != 1:
        return None
    header = [squash(h) for h in headers_of(table, table.header_rows)]
    row = table.rows[table.header_rows]
    hits = [c for c, h in enumerate(header) if _GOAL_HEADER_WORD_RE.search(fold(h)) and c < len(row)]
    if len(hits) != 1:
        return None
    cell = squash(row[hits[0]])
    return cell if len(cell.split()) >= 5 else None


def goals_from_headings_over_measures(built, elements: list[Element]) -> set[str]:
    """Measures read, not one goal: the heading over each group of measures (above a
    heading that only names the actions, 'Åtgärder') is what they are for -- their goal,
    when two or more headings each hold measures. The ids of the goals made."""
    if built.goals or not built.measures or any(m.goal or m.goals for m in built.measures):
        return set()
    groups: dict[int, list] = {}
    for m, pos in zip(built.measures, measure_positions(built, elements)):
        if pos is None:
            continue
        k = pos - 1
        while k >= 0 and (elements[k].kind != "heading"
                          or ROLE_HEADING_RE.match(fold(squash(elements[k].text)))):
            k -= 1
        if k >= 0:
            groups.setdefault(k, []).append(m)
    if len(groups) < 2:
        return set()
    made = set()
    for n, (k, measures) in enumerate(sorted(groups.items()), start=1):
        title = squash(elements[k].text)
        goal = Goal(id=f"g{n}", text=title, page=elements[k].page)
        built.goals.append(goal)
        made.add(goal.id)
        for m in measures:
            m.goal, m.goals = goal.id, [goal.id]
    return made


# a reference to a numbered goal in an action's text or row: '[Mål 2]', '(mål 3, 2026)',
# 'mål nr 4', 'Delmål 1.2', 'målsättning 3' (folded)
_GOAL_REF_RE = re.compile(r"\b(?:del|effekt)?mal(?:et|sattning(?:en)?)?\s+(?:nr\.?\s*|nummer\s+)?(\d+(?:\.\d+)?)\b")
# the number a goal's own line opens with: '1. …', '2.1 …'
_LEADING_NUMBER_RE = re.compile(r"^\W*(\d+(?:\.\d+)?)[.):]?\s")


def _context(text: str, el: Element) -> str:
    """The text around a measure: its table row, or its paragraph or list item."""
    if el.kind == "table" and el.table is not None:
        key = fold(squash(text))[:60]
        for row in el.table.rows:
            if key in fold(squash(" ".join(row))):
                return " ".join(row)
    return el.text


def _goal_number(goal, elements: list[Element]) -> str | None:
    pos = position_of(goal.text, elements, 0)
    if pos is None:
        return None
    line = squash(strip_marker(elements[pos].text))
    m = _LABEL_LINE_RE.match(fold(line))
    if m and m.group("num"):
        return m.group("num")
    m = _LEADING_NUMBER_RE.match(line)
    if m:
        return m.group(1)
    # a goal's table under a caption numbering it ('Mål 3' over 'Mål | <goal>')
    above = elements[pos - 1] if pos else None
    if above is not None and above.kind == "heading":
        m = _BARE_LABEL_RE.match(fold(squash(above.text)))
        num = re.search(r"\d+(?:\.\d+)*", above.text)
        if m and num:
            return num.group(0)
    return None


def link_measures_by_goal_number(built, elements: list[Element]) -> None:
    """Two or more numbered goals read ('Mål 1. …', '1. …'), the measures linked to none or
    all to one: a measure whose own text or row names a goal by its number ('[Mål 2]',
    '(mål 3, 2026)') is linked to that goal. A plan listing its actions apart from its goals
    ties each action to its goal that way."""
    if len(built.goals) < 2 or not _unanchored(built):
        return
    by_number = {}
    for g in built.goals:
        num = _goal_number(g, elements)
        if num is not None and num not in by_number:
            by_number[num] = g
    if len(by_number) < 2:
        return
    links = []
    for m, pos in zip(built.measures, measure_positions(built, elements)):
        if pos is None:
            continue
        refs = [r for r in _GOAL_REF_RE.findall(fold(squash(_context(m.printed or m.text, elements[pos]))))
                if r in by_number]
        if refs:
            links.append((m, [by_number[r].id for r in dict.fromkeys(refs)]))
    # the links must tell goals apart: references to one goal alone say nothing of a layout
    if len({ids[0] for _, ids in links}) < 2:
        return
    for m, ids in links:
        m.goal, m.goals = ids[0], ids


# an outline point 'N. <goal>' and its sub-points 'N.a <action>' / 'N.1 <action>' run on in
# one item; a follow-up line of the point ('→ mäts: …') closes its last sub-point
_POINT_RE = re.compile(r"^\W*(\d{1,2})[.)]\s+(\S.*)$", re.S)
_ARROW_LINE_RE = re.compile(r"\s*[→➔➜⇒►▶]")


def _sub_points(num: str, text: str) -> list[tuple[int, int]]:
    """(start, end of marker) of each sub-point 'num.a ' / 'num.1 ' of point `num`."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?:^|\s){num}\.(?:[a-z]|\d{{1,2}})\)?\s+", text)]


def _outline_action(text: str, goal: Goal, page: int, mid: str) -> Measure | None:
    text = _ARROW_LINE_RE.split(text, maxsplit=1)[0].strip().rstrip(".")
    if len(text.split()) < 3:
        return None
    # its who/when tail as a listed action's (`empty_role_fallbacks`), the tail alone
    return Measure(id=mid, goal=goal.id, goals=[goal.id], theme=goal.theme, page=page,
                   **action_fields(text, placed_doer=False))


def _title_over(elements: list[Element], i: int) -> Element | None:
    """The heading over element `i`, or a nearer line in capitals standing as one (a memo
    or letter has no headings: 'HANDLINGSPLAN – PUNKTER' titles what follows)."""
    for el in reversed(elements[:i]):
        if el.kind == "heading":
            return el
        text = squash(el.text)
        if el.kind == "para" and 1 <= len(text.split()) <= 8 and any(c.isalpha() for c in text) \
                and text == text.upper():
            return el
    return None


def goals_and_actions_of_outline_points(built, elements: list[Element]) -> None:
    """No goal read: a memo's or plan's outline of numbered points, each
    with sub-points numbered under its own number ('1. <goal> 1.a <action> – ansvar: X, tid:
    Y 1.b …'), states a goal in each point's head and its actions in the sub-points. Two
    such points at least (one says nothing of a layout)."""
    if built.goals:
        return
    # an action the reading took already (a stray line may be read as one where no goal is)
    known = [(fold(squash(m.text))[:40], m) for m in built.measures if len(m.text) >= 12]
    points = []
    for i, el in enumerate(elements):
        if el.kind not in ("para", "bullet"):
            continue
        text = squash(el.text)
        m = _POINT_RE.match(text)
        if not m:
            continue
        subs = _sub_points(m.group(1), text)
        head = text[m.start(2):subs[0][0]].strip().rstrip(".") if subs else ""
        if len(subs) >= 1 and len(head.split()) >= 3:
            points.append((i, text, head, subs))
    if len(points) < 2:
        return
    n, m_id = 1, next_id(built.measures, "m")
    for i, text, head, subs in points:
        under = _title_over(elements, i)
        theme = theme_name(squash(under.text)) if under is not None and under.text.strip() else None
        goal = Goal(id=f"g{n}", text=head, theme=theme, section=theme, page=elements[i].page)
        built.goals.append(goal)
        n += 1
        for k, (_, end) in enumerate(subs):
            stop = subs[k + 1][0] if k + 1 < len(subs) else len(text)
            taken = next((m for key, m in known if key in fold(text[end:stop])), None)
            if taken is not None:  # read already: the point's action, under its goal
                if not taken.goal:
                    taken.goal, taken.goals = goal.id, [goal.id]
                continue
            measure = _outline_action(text[end:stop], goal, elements[i].page, f"m{m_id}")
            if measure is not None:
                built.measures.append(measure)
                m_id += 1


def fill_goals(built, elements: list[Element]) -> None:
    goals_and_actions_of_outline_points(built, elements)
    goals_of_numbered_list_heads(built, elements)
    goals_from_label_lines(built, elements)
    link_measures_by_scope(built, elements)
    link_measures_by_goal_number(built, elements)
