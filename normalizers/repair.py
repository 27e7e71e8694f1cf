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
  against the channel cost) plus generic syntactic cues: a number or a counting word before
  "ar" (or a year after it) asks for "år"; an infinitive marker asks for a verb and a preposition
  or determiner for a non-verb where the readings split that way (stärka/starka, vara/våra);
  a line in English (mostly English function words) is left alone.

Only text that detection calls damaged is repaired (`assess`). Every change is a `Repair`.
"""

from __future__ import annotations

import gc
import json
import logging
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalizers.lexicon import ALONE, ANY, BEGIN, CHILD, END, FINNISH, KEY, MARK_NEXT, MIDDLE, NAME, Lexicon, key, load
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
# -log10 P(a common word is capitalised inside a sentence): 308 of 22,637 such words in correct
# Swedish (Helsingfors seed + golden sources; names flagged by hunspell left out)
CAPMID_COST = 1.86
KNOWN_ZIPF = 35  # zipf×10 of a common word (one the OCR is taken to have printed right)
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
                         "ett under inom efter senaste kommande tredje fjärde femte sjätte sjunde "
                         "åttonde nionde tionde".split())
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
    """`fast`: find and score readings in compiled code (normalizers/_fastrepair.c, the same
    search and arithmetic as the Python methods `walk`, `_direct`, `_compound`, which stay the
    reference); False, or the extension not built: pure Python (same results, slower)."""

    def __init__(self, lex: Lexicon | None = None, fast: bool = True):
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
        # the same rules for the lattice walk: one entry per (segment, key letter), cheapest cost
        self._wrules = {ch: _dedupe(rs) for ch, rs in rules.items()}
        self._wrules_nonletter = {ch: _dedupe(rs) for ch, rs in self.rules_nonletter.items()}
        dl: dict[str, float] = {}
        for _, kt, c in self.deletions:
            dl[kt] = min(c, dl.get(kt, 99.0))
        self._wdels = sorted(((kt, c) for kt, c in dl.items()), key=lambda t: t[1])
        # for the walk: with the prefix flag that says some word has the letter there
        self._wdels_flag = [(kt, c, CHILD[kt]) for kt, c in self._wdels]
        self._pget = self.lex.prefixes.get
        self._pflags = self.lex.pflags
        self._kprefixes = self.lex.keys.prefixes
        self._root_flags = self.lex.root_flags
        self._keys = self.lex.keys
        self._parts_memo: dict[tuple, dict] = {}
        self._rule_tables: dict[tuple, dict] = {}
        self._walk_tables: dict[tuple, tuple] = {}
        self._direct_memo: dict[tuple, tuple] = {}
        self._compound_memo: dict[str, Cand | None] = {}
        self._score_memo: dict[tuple, tuple | None] = {}
        self._core_memo: dict[tuple, tuple | None] = {}  # (core, after a count, sentence start)
        self._fast = _fast_search(self) if fast else None
        self.zipf = self._fast.zipf if self._fast is not None else self.lex.zipf  # = Lexicon.zipf

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

    def walk(self, s: str, max_cost: float, letters: bool, max_edits: int, inner_deletion: bool = False,
             emit_all: bool = False, emin: int = 1, edits_from: int = 0
             ) -> list[tuple[int, str, tuple, float, int]]:
        """The confusion lattice of lower-case OCR string s walked against the trie of key
        prefixes: every reading whose key is a lexicon key, as (end, key, segs, cost, edits). Same
        readings as `variants` (at most `max_edits` misreadings, one dropped å/ä/ö at the start or
        end, or anywhere with inner_deletion), but a branch stops as soon as no key starts with
        its prefix, so only readings that can be words are built. emit_all: readings of every
        prefix s[:j] (compound parts; a dropped letter may then also end the part) with
        emin <= j and j <= len(s) - emin or j == len(s); readings with misreadings only for
        j >= edits_from."""
        dels = self._wdels_flag
        pget = self._pget
        PF = self._pflags
        base = s.translate(_FOLD_TABLE)
        n = len(s)
        out: list = []
        emax = n - emin
        # misreadings that fit at each position (cost within bounds)
        if max_edits:
            single, multi = self._walk_rules(letters, max_cost)
            eds: list = [single.get(ch) for ch in s]
            eds.append(None)
            for seg, rs in multi:  # multi-letter segments, in the order `_rule_table` has them
                i = s.find(seg)
                while i >= 0:
                    eds[i] = eds[i] + rs if eds[i] else rs
                    i = s.find(seg, i + 1)
        else:
            eds = [None] * (n + 1)
        del_ok = [inner_deletion or emit_all] * (n + 1)
        del_ok[0] = del_ok[n] = True
        if not dels or not max_edits:
            del_ok = [False] * (n + 1)
        emit_ok = [emin <= t and (t == n or (emit_all and t <= emax)) for t in range(n + 1)]
        busy = [emit_ok[t] or del_ok[t] or bool(eds[t]) for t in range(n + 1)]

        def rec(t, kt_, fl, segs, cost, ne, dl):
            # kt_ (the key of s[:t] as read so far) is a prefix of some key, with flags fl
            p = t
            free = ne < max_edits
            while True:
                if busy[t]:
                    sg = None
                    if fl & KEY and emit_ok[t] and (not ne or t >= edits_from or t == n):
                        sg = segs + tuple(s[p:t])
                        out.append((t, kt_, sg, cost, ne))
                    if free:
                        if dl == 0 and del_ok[t]:
                            cont = t == 0 or (inner_deletion and t < n)
                            for kt, c, bit in dels:
                                if cost + c <= max_cost and fl & bit:  # some word has å/ä/ö here
                                    kq = kt_ + kt
                                    i = pget(kq)
                                    if cont:  # a dropped letter inside: read on (rec reports kq)
                                        if ne + 1 >= max_edits or not eds[t]:  # the next letter as printed
                                            i2 = pget(kq + base[t])
                                            if i2 is None or not PF[i2] & MARK_NEXT:
                                                continue
                                        if sg is None:
                                            sg = segs + tuple(s[p:t])
                                        rec(t, kq, PF[i], sg + ("",), cost + c, ne + 1, 1)
                                    elif PF[i] & KEY and emit_ok[t] and (t == n or t >= edits_from):
                                        if sg is None:
                                            sg = segs + tuple(s[p:t])
                                        out.append((t, kq, sg + ("",), cost + c, ne + 1))
                        e = eds[t]
                        if e:
                            for seg, kt, c, bit in e:
                                if cost + c <= max_cost and fl & bit:
                                    # read as å/ä/ö: some word must have one here (bit: the
                                    # CHILD_ flag); read as i ("|"): bit is ANY
                                    kq = kt_ + kt
                                    i = pget(kq)
                                    if i is None:
                                        continue
                                    f2 = PF[i]
                                    if kt != "i":
                                        nx = t + len(seg)
                                        if nx < n and (ne + 1 >= max_edits or not (eds[nx] or dl == 0 and del_ok[nx])):
                                            # the letter after it as printed: some word has the pair?
                                            i2 = pget(kq + base[nx])
                                            if i2 is None or not PF[i2] & MARK_NEXT:
                                                if f2 & KEY and emit_ok[nx] and nx >= edits_from:
                                                    out.append((nx, kq, (sg or segs + tuple(s[p:t])) + (seg,),
                                                                cost + c, ne + 1))
                                                continue
                                    if sg is None:
                                        sg = segs + tuple(s[p:t])
                                    rec(t + len(seg), kq, f2, sg + (seg,), cost + c, ne + 1, dl)
                if t == n:
                    return
                kn = kt_ + base[t]
                i = pget(kn)
                if i is None:
                    return
                kt_ = kn
                fl = PF[i]
                t += 1

        rec(0, "", self._root_flags, (), 0.0, 0, 0)
        rec = None  # noqa: F841 - the closure refers to itself: break the cycle
        return out

    def _plain_prefixes(self, s: str, emin: int) -> list:
        """`walk(s, emit_all=True, max_edits=0)`: the prefixes of s whose key is a lexicon key."""
        base = s.translate(_FOLD_TABLE)
        n = len(s)
        emax = n - emin
        out = []
        for k in self._kprefixes(base):
            t = len(k)
            if t >= emin and (t == n or t <= emax):
                out.append((t, k, tuple(s[:t]), 0.0, 0))
        return out

    def _editable(self, s: str) -> bool:
        """Whether a look-alike or multi-letter segment of s could be read as another letter."""
        tab = self._rule_table(False, MAX_CHANNEL)
        for p, ch in enumerate(s):
            rs = tab.get(ch)
            if rs is not None:
                if rs[0]:
                    return True
                for r in rs[1]:
                    if s.startswith(r[0], p):
                        return True
        return False

    def _plain_reads(self, s: str) -> list:
        """`walk` of s without misreadings: the word's key, and a dropped å/ä/ö at its start or end."""
        D = self._keys
        k = s.translate(_FOLD_TABLE)
        segs = tuple(s)
        n = len(s)
        out = [(n, k, segs, 0.0, 0)] if k in D else []
        for kt, c in self._wdels:
            if c <= MAX_CHANNEL and MAX_EDITS:
                if kt + k in D:
                    out.append((n, kt + k, ("",) + segs, c, 1))
                if k + kt in D:
                    out.append((n, k + kt, segs + ("",), c, 1))
        return out

    def _walk_rules(self, letters: bool, max_cost: float):
        """`_rule_table` arranged for `walk`: ({char: one-letter rules}, [(segment, its rules)]
        for the multi-letter segments). A position's rules are its one-letter rules followed by
        those of the segments that start there, as `_rule_table` orders them."""
        mk = (letters, max_cost)
        hit = self._walk_tables.get(mk)
        if hit is None:
            tab = self._rule_table(letters, max_cost)
            single = {ch: rs[0] for ch, rs in tab.items() if rs[0]}
            multi: dict[str, list] = {}
            for ch, (_, rs) in tab.items():
                for r in rs:
                    multi.setdefault(r[0], []).append(r)
            # two segments of different lengths could start at the same place: then their rules
            # would have to interleave by cost; the data has none (checked, not assumed)
            first = {}
            for seg in multi:
                first.setdefault(seg[0], set()).add(len(seg))
            assert all(len(v) == 1 for v in first.values()), "multi-letter segments of mixed length"
            hit = self._walk_tables[mk] = (single, list(multi.items()))
        return hit

    def _rule_table(self, letters: bool, max_cost: float) -> dict[str, tuple[list, list]]:
        """char -> (one-letter rules, multi-letter rules) within max_cost, for `walk`."""
        mk = (letters, max_cost)
        tab = self._rule_tables.get(mk)
        if tab is None:
            tab = {}
            for ch, rs in (self._wrules if letters else self._wrules_nonletter).items():
                # each rule with the prefix flag the walk needs for it (CHILD_: some word has
                # å/ä/ö there; ANY for "|" read as i)
                rs = [r + (CHILD.get(r[1], ANY),) for r in rs]
                single = [r for r in rs if len(r[0]) == 1 and r[2] <= max_cost]
                multi = [r for r in rs if len(r[0]) > 1 and r[2] <= max_cost]
                if single or multi:
                    tab[ch] = (single, multi)
            self._rule_tables[mk] = tab
        return tab

    def direct(self, s: str, need: int = ALONE, inner_deletion: bool = False) -> list[Cand]:
        """Readings of s that are lexicon words (with `need` flags, or Finnish), as new Cands
        (callers adjust their scores); memoised: the slot cues ask again for the same words."""
        mk = (s, need, inner_deletion)
        hit = self._direct_memo.get(mk)
        if hit is None:
            if self._fast is not None:
                known = self.zipf(s) >= KNOWN_ZIPF and len(s) >= 3
                hit = self._fast.direct(s, _FAST_TABLE[(not known, MAX_CHANNEL)], _FAST_TABLE[(False, MAX_CHANNEL)],
                                        need, inner_deletion, known)
            else:
                hit = tuple((c.word, tuple(c.segs), c.score, c.channel, c.flags)
                            for c in self._direct(s, need, inner_deletion))
            if len(self._direct_memo) > 200_000:
                self._direct_memo.clear()
            self._direct_memo[mk] = hit
        return [Cand(w, list(w), list(sg), sc, ch, flags=fl) for w, sg, sc, ch, fl in hit]

    def _direct(self, s: str, need: int, inner_deletion: bool) -> list[Cand]:
        best: dict[str, Cand] = {}
        # a common word the lexicon knows is not read as a letter-for-letter misreading
        # (d -> ö, i -> ä); rare or short words are ("dr" -> "är")
        known = self.lex.zipf(s) >= KNOWN_ZIPF and len(s) >= 3
        short = len(s) < 6
        if known and not inner_deletion and not self._editable(s):
            reads = self._plain_reads(s)  # the common case: the walk would find just these
        else:
            reads = self.walk(s, MAX_CHANNEL, not known, MAX_EDITS, inner_deletion)
        for _, k, segs, _, _ in reads:
            for form, z, fl in self.lex.entries(k):
                if not fl & (need | FINNISH):
                    continue
                ch = self.channel(form, segs)
                if ch > MAX_CHANNEL:
                    continue
                old = best.get(form)
                if old is not None and old.channel <= ch:
                    continue
                zz = max(z, 10) / 10.0
                if not fl & need:  # Finnish only
                    if short:
                        continue
                    zz -= FINNISH_PENALTY
                best[form] = Cand(form, list(form), list(segs), zz - ch, ch, flags=fl)
        return list(best.values())

    def _score_part(self, k: str, segs: tuple, role: int) -> tuple | None:
        """The best form with key k read from OCR segments segs as a compound part in `role`:
        (form, segs, channel, zipf, flags), or None."""
        cur = None
        zipf, channel = self.lex.zipf, self.channel
        for form, z, fl in self.lex.entries(k):
            if fl & role:
                if role & (BEGIN | MIDDLE) and form.endswith("s") and len(form) > 3:
                    z = max(z, zipf(form[:-1]))  # linking -s-: as common as its base
                zz = max(z, 20) / 10.0
            elif role & BEGIN and fl & ALONE and z >= 25 and len(form) >= 3:
                zz = z / 10.0 - 1.0  # a frequent word that hunspell does not mark as a part
            else:
                continue
            ch = channel(form, segs)
            if ch > 3.0:
                continue
            if cur is None or zz - ch > cur[3] - cur[2]:
                cur = (form, segs, ch, zz, fl)
        return cur

    def _parts(self, s: str, i: int, letters: bool) -> dict[int, tuple]:
        """Best compound part s[i:j] for every j: {j: (form, segs, channel, zipf, flags)}; the
        role is BEGIN at the start, END at the end, MIDDLE|BEGIN between. letters=False (the
        fast first pass): only look-alikes and multi-letter segments are read as å/ä/ö, and only
        in a part that has a look-alike; letters=True: one misreading of any kind per part."""
        sub = s[i:]
        mk = (sub, i == 0, letters)
        hit = self._parts_memo.get(mk)
        if hit is not None:
            return hit
        if letters:
            reads = self.walk(sub, 3.0, True, 1, emit_all=True, emin=3)
        else:
            # plain letters: only å/ä/ö restored (same key); with a look-alike character in the
            # part, look-alikes and multi-letter segments are read as å/ä/ö (2 at most)
            m = _LOOKALIKE_CH.search(sub)
            if m:
                reads = self.walk(sub, 3.0, False, 2, emit_all=True, emin=3, edits_from=m.start() + 1)
            else:
                reads = self._plain_prefixes(sub, 3)
        n = len(sub)
        memo = self._score_memo
        res: dict[int, tuple] = {}
        for j, k, segs, _, ne in reads:
            role = END if j == n else (BEGIN if i == 0 else MIDDLE | BEGIN)
            sk = (k, segs, role)
            r = memo.get(sk, _MISS)
            if r is _MISS:
                r = memo[sk] = self._score_part(k, segs, role)
            if r is not None:
                cur = res.get(j)
                if cur is None or r[3] - r[2] > cur[3] - cur[2]:
                    res[j] = r
        if len(memo) > 300_000:
            memo.clear()
        if len(self._parts_memo) > 200_000:
            self._parts_memo.clear()
        self._parts_memo[mk] = res
        return res

    def compound(self, s: str) -> Cand | None:
        hit = self._compound_memo.get(s, _MISS)
        if hit is _MISS and self._fast is not None:  # both passes below, compiled
            r = self._fast.compound(s, _FAST_TABLE[(True, 3.0)], _FAST_TABLE[(False, 3.0)])
            hit = None if r is None else Cand(r[0], list(r[0]), r[1], r[2], r[3], compound=True, flags=r[4])
            if len(self._compound_memo) > 100_000:
                self._compound_memo.clear()
            self._compound_memo[s] = hit
        if hit is _MISS:
            c = self._compound(s, False)
            if (c is None or c.score < 0) and len(s) >= 8:
                c2 = self._compound(s, True)  # slower: letter-for-letter misreadings too (d -> å)
                if c2 is not None and (c is None or c2.score > c.score):
                    c = c2
            if len(self._compound_memo) > 100_000:
                self._compound_memo.clear()
            self._compound_memo[s] = hit = c
        if hit is None:
            return None
        return Cand(hit.word, list(hit.parts), list(hit.segs), hit.score, hit.channel, hit.compound, hit.flags)

    def _compound(self, s: str, letters: bool) -> Cand | None:
        """Best split of s into BEGIN (MIDDLE)* END parts, each part repaired on its own."""
        n = len(s)
        if n < 6:
            return None
        # P(compound) ~ product of its parts' P: zipf = sum of part zipfs - COMPOUND_JOINT per joint
        # best[i]: (score, nparts, start of the last part, last part, channel, flags) for s[:i]
        # as begin/middle parts
        best: list = [None] * (n + 1)
        best[0] = (0.0, 0, -1, None, 0.0, 0)
        result = None
        for i in range(n):
            b = best[i]
            if b is None or n - i < 3:
                continue
            sc0, np0, _, _, ch0, fl0 = b
            for jr, p in sorted(self._parts(s, i, letters).items()):
                j = i + jr
                if j == n:
                    if np0 == 0:
                        continue
                    tot = sc0 + p[3] - p[2] - COMPOUND_JOINT
                    if result is None or tot > result[0]:
                        result = (tot, i, p, ch0 + p[2], fl0)
                else:
                    sc = sc0 + p[3] - p[2] - (COMPOUND_JOINT if np0 else 0.0)
                    if best[j] is None or sc > best[j][0]:
                        best[j] = (sc, np0 + 1, i, p, ch0 + p[2], p[4] if np0 == 0 else fl0)
        if result is None:
            return None
        tot, i, p, ch, fl = result
        chain = [p]
        while i > 0:
            _, _, i, p, _, _ = best[i]
            chain.append(p)
        chain.reverse()
        word = "".join(p[0] for p in chain)
        segs = [sg for p in chain for sg in p[1]]
        return Cand(word, list(word), segs, tot, ch, compound=True, flags=fl & NAME)

    def candidates(self, s: str) -> list[Cand]:
        cands = self.direct(s)
        if not cands and 2 <= len(s) <= 12 and s.isalpha():
            # an unknown word: the OCR may have dropped a letter inside it ("std" for "stöd")
            cands = self.direct(s, inner_deletion=True)
        elif 2 <= len(s) <= 4 and s.isalpha() and not _VOWEL.search(s):
            # no vowel: a Swedish word has one, so the OCR may have dropped it ("fr" for "för");
            # the printed form (an abbreviation) stays a candidate
            have = {c.word for c in cands}
            cands += [c for c in self.direct(s, inner_deletion=True) if c.word not in have]
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
        count = _key(prev) in _COUNT_CUES
        rk = (core, count, sentence_start)
        out = self._core_memo.get(rk, _MISS)
        if out is _MISS:
            out = self._repair_core(core, count, sentence_start)
            if len(self._core_memo) > 300_000:
                self._core_memo.clear()
            self._core_memo[rk] = out
        return out

    def _repair_core(self, core: str, count: bool, sentence_start: bool):
        if not _needs_look(core):
            return None
        low = core.lower()
        if _HAS_AAO(low) and not _LOOKALIKE_CH.search(low):
            return None  # its å/ä/ö were printed: this word was read right (or is beyond us)
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
        if len(core) <= 4 and core.isupper() and self.zipf(word) < ACRONYM_MIN_ZIPF:
            return None  # "ARA", "TE": an abbreviation unless the word is common ("MAL" -> "MÅL")
        out = _apply_case(core, word, segs)
        if lower_first:
            out = out[0].lower() + out[1:]
        return out, conf, rule

    def _nothing_to_decide(self, s: str) -> bool:
        """A common word (the `direct` fast case: known, no look-alike) that is the only form of
        its key, with no key one dropped å/ä/ö away: its only reading is itself, so `_decide`
        would return None. Most words of a text are such words."""
        if self._fast is not None:
            return self._fast.nothing_to_decide(s, _FAST_TABLE[(False, MAX_CHANNEL)])
        if len(s) < 3 or (len(s) <= 4 and not _VOWEL.search(s)):
            return False
        k = s.translate(_FOLD_TABLE)
        sole = False
        for form, z, fl in self.lex.entries(k):
            if fl & (ALONE | FINNISH):
                if sole or form != s or not fl & ALONE or z < KNOWN_ZIPF:
                    return False
                sole = True
        if not sole or self._editable(s):
            return False
        keys = self._keys
        for kt, c in self._wdels:
            if c <= MAX_CHANNEL and MAX_EDITS and (kt + k in keys or k + kt in keys):
                return False
        return True

    def _decide(self, low: str, after_count: bool, capmid: bool = False):
        if self._nothing_to_decide(low):
            return None
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
                elif c.word == low and not c.flags & NAME and self.zipf(low) >= KNOWN_ZIPF:
                    # the printed word read as itself is a common word written with a capital
                    # inside a sentence ("Over" for "över"): that has its cost too (from data)
                    c.score -= CAPMID_COST
            top = max(cands, key=lambda c: c.score)
            if top.word[0] != low[0] and not top.flags & NAME and not any(c.word == low for c in cands):
                cands.append(Cand(low, list(low), list(low), NAME_PRIOR, 0.0, flags=NAME))
        if capmid and not _LOOKALIKE_CH.search(low) and 0 < self.zipf(low) < KNOWN_ZIPF:
            # A capitalised word inside a sentence that the lexicon knows as printed, but not as
            # a common word ("Ager & Strang": wordfreq holds names in lower case), may be a name:
            # a common word that the repair would put there with its capital pays the cost,
            # estimated from correct Swedish, of a common word being capitalised in a sentence
            # (one whose first letter changes, "Ager" -> "äger", has paid the OCR capital above).
            for c in cands:
                if c.word != low and c.word[0] == low[0] and not c.flags & NAME:
                    c.score -= CAPMID_COST
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
        # "diacritic": each letter printed as its own letter without its marks (a for ä)
        rule = "lookalike" if (any(len(sg) != 1 or not sg.isalpha() for sg in best.segs)
                               or "".join(best.segs).translate(_FOLD_TABLE)
                               != best.word.translate(_FOLD_TABLE)) else "diacritic"
        if after_count and best.word == "år":
            rule = "context"
        if best.compound:
            rule += "+compound"
        if capmid and not best.flags & NAME and best.word[0] != low[0] and low[0] in "ao":
            lower_first = True
            rule += "+case"
        return best.word, tuple(best.segs), round(conf, 3), rule, lower_first


_MISS = object()
log = logging.getLogger(__name__)
# the rule tables (letters, max cost) the compiled search is given, by number
_FAST_TABLE = {(True, MAX_CHANNEL): 0, (False, MAX_CHANNEL): 1, (True, 3.0): 2, (False, 3.0): 3}
_warned = []


def _fast_search(rep: Repairer):
    """The compiled search (normalizers._fastrepair) set up for `rep`, or None (with one warning
    per process) when the extension is not built or the lexicon has no flat trie."""
    try:
        from normalizers import _fastrepair
    except ImportError as e:
        if not _warned:
            _warned.append(1)
            log.warning("normalizers._fastrepair is not built (%s): the Swedish repair runs in pure "
                        "Python (same results, about 3x slower); `pip install -e .` builds it", e)
        return None
    if rep.lex.trie is None:
        return None
    fs = _fastrepair.Lex(rep.lex.trie, rep._wdels_flag, rep.costs)
    for (letters, max_cost), i in _FAST_TABLE.items():
        single, multi = rep._walk_rules(letters, max_cost)
        fs.set_table(i, {ch: list(rs) for ch, rs in single.items()}, [(seg, list(rs)) for seg, rs in multi])
    return fs
_HAS_AAO = re.compile("[åäö]").search
_VOWEL = re.compile(r"[aeiouyåäöéè]")
_KEYCHAR = {c: key(c) for c in "åäöéàèüÅÄÖÉ"}


def _first(t):
    return t[0]


def _dedupe(rules):
    """(segment, key letter, cost) rules, one per (segment, key letter) at its cheapest."""
    best: dict[tuple[str, str], float] = {}
    for seg, kt, c in rules:
        if c < best.get((seg, kt), 99.0):
            best[(seg, kt)] = c
    return sorted(((seg, kt, c) for (seg, kt), c in best.items()), key=lambda r: r[2])

_COUNT_CUES = frozenset(key(w) for w in _COUNT_WORDS) | {"#num"}


_KEYS: dict[str, str] = {}


def _key(word: str) -> str:
    """`key(word)`, memoised: the line loop asks it for every word before and after."""
    k = _KEYS.get(word)
    if k is None:
        k = word.lower().translate(_FOLD_TABLE)
        if len(_KEYS) > 100_000:
            _KEYS.clear()
        _KEYS[word] = k
    return k


_CODE_TOKEN = re.compile(r"[A-ZÅÄÖ]\d{1,2}").fullmatch


def _needs_look(core: str) -> bool:
    if core.isalpha():
        return True
    if len(core) < 1:
        return False
    if core.isdigit():
        return False
    if _CODE_TOKEN(core):
        return False  # 'M4', 'A1': a code (a goal's, a measure's), not 'Må' read with a 4 for å
    if any(c.isdigit() for c in core) and not re.search(r"[a-zåäö][46]|[46][a-zåäö]", core, re.I):
        return False
    if not any(c.isalpha() for c in core):
        return core == "|"
    return True


def _apply_case(orig: str, word: str, segs) -> str:
    """Put the repaired letters into the original's case pattern."""
    if orig.islower() and "|" not in orig:  # the common case: nothing to carry over
        return word if len(segs) >= len(word) else word[:len(segs)]
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


_CLOSERS = _TRAIL.replace(".", "").replace(":", "").replace("!", "").replace("?", "") + "¹²³"
_ITEM_MARK = re.compile(r"\(?\d+[.)]?|[a-z]\)").fullmatch


def _ends_sentence(tok: str) -> bool:
    """True when the word after `tok` starts a sentence (or a list item, heading, cell)."""
    if not tok:
        return True
    t = tok.rstrip(_CLOSERS)
    return (not t or t[-1] in ".!?:•–—-*" or tok in ("-", "–", "•", "*")
            or bool(_ITEM_MARK(tok)))


def is_english(words: list[str]) -> bool:
    ws = [w.lower() for w in words if w.isalpha()]
    if len(ws) < 4:
        return False
    en = sum(map(_EN_FUNCTION.__contains__, ws))
    return en >= max(2, 0.15 * len(ws)) and en > sum(map(_SV_FUNCTION.__contains__, ws))


_CUE_WORDS = frozenset(["har", "bor", "s", "stod"])
_SUBJECTS = frozenset("det man vi ni de den hen han hon jag du kommunen staden".split())
_NOT_INF = frozenset(key(w) for w in "på i hos med kvar tillsammans nära utomlands där här inom "
                     "utanför mellan bara alltid ensamma fortfarande".split())
_BEFORE_NOUN = frozenset(key(w) for w in "till av för med utan genom ett mer mera ökat extra "
                         "ekonomiskt socialt psykiskt".split())


# Syntactic slots for real-word pairs where one reading is a verb and the other is not
# (stärka/starka, vara/våra, förstå/första, svara/svåra, fortsätta/fortsatta): after an infinitive
# marker a bare infinitive follows; right after a preposition it does not. Keys (å/ä/ö folded), so a damaged marker ("bor" for "bör") counts.
_INF_MARKERS = frozenset(key(w) for w in "att ska skall kan kunde kunna måste bör borde vill ville "
                         "skulle får fick behöver".split())
_PREPS = frozenset(key(w) for w in "i på av med till från hos inom genom mellan under vid åt mot "
                   "efter utan bland för över ur om".split())
# determiners: a bare infinitive never follows them either (not "de/den/det/en/detta/alla",
# also subject pronouns after a modal: "kan det vara", "ska alla vara")
_NONINF = _PREPS | frozenset(key(w) for w in "ett flera många några olika sina sitt sin deras hans "
                             "hennes vår vårt era ert mina min mitt".split())
def _slot(kp: str) -> str | None:
    """The slot the word with key `kp` makes for the next: "inf" after an infinitive marker,
    "prep" after a preposition or determiner."""
    return "inf" if kp in _INF_MARKERS else ("prep" if kp in _NONINF else None)


POS_CUE = 2.0  # log10 boost of the reading the slot asks for (as for a count before "år")
VERB_ZIPF = 30  # zipf×10 a present-tense form must reach for its infinitive to count as a verb
_YEARISH = re.compile(r"((19|20)\d\d|\d{1,2}\.\d{1,2}\.(19|20)\d\d)\b")
_NUM_RANGE7 = re.compile(r"((?:19|20)\d\d)7((?:19|20)\d\d)")
_NUM_RANGEQ = re.compile(r"(\d{1,4})\?(\d{1,4})")


class LineRepairer:
    """`names`: the printed words the text itself shows to be names (`names_in_text`): kept as
    printed wherever they stand, a sentence or line start too."""

    def __init__(self, rep: Repairer | None = None, names: frozenset[str] = frozenset()):
        self.rep = rep or get_repairer()
        self.names = names
        self._tok_cache: dict[tuple, tuple] = self.rep._tok_cache  # shared by all line repairers
        self._pos_memo: dict[tuple, tuple | None] = self.rep.__dict__.setdefault("_pos_memo", {})

    def repair_line(self, line: str, line_no: int | None = None, page_no: int | None = None,
                    first: tuple | None = None, last: tuple | None = None,
                    prev_tok: str = "", next_tok: str = "") -> tuple[str, list[Repair]]:
        """Repair one line. `first` / `last`: (core, conf, rule) decided for a word split over the
        line break (see `join`) for the line's first / last token; `prev_tok`: the last token of
        the line before ("" at the start of a text or cell)."""
        parts = _WS.split(line)
        if is_english(parts[::2]):
            return line, []
        repairs: list[Repair] = []
        prev = split_token(prev_tok)[1].lower() if prev_tok else ""
        kp_next = _key(prev) if prev else ""
        count = kp_next in _COUNT_CUES
        kind_next = _slot(kp_next)
        start = True  # a capital at a line start may open a heading or item: not read as a name
        idxs = [k for k in range(0, len(parts), 2) if parts[k]]
        first_idx, last_idx = (idxs[0], idxs[-1]) if idxs else (-1, -1)
        cache = self._tok_cache
        names = self.names
        for k in idxs:
            tok = parts[k]
            special = (k == first_idx and first is not None) or (k == last_idx and last is not None)
            name = start and names and not special and split_token(tok)[1] in names
            if special:
                hit = self._token(tok, prev, start, first if k == first_idx else last)
            elif name:
                # a name of this text at a sentence or line start: kept (see `names_in_text`)
                hit = self._token(tok, prev, start, _KEEP)
            else:
                ck = (tok, count, start)
                hit = cache.get(ck)
                if hit is None:
                    hit = self._token(tok, prev, start, None)
                    if len(cache) > 300_000:
                        cache.clear()
                    cache[ck] = hit
            kp, kind = kp_next, kind_next  # the key of the word before and the slot it makes
            new_tok, core, res, prev_next, start_next, count_next, cue, kp_next, kind_next = hit
            if kind is None and kp in ("och", "eller") and k >= 4:
                # coordination: "utveckla (språkkunskaperna) och stärka" — an infinitive just
                # before, or before the object of the first verb, asks for an infinitive again
                w1 = split_token(parts[k - 4])[1].lower()
                w2 = split_token(parts[k - 6])[1].lower() if k >= 6 else ""
                obj = w1.isalpha() and (not w1.endswith("a") or w1.endswith("rna"))  # not an -a adjective
                if (w1.isalpha() and self._is_verb(w1)) or (obj and w2.isalpha() and self._is_verb(w2)):
                    kind = "inf"
                elif (len(w1) >= 4 and w1.isalpha() and w1.endswith("a") and not w1.endswith("rna")
                      and self.rep.zipf(w1) and not self._is_verb(w1)):
                    kind = "prep"  # "medelsvåra eller svåra": an adjective coordinated again
            if core in ("ar", "Ar", "AR") and not special:
                # "ar 2030", "ar 1.1.2023": a year or a date after it asks for "år"
                nxt = next((q for q in (parts + ["", next_tok])[k + 2::2] if q), "")
                if _YEARISH.match(nxt):
                    new = _apply_case(core, "år", ("a", "r"))
                    res = (new, 0.8, "context")
                    new_tok = split_token(tok)[0] + new + split_token(tok)[2]
                    kind = None
                    cue = False
            if not special and not name and core and kind is not None and core.isalpha() and "-" not in tok:
                pc = self._pos_cue(core, kind)
                if pc is not None:
                    res = None if pc[0] == core else pc
                    lead, _, trail = split_token(tok)
                    new_tok = lead + (res[0] if res else core) + trail
                    cue = False
            if cue and res is None and not name:
                res = self._cue(core, prev, parts + ["", next_tok], k, tok)
                if res is not None:
                    lead, _, trail = split_token(tok)
                    new_tok = lead + res[0] + trail
            if res is not None:
                parts[k] = new_tok
                repairs.append(Repair(page_no=page_no, line_no=line_no, original=core, repaired=res[0],
                                      rule=res[2], confidence=res[1]))
            prev, start, count = prev_next, start_next, count_next
        return "".join(parts), repairs

    def _is_verb(self, w: str) -> bool:
        """An infinitive whose present tense the lexicon knows as a common form (stärka: stärker,
        förstå: förstår); "starka", "första", "våra" have none."""
        if len(w) < 2:
            return False
        zipf = self.rep.zipf
        if w.endswith("a"):
            return max(zipf(w + "r"), zipf(w[:-1] + "er")) >= VERB_ZIPF
        return w[-1:] in "åeoy" and zipf(w + "r") >= VERB_ZIPF

    def _pos_cue(self, core: str, kind: str):
        """(core, conf, rule) for a word in an infinitive / preposition slot when the slot decides
        between a verb and a non-verb reading; None when it does not apply."""
        mk = (core, kind)
        if mk in self._pos_memo:
            return self._pos_memo[mk]
        out = None
        low = core.lower()
        rep = self.rep
        if (_needs_look(core) and 3 <= len(low) <= 16 and low[-1] in "aåe"
                and (_LOOKALIKE_CH.search(low) or not any(c in "åäö" for c in low))):
            # infinitives (and the adjectives / pronouns they are confused with) end in a vowel;
            # plain words only (no compound analysis): the pairs are lexicon words
            cands = rep.direct(low)
            if len(cands) >= 2:
                def slot(c):
                    if kind == "inf":
                        return POS_CUE if self._is_verb(c.word) else 0.0
                    return -POS_CUE if self._is_verb(c.word) else 0.0
                adj = [(c.score + slot(c), c) for c in cands]
                if len({a - c.score for a, c in adj}) > 1:  # the slot separates the readings
                    adj.sort(key=lambda t: -t[0])
                    top = adj[0][1]
                    if top.word == low:
                        out = (core, 1.0, "context")
                    else:
                        ident = next((a for a, c in adj if c.word == low), None)
                        if ident is None or adj[0][0] - ident >= IDENT_MARGIN:
                            tot = sum(10 ** (a - adj[0][0]) for a, _ in adj)
                            new = _apply_case(core, top.word, top.segs)
                            out = (new, round(1.0 / tot, 3), "context")
        self._pos_memo[mk] = out
        return out

    def _token(self, tok: str, prev: str, start: bool, override: tuple | None):
        """(new token, core, (new core, conf, rule) or None, prev for the next word, sentence start
        for the next word, whether that prev is a count, whether the core is a cue word, the key
        of that prev and the slot it makes, see `_slot`)."""
        if _URLISH.search(tok):
            return tok, "", None, "", _ends_sentence(tok), False, False, "", None
        lead, core, trail = split_token(tok)
        res = None
        if override is _KEEP:
            res = None
        elif override is not None:
            res = override
        elif core[:1].isdigit() and (_NUM_RANGEQ.fullmatch(core) or _NUM_RANGE7.fullmatch(core)):
            # an en dash in a number range read as "?" ("1?9") or, between two years, as "7"
            m = _NUM_RANGEQ.fullmatch(core) or _NUM_RANGE7.fullmatch(core)
            if m.re is _NUM_RANGEQ or int(m.group(1)) < int(m.group(2)):
                res = (f"{m.group(1)}–{m.group(2)}", 0.9, "lookalike")
        elif core and ("-" in core.strip("-") or "/" in core.strip("/")):
            res = self._hyphenated(core, prev)
        elif core:
            res = self.rep.repair_core(core, prev, start or bool(lead and any(c in "•*–—" for c in lead)))
        if res is not None and res[0] == core:
            res = None
        new_tok = lead + res[0] + trail if res is not None else tok
        nxt = "#num" if core.isdigit() or (res is not None and res[0][:1].isdigit()) else core.lower()
        kn = _key(nxt)
        return (new_tok, core, res, nxt, _ends_sentence(tok), kn in _COUNT_CUES,
                bool(core) and core.lower() in _CUE_WORDS, kn, _slot(kn))

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
        p = _key(prev)
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
            # a name of this text stays, also as part of a joined name ("Vanda-Kervo")
            r = self.rep.repair_core(p, prev) if p and p not in self.names else None
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
            if self.rep.zipf(low) or self.rep.compound(low):
                return (head, tail, 1.0, "none")
            return None
        hit = self.rep._memo.get(low, _MISS)  # the decision behind r (decided again if evicted)
        if hit is _MISS:
            hit = self.rep._decide(low, False)
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


_KEEP = ("",)  # `LineRepairer._token` override: the token is kept as printed


def _title_case(core: str) -> bool:
    return len(core) > 1 and core.isalpha() and core[0].isupper() and core[1:].islower()


def names_in_text(lines: list[str], rep: Repairer | None = None) -> frozenset[str]:
    """The printed capitalised words that the text shows to be names: the lexicon holds the
    word as a name (hunspell writes it with a capital: "Vanda", "Kervo") and somewhere in the
    text it stands inside a sentence, where its capital marks a name, and the repair keeps it
    there as printed (`Repairer.repair_core` with sentence_start=False). The same word at a
    sentence or line start, where a capital says nothing, is the same name: "Vanda stad" at
    the start of a table cell, "tillsammans med Vanda" in the text. Without this the start
    reads it as the commoner word with restored marks ("Vända"), and every such start counts
    as damage when detection judges the page.
    Both are needed: OCR damage flattens table headers into lines of capitalised words
    ("Sammanfattning av Matare Ansvariga"), where a damaged word is kept as if a name; and the
    lexicon's names include forms of common words ("halla", "lara"), which at a line start are
    mostly damage ("Lara sig språket")."""
    rep = rep or get_repairer()
    names: set[str] = set()
    seen: set[str] = set()
    for line in lines:
        toks = line.split()
        english = None
        for i in range(1, len(toks)):
            tok = toks[i]
            if not tok[0].isupper():  # most words: no capital, no leading punctuation
                continue
            core = split_token(tok)[1]
            if core in seen or not _title_case(core) or _ends_sentence(toks[i - 1]):
                continue
            if english is None:
                english = is_english(toks)
            if english:
                break
            seen.add(core)
            prev = split_token(toks[i - 1])[1].lower()
            if rep.lex.flags(core.lower()) & NAME and rep.repair_core(core, prev, sentence_start=False) is None:
                names.add(core)
    return frozenset(names)


# ------------------------------------------------------------------ detection

def assess(lines: list[str], lr: LineRepairer | None = None) -> float:
    """Damage score of a text: share of its words that the repair would change, plus words with
    look-alike characters (é & | 6 4 inside letters). Correct Swedish scores near 0."""
    changed, n = assess_counts(lines, lr)
    return changed / n if n else 0.0


def assess_counts(lines: list[str], lr: LineRepairer | None = None) -> tuple[int, int]:
    """(words judged damaged, words judged) — see `assess`.

    A word the repair would only give back its marks (rule "diacritic": "Van" -> "Vän") is
    damage only where the text has lost its marks: OCR that drops them (an English model)
    drops nearly all (the damaged seeds print none), while correct Swedish prints them in a
    quarter of its words. So when the text prints more words with å/ä/ö than it has words that
    would get them, those words are read as names or foreign words (a person "Van Tran" in a
    list), not as damage."""
    lr = lr or LineRepairer()
    names = lr.names
    n = changed = marked = unmarked = 0
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
            if not core or not (core.isalpha() or any(c.isalpha() for c in core)):
                continue
            n += 1
            if _LOOKALIKE_IN_WORD.search(core):
                changed += 1
                continue
            if core in names:
                continue  # a name of this text: the repair keeps it, so it is no sign of damage
            r = lr.rep.repair_core(core)
            if r is not None and r[0] != core and r[1] >= 0.6:
                changed += 1
                unmarked += r[2].startswith("diacritic")
            elif _HAS_AAO(core.lower()):
                marked += 1  # printed with its marks
    if marked > unmarked:
        changed -= unmarked  # the text keeps its marks: words without them are no damage
    return changed, n


DAMAGE_THRESHOLD = 0.03
MIN_PAGE_WORDS = 40  # a page with fewer words is judged with the whole document
ASSESS_SAMPLE = 4000


def repair_lines(lines: list[str], page_no: int | None = None, force: bool = False,
                 first_line_no: int = 1, lr: LineRepairer | None = None
                 ) -> tuple[list[str], list[Repair], float, bool]:
    """Repair lines (one out per line in); detection first unless `force`.
    Returns (lines, repairs, damage score, damaged)."""
    # The search allocates many small tuples and makes no reference cycles: the cyclic garbage
    # collector only costs time here (10-15 % of a cold run), so it pauses for the call.
    was = gc.isenabled()
    gc.disable()
    try:
        return _repair_lines(lines, page_no, force, first_line_no, lr)
    finally:
        if was:
            gc.enable()


def _repair_lines(lines, page_no, force, first_line_no, lr):
    lr = lr or LineRepairer(names=names_in_text(lines))
    score = 0.0 if force else assess(lines, lr)
    damaged = force or score >= DAMAGE_THRESHOLD
    if not damaged:
        return list(lines), [], score, False
    out, reps = [], []
    joins: dict[int, tuple] = {}  # i -> join of line i's last token with line i+1's first
    toks = [l.split() for l in lines]
    for i in range(len(lines) - 1):
        a, b = toks[i], toks[i + 1]
        if a and b and a[-1].endswith("-") and len(a[-1]) > 2:
            j = lr.join(a[-1], b[0])
            if j is not None:
                joins[i] = j
    nlines = len(lines)
    for i, line in enumerate(lines):
        last = joins.get(i)
        first = joins.get(i - 1)
        t = toks[i - 1] if i else None  # the last word of the line before (blank line: none)
        prev_tok = t[-1] if t else ""
        new, r = lr.repair_line(line, line_no=first_line_no + i, page_no=page_no,
                                first=(first[1], first[2], first[3]) if first else None,
                                last=(last[0], last[2], last[3]) if last else None, prev_tok=prev_tok,
                                next_tok=(toks[i + 1] or [""])[0] if i + 1 < nlines else "")
        out.append(new)
        reps.extend(r)
    return out, reps, score, True


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """Repaired text, one output line per input line; repairs only when the text is damaged."""
    lines = text.split("\n")
    out, reps, _, _ = repair_lines(lines)
    return "\n".join(out), reps
