"""Print scores of classify() against the hand gold: adapter docs and (when the extractor
works) the golden PDFs.  python -m tests.classifiers.run_scores [--diff] [--pdf]"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from classifiers import classify
from classifiers.gold import gold_from_corpus
from classifiers.scoring import score

from tests.classifiers.blocks_doc import blocks_document

ROOT = Path(__file__).resolve().parents[2]
SLUGS = sorted(p.parent.name for p in (ROOT / "golden").glob("*/source.json"))


CACHE = Path("/tmp/koto_classifiers_cache")


def pdf_doc(path: Path):
    """normalize(extract(pdf)), cached on the PDF's mtime (extraction takes seconds)."""
    from normalizers.model import NormalizedDocument

    CACHE.mkdir(exist_ok=True)
    key = CACHE / f"{path.parent.name}-{path.stem}-{int(path.stat().st_mtime)}.json"
    if key.exists() and "--fresh" not in sys.argv:
        return NormalizedDocument.model_validate_json(key.read_text())
    doc = _pdf_doc(path)
    key.write_text(doc.model_dump_json())
    return doc


def _pdf_doc(path: Path):
    from extractors import extract
    from normalizers import normalize

    return normalize(extract(str(path)))


def main() -> None:
    diff = "--diff" in sys.argv
    use_pdf = "--pdf" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    for slug in SLUGS:
        if only and not any(o in slug for o in only):
            continue
        src = json.loads((ROOT / "golden" / slug / "source.json").read_text())
        gold = gold_from_corpus(src)
        docs = []
        if use_pdf:
            for layout in ("ruled", "borderless", "twocolumn"):
                p = ROOT / "golden" / slug / f"{layout}.pdf"
                if p.exists():
                    docs.append((layout, pdf_doc(p)))
        else:
            docs = [("blocks", blocks_document(src)), ("blocks-nohdr", blocks_document(src, repeat_header=False))]
        for name, doc in docs:
            pred = classify(doc)
            s = score(pred, gold)
            summ = " ".join(f"{k}={v:.3f}" for k, v in s.summary().items())
            print(f"{slug:24s} {name:12s} {summ}  meta={pred.program.municipality}|{pred.program.period_start}-{pred.program.period_end}|{(pred.program.title or '')[:40]}")
            if diff:
                print(s.diff_text())


if __name__ == "__main__":
    main()
