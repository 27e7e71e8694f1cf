"""Structure scores on programmes padded with what is not a goal, measure or indicator.

Every golden program's ``source.json`` blocks get the content a real programme also carries
(``golden.distractors.with_distractors``: tables of contents with and without dot leaders, a
background chapter with statistics in text and tables, a figure caption, a footnote, a list of
laws, a timeline of the preparation, the previous programme's evaluation (its old measures in a
table with a status column), a budget, a glossary, contacts and a survey appendix). Both the
padded and the plain program are typeset in each layout (``golden.render``: ruled, borderless,
twocolumn; ``golden.render_docx``: docx-grid, when LibreOffice is there; on request
``ruled-ocr``, the ruled print as an archive's OCR text dump, see bench.text_dumps), run through the whole
pipeline (``pipeline.process.process_file``, the code path of `koto golden check`) and scored
against the UNCHANGED hand gold with ``classifiers.scoring.score``. So every item read from the
added content is a false positive, and a gold item lost next to it is a recall loss.

Prints one row per program × layout × variant (plain, distract): P/R/F1 of goals, measures and
indicators and the number of false positives (extra items of the three kinds), then per layout
and variant the mean and lowest F1 per kind and the false positives in all. ``-v`` lists the
false positives of the padded runs (marked '*' when the plain run of the same layout does not
have them) and the gold items the padded run lost that the plain run found.

    python -m bench.distractors [--layouts ruled,borderless,twocolumn,docx-grid,ruled-ocr]
                                [--programs vasa-2023-2026] [-v]

PDFs are cached in ``bench/out/distractors/`` (keyed by a hash of their source and style, so
changed content is typeset again).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import time
from pathlib import Path

from bench import style_scores
from classifiers.scoring import score
from golden import render as R
from golden.distractors import with_distractors
from pipeline import golden
from pipeline.process import ProcessOptions, process_file, sha256_file

OUT = Path(__file__).resolve().parent / "out" / "distractors"
LAYOUTS = ("ruled", "borderless", "twocolumn", "docx-grid")
# an archive's OCR dump of the ruled print (bench.text_dumps.ocr_dump: Tesseract's English
# model, pages joined by a form feed); minutes of OCR, so only when asked for
OCR_LAYOUT = "ruled-ocr"
KINDS = ("goals", "measures", "indicators")
VARIANTS = ("plain", "distract")


def make_pdf(src: dict, layout: str, out: Path) -> Path:
    """Typeset `src` in `layout` at `out` unless the cached file was made from the same input
    (for OCR_LAYOUT: the text dump of the ruled print, at `out` with .txt)."""
    key = hashlib.sha256((layout + json.dumps(src, sort_keys=True, ensure_ascii=False))
                         .encode()).hexdigest()[:16]
    if layout == OCR_LAYOUT:
        from bench.text_dumps import ocr_dump

        txt = out.with_suffix(".txt")
        stamp = txt.with_suffix(".key")
        if txt.exists() and stamp.exists() and stamp.read_text() == key:
            return txt
        pdf = make_pdf(src, "ruled", out.with_name(out.name.replace(OCR_LAYOUT, "ruled")))
        txt.write_text(ocr_dump(pdf), encoding="utf-8")
        stamp.write_text(key)
        return txt
    stamp = out.with_suffix(".key")
    if out.exists() and stamp.exists() and stamp.read_text() == key:
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    if layout in R.STYLES:
        out.write_bytes(R.render(src, layout))
    else:
        from golden import render_docx  # python-docx: only for the word-processor layout

        render_docx.render_source(src, layout, out)
    stamp.write_text(key)
    return out


def run(pdf: Path, gold):
    got = process_file(pdf, ProcessOptions(), sha256=sha256_file(pdf))
    return score(got, gold)


def fmt_row(slug: str, layout: str, variant: str, s) -> str:
    cells = []
    for k in KINDS:
        ks = getattr(s, k)
        if ks.n_gold or ks.n_pred:
            cells.append(f"{ks.precision:5.2f} {ks.recall:5.2f} {ks.f1:5.2f}")
        else:
            cells.append(f"{'–':>5} {'–':>5} {'–':>5}")
    fp = sum(len(getattr(s, k).extra) for k in KINDS)
    return f"{slug:22} {layout:10} {variant:8} " + "  ".join(cells) + f"  {fp:4d}"


HEADER = (f"{'program':22} {'layout':10} {'variant':8} "
          + "  ".join(f"{k[:5] + ' P':>5} {'R':>5} {'F1':>5}" for k in KINDS) + f"  {'FP':>4}")



def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.distractors")
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--programs", default="")
    ap.add_argument("--out-dir", type=Path, default=OUT)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the false positives")
    a = ap.parse_args(argv)
    layouts = [s for s in a.layouts.split(",") if s]
    unknown = [s for s in layouts if s not in LAYOUTS + (OCR_LAYOUT,)]
    if unknown:
        ap.error(f"unknown layout(s) {unknown}; known: {', '.join(LAYOUTS + (OCR_LAYOUT,))}")
    if "docx-grid" in layouts and not (shutil.which("soffice") or shutil.which("libreoffice")):
        print("docx-grid left out: no soffice (make sysdeps)", file=sys.stderr)
        layouts.remove("docx-grid")
    only = [p for p in a.programs.split(",") if p] or None
    dirs = golden.programs(None, only)
    t0, c0 = time.perf_counter(), time.process_time()
    rows = []
    print(HEADER, flush=True)
    for layout in layouts:
        for d in dirs:
            src = R.load_source(d.name)
            gold = golden.load_gold(d)
            plain_extra: set[str] = set()
            plain_missing: set[str] = set()
            for variant in VARIANTS:
                s_src = src if variant == "plain" else with_distractors(src)
                pdf = make_pdf(s_src, layout, a.out_dir / f"{d.name}.{layout}.{variant}.pdf")
                s = run(pdf, gold)
                rows.append((d.name, layout, variant, s))
                print(fmt_row(d.name, layout, variant, s), flush=True)
                extras = [(k, t) for k in KINDS for t in getattr(s, k).extra]
                if variant == "plain":
                    plain_extra = {" ".join(t.split()) for _, t in extras}
                    plain_missing = {t for k in KINDS for t in getattr(s, k).missing}
                elif a.verbose:
                    for k, t in extras:
                        new = "*" if " ".join(t.split()) not in plain_extra else " "
                        print(f"    {new} {k[:-1]:9} {' '.join(t.split())[:150]}")
                    for k in KINDS:
                        for t in getattr(s, k).missing:
                            if t not in plain_missing:  # lost only next to the added content
                                print(f"    - missing {k[:-1]:9} {' '.join(t.split())[:140]}")
    style_scores.print_variant_summary(rows, layouts, VARIANTS, "layout", 10)
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
