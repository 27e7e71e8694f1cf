"""Scoring an extraction against gold: per-kind P/R/F1, link and responsible-actor accuracy.

Texts are compared after `normalize_for_match` (whitespace, case, bullets, leading
numbering, trailing punctuation) with rapidfuzz `ratio` (normalised Indel similarity).
Threshold 0.85: two renderings of the same item that differ by OCR slips, a lost hyphen or a
line-break artefact score above 0.9; a restated item (a summary table's shortened version
of a prose action) or an item that lost or gained a whole line scores below 0.8. `ratio`
rather than `token_set_ratio`, because token_set scores a fragment that is a subset of a
longer item as 1.0 and would reward truncated items.

Matching is one-to-one, greedy by best score (equivalent to Hungarian here: items of one
kind rarely compete for the same partner above the threshold).

A predicted measure is compared by its `text` and, when koto cut a who/when tail off it, by
its `printed` form too ('Språkcafé ... varannan vecka' / 'Språkcafé ... varannan vecka
(biblioteket, från hösten 2025)'); the higher similarity counts. The writers of the gold
split on whether such a tail belongs to the measure's text (tests/data/blind_programs/
README.md): some keep it, some cut it. Both are readings of the same printed item, and koto
gives both, so a gold written either way finds its measure; scoring only `text` would count
a correct measure as missed and extra under the one convention koto's `text` does not follow.

A predicted goal stated by a goal sentence is compared by its text and by its clause without
the opener ('Målet är att X' / 'X', `Goal.clause`): most writers keep the opener, as koto's
text does; some give the clause alone (blind286). The ratio tolerates a short opener on a long
goal, not 'Målsättningen är att' before a goal of six words.

Responsible actors are compared the same way: an actor koto spelled out from the document's
legend ('AKS' under 'Förkortningar: AKS = arbetskraftsservicen') is matched by what the legend
spells out and by the short form printed (`Measure.printed_actors`). The writers of the gold
split here too: blind89 records the legend's names, never the abbreviations; blind114 keeps the
abbreviations as printed. Both name the same actor, and koto gives both.
"""

from __future__ import annotations

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from .actors import same_actor
from .model import ProgramExtraction
from .text import normalize_for_match

MATCH_THRESHOLD = 0.85


def similarity(a: str, b: str) -> float:
    return fuzz.ratio(normalize_for_match(a), normalize_for_match(b)) / 100.0


def match_items(pred: list, gold: list, threshold: float = MATCH_THRESHOLD) -> list[tuple[int, int, float]]:
    """One-to-one pairs (pred index, gold index, similarity), greedy by best similarity. A
    prediction's similarity to a gold item is that of the closer of its forms (`_forms`: the
    text, and a measure's printed form with its tail; module docstring)."""
    pn = [_forms(p) for p in pred]
    gn = [normalize_for_match(g.text) for g in gold]
    cands = []
    for i, forms in enumerate(pn):
        for j, b in enumerate(gn):
            s = max(_similar(a, b, threshold) for a in forms)
            if s >= threshold:
                cands.append((s, i, j))
    cands.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for s, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j, s))
    return pairs


def _forms(item) -> list[str]:
    """The normalised texts an item may be matched by: its text, a measure's printed form
    when koto cut a tail off its text (`Measure.printed`), and a goal sentence's goal without
    its opener (`Goal.clause`, 'Målet är att X' -> 'X')."""
    other = getattr(item, "printed", None) or getattr(item, "clause", None)
    return [normalize_for_match(item.text)] + ([normalize_for_match(other)] if other else [])


def _similar(a: str, b: str, threshold: float) -> float:
    """`ratio` similarity of two normalised texts, 0.0 without computing it when their lengths
    alone rule out reaching `threshold` (ratio >= t needs lengths within a factor)."""
    la, lb = len(a), len(b)
    if la and lb and min(la, lb) / max(la, lb) < threshold - 0.15:
        return 0.0
    return fuzz.ratio(a, b) / 100.0


class KindScore(BaseModel):
    kind: str
    n_pred: int
    n_gold: int
    tp: int
    precision: float
    recall: float
    f1: float
    missing: list[str] = Field(default_factory=list)  # gold texts with no match
    extra: list[str] = Field(default_factory=list)  # predicted texts with no match
    pairs: list[tuple[str, str, float]] = Field(default_factory=list)  # (pred id, gold id, sim)


class Accuracy(BaseModel):
    name: str
    correct: int = 0
    total: int = 0
    errors: list[str] = Field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


class Score(BaseModel):
    goals: KindScore
    measures: KindScore
    indicators: KindScore
    measure_goal: Accuracy
    indicator_measure: Accuracy
    responsible: Accuracy
    # the document's own theme of each matched goal whose gold names one (compared as texts
    # are: case, spacing and numbering aside)
    goal_theme: Accuracy = Field(default_factory=lambda: Accuracy(name="goal theme"))

    def summary(self) -> dict[str, float]:
        return {
            "goals_f1": self.goals.f1,
            "measures_f1": self.measures.f1,
            "indicators_f1": self.indicators.f1,
            "measure_goal_acc": self.measure_goal.accuracy,
            "indicator_measure_acc": self.indicator_measure.accuracy,
            "responsible_acc": self.responsible.accuracy,
        }

    def diff_text(self, limit: int = 40) -> str:
        out: list[str] = []
        for k in (self.goals, self.measures, self.indicators):
            out.append(
                f"{k.kind}: P={k.precision:.3f} R={k.recall:.3f} F1={k.f1:.3f} "
                f"(pred {k.n_pred}, gold {k.n_gold}, matched {k.tp})"
            )
            for t in k.missing[:limit]:
                out.append(f"  - missing: {_short(t)}")
            for t in k.extra[:limit]:
                out.append(f"  + extra:   {_short(t)}")
        for a in (self.measure_goal, self.indicator_measure, self.responsible, self.goal_theme):
            out.append(f"{a.name}: {a.correct}/{a.total} = {a.accuracy:.3f}")
            for e in a.errors[:limit]:
                out.append(f"  ~ {e}")
        return "\n".join(out)


def _short(t: str, n: int = 110) -> str:
    t = " ".join(t.split())
    return t if len(t) <= n else t[: n - 1] + "…"


def _kind(kind: str, pred: list, gold: list) -> tuple[KindScore, dict[str, str]]:
    pairs = match_items(pred, gold)
    tp = len(pairs)
    p = tp / len(pred) if pred else (1.0 if not gold else 0.0)
    r = tp / len(gold) if gold else (1.0 if not pred else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    mp = {i for i, _, _ in pairs}
    mg = {j for _, j, _ in pairs}
    score = KindScore(
        kind=kind, n_pred=len(pred), n_gold=len(gold), tp=tp, precision=p, recall=r, f1=f1,
        missing=[g.text for j, g in enumerate(gold) if j not in mg],
        extra=[x.text for i, x in enumerate(pred) if i not in mp],
        pairs=[(pred[i].id, gold[j].id, s) for i, j, s in pairs],
    )
    return score, {pred[i].id: gold[j].id for i, j, _ in pairs}


def score(pred: ProgramExtraction, gold: ProgramExtraction) -> Score:
    gs, gmap = _kind("goals", pred.goals, gold.goals)
    ms, mmap = _kind("measures", pred.measures, gold.measures)
    ins, imap = _kind("indicators", pred.indicators, gold.indicators)

    gold_measures = {m.id: m for m in gold.measures}
    gold_inds = {i.id: i for i in gold.indicators}
    pred_measures = {m.id: m for m in pred.measures}
    pred_inds = {i.id: i for i in pred.indicators}

    mg = Accuracy(name="measure→goal")
    resp = Accuracy(name="responsible")
    for pid, gid in mmap.items():
        pm, gm = pred_measures[pid], gold_measures[gid]
        gold_goals = gm.goals or ([gm.goal] if gm.goal else [])
        pred_goal = pm.goal or (pm.goals[0] if pm.goals else None)
        mg.total += 1
        if not gold_goals:
            ok = pred_goal is None
        else:
            ok = pred_goal is not None and gmap.get(pred_goal) in gold_goals
        if ok:
            mg.correct += 1
        else:
            mg.errors.append(f"{gid}: goal {pred_goal}->{gmap.get(pred_goal) if pred_goal else None}, gold {gold_goals}")
        if gm.responsible or pm.responsible:
            resp.total += 1
            if _same_names(pm.responsible, gm.responsible, pm.printed_actors):
                resp.correct += 1
            else:
                resp.errors.append(f"{gid}: {pm.responsible} vs gold {gm.responsible}")

    im = Accuracy(name="indicator→measure")
    for pid, gid in imap.items():
        pi, gi = pred_inds[pid], gold_inds[gid]
        im.total += 1
        pred_m = mmap.get(pi.measure) if pi.measure else None
        if pred_m == gi.measure:
            im.correct += 1
        else:
            im.errors.append(f"{gid}: measure {pi.measure}->{pred_m}, gold {gi.measure}")
    return Score(goals=gs, measures=ms, indicators=ins, measure_goal=mg, indicator_measure=im, responsible=resp,
                 goal_theme=_goal_themes(pred, gold, gmap))


def _goal_themes(pred: ProgramExtraction, gold: ProgramExtraction, gmap: dict[str, str]) -> Accuracy:
    gold_goals = {g.id: g for g in gold.goals}
    acc = Accuracy(name="goal theme")
    for g in pred.goals:
        want = gold_goals[gmap[g.id]].theme if g.id in gmap else None
        if want is None:
            continue
        acc.total += 1
        if normalize_for_match(g.theme or "") == normalize_for_match(want):
            acc.correct += 1
        else:
            acc.errors.append(f"{gmap[g.id]}: {g.theme!r} vs gold {want!r}")
    return acc


def _same_names(pred: list[str], gold: list[str], printed: dict[str, str] | None = None) -> bool:
    """Same actors one-to-one (canonical keys, OCR-tolerant). `printed`: the short form printed
    for a predicted name koto spelled out from a legend; a gold name may be either (module
    docstring)."""
    if len(pred) != len(gold):
        return False
    printed = printed or {}
    left = list(gold)
    for p in pred:
        forms = [p] + ([printed[p]] if p in printed else [])
        hit = next((g for g in left if any(same_actor(f, g) for f in forms)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True
