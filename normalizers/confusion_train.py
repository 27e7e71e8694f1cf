"""Estimate the OCR confusion model from fresh damage: P(OCR segment | true letter).

Data: correct Swedish typeset by `normalizers.ocrsim` (the clean Helsingfors seed text, fonts
Helvetica and Times), rasterized at 300 dpi, OCRed with `tesseract -l eng`, and aligned word by
word with its source (difflib over consonant skeletons), then letter by letter (Levenshtein
opcodes; an OCR letter inserted next to a substituted one joins its segment, so "éa" for "ä" is
one segment). Writes `normalizers/data/confusion.json`:
`{"true letter": {"OCR segment": count, ...}, ...}` — counts, turned into costs at load time.

    .venv/bin/python -m normalizers.confusion_train
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

OUT = Path(__file__).parent / "data" / "confusion.json"
_SKEL_DROP = set("aeiouyåäöéèdl&|46 ")


def skeleton(w: str) -> str:
    return "".join(c for c in w.lower() if c.isalpha() and c not in _SKEL_DROP)


def words(text: str) -> list[str]:
    return [w.strip(".,;:!?()[]\"'”“’«»") for w in text.split()]


def align_words(src: list[str], ocr: list[str]):
    """Yield (true_word, ocr_word) pairs aligned 1:1."""
    a = [skeleton(w) or w.lower() for w in src]
    b = [skeleton(w) or w.lower() for w in ocr]
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for i, j in zip(range(i1, i2), range(j1, j2)):
                yield src[i], ocr[j]


def char_segments(true: str, ocr: str) -> list[tuple[str, str]]:
    """(true letter, OCR segment) for each letter of `true`.

    OCR letters the alignment calls inserted join a neighbouring letter's segment: the
    neighbour that was itself misread if there is one (so "staérkande" gives ä -> "aé", not
    t -> "ta"), else the previous letter."""
    segs: list[list] = [[c, "", True] for c in true]  # letter, segment, read right
    inserts: list[tuple[int, str]] = []  # (position before which the text was inserted, text)
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(true, ocr):
        if tag == "equal":
            for k in range(i2 - i1):
                segs[i1 + k][1] = ocr[j1 + k]
        elif tag == "replace":
            n, m = i2 - i1, j2 - j1
            for k in range(n):
                segs[i1 + k][1] = ocr[j1 + k] if k < m else ""
                segs[i1 + k][2] = False
            if m > n:
                segs[i2 - 1][1] += ocr[j1 + n:j2]
        elif tag == "delete":
            for k in range(i1, i2):
                segs[k][2] = False
        elif tag == "insert":
            inserts.append((i1, ocr[j1:j2]))
    for pos, text in inserts:
        prev_bad = pos - 1 >= 0 and not segs[pos - 1][2]
        next_bad = pos < len(segs) and not segs[pos][2]
        if next_bad and not prev_bad:
            segs[pos][1] = text + segs[pos][1]
        elif pos - 1 >= 0:
            segs[pos - 1][1] += text
            segs[pos - 1][2] = False
        elif pos < len(segs):
            segs[pos][1] = text + segs[pos][1]
    return [(c, s) for c, s, _ in segs]


def estimate(pairs) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for t, o in pairs:
        t = unicodedata.normalize("NFC", t)
        o = unicodedata.normalize("NFC", o)
        if not t or not o or len(o) > 2 * len(t) + 2:
            continue
        if Levenshtein.distance(t.lower(), o.lower()) > max(2, len(t) // 2):
            continue
        for c, s in char_segments(t, o):
            counts[c][s] += 1
    return {c: dict(v) for c, v in counts.items()}


def training_pairs():
    from normalizers.ocrsim import fresh_damage

    text = (Path(__file__).resolve().parent.parent / "tests/data/seeds/helsingfors-2017-2021.txt").read_text()
    paras = [l.strip() for l in text.split("\n") if len(l.split()) >= 6 and "<" not in l and "\t" not in l]
    src = words(" ".join(paras))
    for font in ("helv", "tiro"):
        ocr = words(re.sub(r"-\n(?=\w)", "", fresh_damage(paras, font)))
        yield from align_words(src, ocr)


def main() -> None:
    table = estimate(training_pairs())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True))
    for c in "åäöÅÄÖI":
        tot = sum(table.get(c, {}).values())
        top = sorted(table.get(c, {}).items(), key=lambda kv: -kv[1])[:8]
        print(c, tot, top)


if __name__ == "__main__":
    main()
