"""Word accuracy of OCR against the corpus text.

    .venv/bin/python -m bench.ocr_accuracy [--dpi N] [--pdf golden/vasa-2023-2026/scan.pdf ...]
        [--source golden/vasa-2023-2026/source.json] [--layer] [--json out.json]

Reference: the corpus blocks in reading order (heading, paragraph, bullet items, table
caption, column names, then the cells row by row). Hypothesis: the OCRed pages' items in
order (Line texts; Table cells row by row). Words are whitespace tokens (NFC), aligned with
difflib (no junk heuristic); accuracy = matched words / reference words, so running
headers and page numbers that the corpus blocks do not carry cost nothing, and every
reference word lost or misread counts.

Two figures: `accuracy` joins a word that the page itself breaks across two lines (a long
word in a narrow table cell, "bostads" / "rättsmöjligheterna") where the reference has it
whole (see join_wraps); `strict` does not, and so charges the OCR two errors for reading
the printed break right -- the born-digital text layer of the same pages loses the same
words under it (0.9924 on the Vasa pages). Until 3 Dec only the strict figure existed.

    --diff             print every difference of the alignment (what the errors are)
    --save-pages DIR   keep the OCRed pages; --load-pages DIR scores them again without OCR
    --source, --twin   another golden program (e.g. a copy made by bench.ocr_scanify)

`--layer` also scores the existing text layer of each PDF (PyMuPDF's text, reading order)
and, when the normalizers offer `repair_text`, that layer after Swedish repair — the
measurement behind plan_ocr's default for damaged layers (OCR again vs keep and repair).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
import unicodedata
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.model import Page, Table  # noqa: E402
from extractors.ocr import ocr_pages, plan_ocr  # noqa: E402


def words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


def reference_words(source: dict) -> list[str]:
    out: list[str] = []
    for b in source["blocks"]:
        t = b["type"]
        if t in ("heading", "paragraph"):
            out += words(b["text"])
        elif t == "bullets":
            for it in b["items"]:
                out += words(it if isinstance(it, str) else it.get("text", ""))
        elif t == "table":
            out += words(b.get("caption") or "")
            for c in b.get("columns") or []:
                out += words(c)
            for row in b["rows"]:
                for c in row:
                    out += words(c)
    return out


def page_words(pages) -> list[str]:
    return page_tokens(pages)[0]


def page_tokens(pages) -> tuple[list[str], set[int]]:
    """Words of the OCRed pages in order, and the indices of the words that end a printed
    line (the last word of a Line, of a line inside a table cell)."""
    out: list[str] = []
    ends: set[int] = set()

    def add(text: str) -> None:
        for ln in text.split("\n"):
            ws = words(ln)
            out.extend(ws)
            if ws:
                ends.add(len(out) - 1)

    for p in pages:
        for it in p.items:
            if isinstance(it, Table):
                for row in it.rows:
                    for c in row:
                        add(c)
            else:
                add(it.text)
    return out, ends


def text_tokens(text: str) -> tuple[list[str], set[int]]:
    """Words of a plain text and the indices of the words that end a line."""
    out: list[str] = []
    ends: set[int] = set()
    for ln in text.splitlines():
        ws = words(ln)
        out.extend(ws)
        if ws:
            ends.add(len(out) - 1)
    return out, ends


def _norm_cell(c: str) -> str:
    return " ".join(unicodedata.normalize("NFC", c).split())


def table_structure(source: dict, pages) -> dict:
    """Cell grids vs the corpus tables. OCR tables are chained across pages (a table
    that repeats the previous table's heading row with no running text in between
    continues it), then each corpus
    table is matched, in order, to the chained table sharing most cell texts. Scores: corpus
    tables found, rows and columns equal, and the share of corpus cells whose text equals the
    OCR cell at the same (row, column) (whitespace folded; typeset word breaks inside cells
    count as differences)."""
    chained: list[list[list[str]]] = []
    text_since = True  # running text (a caption, a heading) seen since the last table
    for p in pages:
        h = p.height or 842.0
        for it in p.items:
            if isinstance(it, Table):
                rows = [[_norm_cell(c) for c in r] for r in it.rows]
                if chained and not text_since and rows and rows[0] == chained[-1][0]:
                    chained[-1].extend(rows[1:])  # the same table, continued on this page
                else:
                    chained.append(rows)
                text_since = False
            elif it.bbox is None or 0.06 * h < it.bbox.y0 < 0.94 * h:
                text_since = True  # not page furniture (running header, page number)
    gold = [b for b in source["blocks"] if b["type"] == "table"]
    found = shape_ok = cells = same = 0
    j = 0
    for b in gold:
        g_rows = [[_norm_cell(c) for c in b["columns"]]] + [[_norm_cell(c) for c in r]
                                                            for r in b["rows"]]
        cells += sum(1 for r in g_rows for c in r if c)
        # the next OCR tables in order; take the one sharing most cell texts (headings
        # repeat from table to table, so the heading alone does not identify a table)
        g_set = {c for r in g_rows[1:] for c in r if c}
        best, k = 0, None
        for i in range(j, min(j + 3, len(chained))):
            n = len(g_set & {c for r in chained[i] for c in r if c})
            if n > best:
                best, k = n, i
        if k is None:
            continue
        j = k + 1
        found += 1
        o_rows = chained[k]
        shape_ok += len(o_rows) == len(g_rows) and all(len(a) == len(b_) for a, b_ in zip(o_rows, g_rows))
        for r, row in enumerate(g_rows):
            for c, cell in enumerate(row):
                if cell and r < len(o_rows) and c < len(o_rows[r]) and o_rows[r][c] == cell:
                    same += 1
    return {"gold_tables": len(gold), "found": found, "same_shape": shape_ok,
            "cell_exact": same / max(cells, 1)}


def join_wraps(ref: list[str], hyp: list[str], ends: set[int]) -> tuple[list[str], int]:
    """`hyp` with a word the page broke across two lines joined again where the reference
    has it whole: "bostads" at a line end + "rättsmöjligheterna" at the next line's start,
    or "arbets-" + "träning". A typesetter breaks a word longer than a narrow table cell
    inside the word; the OCR that reads the two pieces has read the page right, and the
    born-digital text layer of the same page carries the same two pieces. Joins happen only
    inside a difference of the word alignment, where the joined form is one of the
    reference words of that difference, so no correct word is ever merged away."""
    sm = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    out: list[str] = []
    joins = 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag in ("equal", "delete"):
            out += hyp[j1:j2]
            continue
        want = set(ref[i1:i2])
        j = j1
        while j < j2:
            a = hyp[j]
            if j in ends and j + 1 < j2:
                b = hyp[j + 1]
                cands = [a + b] + ([a[:-1] + b] if a.endswith("-") else [])
                hit = next((c for c in cands if c in want), None)
                if hit:
                    out.append(hit)
                    joins += 1
                    j += 2
                    continue
            out.append(a)
            j += 1
    return out, joins


def accuracy(ref: list[str], hyp: list[str]) -> tuple[float, int]:
    sm = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    matched = sum(b.size for b in sm.get_matching_blocks())
    return matched / max(len(ref), 1), matched


def print_diff(ref: list[str], hyp: list[str], context: int = 3) -> None:
    """The alignment's differences, one per line: reference words -> OCR words, with a few
    words of context, to see what kind of errors cost the accuracy."""
    sm = difflib.SequenceMatcher(None, ref, hyp, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        before = " ".join(ref[max(0, i1 - context):i1])
        after = " ".join(ref[i2:i2 + context])
        print(f"    {tag:7s} [{' '.join(ref[i1:i2])}] -> [{' '.join(hyp[j1:j2])}]"
              f"    ...{before} | {after}...")


def fold_dashes(ws: list[str]) -> list[str]:
    return [w.replace("\u2013", "-").replace("\u2014", "-") for w in ws]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdf", nargs="+", default=[
        "golden/vasa-2023-2026/scan.pdf", "golden/vasa-2023-2026/scan-eng.pdf"])
    ap.add_argument("--source", default="golden/vasa-2023-2026/source.json")
    ap.add_argument("--dpi", type=int, default=None)
    ap.add_argument("--lang", default="swe")
    ap.add_argument("--layer", action="store_true")
    ap.add_argument("--json", default=None)
    ap.add_argument("--save-pages", default=None, help="folder for the OCRed pages as JSON")
    ap.add_argument("--load-pages", default=None,
                    help="score pages saved by --save-pages instead of running OCR")
    ap.add_argument("--diff", action="store_true",
                    help="print every difference of the alignment (reference -> OCR)")
    ap.add_argument("--twin", default="golden/vasa-2023-2026/ruled.pdf",
                    help="born-digital PDF of the same pages: its text layer is scored as the "
                         "ceiling (its typesetting splits words in narrow cells just like the "
                         "scan), and OCR is also scored against it")
    a = ap.parse_args()

    ref = reference_words(json.loads(Path(a.source).read_text()))
    report = {"reference_words": len(ref), "dpi": a.dpi, "runs": []}
    print(f"reference: {a.source}: {len(ref)} words")
    twin = None
    if a.twin and Path(a.twin).exists():
        twin, twin_ends = text_tokens("\n".join(p.get_text() for p in pymupdf.open(a.twin)))
        acc_t, _ = accuracy(ref, twin)
        twin_j, n_j = join_wraps(ref, twin, twin_ends)
        acc_tj, _ = accuracy(ref, twin_j)
        print(f"ceiling: born-digital text layer of {a.twin}: {acc_t:.4f} vs the corpus words "
              f"(line-wrapped words joined: {acc_tj:.4f}, {n_j} joins)")
        if a.diff:
            print_diff(ref, twin_j)
        report["twin_ceiling"] = acc_t
        report["twin_ceiling_wraps_joined"] = acc_tj
    for pdf in a.pdf:
        doc = pymupdf.open(pdf)
        plan = plan_ocr(doc, "auto")
        reasons = sorted(set(plan.values()))
        t0 = time.perf_counter()
        if a.load_pages:
            saved = json.loads(Path(a.load_pages, Path(pdf).stem + ".pages.json").read_text())
            pages = {int(k): Page.model_validate(v) for k, v in saved.items()}
        else:
            pages = ocr_pages(pdf, sorted(plan) or list(range(len(doc))), lang=a.lang, dpi=a.dpi)
        dt = time.perf_counter() - t0
        hyp, hyp_ends = page_tokens([pages[i] for i in sorted(pages)])
        if a.save_pages:
            Path(a.save_pages).mkdir(parents=True, exist_ok=True)
            Path(a.save_pages, Path(pdf).stem + ".pages.json").write_text(json.dumps(
                {i: p.model_dump() for i, p in pages.items()}, ensure_ascii=False))
        acc, m = accuracy(ref, hyp)
        hyp_j, n_j = join_wraps(ref, hyp, hyp_ends)
        acc_j, m_j = accuracy(ref, hyp_j)
        if a.diff:
            print_diff(ref, hyp_j)
        acc_f, _ = accuracy(fold_dashes(ref), fold_dashes(hyp))
        conf = sum(p.ocr_confidence or 0 for p in pages.values()) / max(len(pages), 1)
        n_tables = sum(len(p.tables) for p in pages.values())
        print(f"{pdf}: plan {reasons} on {len(plan)}/{len(doc)} pages; OCR {len(pages)} pages "
              f"in {dt:.1f} s; words {m_j}/{len(ref)} = {acc_j:.4f} with line-wrapped words joined "
              f"({n_j} joins); strict {m}/{len(ref)} = {acc:.4f} (dashes folded {acc_f:.4f}); "
              f"mean conf {conf:.3f}; tables {n_tables}")
        ts = table_structure(json.loads(Path(a.source).read_text()),
                             [pages[i] for i in sorted(pages)])
        print(f"    tables: {ts['found']}/{ts['gold_tables']} corpus tables found, "
              f"{ts['same_shape']} with the same rows x columns, "
              f"cells exactly equal {ts['cell_exact']:.4f}")
        if twin:
            acc_tw, _ = accuracy(twin, hyp)
            print(f"    vs the born-digital text of the same pages: {acc_tw:.4f}")
        report["runs"].append({"pdf": pdf, "variant": "ocr", "accuracy": acc_j,
                               "accuracy_strict": acc, "wrap_joins": n_j, "tables": ts,
                               "accuracy_vs_twin": acc_tw if twin else None,
                               "accuracy_dash_folded": acc_f, "seconds": dt,
                               "plan": {str(k): v for k, v in plan.items()}, "n_tables": n_tables})
        if a.layer:
            layer = []
            for p in doc:
                layer += words(p.get_text(sort=False))
            if layer:
                acc_l, _ = accuracy(ref, layer)
                print(f"{pdf}: existing text layer: {acc_l:.4f}")
                report["runs"].append({"pdf": pdf, "variant": "layer", "accuracy": acc_l})
                try:
                    from normalizers import repair_text  # the repair issue's entry point
                except ImportError:
                    repair_text = None
                if repair_text is not None:
                    fixed = []
                    for p in doc:
                        fixed += words(repair_text(p.get_text(sort=False))[0])
                    acc_r, _ = accuracy(ref, fixed)
                    print(f"{pdf}: existing text layer + repair_text: {acc_r:.4f}")
                    report["runs"].append({"pdf": pdf, "variant": "layer+repair",
                                           "accuracy": acc_r})
                else:
                    print(f"{pdf}: normalizers.repair_text not available yet")
    if a.json:
        Path(a.json).write_text(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
