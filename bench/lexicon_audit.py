"""Audit the theme lexicon against general Swedish: which common words hold a stem by accident?

    python -m bench.lexicon_audit [--words 200000] [--per-stem 14] [--stem kris]

A stem of classifiers/themes.py counts wherever it sits inside a token, since Swedish writes
compounds as one word ('arbetslivsorientering'). That also lets everyday words count by
accident of spelling: 'sammanställa' holds 'anställ', 'främlingsfientlighet' holds 'sfi',
'föreläsning' holds 'läsning'. For every single-word stem this lists the commonest Swedish
words (wordfreq's frequency list, independent of any program text) that hold the stem NOT
at their start and that FALSE_FRIENDS / FALSE_WORDS do not already exclude, commonest first.
Read the list and add the accidental ones to FALSE_FRIENDS (a part of the word) or
FALSE_WORDS (the whole word); compounds whose head is the stem ('förskola' for 'skol') are
right and stay.
"""

from __future__ import annotations

import argparse

from wordfreq import top_n_list

from classifiers.text import fold
from classifiers.themes import LEXICON, SERVICE_WORDS, _false_friend


def audit(n_words: int, stem_filter: str | None = None) -> dict[str, tuple[str, list[str]]]:
    words = [w for w in top_n_list("sv", n_words) if w.isalpha()]
    folded = [(w, fold(w)) for w in words]
    stems = {s: d for d, st in [*LEXICON.items(), ("service", SERVICE_WORDS)]
             for s, w in st.items() if w and " " not in s}
    out = {}
    for stem, domain in sorted(stems.items()):
        if stem_filter and stem != stem_filter:
            continue
        hits = [w for w, f in folded if stem in f and not f.startswith(stem) and not _false_friend(f, stem)]
        if hits:
            out[stem] = (domain, hits)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=200_000, help="how many of the commonest words")
    ap.add_argument("--per-stem", type=int, default=14, help="words shown per stem")
    ap.add_argument("--stem", help="only this stem")
    args = ap.parse_args(argv)
    found = audit(args.words, args.stem)
    for stem, (domain, hits) in found.items():
        print(f"{stem:22} {domain:18} {len(hits):5}  {', '.join(hits[:args.per_stem])}")
    print(f"{len(found)} stems occur inside other words among the {args.words} commonest")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
