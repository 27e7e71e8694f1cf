"""Born-digital PDFs whose visible text layer decodes to the wrong letters.

A font's /ToUnicode CMap says which characters its glyph codes stand for; when a producer
writes a wrong one (or none), the page looks right but its text extracts as garbage. This
bench breaks the golden prints the way real files are broken, by rewriting each embedded
font's ToUnicode (`break_fonts`), and runs every copy through the whole pipeline
(pipeline.process.process_file) to score it against the hand gold, as bench.layout_styles
does. It also prints what `extractors.ocr.plan_ocr` decided for the pages of each copy.

Variants (all fonts unless said):
- `shift`: every mapped character one code point up (caesar-like: 'Målet' -> 'Næmfu'), the
  classic subset-font offset;
- `permute`: the letters a-z, å, ä, ö permuted at random (fixed seed), capitals alike;
- `nordic`: only å ä ö Å Ä Ö wrong, as their Latin-1 bytes read in code page 850
  ('Mõlet' for 'Målet'), everything else right;
- `no-tounicode`: the ToUnicode removed (the reader falls back on the font's encoding);
- `bold-shift`: `shift` on the bold fonts only (headings, table headers);
- `body-shift`: `shift` on the regular fonts only (the running text and the cells).
`clean` is the unbroken print, for reference.

    python -m bench.broken_encoding [--programs vasa-2023-2026,...] [--bases ruled,borderless]
        [--variants shift,...] [--plan-only] [-v]
    python -m bench.broken_encoding --shares

`--shares` measures what extractors.ocr's font check sees: the share of each font's words
(pooled over a document) that are words of Swedish, Finnish or English, on every real text
PDF at hand (golden prints, tests/data, the cached bench.producers and bench.distractors
prints, the shared corpus when present, and pages of Finnish, Swedish and English typeset from
the system's gettext catalogs, /usr/share/locale) against the broken copies of every golden
print (made first with `--programs all --bases ... --plan-only`).

The broken PDFs are cached in bench/out/broken_encoding/ (made again when missing).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import pymupdf

from bench import style_scores
from extractors.ocr import plan_ocr
from pipeline import golden

OUT = Path(__file__).resolve().parent / "out" / "broken_encoding"
DEFAULT_PROGRAMS = ("vasa-2023-2026", "gemensamt-2023-2026", "pargas-2022-2025")
VARIANTS = ("clean", "shift", "permute", "nordic", "no-tounicode", "bold-shift", "body-shift")

_BLOCK = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)
_HEX = rb"<([0-9A-Fa-f]*)>"
_CHAR = re.compile(_HEX + rb"\s*" + _HEX)
_RANGE = re.compile(_HEX + rb"\s*" + _HEX + rb"\s*(?:" + _HEX + rb"|\[([^\]]*)\])")


def _u(hexs: bytes) -> str:
    return bytes.fromhex(hexs.decode()).decode("utf-16-be", "surrogatepass")


def _hex(s: str) -> str:
    return s.encode("utf-16-be", "surrogatepass").hex().upper()


def read_cmap(data: bytes) -> tuple[bytes, dict[bytes, str]]:
    """(the CMap's header up to its code space, {source code hex: Unicode string})."""
    m = {}
    for kind, body in _BLOCK.findall(data):
        if kind == b"bfchar":
            for src, dst in _CHAR.findall(body):
                m[src.upper()] = _u(dst)
            continue
        for lo, hi, dst, arr in _RANGE.findall(body):
            a, b, w = int(lo, 16), int(hi, 16), len(lo)
            dsts = re.findall(_HEX, arr) if arr else None
            for k, code in enumerate(range(a, b + 1)):
                src = f"{code:0{w}X}".encode()
                if dsts is not None:
                    if k < len(dsts):
                        m[src] = _u(dsts[k])
                else:  # the last UTF-16 unit counts up through the range
                    s = _u(dst)
                    m[src] = s[:-1] + chr(ord(s[-1]) + k)
    head = data.split(b"endcodespacerange")[0] + b"endcodespacerange\n"
    return head, m


def write_cmap(head: bytes, m: dict[bytes, str]) -> bytes:
    items = sorted(m.items())
    out = [head]
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        out.append(f"{len(chunk)} beginbfchar\n".encode())
        out += [b"<" + src + b"> <" + _hex(dst).encode() + b">\n" for src, dst in chunk]
        out.append(b"endbfchar\n")
    out.append(b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
    return b"".join(out)


def _shift(s: str) -> str:
    return "".join(chr(ord(c) + 1) if ord(c) > 0x20 else c for c in s)


_LOWER = "abcdefghijklmnopqrstuvwxyzåäö"
_perm = list(_LOWER)
random.Random(7).shuffle(_perm)
_PERMUTE = str.maketrans(_LOWER + _LOWER.upper(), "".join(_perm) + "".join(_perm).upper())
# å ä ö Å Ä Ö as Latin-1 bytes decoded as code page 850
_NORDIC = str.maketrans({c: bytes([ord(c)]).decode("cp850") for c in "åäöÅÄÖ"})

MAPPINGS = {"shift": _shift, "permute": lambda s: s.translate(_PERMUTE),
            "nordic": lambda s: s.translate(_NORDIC)}


def _fonts(doc: pymupdf.Document) -> dict[int, str]:
    """xref -> base name of every font used on a page."""
    out = {}
    for page in doc:
        for f in page.get_fonts(full=True):
            out[f[0]] = f[3]
    return out


def break_fonts(doc: pymupdf.Document, variant: str) -> int:
    """Rewrite the ToUnicode of the fonts `variant` targets, in place; returns how many."""
    if variant == "clean":
        return 0
    kind = variant.split("-", 1)[-1] if variant.startswith(("bold-", "body-")) else variant
    n = 0
    for xref, name in _fonts(doc).items():
        bold = "bold" in name.lower()
        if (variant.startswith("bold-") and not bold) or (variant.startswith("body-") and bold):
            continue
        key = doc.xref_get_key(xref, "ToUnicode")
        if key[0] != "xref":
            continue
        if kind == "no-tounicode":
            doc.xref_set_key(xref, "ToUnicode", "null")
            n += 1
            continue
        head, m = read_cmap(doc.xref_stream(int(key[1].split()[0])))
        f = MAPPINGS[kind]
        new = doc.get_new_xref()  # a stream of its own: fonts may share one ToUnicode
        doc.update_object(new, "<<>>")
        doc.update_stream(new, write_cmap(head, {k: f(v) for k, v in m.items()}))
        doc.xref_set_key(xref, "ToUnicode", f"{new} 0 R")
        n += 1
    return n


def broken_copy(src: Path, variant: str) -> Path:
    """The cached broken copy of `src` (made when missing or older than `src`)."""
    out = OUT / f"{src.parent.name}.{src.stem}.{variant}.pdf"
    if not out.exists() or out.stat().st_mtime < src.stat().st_mtime:
        OUT.mkdir(parents=True, exist_ok=True)
        doc = pymupdf.open(src)
        if variant != "clean" and not break_fonts(doc, variant):
            raise SystemExit(f"{src}: no font to break for {variant}")
        doc.save(out, garbage=1)
    return out


def sample(doc: pymupdf.Document, n: int = 60) -> str:
    text = " ".join(doc[0].get_text().split())
    return text[:n]


def plan_summary(doc: pymupdf.Document) -> str:
    plan = plan_ocr(doc, "auto")
    c = Counter(plan.values())
    kept = len(doc) - len(plan)
    return ", ".join([f"{k} {v}" for k, v in sorted(c.items())] + [f"kept {kept}"]) + f" /{len(doc)}"


def locale_pages(lang: str, pages: int = 8, words: int = 300) -> pymupdf.Document | None:
    """Real text of `lang` (fi, sv; en = the catalogs' source strings): the translated
    messages of the system's gettext catalogs, typeset as pages of running text."""
    import gettext

    msgs: list[str] = []
    for mo in sorted(Path("/usr/share/locale", "fi" if lang == "en" else lang, "LC_MESSAGES").glob("*.mo")):
        try:
            with open(mo, "rb") as fh:
                cat = gettext.GNUTranslations(fh)._catalog  # noqa: SLF001 (id -> message)
        except Exception:
            continue
        for k, v in cat.items():
            t = k if lang == "en" else v
            if isinstance(k, str) and k and isinstance(t, str) and len(t.split()) >= 4:
                msgs.append(" ".join(t.split()))
    if not msgs:
        return None
    random.Random(3).shuffle(msgs)
    doc = pymupdf.open()
    text = " ".join(msgs).split()
    for i in range(pages):
        chunk = " ".join(text[i * words:(i + 1) * words])
        if not chunk:
            break
        page = doc.new_page(width=595, height=842)
        page.insert_textbox(pymupdf.Rect(60, 60, 535, 800), chunk, fontsize=9, fontname="helv")
    return doc


def _font_shares(doc: pymupdf.Document) -> dict[str, tuple[int, float]]:
    from extractors import ocr

    fonts: dict[str, list[int]] = {}
    for page in doc:
        ocr._count_font_words(ocr._text_layer(page)[3], fonts)  # noqa: SLF001
    return {f: (n, k / n, o / n) for f, (n, k, o) in fonts.items() if n >= ocr.MIN_FONT_WORDS}


def shares() -> None:
    from extractors import ocr

    root = Path(__file__).resolve().parent.parent
    clean = sorted(p for p in root.glob("golden/*/*.pdf") if not p.stem.startswith("scan"))
    clean += sorted(root.glob("tests/data/**/*.pdf")) + sorted(root.glob("bench/out/producers/*.pdf"))
    clean += sorted(root.glob("bench/out/distractors/*.pdf"))
    clean += sorted(Path("/work/shared/corpus/pdf").glob("*.ruled.pdf"))
    docs = [(str(p.relative_to(root) if p.is_relative_to(root) else p), pymupdf.open(p)) for p in clean]
    for lang in ("fi", "sv", "en"):
        d = locale_pages(lang)
        if d is not None:
            docs.append((f"gettext-{lang}", d))
    t0 = time.process_time()
    rows = [(name, f, n, sh, o) for name, d in docs for f, (n, sh, o) in _font_shares(d).items()]
    cpu = time.process_time() - t0
    n_pages = sum(len(d) for _, d in docs)
    print(f"real text: {len(docs)} PDFs, {n_pages} pages, {len(rows)} fonts with >= "
          f"{ocr.MIN_FONT_WORDS} words; font check {1000 * cpu / n_pages:.2f} ms CPU per page")
    print("  word share (words of sv/fi/en), lowest:")
    for name, f, n, sh, o in sorted(rows, key=lambda r: r[3])[:6]:
        print(f"    {sh:.3f} (odd {o:.3f})  {n:6d} words  {f:24} {name}")
    print("  odd share (no word, a character of no word), highest:")
    for name, f, n, sh, o in sorted(rows, key=lambda r: -r[4])[:6]:
        print(f"    {o:.3f} (words {sh:.3f})  {n:6d} words  {f:24} {name}")
    for lang in ("fi", "sv", "en"):
        for name, f, n, sh, o in rows:
            if name == f"gettext-{lang}":
                print(f"  gettext {lang}: words {sh:.3f}, odd {o:.3f}, {n} words, {f}")
    broken = sorted(OUT.glob("*.pdf"))
    by_variant: dict[str, list] = {}
    for p in broken:
        v = p.stem.rsplit(".", 1)[1]
        if v == "clean":
            continue
        for f, (n, sh, o) in _font_shares(pymupdf.open(p)).items():
            by_variant.setdefault(v, []).append((sh, n, f, p.name, o))
    print(f"broken copies: {len(broken)} PDFs in {OUT}")
    for v, r in by_variant.items():
        # a one-font variant leaves the other fonts whole: show the broken font's share,
        # i.e. the lowest of each document
        worst = {}
        for row in r:
            worst[row[3]] = min(worst.get(row[3], (2.0,)), row)
        hi = max(worst.values())
        lo_odd = min(worst.values(), key=lambda w: w[4])
        print(f"  {v:14} {len(worst):3d} PDFs: broken font's word share highest {hi[0]:.3f} "
              f"({hi[1]} words, {hi[2]}, {hi[3]}; odd {hi[4]:.3f}), mean "
              f"{statistics.mean(w[0] for w in worst.values()):.3f}; odd share lowest "
              f"{lo_odd[4]:.3f} ({lo_odd[3]})")


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.broken_encoding")
    ap.add_argument("--programs", default=",".join(DEFAULT_PROGRAMS), help="'all' or slugs")
    ap.add_argument("--bases", default="ruled", help="golden prints to break, comma-separated")
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--plan-only", action="store_true", help="only the OCR plans, no pipeline")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--shares", action="store_true", help="font word shares, real vs broken")
    a = ap.parse_args(argv)
    if a.shares:
        shares()
        return 0
    only = None if a.programs == "all" else [p for p in a.programs.split(",") if p]
    variants = [v for v in a.variants.split(",") if v]
    t0, c0 = time.perf_counter(), _cpu()
    rows, styles = [], []
    plans = []
    for d in golden.programs(None, only):
        gold = golden.load_gold(d)
        for base in a.bases.split(","):
            src = d / f"{base}.pdf"
            if not src.exists():
                continue
            for v in variants:
                pdf = broken_copy(src, v)
                doc = pymupdf.open(pdf)
                style = f"{base}-{v}"
                plans.append(f"{d.name:24} {style:24} {plan_summary(doc):40} {sample(doc)!r}")
                if not a.plan_only:
                    rows.append(style_scores.score_row(pdf, gold, d.name, style, a.verbose, 6))
                    if style not in styles:
                        styles.append(style)
    if rows:
        style_scores.print_summary(rows, styles)
    print("\nOCR plan (plan_ocr, mode auto) and the first page's text layer:")
    print("\n".join(plans))
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {_cpu() - c0:.1f} s (with the OCR workers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
