"""The compiled search (normalizers/_fastrepair.c) against the pure-Python reference it replaces
on the hot path: the same readings, scores and repairs, on real damaged text and on generated
damage."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalizers.lexicon import ALONE, BEGIN
from normalizers.repair import _FAST_TABLE, _PRIOR, MAX_CHANNEL, LineRepairer, Repairer, repair_lines

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def slow(repairer):
    return Repairer(repairer.lex, fast=False)


def test_compiled_module_is_built_and_used(repairer):
    # `pip install -e .` (make venv) compiles it; a broken build must fail here, not fall back
    from normalizers import _fastrepair

    assert isinstance(repairer._fast, _fastrepair.Lex)
    assert repairer.lex.trie is not None


def _texts():
    seeds = sorted((DATA / "seeds").glob("*.ocr.txt"))
    dev = sorted((DATA / "dev_gold").glob("in_*.txt"))
    assert len(seeds) >= 4 and dev
    return [p.read_text() for p in seeds + dev]


def test_same_repairs_on_seeds_and_dev_gold(repairer, slow):
    for text in _texts():
        lines = text.split("\n")
        fast_out, fast_reps, _, damaged = repair_lines(lines, force=True, lr=LineRepairer(repairer))
        slow_out, slow_reps, _, _ = repair_lines(lines, force=True, lr=LineRepairer(slow))
        assert damaged and fast_reps
        assert fast_out == slow_out
        assert [r.model_dump() for r in fast_reps] == [r.model_dump() for r in slow_reps]


def _words() -> list[str]:
    """Words with å/ä/ö from the correct Helsingfors seed, to damage."""
    text = (DATA / "seeds" / "helsingfors-2017-2021.txt").read_text()
    ws = sorted({w.strip(".,;:()\"'").lower() for w in text.split()})
    return [w for w in ws if w.isalpha() and any(c in "åäö" for c in w)][:400]


_WORDS = _words()
_LOOKS = {t: [t] * 4 + segs for t, segs in _PRIOR.items()}  # the letter kept, or a look-alike


@st.composite
def damaged(draw):
    """A Swedish word as an English-model OCR might print it: å/ä/ö read as look-alikes or
    dropped, sometimes i as |, a letter doubled, a compound of two words, a capital."""
    w = draw(st.sampled_from(_WORDS))
    if draw(st.integers(0, 3)) == 0:
        w += draw(st.sampled_from(_WORDS))
    out = []
    for ch in w:
        r = draw(st.integers(0, 39))
        if ch in _LOOKS and r < 24:
            out.append(draw(st.sampled_from(_LOOKS[ch])))
        elif r == 39 and ch.isalpha():
            out.append(ch + ch)
        else:
            out.append(ch)
    s = "".join(out) or "a"
    if draw(st.integers(0, 4)) == 0:
        s = s[:1].upper() + s[1:]
    return s


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_same_readings_on_generated_damage(repairer, slow, s):
    low = s.lower()
    for letters, max_cost, max_edits, inner, emit_all, emin, edits_from in (
            (True, MAX_CHANNEL, 3, False, False, 1, 0), (False, MAX_CHANNEL, 3, True, False, 1, 0),
            (True, 3.0, 1, False, True, 3, 0), (False, 3.0, 2, False, True, 3, 2),
            (False, 3.0, 0, False, True, 3, 0)):
        ref = slow.walk(low, max_cost, letters, max_edits, inner, emit_all, emin, edits_from)
        got = repairer._fast.walk(low, _FAST_TABLE[(letters, max_cost)], max_cost, max_edits, inner,
                                  emit_all, emin, edits_from)
        assert got == ref, (low, letters, max_cost, max_edits, inner, emit_all)

    def cands(rep):
        return [(c.word, list(c.segs), c.score, c.channel, c.compound, c.flags) for c in rep.candidates(low)]

    assert cands(repairer) == cands(slow)
    for need in (ALONE, BEGIN):
        for inner in (False, True):
            a = [(c.word, c.segs, c.score, c.channel, c.flags) for c in repairer.direct(low, need, inner)]
            b = [(c.word, c.segs, c.score, c.channel, c.flags) for c in slow.direct(low, need, inner)]
            assert a == b
    assert repairer.zipf(low) == slow.zipf(low)
    assert repairer._nothing_to_decide(low) == slow._nothing_to_decide(low)
    for prev, start in (("", True), ("och", False), ("tre", False)):
        assert repairer.repair_core(s, prev, start) == slow.repair_core(s, prev, start)


def test_same_on_known_words_and_odd_tokens(repairer, slow):
    # common words (the fast paths), words beyond the keys' alphabet, empty and long tokens
    for w in _WORDS[:200] + ["för", "och", "att", "är", "mål", "ar", "fr", "std", "|", "6", "é", "über",
                             "naïve", "x" * 80, "ab-cd", "o'neil", "2020", "www", "a", "ä"]:
        assert repairer.zipf(w) == slow.zipf(w)
        assert repairer._nothing_to_decide(w) == slow._nothing_to_decide(w)
        a = [(c.word, c.segs, c.score, c.channel, c.compound, c.flags) for c in repairer.candidates(w)]
        b = [(c.word, c.segs, c.score, c.channel, c.compound, c.flags) for c in slow.candidates(w)]
        assert a == b, w


def test_missing_extension_falls_back_to_python_with_a_warning(repairer, monkeypatch, caplog):
    import sys

    import normalizers
    from normalizers import repair

    monkeypatch.setitem(sys.modules, "normalizers._fastrepair", None)  # import fails
    monkeypatch.delattr(normalizers, "_fastrepair", raising=False)
    monkeypatch.setattr(repair, "_warned", [])
    with caplog.at_level("WARNING", logger="normalizers.repair"):
        rep = Repairer(repairer.lex)
    assert rep._fast is None
    assert any("_fastrepair is not built" in r.getMessage() for r in caplog.records)
    got = rep.repair_core("fér", "", True)
    assert got == repairer.repair_core("fér", "", True) and got[0] == "för"
