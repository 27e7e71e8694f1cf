"""Swedish OCR repair: a noisy-channel corrector with a lexicon prior.

For each word the repair asks which Swedish word w most likely produced the OCR string o:
    score(w) = log10 P(w) - log10-cost of the channel P(o | w)
- P(o | w): letter by letter from `data/confusion.json` — counts of the OCR segment Tesseract's
  English model printed for each true letter, estimated by `normalizers.confusion_train` from
  correct Swedish that we typeset and OCRed ourselves. Segments the data did not show but that the
  archive copies are known for (the look-alikes listed in `_PRIOR`) get a small smoothed share.
- P(w): the compiled lexicon (`normalizers.lexicon`: wordfreq `sv` + hunspell forms); words that
  the lexicon does not hold are analysed as compounds of hunspell compound parts.
- Real-word pairs (for/för, ar/är/år, ...) are decided by the same score (unigram frequency ratio
  against the channel cost) plus two generic syntactic cues: a number or a counting word before
  "ar" asks for "år"; a line in English (mostly English function words) is left alone.

Only text that detection calls damaged is repaired (`assess`). Every change is a `Repair`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalizers.lexicon import ALONE, BEGIN, END, FINNISH, MIDDLE, NAME, Lexicon, key, load
from normalizers.model import Repair

CONFUSION = Path(__file__).parent / "data" / "confusion.json"

# Look-alikes reported for archive OCR (issue 3) that the training OCR may not show: a prior
# share for smoothing, spread over these segments. Costs always come from data + this prior.
_PRIOR = {
    "ä": ["a", "&", "4", "é", "è", "d", "i", "éa", "ea", "&a", "a&", "éd", "dé"],
    "ö": ["o", "é", "è", "6", "d", "g", "0", "oé", "dé", "éd", "e", "o6", "&", ""],
    "å": ["a", "d", "&", "é", "ai", "ä", "á", "éd", "dé", "4", ""],
    "i": ["|"],
}
_PRIOR_MASS = 100.0  # pseudo-counts spread over a letter's prior segments
_TARGETS = frozenset("åäöi")  # letters the repair restores (other OCR errors are left alone)
COMPOUND_JOINT = 7.0  # zipf(compound) = sum of its parts' zipf - 7 per joint
MAX_CHANNEL = 3.5
NAME_PRIOR = 3.0  # zipf given to an unknown capitalized word inside a sentence (a name)
IDENT_MARGIN = 0.25
ACRONYM_MIN_ZIPF = 45  # zipf×10 a short all-caps word's repair must reach  # log10: a real word is replaced only by a word ~1.8x likelier  # log10 units: beyond this a candidate is not considered
MAX_EDITS = 3  # misreadings per word (a -> ä restorations are free of this: same key)
VARIANTS = 48
FINNISH_PENALTY = 1.0

# English function words that are not also (damaged) Swedish words ("for", "at", "an", "be" are)
_EN_FUNCTION = frozenset(
    "the and of to in is with on by are as that this from or it its which we our will have has "
    "not their they were was been these those".split())
_SV_FUNCTION = frozenset(
    "och att i som en ett det den de av med till om kan ska har inte eller ar är pa på for för "
    "vid sig samt".split())
_COUNT_WORDS = frozenset("per varje två tre fyra fem sex sju åtta nio tio flera många några "
                         "ett under inom efter senaste kommande".split())
_LEAD = "\"'([{«“‘*•–—"
_TRAIL = ".,;:!?)]}\"'»”’…*®©¹²³⁴⁵⁶⁷⁸⁹⁰"
_LOOKALIKE_CH = re.compile(r"[é&|64èàá]")
_FOLD_TABLE = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "à": "a", "è": "e", "ü": "u"})
_URLISH = re.compile(r"(https?://|www\.|@|\.(fi|se|com|org|net)\b)", re.I)
_LOOKALIKE_IN_WORD = re.compile(r"[a-zåäö][é&|64è]|[é&|64è][a-zåäö]|^\|$|^[|&6][a-z]", re.I)


# ------------------------------------------------------------------ channel model

@lru_cache(maxsize=1)
def channel_costs() -> dict[tuple[str, str], float]:
    """(OCR segment, true letter) -> -log10 P(segment | letter), segments lower case."""
    counts = json.loads(CONFUSION.read_text()) if CONFUSION.exists() else {}
    merged: dict[str, dict[str, float]] = {}
    for true, segs in counts.items():
        t = true.lower()
        for seg, n in segs.items():
            d = merged.setdefault(t, {})
            d[seg.lower()] = d.get(seg.lower(), 0.0) + n
    for t, segs in _PRIOR.items():
        d = merged.setdefault(t, {})
        share = _PRIOR_MASS / len(segs)
        for s in segs:
            d[s] = d.get(s, 0.0) + share
        if t not in counts and t.upper() not in counts:
            d[t] = d.get(t, 0.0) + 100.0
    costs: dict[tuple[str, str], float] = {}
    for t, segs in merged.items():
        tot = sum(segs.values())
        for seg, n in segs.items():
            if seg != t and n > 0:
                costs[(seg, t)] = -math.log10(n / tot)
    return costs


@lru_cache(maxsize=1)
def capital_cost() -> float:
    """-log10 P(OCR prints a capital | lower-case å/ä/ö), from the confusion counts."""
    counts = json.loads(CONFUSION.read_text()) if CONFUSION.exists() else {}
    tot = cap = 0
    for t in "åäö":
        for seg, n in counts.get(t, {}).items():
            tot += n
            cap += n if seg[:1] in ("A", "O") else 0  # the folded letter printed as a capital
    return -math.log10((cap + 1) / (tot + 2)) if tot else 2.0


@dataclass
class Cand:
    word: str  # lower case
    parts: list[str]  # output letters per OCR segment (for case and splitting)
    segs: list[str]
    score: float
    channel: float
    compound: bool = False
    flags: int = 0


class Repairer:
    def __init__(self, lex: Lexicon | None = None):
        self.lex = lex or load()
        self.costs = channel_costs()
        rules: dict[str, list[tuple[str, str, float]]] = {}
        self.deletions: list[tuple[str, float]] = []  # letters the OCR dropped
        for (seg, t), c in self.costs.items():
            if seg and c <= MAX_CHANNEL and seg != t and t in _TARGETS:
                if len(seg) == 1 and key(seg) == key(t):
                    continue  # a↔ä: same key, decided per form
                rules.setdefault(seg[0], []).append((seg, key(t), c))
            elif not seg and c <= MAX_CHANNEL and t in "åäö":
                self.deletions.append((t, key(t), c))
        for rs in rules.values():
            rs.sort(key=lambda r: r[2])
        self.rules = rules
        self.rules_nonletter = {ch: [r for r in rs if not (len(r[0]) == 1 and r[0] in "abcdefghijklmnopqrstuvwxyz")]
                                for ch, rs in rules.items()}
        self._memo: dict[str, tuple] = {}
        self._tok_cache: dict[tuple, tuple] = {}
        self.case_cost = capital_cost()

    # ---------------------------------------------------------- candidates
    def variants(self, s: str, max_cost: float = MAX_CHANNEL, letters: bool = True,
                 inner_deletion: bool = False, max_edits: int = 0):
        """Key variants of lower-case OCR string s: (key, segs, cost), at most MAX_EDITS
        misreadings each, the cheapest VARIANTS of them.
        letters=False: only non-letter look-alikes (é & 6 4 |) and multi-letter segments are read
        as other letters (used for words the lexicon knows). A dropped å/ä/ö is restored at the
        start or end of the word (anywhere with inner_deletion)."""
        rules = self.rules if letters else self.rules_nonletter
        n = len(s)
        edits = []  # (position, length of the OCR segment, key letter, cost)
        for i, ch in enumerate(s):
            for seg, kt, c in rules.get(ch, ()):
                if c <= max_cost and (len(seg) == 1 or s.startswith(seg, i)):
                    edits.append((i, len(seg), kt, c))
        if self.deletions:
            at = range(n + 1) if inner_deletion else (0, n)
            for i in at:
                for t, kt, c in self.deletions:
                    if c <= max_cost:
                        edits.append((i, 0, kt, c))
        edits.sort()
        base = s.translate(_FOLD_TABLE)
        combos = [(0.0, ())]
        if edits:
            ne = len(edits)
            me = max_edits or MAX_EDITS

            def dfs(start: int, cost: float, chosen: tuple, end: int, dels: int) -> None:
                for e in range(start, ne):
                    i, ln, kt, c = edits[e]
                    if i < end or (ln == 0 and (dels or (chosen and chosen[-1][0] == i))):
                        continue
                    nc = cost + c
                    if nc > max_cost:
                        continue
                    ch2 = chosen + (edits[e],)
                    combos.append((nc, ch2))
                    if len(ch2) < me:
                        dfs(e + 1, nc, ch2, i + ln if ln else i, dels + (ln == 0))

            dfs(0, 0.0, (), 0, 0)
            if len(combos) > VARIANTS:
                combos.sort(key=_first)
                del combos[VARIANTS:]
        out = []
        for cost, chosen in combos:
            if not chosen:
                out.append((base, tuple(s), 0.0))
                continue
            kparts, segs, pos = [], [], 0
            for i, ln, kt, _ in chosen:
                kparts.append(base[pos:i])
                segs.extend(s[pos:i])
                kparts.append(kt)
                segs.append(s[i:i + ln])
                pos = i + ln
            kparts.append(base[pos:])
            segs.extend(s[pos:])
            out.append(("".join(kparts), tuple(segs), cost))
        return out

    def channel(self, form: str, segs) -> float:
        c = 0.0
        costs = self.costs
        for ch, seg in zip(form, segs):
            if ch != seg:
                v = costs.get((seg, ch))
                if v is None:
                    return 99.0
                c += v
        return c

    def direct(self, s: str, need: int = ALONE, inner_deletion: bool = False) -> list[Cand]:
        out = []
        seen = set()
        # a common word the lexicon knows is not read as a letter-for-letter misreading
        # (d -> ö, i -> ä); rare or short words are ("dr" -> "är")
        known = self.lex.zipf(s) >= 35 and len(s) >= 3
        for k, segs, _ in self.variants(s, letters=not known, inner_deletion=inner_deletion):
            for form, z, fl in self.lex.entries(k):
                if not fl & (need | FINNISH) or form in seen:
                    continue
                ch = self.channel(form, segs)
                if ch > MAX_CHANNEL:
                    continue
                seen.add(form)
                zz = max(z, 10) / 10.0
                if not fl & need:  # Finnish only
                    if len(s) < 6:
                        continue
                    zz -= FINNISH_PENALTY
                out.append(Cand(form, list(form), list(segs), zz - ch, ch, flags=fl))
        return out

    @lru_cache(maxsize=100_000)
    def _part(self, sub: str, role: int, letters: bool = False) -> tuple[str, tuple, float, float] | None:
        """Best compound part for OCR substring `sub`: (form, segs, channel, zipf, flags).
        letters=False (the fast first pass): only look-alike characters are read as other letters."""
        best = None
        if letters:
            vs = self.variants(sub, 3.0, letters=True, max_edits=1)
        elif _LOOKALIKE_CH.search(sub):
            vs = self.variants(sub, 3.0, letters=False, max_edits=2)
        else:  # plain letters: only å/ä/ö restored (same key); fast path for compound splitting
            vs = [(sub.translate(_FOLD_TABLE), tuple(sub), 0.0)]
        for k, segs, _ in vs:
            for form, z, fl in self.lex.entries(k):
                if fl & role:
                    if role & (BEGIN | MIDDLE) and form.endswith("s") and len(form) > 3:
                        z = max(z, self.lex.zipf(form[:-1]))  # linking -s-: as common as its base
                    zz = max(z, 20) / 10.0
                elif role & BEGIN and fl & ALONE and z >= 25 and len(form) >= 3:
                    zz = z / 10.0 - 1.0  # a frequent word that hunspell does not mark as a part
                else:
                    continue
                ch = self.channel(form, segs)
                if ch > 3.0:
                    continue
                sc = zz - ch
                if best is None or sc > best[3]:
                    best = (form, segs, ch, zz, fl)
        return best  # (form, segs, channel, zipf, flags)

    def compound(self, s: str) -> Cand | None:
        c = self._compound(s, False)
        if (c is None or c.score < 0) and len(s) >= 8:
            c2 = self._compound(s, True)  # slower: letter-for-letter misreadings too (d -> å)
            if c2 is not None and (c is None or c2.score > c.score):
                c = c2
        return c

    def _compound(self, s: str, letters: bool) -> Cand | None:
        """Best split of s into BEGIN (MIDDLE)* END parts, each part repaired on its own."""
        n = len(s)
        if n < 6:
            return None
        # P(compound) ~ product of its parts' P: zipf = sum of part zipfs - COMPOUND_JOINT per joint
        # best[i]: (score, nparts, parts, segs, channel) for s[:i] as begin/middle parts
        best: list = [None] * (n + 1)
        best[0] = (0.0, 0, [], [], 0.0, 0)
        result = None
        for i in range(n):
            if best[i] is None:
                continue
            sc0, np0, parts0, segs0, ch0, fl0 = best[i]
            for j in range(i + 3, n + 1):
                if j == n:
                    if np0 == 0:
                        continue
                    p = self._part(s[i:j], END, letters)
                    if p is None:
                        continue
                    tot = sc0 + p[3] - p[2] - COMPOUND_JOINT
                    if result is None or tot > result[0]:
                        result = (tot, parts0 + [p[0]], segs0 + list(p[1]), ch0 + p[2], fl0)
                elif n - j >= 3:
                    p = self._part(s[i:j], BEGIN if np0 == 0 else (MIDDLE | BEGIN), letters)
                    if p is None:
                        continue
                    cand = (sc0 + p[3] - p[2] - (COMPOUND_JOINT if np0 else 0.0), np0 + 1,
                            parts0 + [p[0]], segs0 + list(p[1]), ch0 + p[2], p[4] if np0 == 0 else fl0)
                    if best[j] is None or cand[0] > best[j][0]:
                        best[j] = cand
        if result is None:
            return None
        tot, parts, segs, ch, fl = result
        word = "".join(parts)
        return Cand(word, list(word), segs, tot, ch, compound=True, flags=fl & NAME)

    def candidates(self, s: str) -> list[Cand]:
        cands = self.direct(s)
        if not cands and 2 <= len(s) <= 12 and s.isalpha():
            # an unknown word: the OCR may have dropped a letter inside it ("std" for "stöd")
            cands = self.direct(s, inner_deletion=True)
        if len(s) >= 7 and (not cands or max(c.score for c in cands) < 2.5):
            c = self.compound(s)
            if c is not None and c.word not in {x.word for x in cands}:
                cands.append(c)
        return cands

    # ---------------------------------------------------------- one word
    def repair_core(self, core: str, prev: str = "", sentence_start: bool = True
                    ) -> tuple[str, float, str] | None:
        """Repaired form of one word core (letters only, punctuation stripped), or None.
        `prev`: the word before (for cues); `sentence_start`: False when the word stands inside
        a sentence, where a capital marks a name (or an OCR capital: "Aven" for "även")."""
        if not _needs_look(core):
            return None
        low = core.lower()
        if not _LOOKALIKE_CH.search(low) and any(c in "åäö" for c in low):
            return None  # its å/ä/ö were printed: this word was read right (or is beyond us)
        prev = key(prev)
        count = prev in _COUNT_CUES
        capmid = not sentence_start and len(core) > 1 and core[0].isupper() and core[1:].islower()
        mk = ("#" if count else "") + ("^" if capmid else "") + low
        hit = self._memo.get(mk, _MISS)
        if hit is _MISS:
            hit = self._decide(low, count, capmid)
            if len(self._memo) > 500_000:
                self._memo.clear()
            self._memo[mk] = hit
        if hit is None:
            return None
        word, segs, conf, rule, lower_first = hit
        if len(core) <= 4 and core.isupper() and self.lex.zipf(word) < ACRONYM_MIN_ZIPF:
            return None  # "ARA", "TE": an abbreviation unless the word is common ("MAL" -> "MÅL")
        out = _apply_case(core, word, segs)
        if lower_first:
            out = out[0].lower() + out[1:]
        return out, conf, rule

    def _decide(self, low: str, after_count: bool, capmid: bool = False):
        cands = self.candidates(low)
        if not cands:
            return None
        lower_first = False
        if capmid and low[0] in "ao" and any(c.word[0] != low[0] for c in cands):
            # Inside a sentence a capital marks a name. A common word whose first letter the
            # repair restores ("Aven" -> "även") pays the cost of the OCR printing a capital
            # (estimated from data), and competes with the printed word read as a name.
            for c in cands:
                if not c.flags & NAME and c.word[0] != low[0]:
                    c.score -= self.case_cost
            top = max(cands, key=lambda c: c.score)
            if top.word[0] != low[0] and not top.flags & NAME and not any(c.word == low for c in cands):
                cands.append(Cand(low, list(low), list(low), NAME_PRIOR, 0.0, flags=NAME))
        if after_count:  # "tre ar", "2020 ar": a count asks for "år"
            for c in cands:
                if c.word == "år":
                    c.score += 2.0
        cands.sort(key=lambda c: -c.score)
        best = cands[0]
        if best.word == low:
            return None
        total = sum(10 ** (c.score - best.score) for c in cands)
        conf = 1.0 / total
        ident = next((c for c in cands if c.word == low), None)
        if ident is not None and best.score - ident.score < IDENT_MARGIN:
            return None  # the word as printed is a word too: change it only when clearly likelier
        rule = "lookalike" if any(len(sg) > 1 or not sg.isalpha() or key(sg) != key(ch)
                                  for sg, ch in zip(best.segs, best.word)) else "diacritic"
        if after_count and best.word == "år":
            rule = "context"
        if best.compound:
            rule += "+compound"
        if capmid and not best.flags & NAME and best.word[0] != low[0] and low[0] in "ao":
            lower_first = True
            rule += "+case"
        return best.word, tuple(best.segs), round(conf, 3), rule, lower_first


_MISS = object()
_KEYCHAR = {c: key(c) for c in "åäöéàèüÅÄÖÉ"}


def _first(t):
    return t[0]

_COUNT_CUES = frozenset(key(w) for w in _COUNT_WORDS) | {"#num"}


def _needs_look(core: str) -> bool:
    if len(core) < 1:
        return False
    if core.isdigit():
        return False
    if any(c.isdigit() for c in core) and not re.search(r"[a-zåäö][46]|[46][a-zåäö]", core, re.I):
        return False
    if not any(c.isalpha() for c in core):
        return core == "|"
    return True


def _apply_case(orig: str, word: str, segs) -> str:
    """Put the repaired letters into the original's case pattern."""
    letters = [c for c in orig if c.isalpha() and c.lower() not in "éè"]
    all_upper = len(letters) >= 2 and all(c.isupper() for c in letters)
    out = []
    pos = 0
    for ch, seg in zip(word, segs):
        oseg = orig[pos:pos + len(seg)]
        pos += len(seg)
        if all_upper:
            out.append(ch.upper())
        elif oseg.isalpha() and oseg[0].isupper() and key(oseg[0].lower()) == key(ch) and (
                pos == len(oseg) or oseg.lower() == ch):
            # a capital stays at the word's start; inside a word a capital A/O read for ä/ö
            # ("sAdan") is the OCR's, not the word's
            out.append(ch.upper())
        elif ch == "i" and oseg == "|":
            out.append("I")
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------ tokens and lines

_WS = re.compile(r"(\s+)")


def split_token(tok: str) -> tuple[str, str, str]:
    """(lead, core, trail): punctuation, footnote digits and line-end hyphen around a word."""
    i, j = 0, len(tok)
    while i < j and tok[i] in _LEAD:
        i += 1
    while j > i:
        c = tok[j - 1]
        if c in _TRAIL or c == "-" or (c.isdigit() and j - 1 > i and not tok[i:j].isdigit()
                                       and any(x.isalpha() for x in tok[i:j - 1])
                                       and not tok[j - 2].isdigit() and tok[j - 2] in _TRAIL):
            j -= 1
        else:
            break
    return tok[:i], tok[i:j], tok[j:]


def _ends_sentence(tok: str) -> bool:
    """True when the word after `tok` starts a sentence (or a list item, heading, cell)."""
    if not tok:
        return True
    t = tok.rstrip(_TRAIL.replace(".", "").replace(":", "").replace("!", "").replace("?", "") + "¹²³")
    return (not t or t[-1] in ".!?:•–—-*" or tok in ("-", "–", "•", "*")
            or bool(re.fullmatch(r"\(?\d+[.)]?|[a-z]\)", tok)))


def is_english(words: list[str]) -> bool:
    ws = [w.lower() for w in words if w.isalpha()]
    if len(ws) < 4:
        return False
    en = sum(w in _EN_FUNCTION for w in ws)
    return en >= max(2, 0.15 * len(ws)) and en > sum(w in _SV_FUNCTION for w in ws)


_CUE_WORDS = frozenset(["har", "bor", "s", "stod"])
_SUBJECTS = frozenset("det man vi ni de den hen han hon jag du kommunen staden".split())
_NOT_INF = frozenset(key(w) for w in "på i hos med kvar tillsammans nära utomlands där här inom "
                     "utanför mellan bara alltid ensamma fortfarande".split())
_BEFORE_NOUN = frozenset(key(w) for w in "till av för med utan genom ett mer mera ökat extra "
                         "ekonomiskt socialt psykiskt".split())


class LineRepairer:
    def __init__(self, rep: Repairer | None = None):
        self.rep = rep or get_repairer()
        self._tok_cache: dict[tuple, tuple] = self.rep._tok_cache  # shared by all line repairers

    def repair_line(self, line: str, line_no: int | None = None, page_no: int | None = None,
                    first: tuple | None = None, last: tuple | None = None,
                    prev_tok: str = "", next_tok: str = "") -> tuple[str, list[Repair]]:
        """Repair one line. `first` / `last`: (core, conf, rule) decided for a word split over the
        line break (see `join`) for the line's first / last token; `prev_tok`: the last token of
        the line before ("" at the start of a text or cell)."""
        parts = _WS.split(line)
        toks = [p for p in parts[::2]]
        if is_english(toks):
            return line, []
        repairs: list[Repair] = []
        prev = split_token(prev_tok)[1].lower() if prev_tok else ""
        start = True  # a capital at a line start may open a heading or item: not read as a name
        idxs = [k for k in range(0, len(parts), 2) if parts[k]]
        first_idx, last_idx = (idxs[0], idxs[-1]) if idxs else (-1, -1)
        cache = self._tok_cache
        for k in idxs:
            tok = parts[k]
            special = (k == first_idx and first is not None) or (k == last_idx and last is not None)
            ck = (tok, key(prev) in _COUNT_CUES, start)
            hit = None if special else cache.get(ck)
            if hit is None:
                hit = self._token(tok, prev, start, first if k == first_idx else last if special else None)
                if not special and hit[5]:
                    if len(cache) > 300_000:
                        cache.clear()
                    cache[ck] = hit
            new_tok, core, res, prev_next, start_next, _ = hit
            if res is None and core and core.lower() in _CUE_WORDS:
                res = self._cue(core, prev, parts + ["", next_tok], k, tok)
                if res is not None:
                    lead, _, trail = split_token(tok)
                    new_tok = lead + res[0] + trail
            if res is not None:
                parts[k] = new_tok
                repairs.append(Repair(page_no=page_no, line_no=line_no, original=core, repaired=res[0],
                                      rule=res[2], confidence=res[1]))
            prev, start = prev_next, start_next
        return "".join(parts), repairs

    def _token(self, tok: str, prev: str, start: bool, override: tuple | None):
        """(new token, core, (new core, conf, rule) or None, prev for the next word, sentence start
        for the next word, cacheable)."""
        if _URLISH.search(tok):
            return tok, "", None, "", _ends_sentence(tok), True
        lead, core, trail = split_token(tok)
        res = None
        if override is not None:
            res = override
        elif core and ("-" in core.strip("-") or "/" in core.strip("/")):
            res = self._hyphenated(core, prev)
        elif core:
            res = self.rep.repair_core(core, prev, start or any(c in "•*–—" for c in lead))
        if res is not None and res[0] == core:
            res = None
        new_tok = lead + res[0] + trail if res is not None else tok
        return (new_tok, core, res, "#num" if core.isdigit() else core.lower(), _ends_sentence(tok),
                True)

    def _cue(self, core: str, prev: str, parts: list[str], k: int, tok: str):
        """Simple syntactic cues for real-word pairs the unigram prior gets wrong (the text is
        known to be damaged here, so "har", "bor", "stod" may have lost their ä/ö):
        - "den/det/de har" + a noun in definite form (-en/-et/-na, not a supine) -> "här"
        - "bor" + a subject pronoun or an infinitive (-a) -> modal "bör"
        - a lone "s" before a word -> "så"
        - a preposition or "ett" + "stod" -> the noun "stöd" (a finite verb cannot follow)"""
        low = core.lower()
        nxt = next((p for p in parts[k + 2::2] if p), "")
        _, ncore, _ = split_token(nxt)
        w = ncore.lower()
        p = key(prev)
        new = None
        if low == "har" and p in ("den", "det", "de"):
            if len(w) >= 5 and w.isalpha() and w.endswith(("en", "et", "na")) and not w.endswith("ett"):
                new = "här"
        elif low == "bor" and w:
            if w in _SUBJECTS or (len(w) >= 4 and w.isalpha() and w.endswith("a") and key(w) not in _NOT_INF):
                new = "bör"
        elif low == "s" and tok == core and w.isalpha() and len(w) > 1:
            new = "så"
        elif low == "stod" and p in _BEFORE_NOUN:
            new = "stöd"
        if new is None:
            return None
        return _apply_case(core, new, tuple(low) + ("",) * (len(new) - len(low))), 0.7, "context"

    def _hyphenated(self, core: str, prev: str):
        sep = "-" if "-" in core.strip("-") else "/"
        pieces = core.split(sep)
        out, confs, rules = [], [], []
        for p in pieces:
            r = self.rep.repair_core(p, prev) if p else None
            if r is None:
                out.append(p)
            else:
                out.append(r[0])
                confs.append(r[1])
                rules.append(r[2])
        if not confs:
            return None
        return sep.join(out), min(confs), rules[0]

    def join(self, head_tok: str, tail_tok: str):
        """A word hyphenated at a line end ("fram-" / "jandet"): judge it joined.

        Returns (head, tail) cores as they should read, or None when the two do not make a
        word (a real hyphen as in "social- och"); then each side is judged on its own."""
        _, head, htrail = split_token(head_tok)
        tlead, tail, _ = split_token(tail_tok)
        if not head or not tail or tlead or not htrail.startswith("-"):
            return None
        if not (tail[0].islower() or tail[0] in "é&6"):
            return None
        if not head[-1].isalpha() and head[-1] not in "é&":
            return None
        joined = head + tail
        low = joined.lower()
        r = self.rep.repair_core(joined)
        if r is None:
            if self.rep.lex.zipf(low) or self.rep.compound(low):
                return (head, tail, 1.0, "none")
            return None
        hit = self.rep._memo.get(low)
        if hit is None:
            return None
        word, segs, conf, rule, _ = hit
        acc = n = 0
        for seg in segs:
            if acc >= len(head):
                break
            acc += len(seg)
            n += 1
        if acc != len(head):
            return None
        return (_apply_case(head, word[:n], segs[:n]), _apply_case(tail, word[n:], segs[n:]), conf, rule)


@lru_cache(maxsize=1)
def get_repairer() -> Repairer:
    return Repairer()


# ------------------------------------------------------------------ detection

def assess(lines: list[str], lr: LineRepairer | None = None) -> float:
    """Damage score of a text: share of its words that the repair would change, plus words with
    look-alike characters (é & | 6 4 inside letters). Correct Swedish scores near 0."""
    changed, n = assess_counts(lines, lr)
    return changed / n if n else 0.0


def assess_counts(lines: list[str], lr: LineRepairer | None = None) -> tuple[int, int]:
    """(words judged damaged, words judged) — see `assess`."""
    lr = lr or LineRepairer()
    n = changed = 0
    words = sum(len(l.split()) for l in lines)
    if words > ASSESS_SAMPLE:  # a long text: judge an even sample of its lines
        step = words / ASSESS_SAMPLE
        lines = [l for i, l in enumerate(lines) if int(i % step) == 0] if step >= 2 else lines
    for line in lines:
        toks = line.split()
        if is_english(toks):
            continue
        for tok in toks:
            _, core, _ = split_token(tok)
            if not core or not any(c.isalpha() for c in core):
                continue
            n += 1
            if _LOOKALIKE_IN_WORD.search(core):
                changed += 1
                continue
            r = lr.rep.repair_core(core)
            if r is not None and r[0] != core and r[1] >= 0.6:
                changed += 1
    return changed, n


DAMAGE_THRESHOLD = 0.03
MIN_PAGE_WORDS = 40  # a page with fewer words is judged with the whole document
ASSESS_SAMPLE = 4000


def repair_lines(lines: list[str], page_no: int | None = None, force: bool = False,
                 first_line_no: int = 1, lr: LineRepairer | None = None
                 ) -> tuple[list[str], list[Repair], float, bool]:
    """Repair lines (one out per line in); detection first unless `force`.
    Returns (lines, repairs, damage score, damaged)."""
    lr = lr or LineRepairer()
    score = 0.0 if force else assess(lines, lr)
    damaged = force or score >= DAMAGE_THRESHOLD
    if not damaged:
        return list(lines), [], score, False
    out, reps = [], []
    joins: dict[int, tuple] = {}  # i -> join of line i's last token with line i+1's first
    for i in range(len(lines) - 1):
        a, b = lines[i].split(), lines[i + 1].split()
        if a and b and a[-1].endswith("-") and len(a[-1]) > 2:
            j = lr.join(a[-1], b[0])
            if j is not None:
                joins[i] = j
    for i, line in enumerate(lines):
        last = joins.get(i)
        first = joins.get(i - 1)
        prev_tok = ""
        for j in range(i - 1, -1, -1):  # the last word of the line before (blank line: none)
            t = lines[j].split()
            prev_tok = t[-1] if t else ""
            break
        new, r = lr.repair_line(line, line_no=first_line_no + i, page_no=page_no,
                                first=(first[1], first[2], first[3]) if first else None,
                                last=(last[0], last[2], last[3]) if last else None, prev_tok=prev_tok,
                                next_tok=(lines[i + 1].split() or [""])[0] if i + 1 < len(lines) else "")
        out.append(new)
        reps.extend(r)
    return out, reps, score, True


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """Repaired text, one output line per input line; repairs only when the text is damaged."""
    lines = text.split("\n")
    out, reps, _, _ = repair_lines(lines)
    return "\n".join(out), reps
