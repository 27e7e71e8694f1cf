"""OCR for scanned pages and for pages whose text layer is damaged.

Two entry points for `extractors.extract()`:

- `plan_ocr(doc, mode)`: which pages need OCR and why ("no-text-layer",
  "damaged-text-layer", "always"). A text layer is damaged when its glyphs have no Unicode
  (U+FFFD, private use, (cid:..)), when it is an invisible OCR layer that does not read as
  Swedish, or when a font's words read as no language (a wrong or missing ToUnicode map:
  see "does the layer read as text?" below).
- `ocr_pages(pdf_path, page_indices, lang, dpi)`: those pages OCRed with Tesseract into
  `Page` objects (`source="ocr"`): Lines and Tables rebuilt as cell grids from the ruling
  lines found in the image plus the word boxes; borderless tables and reading order come
  from `page_assembly`, as for text-layer pages.

A page scanned sideways or upside down is turned upright when its first reading shows it
(see SIDEWAYS_CHECK_CONF). One Tesseract call per page (the page is deskewed, light words on
a dark fill -- a table header row on navy -- are turned dark on paper (ocr_image.dark_fills),
the rules are whitened out so the same call reads the table cells cleanly, and isolated
specks are removed -- see _denoise); pages run in a process pool with one Tesseract thread per process, because
Tesseract's own OpenMP threads scale worse than separate pages and would oversubscribe the
cores the pool already fills.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from statistics import median

import numpy as np
import pymupdf
from PIL import Image

from extractors.model import BBox, ExtractionError, Line, Page, Table
from extractors import ocr_image as oi
from extractors import vocabulary
from extractors.vocabulary import Words
from extractors.page_assembly import assemble_sheet
from extractors.spreads import find_fold
from extractors.pdf_text import SPLIT_GAP_EM

log = logging.getLogger(__name__)

# Resolution. A page that is one embedded scan is OCRed at the scan's own resolution when
# that lies in [MIN_NATIVE_DPI, MAX_NATIVE_DPI]: resampling adds no information. Measured
# with bench/ocr_accuracy.py on the 200 dpi corpus scan (before dash restoration): native
# 200 dpi 0.974 word accuracy, re-rendered at 300 dpi 0.964 (upsampled speckle turns into
# punctuation) and ~1.4x the Tesseract time. Upsampling the native 200 dpi image 1.5x
# (Lanczos) before Tesseract was also worse on all five scans of bench/ocr_accuracy.py
# (without the speck filter: Vasa 0.9934 -> 0.9766, Helsingfors copy 0.9574 -> 0.9536)
# at +20% CPU. Everything else (vector pages in mode "always", scans outside the range) is
# rendered at DEFAULT_DPI, the resolution Tesseract's models are trained around.
DEFAULT_DPI = 300
MIN_NATIVE_DPI = 190
MAX_NATIVE_DPI = 420

# Page segmentation 3 (automatic layout): pages mix headings, prose and tables; cells are
# assigned from word boxes afterwards, so Tesseract's own block order matters little.
TESSERACT_CONFIG = os.environ.get("KOTO_TESSERACT_CONFIG", "--psm 3")
PAGE_TIMEOUT_S = float(os.environ.get("KOTO_OCR_PAGE_TIMEOUT", "180"))
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-swe"  # for lang="swe"

# =========================================================================== planning


def plan_ocr(doc: pymupdf.Document, mode: str) -> dict[int, str]:
    """0-based page index -> why it needs OCR, for mode "auto" | "always" | "never"."""
    if mode == "never":
        return {}
    if mode == "always":
        return {i: "always" for i in range(len(doc))}
    if mode != "auto":
        raise ValueError(f"ocr mode must be auto, always or never, not {mode!r}")
    plan: dict[int, str] = {}
    fonts: dict[str, list[int]] = {}  # font -> [words, readable words, odd words], all pages
    used: dict[int, set[str]] = {}  # page -> fonts that print words on it
    for i in range(len(doc)):
        layer = _text_layer(doc[i])
        reason = _layer_reason(doc[i], layer)
        if reason:
            plan[i] = reason
            continue
        used[i] = _count_font_words(layer[3], fonts)
    bad = _unreadable_fonts(fonts)
    for i, names in used.items():
        if names & bad:
            plan[i] = "damaged-text-layer"
    return plan


def page_ocr_reason(page: pymupdf.Page) -> str | None:
    """Why this page's text layer cannot be used as it is (None: keep it), the page judged
    alone (plan_ocr pools each font's words over the whole document)."""
    layer = _text_layer(page)
    reason = _layer_reason(page, layer)
    if reason:
        return reason
    fonts: dict[str, list[int]] = {}
    if _count_font_words(layer[3], fonts) & _unreadable_fonts(fonts):
        return "damaged-text-layer"
    return None


def _layer_reason(page: pymupdf.Page, layer) -> str | None:
    text, invisible, chars, _ = layer
    # the image coverage is asked for only where a rule needs it: MuPDF lists a page's
    # images by building a whole TextPage (text included), and a page of prose with a
    # visible text layer -- nearly every born-digital page -- needs no coverage at all
    coverage = functools.cache(lambda: _image_coverage(page))
    n_alnum = sum(ch.isalnum() for ch in text)
    if _garbled_share(text) > 0.2 and sum(not ch.isspace() for ch in text) >= 20:
        # fonts without a Unicode mapping: (cid:..), U+FFFD, private-use glyphs. Before the
        # count of letters: a page whose every glyph is unmapped has none
        return "damaged-text-layer"
    if n_alnum < 20:
        # no text worth the name: OCR when something is printed as an image (a scan) or
        # as many vector paths (text converted to outlines); a blank page stays as it is
        if coverage() > 0.25 or _many_drawings(page):
            return "no-text-layer"
        return None
    if n_alnum < 100 and invisible / max(chars, 1) < 0.8 and coverage() > 0.7:
        # a page-sized image under a few words of real text: a scan that an archive
        # stamped with a page number or a reference, not a born-digital page (a page of
        # prose carries 1500-3000 characters)
        return "no-text-layer"
    if invisible / max(chars, 1) > 0.8 and coverage() > 0.5:
        # an invisible layer over a page-sized image is somebody's OCR; keep it only if it
        # reads as Swedish (the corpus language), else it came from the wrong model.
        # OCR again rather than repair: on the corpus scan with an English-model layer
        # (bench/ocr_accuracy.py --layer) the layer scores 0.555 word accuracy, the layer
        # after normalizers.repair_text 0.750 (its state on 27 Nov), a fresh `swe` OCR
        # 0.987 -- and only the fresh OCR sees the ruling lines, so only it rebuilds the
        # tables.
        q = swedish_quality(text)
        if q["words"] >= 15 and (q["diacritics"] < 0.01 or q["foreign"] > 0.03):
            return "damaged-text-layer"
    return None


def _text_layer(page: pymupdf.Page) -> tuple[str, int, int, dict[str, list[str]]]:
    """Text of the page, how many of its characters are invisible (render mode 3 or
    fully transparent), from the text trace, and the text of each font."""
    invisible = chars = 0
    parts: list[str] = []
    by_font: dict[str, list[str]] = {}
    for span in page.get_texttrace():
        n = len(span["chars"])
        chars += n
        if span.get("type") == 3 or span.get("opacity", 1.0) == 0:
            invisible += n
        t = "".join(chr(c[0]) if c[0] > 0 else "\ufffd" for c in span["chars"])
        parts.append(t)
        # the glyph gaps are looked at (one by one, so only when needed) in a long run,
        # whose words may be placed apart by position (a table's header cells in one run:
        # 'Effektmål Insatser När?Huvudansvarig och ...'), and in a run over several lines,
        # whose line ends have no space
        o0, o1 = (span["chars"][0][2], span["chars"][-1][2]) if n else ((0, 0), (0, 0))
        lines = abs(o0[0] - o1[0]) > 0.5 and abs(o0[1] - o1[1]) > 0.5
        by_font.setdefault(span.get("font", ""), []).append(_spaced(span) if lines or n > 12 else t)
    return " ".join(parts), invisible, chars, by_font


def _spaced(span: dict) -> str:
    """A span's characters with a space where the glyphs stand apart: many producers place
    words by position and print no space character between them."""
    size = span.get("size") or 10.0
    dx, dy = span.get("dir", (1.0, 0.0))
    along = (0, 2, dx) if abs(dx) >= abs(dy) else (1, 3, dy)
    out: list[str] = []
    end = None
    for c in span["chars"]:
        b = c[3]
        lo, hi = (b[along[0]], b[along[1]]) if along[2] > 0 else (-b[along[1]], -b[along[0]])
        if end is not None and (lo - end > WORD_GAP_EM * size or lo < end - size):
            out.append(" ")
        out.append(chr(c[0]) if c[0] > 0 else "\ufffd")
        end = hi
    return "".join(out)


# ------------------------------------------------------------- does the layer read as text?
#
# A font whose ToUnicode map is wrong (or missing, leaving the reader to guess from its
# encoding) gives a text layer that shows right and extracts as other letters: shifted
# ('Næmfu' for 'Målet'), permuted, or wrong only for å/ä/ö ('f÷r'). Nothing in the characters
# says so; only that its words are no words. The map is per font, so words are counted per
# font over the whole document: a font broken for the bold headings alone is found from its
# few words on each page, and every page it prints on is OCRed.

WORD_GAP_EM = 0.15  # a gap between glyphs wider than this share of the font size is a space
LANGUAGES = vocabulary.LANGUAGES  # Swedish programmes, Finnish pages of bilingual ones, English
MIN_FONT_WORDS = 8  # fewer words of a font than this say nothing either way
# Thresholds between what real text and broken maps give (`python -m bench.broken_encoding
# --shares`: 226 fonts of real Swedish, Finnish and English text in 100 PDFs, against every
# golden print broken five ways): words of LANGUAGES are at least 0.60 of a real font's words
# (Finnish 0.79), at most 0.11 of a shifted or permuted one's; a map wrong for å/ä/ö only
# keeps 0.58-0.68 of its words, but 0.31-0.40 of them are no words holding a character no
# word has ('f÷r'), against at most 0.04 in real text.
READABLE_MIN = 0.35  # share of a font's words that are words of LANGUAGES
SURE_FONT_WORDS = 30  # below this many words READABLE_MIN is noise: UNREADABLE_MAX decides
UNREADABLE_MAX = 0.15
ODD_MIN = 3
ODD_MAX = 0.07  # share of a font's words that are no words and hold a character of no word
# the letters of LANGUAGES' words (and the loan letters é, ü, š, ž), digits and what joins
# the parts of a word or an abbreviation ('t.ex.', '5:e', 'EU-stöd')
_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyzåäöéüšž" "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜŠŽ"
                      "0123456789" "-/.:'’&")
_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)
_JOINS = re.compile(r"[-/]")
# Greek, Cyrillic, Hebrew, Arabic, ... CJK: welcome texts in newcomers' languages are not
# judged (a broken map gives Latin-looking letters, not another script)
_OTHER_SCRIPT = re.compile("[\u0370-\u1dff\u2c00-\ua7ff\uac00-\ud7ff\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufeff]")
_EDGE = ".,;:!?()[]{}<>\"'«»”“’‘`´-–—•·*/\\|+=_#%&§°…"


def _vocabulary() -> Words:
    """Lower-case words of LANGUAGES: wordfreq's small lists (~107,000 words, words more
    frequent than one per million), memory-mapped from the cache (extractors.vocabulary:
    lookups in a Python set copied its pages into every ingest worker)."""
    return vocabulary.load()


def _is_word(low: str, vocab: Words) -> bool:
    if low in vocab:
        return True
    if len(low) >= 7:
        # a compound of two known words, with or without the Swedish linking s
        # ('integrations|programmet'); the small lists hold few compounds. The known words
        # that begin `low` come from one walk down the trie (not a look-up per length)
        for head in vocab.prefixes(low[:len(low) - 3]):
            if len(head) >= 3:
                rest = low[len(head):]
                if rest in vocab or (rest[0] == "s" and rest[1:] in vocab):
                    return True
    return False


def word_counts(text: str) -> tuple[int, int, int]:
    """(tokens of two or more letters, how many of them are words of LANGUAGES, how many are
    no word and hold a character no word of LANGUAGES has: 'f÷r', 'frõmja', 'm}nga').
    A token joined by hyphens or slashes ('EU-medborgare', 'och/eller') is a word when its
    parts are."""
    vocab = _vocabulary()
    if vocabulary.SURROGATE.search(text):  # a broken map's code the trie cannot look up
        vocab = vocabulary.SurrogateSafe(vocab)
    n = known = odd = 0
    for tok in text.split():
        core = tok.strip(_EDGE)
        if len(core) < 2 or not _TWO_LETTERS.search(core) or _OTHER_SCRIPT.search(core):
            continue
        n += 1
        low = core.lower()
        if low in vocab:
            known += 1
        elif ("-" in low or "/" in low) and all(
                _is_word(p, vocab) for p in _JOINS.split(low) if p):
            known += 1
        elif _is_word(low, vocab):
            known += 1
        elif not _ALPHABET.issuperset(core):
            odd += 1
    return n, known, odd


def _count_font_words(by_font: dict[str, list[str]], fonts: dict[str, list[int]]) -> set[str]:
    """Add each font's words on a page to `fonts`; return the fonts that print words there."""
    on_page = set()
    for name, texts in by_font.items():
        n, known, odd = word_counts(" ".join(texts))
        if n:
            on_page.add(name)
            c = fonts.setdefault(name, [0, 0, 0])
            c[0] += n
            c[1] += known
            c[2] += odd
    return on_page


def _unreadable_fonts(fonts: dict[str, list[int]]) -> set[str]:
    """Fonts whose words are no words. Few words say little: a running footer's nine words
    in italics are mostly names ('Närpes · Integrationsprogram', 3 of 9 known), so below
    SURE_FONT_WORDS a font must read as nothing at all (a broken map keeps at most 0.11 of
    its words) or hold at least ODD_MIN odd words."""
    out = set()
    for name, (n, known, odd) in fonts.items():
        if n < MIN_FONT_WORDS:
            continue
        few_known = known < (READABLE_MIN if n >= SURE_FONT_WORDS else UNREADABLE_MAX) * n
        if few_known or (odd > ODD_MAX * n and odd >= ODD_MIN):
            out.add(name)
    return out


def _image_coverage(page: pymupdf.Page) -> float:
    area = abs(page.rect)
    if not area:
        return 0.0
    best = 0.0
    for info in page.get_image_info():
        r = pymupdf.Rect(info["bbox"]) & page.rect
        best = max(best, abs(r) / area)
    return best


def _many_drawings(page: pymupdf.Page) -> bool:
    try:
        return len(page.get_drawings()) > 500
    except Exception:  # damaged content streams: treat as nothing drawn
        return False


def _garbled_share(text: str) -> float:
    visible = [ch for ch in text if not ch.isspace()]
    if not visible:
        return 0.0
    bad = sum(1 for ch in visible
              if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cn"))
    bad += 5 * text.count("(cid:")
    return bad / len(visible)


# Letters that Swedish text does not use outside loanwords and names, but that an English
# model produces for å/ä/ö (é for ö, a/&/6 for å/ä/ö are the typical swaps).
_FOREIGN = set("éèêëíìîïóòôõúùûñãâàáøœæç")


def swedish_quality(text: str) -> dict[str, float]:
    """Cheap signals that a text layer reads as Swedish.

    `diacritics`: share of letters that are å/ä/ö. Running Swedish text has ~4.5%
    (Å 1.3, Ä 1.8, Ö 1.3 per cent in letter frequency tables); an English-model OCR layer
    has almost none, because that model cannot produce them. `foreign`: share of words with
    letters Swedish does not use, or with digits or '&' inside a word (look-alike swaps).
    Language-level statistics, not word lists: they hold for any Swedish document.
    """
    words = re.findall(r"\S+", text)
    letters = [ch for ch in text if ch.isalpha()]
    n_letters = len(letters) or 1
    dia = sum(ch in "åäöÅÄÖ" for ch in letters) / n_letters
    foreign = 0
    n_words = 0
    for w in words:
        core = w.strip(".,;:!?()[]\"'«»”“’-–")
        if not core or not any(ch.isalpha() for ch in core):
            continue
        n_words += 1
        low = core.lower()
        if (any(ch in _FOREIGN for ch in low)
                or re.search(r"[^\W\d_][&0-9]|[&0-9][^\W\d_]", low)):
            foreign += 1
    return {"words": n_words, "diacritics": dia, "foreign": foreign / max(n_words, 1)}


# =========================================================================== tesseract


def _tesseract_cmd() -> str:
    import pytesseract

    return pytesseract.pytesseract.tesseract_cmd


def check_tesseract(lang: str, pdf_path: str = "", page_indices=()) -> None:
    """Raise ExtractionError (one line) when Tesseract or a language's data is missing."""
    import pytesseract

    pages = ", ".join(str(i + 1) for i in sorted(page_indices)) or "-"
    where = f"{pdf_path}: " if pdf_path else ""
    langs = [x for x in lang.split("+") if x]
    install = "apt-get install tesseract-ocr " + " ".join(f"tesseract-ocr-{x}" for x in langs)
    cmd = _tesseract_cmd()
    if not (os.path.isfile(cmd) and os.access(cmd, os.X_OK)) and shutil.which(cmd) is None:
        raise ExtractionError(
            f"{where}pages {pages} need OCR but Tesseract was not found ({cmd}); "
            f"install it: {install}")
    try:
        have = set(pytesseract.get_languages(config=""))
    except Exception as exc:  # a broken install: say so with the same hint
        raise ExtractionError(
            f"{where}pages {pages} need OCR but Tesseract does not run ({exc.__class__.__name__}); "
            f"install it: {install}") from None
    missing = [x for x in langs if x not in have]
    if missing:
        raise ExtractionError(
            f"{where}pages {pages} need OCR but Tesseract has no language data for "
            f"{'+'.join(missing)}; install it: {install}")


# =========================================================================== page OCR


def ocr_pages(pdf_path: str, page_indices: list[int], lang: str = "swe",
              dpi: int | None = None, workers: int | None = None,
              assemble: bool = True) -> dict[int, Page]:
    """OCR the given 0-based pages of a PDF. Returns index -> Page(source="ocr").

    assemble=True: each page goes through `page_assembly.assemble_page` (borderless tables,
    reading order), a borderless table followed across consecutive pages of the list.
    assemble=False: the page's items are its lines and ruled tables top to bottom, for a
    caller that assembles the whole document in one pass (`pdf_document.read_pdf`).

    dpi=None: a scanned page is read at its own resolution (see DEFAULT_DPI above), other
    pages are rendered at DEFAULT_DPI. `workers`: processes (default: the CPUs this
    process may use, or KOTO_OCR_WORKERS). A page that hits the time limit comes back
    empty with ocr_confidence 0.0 (logged), so one pathological page does not fail a
    program.
    """
    pages = sorted(set(page_indices))
    if not pages:
        return {}
    check_tesseract(lang, pdf_path, pages)
    if workers is None:
        workers = int(os.environ.get("KOTO_OCR_WORKERS", "0")) or _cpu_count()
    workers = max(1, min(workers, len(pages)))
    if multiprocessing.current_process().daemon:
        workers = 1  # inside a multiprocessing.Pool worker, which may not have children
    cmd = _tesseract_cmd()
    jobs = [(pdf_path, i, lang, dpi, cmd) for i in pages]
    if workers == 1:
        old = os.environ.get("OMP_THREAD_LIMIT")
        _init_worker()
        try:
            results = [_ocr_one(*j) for j in jobs]
        finally:
            if old is None:
                os.environ.pop("OMP_THREAD_LIMIT", None)
            else:
                os.environ["OMP_THREAD_LIMIT"] = old
    else:
        # fork is cheapest and needs no import guard in the caller's script; but forking a
        # threaded process (a Prefect worker) can copy a held lock into the child, so a
        # threaded caller gets forkserver (which re-imports modules, not the parent state)
        method = "fork" if threading.active_count() == 1 else "forkserver"
        ctx = multiprocessing.get_context(method)
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx,
                                 initializer=_init_worker) as ex:
            results = list(ex.map(_ocr_one, *zip(*jobs)))
    if assemble:
        state: dict = {}
        prev = None
        for k, r in enumerate(results):
            if prev is not None and r.page_no != prev + 1:
                state.clear()  # not the next page: nothing runs on from the previous one
            fold = find_fold(r.width, r.height, r.lines, r.tables)
            results[k] = assemble_sheet(r, r.lines, r.tables, state, fold)
            prev = r.page_no
    return {r.page_no - 1: r for r in results}


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _init_worker() -> None:
    # one Tesseract thread per process: the pool supplies the parallelism
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _page_image(page: pymupdf.Page, dpi: int | None) -> tuple[np.ndarray, float, float, float, float, float]:
    """Gray page image and its mapping to PDF points: (gray, dpi, x0, y0, sx, sy) with
    x_pt = x0 + x_px * sx."""
    doc = page.parent
    if dpi is None and page.rotation == 0:
        # the xref from get_images(): get_image_info(xrefs=True) would find it by decoding
        # and hashing the image (~0.1 s a page, for a scan that is decoded again below)
        infos = page.get_image_info()
        refs = page.get_images()
        if len(infos) == 1 and len(refs) == 1:
            info = dict(infos[0], xref=refs[0][0])
            r = pymupdf.Rect(info["bbox"])
            t = info["transform"]
            axis_aligned = abs(t[1]) < 1e-6 and abs(t[2]) < 1e-6 and t[0] > 0 and t[3] > 0
            covers = abs(r & page.rect) / max(abs(page.rect), 1e-9) > 0.9
            if axis_aligned and covers and info.get("xref"):
                native = info["width"] / (r.width / 72)
                if MIN_NATIVE_DPI <= native <= MAX_NATIVE_DPI:
                    try:
                        pix = pymupdf.Pixmap(doc, info["xref"])
                        if pix.colorspace is None or pix.colorspace.n != 1 or pix.alpha:
                            pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
                        if pix.alpha:
                            pix = pymupdf.Pixmap(pix, 0)
                        gray = np.frombuffer(pix.samples, np.uint8).reshape(
                            pix.height, pix.stride)[:, : pix.width].copy()
                        return (gray, native, r.x0, r.y0,
                                r.width / pix.width, r.height / pix.height)
                    except Exception:  # unusual image encodings: fall back to rendering
                        pass
    dpi = dpi or DEFAULT_DPI
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    gray = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()
    s = page.rect.width / pix.width
    return gray, float(dpi), page.rect.x0, page.rect.y0, s, page.rect.height / pix.height


def _prepared_image(pdf_path: str, index: int, dpi: int | None, turn: int = 0):
    """The page image as Tesseract gets it: deskewed, dark fills turned light with their
    words dark, ruling lines whitened. Returns
    (page width, height, clean gray image, ink threshold, skew angle, grids, used dpi,
    x0, y0, sx, sy, fills) -- x0 to sy map pixels of the straightened image to PDF points,
    `fills` are the dark fills turned light (oi.dark_fills).
    `turn`: quarter turns counterclockwise (np.rot90) that set a sideways scan upright; the
    page's width, height and points are then those of the upright page a reader turns to."""
    with pymupdf.open(pdf_path) as doc:
        page = doc[index]
        width, height = page.rect.width, page.rect.height
        gray, used_dpi, ox, oy, sx, sy = _page_image(page, dpi)
    if turn % 4:
        gray = np.ascontiguousarray(np.rot90(gray, turn))
        if turn % 2:
            width, height = height, width
        ox = oy = 0.0
        sx, sy = width / gray.shape[1], height / gray.shape[0]
    # one threshold per page: rotating and whitening do not move the ink/paper split
    thr = oi.otsu_threshold(gray)
    ink = gray < thr
    angle = oi.estimate_skew(ink)
    if abs(angle) >= 0.05:  # below ~0.05° the drift over a page width is under a pixel
        gray = oi.rotate_gray(gray, angle)
        ink = gray < thr
    else:
        angle = 0.0
    # light words on a dark fill (a header row on navy) are made dark on paper first, so
    # that Tesseract reads them and the rules the fill hid are found (oi.dark_fills)
    fills = oi.dark_fills(gray, ink, used_dpi)
    if fills:
        gray = oi.invert_fills(gray, ink, fills, used_dpi)
        thr = oi.otsu_threshold(gray)
        ink = gray < thr
    grids, rule_mask = oi.find_grids(gray, used_dpi, ink, fills)
    clean = oi.whiten(gray, rule_mask, max(1, int(used_dpi / 100))) if rule_mask.any() else gray
    clean = _denoise(clean, thr, used_dpi)
    return width, height, clean, thr, angle, grids, used_dpi, ox, oy, sx, sy, fills


# Pepper noise: ink blobs no larger than SPECK_IN inches with no other ink within RING_IN
# inches and none under them within BELOW_IN inches (oi.isolated_specks) are painted white
# before Tesseract. Tesseract reads such a speck next to a word as punctuation ("att.ta",
# "till'ankomsten", "2024.") and above a letter as a diacritic ("av" -> "äv"). 0.01 in is
# 2 px at 200 dpi, 3 px at 300. The ring keeps full stops, which sit a stroke width from
# their letter; the look below keeps the dots of i, j, ä and ö, which in 8 pt print lie
# further above the letter than the ring (without it, clean 200 dpi renderings of the
# golden programs lost ~500 i/j dots of their 8-8.5 pt text; with it 0-16 pixels on 4
# pages of each, middle dots '·').
# Chosen on five scans at once (bench/ocr_accuracy.py: the two Vasa scans and
# bench.ocr_scanify copies of Borgå, Helsingfors, Gemensamt), word accuracy with
# line-wrapped words joined, no filter -> this filter: 0.9934 -> 0.9954, 0.9914 -> 0.9939,
# 0.9843 -> 0.9943, 0.9574 -> 0.9657, 0.9793 -> 0.9891. Tried on the same five and
# dropped: the filter without the look below (a little higher on four, but it eats i
# dots), a blob size of 0.015 in (eats dots and full stops: 0.90-0.97), a ring of 0.02 in
# (catches fewer specks, all five lower), a 3x3 median filter (Vasa 0.987: it thins 2 px
# strokes), upsampling the 200 dpi scans 1.5x (all five lower, +20% CPU), Tesseract's
# textord_heavy_nr (all five lower). BELOW_IN 0.02 and 0.03 were equal on three files,
# 0.02 better by 4-7 words on the other two.
SPECK_IN = 0.01
RING_IN = 0.01
BELOW_IN = 0.02


def _denoise(gray: np.ndarray, thr: int, dpi: float) -> np.ndarray:
    size = max(1, round(dpi * SPECK_IN))
    ring = max(1, round(dpi * RING_IN))
    specks = oi.isolated_specks(gray < thr, size, ring, round(dpi * BELOW_IN))
    if not specks.any():
        return gray
    out = gray.copy()
    out[specks] = 255
    return out


# A page scanned sideways or upside down (a landscape table fed through a portrait scanner,
# no /Rotate set) either reads as garbage (mean word confidence 0.29-0.32 on the corpus scan
# turned one way, against 0.94-0.95 upright) or is read by Tesseract as vertical text with a
# good confidence but words standing on end (turned the other way). Only such a page -- read
# below SIDEWAYS_CHECK_CONF, or with most of its words of 4+ characters taller than wide -- is
# given to Tesseract's orientation detection (--psm 0, ~0.55 s a page at 200 dpi, so not paid
# on every page); the turn it proposes is kept when the turned page reads with a higher
# confidence or with its words lying down.
SIDEWAYS_CHECK_CONF = 0.6


def _ocr_one(pdf_path: str, index: int, lang: str, dpi: int | None, cmd: str) -> Page:
    page, standing = _ocr_page(pdf_path, index, lang, dpi, cmd)
    if not page.raw_text.strip() or (page.ocr_confidence >= SIDEWAYS_CHECK_CONF and standing <= 0.5):
        return page
    turn = _upright_turn(pdf_path, index, dpi, cmd)
    if not turn:
        return page
    turned, turned_standing = _ocr_page(pdf_path, index, lang, dpi, cmd, turn)
    if turned.ocr_confidence > page.ocr_confidence or turned_standing < 0.5 < standing:
        log.info("%s page %d: scanned sideways, read turned by %d degrees", pdf_path, index + 1,
                 90 * turn)
        return turned
    return page


def _upright_turn(pdf_path: str, index: int, dpi: int | None, cmd: str) -> int:
    """Quarter turns (np.rot90) that Tesseract's orientation detection says set the page
    upright; 0 when it finds the page upright or cannot tell (no osd data, too little text)."""
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = cmd
    with pymupdf.open(pdf_path) as doc:
        gray = _page_image(doc[index], dpi)[0]
    try:
        osd = pytesseract.image_to_osd(Image.fromarray(gray), config="--psm 0",
                                       output_type=pytesseract.Output.DICT,
                                       timeout=PAGE_TIMEOUT_S)
        rotate = int(osd.get("rotate", 0))
    except Exception as exc:  # no osd.traineddata, too few characters, a timeout
        log.info("%s page %d: orientation not detected (%s)", pdf_path, index + 1,
                 str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return 0
    # 'Rotate: 90' = turn the image 90 degrees clockwise, which np.rot90 does with k = -1
    return (-rotate // 90) % 4


def _standing_share(words: list[dict]) -> float:
    """Share of the words of 4+ characters whose box is taller than wide: near 0 on an
    upright page, near 1 where Tesseract read a sideways page as vertical text."""
    long = [w for w in words if len(w["text"]) >= 4]
    if not long:
        return 0.0
    return sum(w["y1"] - w["y0"] > w["x1"] - w["x0"] for w in long) / len(long)


def _ocr_page(pdf_path: str, index: int, lang: str, dpi: int | None, cmd: str,
              turn: int = 0) -> tuple[Page, float]:
    """The page OCRed (turned by `turn` quarter turns first) and its _standing_share."""
    import pytesseract

    pytesseract.pytesseract.tesseract_cmd = cmd
    width, height, clean, thr, angle, grids, used_dpi, ox, oy, sx, sy, fills = _prepared_image(
        pdf_path, index, dpi, turn)
    h, w = clean.shape

    try:
        # handed over as an uncompressed PGM file: pytesseract would otherwise PNG-encode
        # the page (~0.2 s, a few per cent of Tesseract's own time)
        with tempfile.NamedTemporaryFile(suffix=".pgm") as tmp:
            Image.fromarray(clean).save(tmp.name, format="PPM")
            data = pytesseract.image_to_data(
                tmp.name, lang=lang, config=TESSERACT_CONFIG,
                output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT_S)
    except RuntimeError as exc:  # pytesseract's timeout, or Tesseract failing on this image
        if "timeout" in str(exc).lower():
            log.warning("%s page %d: OCR stopped at the %.0f s page limit", pdf_path,
                        index + 1, PAGE_TIMEOUT_S)
        else:
            log.warning("%s page %d: Tesseract failed: %s", pdf_path, index + 1,
                        str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__)
        return Page(page_no=index + 1, width=width, height=height, source="ocr",
                    ocr_confidence=0.0, raw_text=""), 0.0

    def to_pt(x: float, y: float) -> tuple[float, float]:
        # Points of the straightened page, not mapped back through the tilt: the columns
        # of a tilted scan drift sideways by the tilt over their height (5 pt down a
        # 700 pt table at 0.4 degrees), beyond the table finder's alignment tolerance, and
        # a straightened point lies at most half the page diagonal times the tilt from
        # where it is printed (~4 pt at 0.5 degrees on A4), nothing for provenance.
        return ox + x * sx, oy + y * sy

    def box_pt(x0, y0, x1, y1) -> BBox:
        pts = [to_pt(x0, y0), to_pt(x1, y0), to_pt(x0, y1), to_pt(x1, y1)]
        return BBox(x0=round(min(p[0] for p in pts), 2), y0=round(min(p[1] for p in pts), 2),
                    x1=round(max(p[0] for p in pts), 2), y1=round(max(p[1] for p in pts), 2))

    def line_box(ws: list[dict], x0: float, x1: float, hpx: float) -> BBox:
        """A text line's box as printed, straight: the full line height `hpx` around the
        line's middle (`_line_middle`), mapped by its centre. The extent of the words' own
        boxes is taller by any speck fused to a word and, on a tilted scan, by the tilt
        over the line's width; lines then overlap and paragraphs break apart."""
        cy = _line_middle(ws, hpx)
        cx, cyp = to_pt((x0 + x1) / 2, cy)
        hw, hh = (x1 - x0) * sx / 2, hpx * sy / 2
        return BBox(x0=round(cx - hw, 2), y0=round(cyp - hh, 2), x1=round(cx + hw, 2), y1=round(cyp + hh, 2))

    words = _words(data)
    standing = _standing_share(words)
    ink = clean < thr
    words.extend(_read_unread_ink(clean, ink, words, lang, fills))
    _fit_boxes_to_ink(words, ink)
    _restore_dashes(words, ink)
    _mark_dotted(words, ink)
    hmed = _word_height(words)
    _mark_bullets(words, ink, hmed)
    _drop_glued_specks(words, ink, hmed)
    _strip_stray_quotes(words, ink)
    confs = [wd["conf"] for wd in words if wd["conf"] >= 0]
    raw_lines: dict[tuple, list[dict]] = {}
    for wd in words:
        raw_lines.setdefault(wd["key"], []).append(wd)
    raw_text = "\n".join(" ".join(x["text"] for x in ws) for ws in raw_lines.values())

    # words inside a ruled table go to its cells; the rest are running lines
    cell_words: list[dict[tuple[int, int], list[dict]]] = [{} for _ in grids]
    free: list[dict] = []
    for wd in words:
        cx, cy = (wd["x0"] + wd["x1"]) / 2, (wd["y0"] + wd["y1"]) / 2
        for gi, g in enumerate(grids):
            cell = g.cell_at(cx, cy)
            if cell is not None:
                if not _is_noise(wd, hmed, in_cell=True):
                    cell_words[gi].setdefault(cell, []).append(wd)
                break
        else:
            if _is_noise(wd, hmed):
                continue
            free.append(wd)

    if hmed:
        for gi, g in enumerate(grids):
            for cell, box in _empty_cells(g, cell_words[gi]):
                one_line = bool(g.filled_rows) and g.filled_rows[cell[0]]
                for wd in _read_cell(clean, thr, box, hmed, used_dpi, lang, one_line):
                    if not _is_noise(wd, hmed, in_cell=True):
                        cell_words[gi].setdefault(cell, []).append(wd)

    px_to_pt = 72.0 / used_dpi
    lines: list[tuple[float, Line]] = []
    strokes: list[float | None] = []  # per line: stem width / line height (see _stroke_share)
    by_key: dict[tuple, list[dict]] = {}
    for wd in free:
        by_key.setdefault(wd["key"], []).append(wd)
    parts_of: list[list[dict]] = []
    for ws in by_key.values():
        # Tesseract's line may hold words from both sides of a column gap or of neighbouring
        # table cells: split it as text-layer lines are split (see _split_wide_gaps)
        em = _line_box_px(ws)
        parts_of.extend(_split_wide_gaps(sorted(ws, key=lambda d: d["x0"]),
                                         em / FONT_BOX_RATIO if em else None))
    for part in _split_at_column_starts(parts_of, ALIGN_TOL_PT / px_to_pt):
        x0 = min(d["x0"] for d in part); x1 = max(d["x1"] for d in part)
        y0 = min(d["y0"] for d in part); y1 = max(d["y1"] for d in part)
        hpx = _line_box_px(part) or (y1 - y0)
        lines.append((y0, Line(
            text=_line_text(part),
            bbox=line_box(part, x0, x1, hpx) if hpx else box_pt(x0, y0, x1, y1),
            # a line box spans ascender to descender: a fixed share of the em in
            # common text faces (FONT_BOX_RATIO, measured on born-digital pages)
            font_size=round(hpx * px_to_pt / FONT_BOX_RATIO, 1),
        )))
        strokes.append(_stroke_share(part, ink, hpx, hmed))
    _mark_bold([ln for _, ln in lines], strokes)

    tables: list[tuple[float, Table]] = []
    for gi, g in enumerate(grids):
        nr, nc = len(g.ys) - 1, len(g.xs) - 1
        rows = [["" for _ in range(nc)] for _ in range(nr)]
        for (r, c), ws in cell_words[gi].items():
            rows[r][c] = _cell_text(ws)
        shaded = 0
        while shaded < nr and g.shaded_rows[shaded]:
            shaded += 1
        if shaded:
            header_rows = shaded
        else:
            # no fill to go by: a first row with every column named reads as headings, and
            # so does one set in bold, as on a text layer (pdf_tables: a bold first row),
            # which may leave columns unnamed ('', '', 'Ansvar', ...)
            header_rows = 1 if nr >= 2 and (all(rows[0]) or _bold_first_row(
                cell_words[gi], ink, hmed)) else 0
        tables.append((g.ys[0], Table(rows=rows, bbox=box_pt(*g.bbox), header_rows=header_rows,
                                      spans=list(g.spans), method="ocr-rules")))

    # reading order and borderless tables: page_assembly, shared with text-layer pages
    items = [it for _, it in sorted(lines + tables, key=lambda t: t[0])]
    return Page(page_no=index + 1, width=width, height=height, items=items, source="ocr",
                ocr_confidence=round(sum(confs) / len(confs) / 100, 4) if confs else 0.0,
                raw_text=raw_text), standing


# Bold from the ink. A scan has no font names; a bold face has stems about 1.5 times as wide
# as its regular cut. The mean width of the short horizontal ink runs in a line's words
# (a run crosses a stem; runs longer than STEM_MAX_SHARE of the word height are bars and
# serifs) over the line-box height is the stroke share: 0.117-0.136 on body lines of a
# 200 dpi scan-like copy of a golden program, 0.150-0.173 on its bold run-in headings,
# whatever their size. A line is bold when its share is BOLD_STROKE_RATIO times the page's
# median line (body text) or more; MIN_STEM_RUNS keeps a line of one short word, whose
# mean rests on a few runs, regular.
STEM_MAX_SHARE = 0.35
BOLD_STROKE_RATIO = 1.15
MIN_STEM_RUNS = 20
MIN_STROKE_LINES = 5  # lines with a measure before a page median means anything


def _stroke_share(ws: list[dict], ink: np.ndarray, hpx: float | None, hmed: float | None) -> float | None:
    """Mean stem width of a line's words over its line-box height `hpx` (pixels), from
    the horizontal ink runs inside its words' boxes; None when too few runs to tell."""
    if not hpx or not hmed:
        return None
    runs: list[np.ndarray] = []
    for d in ws:
        if d.get("bullet") or d["conf"] < 50 or sum(ch.isalpha() for ch in d["text"]) < 2:
            continue
        region = ink[max(0, int(d["y0"])):max(0, int(d["y1"])), max(0, int(d["x0"])):max(0, int(d["x1"]))]
        if not region.size:
            continue
        padded = np.zeros((region.shape[0], region.shape[1] + 2), dtype=np.int8)
        padded[:, 1:-1] = region
        step = np.diff(padded, axis=1)
        length = np.nonzero(step == -1)[1] - np.nonzero(step == 1)[1]
        runs.append(length[length <= STEM_MAX_SHARE * hmed])
    n = sum(len(r) for r in runs)
    if n < MIN_STEM_RUNS:
        return None
    return float(np.concatenate(runs).mean()) / hpx


def _mark_bold(lines: list[Line], strokes: list[float | None]) -> None:
    """Set `bold` on the lines whose stroke share stands out from the page's body text."""
    known = [s for s in strokes if s is not None]
    if len(known) < MIN_STROKE_LINES:
        return
    body = median(known)
    for ln, s in zip(lines, strokes):
        if s is not None and s >= BOLD_STROKE_RATIO * body:
            ln.bold = True


def _bold_first_row(cells: dict[tuple[int, int], list[dict]], ink: np.ndarray,
                    hmed: float | None) -> bool:
    """Every filled cell of a ruled table's first row is bold against its body cells: the
    stroke share (`_stroke_share`, a cell's words as one line) of each is BOLD_STROKE_RATIO
    times the median of the body cells' or more. A cell's line height is taken as the
    page's median word height."""
    share = {rc: _stroke_share(ws, ink, hmed, hmed) for rc, ws in cells.items()}
    head = [s for (r, _), s in share.items() if r == 0]
    body = [s for (r, _), s in share.items() if r > 0 and s is not None]
    if not head or None in head or len(body) < MIN_STROKE_LINES:
        return False
    return min(head) >= BOLD_STROKE_RATIO * median(body)


# Line box height (ascender top to descender bottom) per point of font size: 0.95-1.2 in
# common text faces (Times ~0.95, Lato 1.19 measured on the corpus PDFs); the middle value
# keeps the estimate within ~10% for either.
FONT_BOX_RATIO = 1.1


# Height of a word's box as a share of a full line box (ascender top to descender bottom),
# by which of the two its letters reach: measured on body text of a scan-like golden copy
# (x-height ~0.59, ascender-only ~0.78, descender-only ~0.8 of the full box). Calibrating
# them per page from its own words was tried: no better on the three scan-like copies.
_ASCENDING = set("bdfhklti" "åäöÅÄÖ" "0123456789!?%&/") | {chr(c) for c in range(ord("A"), ord("Z") + 1)}
_DESCENDING = set("gpqy")
_BOTH = set("j()[]{}|")
_BOX_SHARE = {(False, False): 0.59, (True, False): 0.78, (False, True): 0.8, (True, True): 1.0}


def _empty_cells(g: oi.Grid, filled: dict) -> list[tuple[tuple[int, int], tuple[float, float, float, float]]]:
    """The regions of a grid (merged cells as one) no word was put in: (cell, pixel box)."""
    spans = {(r, c): (rs, cs) for r, c, rs, cs in g.spans}
    out = []
    for cell in sorted(set(g.owner.values())):
        if cell in filled:
            continue
        r, c = cell
        rs, cs = spans.get(cell, (1, 1))
        out.append((cell, (g.xs[c], g.ys[r], g.xs[c + cs], g.ys[r + rs])))
    return out


def _read_block(img: np.ndarray, lang: str, psm: int = 6) -> list[dict]:
    """Words of a gray image read as one block of text (psm 6; 7: one line), in its pixels;
    none when Tesseract fails or runs out of time (the page keeps what its page pass read)."""
    import pytesseract

    try:
        data = pytesseract.image_to_data(
            Image.fromarray(img), lang=lang, config=f"--psm {psm}",
            output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT_S)
    except RuntimeError:
        return []
    return _words(data)


def _read_cell(clean: np.ndarray, thr: int, box, hmed: float, dpi: float,
               lang: str, one_line: bool = False) -> list[dict]:
    """Words of one table cell read on its own, in page pixels.

    Tesseract's page layout analysis (psm 3) now and then skips a short word standing
    alone in a cell (seen on a 200 dpi copy of a Word table: the bold heading 'Mål' of
    a repeated header row, on three pages, which then no longer read as the header). A
    cell left empty is read again as one block (psm 6) when it holds ink of at least a
    letter's height; the specks and rules are already gone from `clean`, and the crop
    stays clear of the cell's rules.

    `one_line`: a cell of a row that was a dark fill (a header turned dark on paper). There
    psm 6 read nothing of a lone bold 'Mål' that psm 7 (one line) reads with confidence 95
    (bench.dark_headers, the Vasa prints on navy: 2 of 14 header rows), so a cell whose ink
    is one line high is read once more as a line when the block gave nothing.
    """
    inset = int(max(2.0, dpi / 50) * 2)  # the grid's corner tolerance: off the rules
    x0, y0, x1, y1 = (int(box[0]) + inset, int(box[1]) + inset,
                      int(box[2]) - inset, int(box[3]) - inset)
    if x1 - x0 < hmed or y1 - y0 < hmed / 2:
        return []
    crop = clean[y0:y1, x0:x1]
    rows = np.nonzero((crop < thr).any(axis=1))[0]
    if not len(rows) or rows[-1] - rows[0] + 1 < CELL_INK_MIN * hmed:
        return []
    pad = int(hmed)  # Tesseract reads a glyph touching the image edge badly
    padded = np.pad(crop, pad, constant_values=255)
    words = _read_block(padded, lang)
    if not words and one_line and rows[-1] - rows[0] + 1 <= ONE_LINE_MAX * hmed:
        words = _read_block(padded, lang, psm=7)
    for wd in words:
        wd["x0"] += x0 - pad; wd["x1"] += x0 - pad
        wd["y0"] += y0 - pad; wd["y1"] += y0 - pad
        wd["key"] = ("cell", x0, y0) + wd["key"]
    return words


# Ink in an empty cell worth reading again: at least this share of the median word box
# height from top to bottom (a lower-case letter is ~0.6 of it, see _BOX_SHARE; specks
# left by the denoiser are a few pixels).
CELL_INK_MIN = 0.4
ONE_LINE_MAX = 1.5  # ink at most this many median word heights tall is one line


# Ink that no word of the page pass covers is read again (`_read_unread_ink`) when it is
# text-sized: at least CELL_INK_MIN and at most UNREAD_MAX_H of the median word height
# tall, and UNREAD_MIN_W of it wide (a short word; a lone mark is narrower). A re-read word
# is kept only with UNREAD_MIN_ALNUM letters or digits and Tesseract's confidence
# UNREAD_MIN_CONF: one character alone is as likely a bullet or a speck as a word.
UNREAD_MAX_H = 2.0
UNREAD_MIN_W = 0.8
UNREAD_MIN_ALNUM = 2
UNREAD_MIN_CONF = 50


def _read_unread_ink(clean: np.ndarray, ink: np.ndarray, words: list[dict], lang: str,
                     fills=()) -> list[dict]:
    """Words printed where the page pass returned none, read in one more Tesseract call.

    Tesseract's page layout analysis (psm 3) now and then leaves out a short word standing
    alone: seen on a 200 dpi copy of a LibreOffice table without rules, the bold heading
    'Mål' at the top left of the header row repeated on every page, which then no longer
    read as the header of its column (the table lost its first column on those pages).
    `_read_cell` does the same for an empty cell of a ruled table; this finds the ink
    anywhere on the page. The pieces of ink no word box covers (ocr_image.unread_ink) are
    stacked, each on its own line with a blank line between, into one image read as a
    block (psm 6); the words come back in page pixels, each piece its own line. A piece
    inside a dark fill turned light (`fills`; a header row of a table without rules) that
    the block gave nothing for is read alone as one line (psm 7), as `_read_cell` does."""
    hmed = _word_height(words)
    if not hmed:
        return []
    boxes = [(int(w["x0"]), int(w["y0"]), int(w["x1"]), int(w["y1"])) for w in words]
    pad = max(1, int(hmed / 8))
    covered = oi.word_cover(ink.shape, boxes, pad)
    pieces = [b for b in oi.ink_pieces(ink & ~covered, max(2, int(hmed / 4)))
              if CELL_INK_MIN * hmed <= b[3] - b[1] <= UNREAD_MAX_H * hmed
              and b[2] - b[0] >= UNREAD_MIN_W * hmed]
    if not pieces:
        return []
    gap = int(hmed)
    width = max(b[2] - b[0] for b in pieces) + 2 * gap
    slots = []  # (top in the stack, piece)
    y = gap
    for b in pieces:
        slots.append((y, b))
        y += b[3] - b[1] + gap
    stack = np.full((y, width), 255, dtype=np.uint8)
    for top, (x0, y0, x1, y1) in slots:
        crop = clean[y0:y1, x0:x1].copy()
        crop[covered[y0:y1, x0:x1]] = 255  # only the unread ink, not the edge of a read word
        stack[top:top + y1 - y0, gap:gap + x1 - x0] = crop
    out = []

    def keep(wd: dict, k: int, top: int, x0: int, y0: int) -> None:
        if wd["conf"] < UNREAD_MIN_CONF or sum(ch.isalnum() for ch in wd["text"]) < UNREAD_MIN_ALNUM:
            return
        dx, dy = x0 - gap, y0 - top
        wd.update(x0=wd["x0"] + dx, x1=wd["x1"] + dx, y0=wd["y0"] + dy, y1=wd["y1"] + dy,
                  key=("unread", k) + wd["key"])
        out.append(wd)

    for wd in _read_block(stack, lang):
        mid = (wd["y0"] + wd["y1"]) / 2
        k = next((i for i, (top, b) in enumerate(slots) if top - gap / 2 <= mid < top + b[3] - b[1] + gap / 2), None)
        if k is not None:
            keep(wd, k, slots[k][0], slots[k][1][0], slots[k][1][1])
    if fills:
        read = {wd["key"][1] for wd in out}
        for k, (top, (x0, y0, x1, y1)) in enumerate(slots):
            if k in read or y1 - y0 > ONE_LINE_MAX * hmed or not any(
                    f[0] <= x0 and x1 <= f[2] and f[1] <= y0 and y1 <= f[3] for f in fills):
                continue
            alone = stack[top - gap:top + y1 - y0 + gap, :]
            for wd in _read_block(alone, lang, psm=7):
                keep(wd, k, gap, x0, y0)
    return out


def _box_class(t: str) -> tuple[bool, bool] | None:
    """(reaches the ascender line, reaches the descender line) for a word, None without
    letters or digits."""
    if not any(ch.isalnum() for ch in t):
        return None
    both = any(ch in _BOTH for ch in t)
    return (both or any(ch in _ASCENDING or ch.isupper() for ch in t),
            both or any(ch in _DESCENDING for ch in t))


def _line_box_px(ws: list[dict]) -> float | None:
    """The full line-box height of one printed line in pixels, estimated from its words:
    each word's height scaled by the share its letters fill, lower quartile over the line.
    The plain top-to-bottom extent of the words is thrown far off by one speck fused to a
    word (a 10 pt body line then measures as 16 pt and reads as a heading) and is smaller on
    a line without descenders; the scaled word heights are neither."""
    ests = []
    for d in ws:
        cls = _box_class(d["text"])
        if cls is None or d["conf"] < 50:  # < 50: boxes go wrong too
            continue
        ests.append((d["y1"] - d["y0"]) / _BOX_SHARE[cls])
    if not ests:
        return None
    # specks only ever enlarge a box: the lower quartile, not the median, of the words
    return sorted(ests)[len(ests) // 4]


def _line_middle(ws: list[dict], hpx: float) -> float:
    """The middle of a line's full box (ascender top to descender bottom, `hpx` tall) in
    pixels: the median over its words of where each word's letters place that box. A word
    without ascenders starts at the x-height, one without descenders ends on the baseline
    (_BOX_SHARE); the plain middle of its box lies a point or so off the line's, so the
    steps between OCR lines varied by as much as a cell's padding adds (row breaks of a
    table without rules went unseen). Words without letters or with little confidence
    count with their box middle."""
    x_top = 1.0 - _BOX_SHARE[(False, True)]   # x-height line below the ascender line
    base = _BOX_SHARE[(True, False)]          # baseline below the ascender line
    mids = []
    for d in ws:
        cls = _box_class(d["text"])
        if cls is None or d["conf"] < 50:
            mids.append((d["y0"] + d["y1"]) / 2)
            continue
        top = d["y0"] - (0.0 if cls[0] else x_top * hpx)
        bottom = d["y1"] + (0.0 if cls[1] else (1.0 - base) * hpx)
        mids.append((top + bottom) / 2)
    return median(mids)


def _words(data: dict) -> list[dict]:
    out = []
    n = len(data["text"])
    for i in range(n):
        t = (data["text"][i] or "").strip()
        if data["level"][i] != 5 or not t:
            continue
        x0, y0 = data["left"][i], data["top"][i]
        out.append({
            "text": unicodedata.normalize("NFC", t),
            "conf": float(data["conf"][i]),
            "x0": x0, "y0": y0, "x1": x0 + data["width"][i], "y1": y0 + data["height"][i],
            "key": (data["block_num"][i], data["par_num"][i], data["line_num"][i]),
        })
    return out


_RANGE_RE = re.compile(r"(?<=\d)-(?=\d)")
EN_DASH_MIN_RATIO = 0.43  # between hyphen (~0.3) and en dash (~0.53) ink width / digit height


def _restore_dashes(words: list[dict], ink: np.ndarray) -> None:
    """Put back the dashes Tesseract flattens to '-'.

    A dash standing alone between words is a dash (Swedish "tankstreck", an en dash),
    never a hyphen. Between digits ("2023-2026", "7-9") the glyph decides: its ink is
    measured against the digit height (see ocr_image.dash_ratio), so a real hyphen in a
    code or phone number stays a hyphen.
    """
    for wd in words:
        t = wd["text"]
        if t in ("-", "--"):
            wd["text"] = "\u2013"
            continue
        if "-" not in t or not _RANGE_RE.search(t):
            continue
        out = list(t)
        for m in _RANGE_RE.finditer(t):
            r = oi.dash_ratio(ink, (wd["x0"], wd["y0"], wd["x1"], wd["y1"]),
                              (m.start() + 0.5) / len(t))
            if r is not None and r >= EN_DASH_MIN_RATIO:
                out[m.start()] = "\u2013"
        wd["text"] = "".join(out)


def _word_height(words: list[dict]) -> float | None:
    """Median box height of the page's real words (three letters or more): the scale the
    noise tests below compare against, so they hold at any resolution and font size."""
    hs = sorted(wd["y1"] - wd["y0"] for wd in words if sum(ch.isalnum() for ch in wd["text"]) >= 3)
    return float(median(hs)) if len(hs) >= 5 else None


# Noise tests, as shares of the median word height (see _is_noise).
SPECK_MAX = 0.3      # a "word" no larger than this either way is a speck: every glyph but a
                     # dot is larger, and dots sit on words (Tesseract joins them)
FLAT_MAX = 0.4       # letters or digits in a box flatter than this: a rule remnant ('EN', 'rs')
SLIVER_MIN = 1.4     # a 1-2 character "word" in a cell taller than this: a sliver of a rule
                     # or speck column read as 'i', '=', '|' (cell text is body size)


def _is_noise(wd: dict, hmed: float | None = None, in_cell: bool = False) -> bool:
    """Speckle or rule remnants read as text: no letter or digit and little confidence;
    or (with the page's median word height `hmed`) a box too small, too flat or, in a
    table cell, too tall for the characters read into it. Only for 1-3 characters: specks
    and rule slivers read as text are that short. A dash keeps its flat box (wider than a
    speck), so it stays."""
    if wd.get("bullet"):
        return False
    t = wd["text"]
    alnum = any(ch.isalnum() for ch in t)
    if not alnum and wd["conf"] < 50:
        return True
    if not hmed:
        return False
    if len(t) > 3:
        # a real word whose box Tesseract got wrong (seen: 187 x 2 px for a whole word)
        return False
    w, h = wd["x1"] - wd["x0"], wd["y1"] - wd["y0"]
    if max(w, h) < SPECK_MAX * hmed:
        return True
    if alnum and h < FLAT_MAX * hmed:
        return True
    return (in_cell and len(t) <= 2 and h > SLIVER_MIN * hmed and w < hmed
            and not wd.get("dotted"))


# A list bullet on a scan: Tesseract reads the disc or square as '»', '«', '+', 'e', '°' ...
# with little confidence, and the noise tests would drop it. The ink says what it is: a solid
# blob (a disc fills pi/4 of its box, a square all of it; letters such as 'o' or 'e' leave
# their counters blank, well under BULLET_FILL), about as wide as high, smaller than the
# letters (BULLET_SIZE of the median word height, which includes ascenders), and the first
# thing on its line with a word after it.
BULLET_FILL = 0.7
BULLET_SIZE = (0.25, 0.6)  # a full stop is smaller (~0.15-0.2 of the word height)
BULLET_GAP = 1.5  # a marker sits about an em before its text; further left is another column


def _solid_blob(ink: np.ndarray, x0: int, y0: int, x1: int, y1: int, hmed: float):
    """The box of the ink in [x0, x1) x [y0, y1) when it is one bullet-like blob, else None."""
    region = ink[max(0, y0):max(0, y1), max(0, x0):max(0, x1)]
    if not region.any():
        return None
    ys, xs = np.nonzero(region)
    bx0, bx1, by0, by1 = xs.min(), xs.max() + 1, ys.min(), ys.max() + 1
    w, h = bx1 - bx0, by1 - by0
    if not 0.6 <= w / h <= 1.6 or not BULLET_SIZE[0] * hmed <= max(w, h) <= BULLET_SIZE[1] * hmed:
        return None
    if region[by0:by1, bx0:bx1].mean() < BULLET_FILL or region.sum() > region[by0:by1, bx0:bx1].sum():
        return None  # not solid, or more ink beside it (a letter, a second mark)
    return (max(0, x0) + bx0, max(0, y0) + by0, max(0, x0) + bx1, max(0, y0) + by1)


def _leading_mark(wd: dict, ink: np.ndarray, within: int | None = None) -> tuple[int, int] | None:
    """Where the word's leftmost ink ends (the first blank column after it, looked for
    `within` columns of where the ink starts, or anywhere) and where the ink after it
    starts, in page x, when more ink follows (a mark standing apart before the letters).
    None otherwise."""
    x0, y0, x1, y1 = (int(wd[k]) for k in ("x0", "y0", "x1", "y1"))
    cols = ink[max(0, y0):max(0, y1), max(0, x0):max(0, x1)].any(axis=0)
    inked = np.nonzero(cols)[0]
    if len(inked) < 2:
        return None
    blank = np.nonzero(~cols[inked[0]:None if within is None else inked[0] + within])[0]
    if not len(blank):
        return None  # one unbroken run of ink: a single glyph or letters that touch
    end = inked[0] + blank[0]  # first blank column after the leading run
    rest = np.nonzero(cols[end:])[0]
    if not len(rest):
        return None  # nothing after the mark: the word is the mark
    return max(0, x0) + int(end), max(0, x0) + int(end + rest[0])


def _glued_bullet(wd: dict, ink: np.ndarray, hmed: float):
    """The box of a bullet Tesseract read into the first word of its line ('«För',
    '»Samarbetet'): the word's leftmost ink, up to the first blank column, is a solid
    bullet-sized blob with more ink after the gap. None otherwise."""
    mark = _leading_mark(wd, ink)
    if mark is None:
        return None
    box = _solid_blob(ink, int(wd["x0"]), int(wd["y0"]), mark[0], int(wd["y1"]), hmed)
    if box is None:
        return None
    return box, mark[1]


def _drop_glued_specks(words: list[dict], ink: np.ndarray, hmed: float | None) -> None:
    """A speck just before a word, inside its box: the word's leftmost ink, apart from the
    letters, is smaller than a speck (SPECK_MAX of the word height both ways). The box then
    starts at the letters: its left edge is where the table finder looks for the column and
    the classifier for a list item's indent (seen: a box 11 pt left of its line's text).
    Where Tesseract read the speck as a sign glued to the word ('-Tredje', '.utbildning')
    and was unsure of the word (< 85), the sign goes from the text too. A real dash is as
    wide as a letter, so it stays."""
    if not hmed:
        return
    for wd in words:
        t = wd["text"]
        mark = _leading_mark(wd, ink)
        if mark is None:
            continue
        region = ink[max(0, int(wd["y0"])):max(0, int(wd["y1"])), max(0, int(wd["x0"])):mark[0]]
        ys, xs = np.nonzero(region)
        if len(ys) and max(xs.max() - xs.min() + 1, ys.max() - ys.min() + 1) < SPECK_MAX * hmed:
            wd["x0"] = mark[1]
            if len(t) >= 2 and not t[0].isalnum() and t[1].isalnum() and wd["conf"] < 85:
                wd["text"] = t[1:]


def _mark_bullets(words: list[dict], ink: np.ndarray, hmed: float | None) -> None:
    if not hmed:
        return
    lines: dict[tuple, list[dict]] = {}
    for wd in words:
        lines.setdefault(wd["key"], []).append(wd)
    for key, ws in lines.items():
        ws = sorted(ws, key=lambda d: d["x0"])
        first = ws[0]
        t = first["text"]
        if len(t) >= 2 and not t[0].isalnum() and t[1].isalnum():
            # a sign glued before a word: a bullet when its ink is one
            found = _glued_bullet(first, ink, hmed)
            if found is not None:
                box, cut = found
                first["text"], first["x0"] = t[1:], cut
                words.append({"text": "•", "conf": 100.0, "key": key, "bullet": True,
                              "x0": int(box[0]), "y0": int(box[1]), "x1": int(box[2]), "y1": int(box[3])})
                continue
        if len(ws) >= 2 and len(first["text"]) <= 2 and ws[1]["x0"] - first["x1"] <= 3 * hmed:
            # read as a word: is its ink a bullet?
            if _solid_blob(ink, first["x0"], first["y0"], first["x1"], first["y1"], hmed):
                first["text"], first["bullet"] = "•", True
                continue
        # not read at all (Tesseract drops some): look left of the line's first word, at
        # the line's height, for a lone solid blob
        ly0 = int(median(d["y0"] for d in ws))
        ly1 = int(median(d["y1"] for d in ws))
        box = _solid_blob(ink, int(first["x0"] - BULLET_GAP * hmed), ly0, first["x0"] - 1, ly1, hmed)
        if box is not None:
            words.append({"text": "•", "conf": 100.0, "key": key, "bullet": True,
                          "x0": int(box[0]), "y0": int(box[1]), "x1": int(box[2]), "y1": int(box[3])})


def _fit_boxes_to_ink(words: list[dict], ink: np.ndarray) -> None:
    """Shrink each word's box to the rows that hold ink. Tesseract's box now and then
    reaches far above or below the glyphs (seen: 37 px for a 20 px word on a speckled
    copy, where a speck it had seen was gone from the cleaned image); the line's size is
    estimated from its words' heights (_line_box_px), and a one-word line ('identifierades:')
    then measures as a heading. Only blank rows go, so a box never grows and ink that
    is there (accents, dots) stays in."""
    h, w = ink.shape
    for wd in words:
        x0, x1 = max(0, int(wd["x0"])), min(w, int(wd["x1"]))
        y0, y1 = max(0, int(wd["y0"])), min(h, int(wd["y1"]))
        if x1 <= x0 or y1 <= y0:
            continue
        rows = np.nonzero(ink[y0:y1, x0:x1].any(axis=1))[0]
        if len(rows):
            wd["y0"], wd["y1"] = y0 + int(rows[0]), y0 + int(rows[-1]) + 1


def _mark_dotted(words: list[dict], ink: np.ndarray) -> None:
    """Mark a short word read with an i or j whose ink has a blank row inside it (the gap
    under the dot): a real letter, while a rule remnant is one unbroken stroke. Its box can
    still be tall (a speck fused to it), so the sliver test must not drop it ('tagits i
    bruk' lost its 'i' so)."""
    for wd in words:
        t = wd["text"]
        if len(t) <= 2 and any(ch in "ijIJ" for ch in t) and wd["conf"] >= 50:
            wd["dotted"] = oi.has_inner_gap(ink, (wd["x0"], wd["y0"], wd["x1"], wd["y1"]))


_QUOTES = "\"'”“’‘»«"


def _strip_stray_quotes(words: list[dict], ink: np.ndarray | None = None) -> None:
    """A speck before a word is read as a dot ('.utbildning') or an opening quote
    ('"Regelbundna', "'medborgar"). Dropped where Tesseract was unsure of the word (< 85):
    a dot always (no word starts so), a quote when it opens nothing (no other quote mark
    on its Tesseract line)."""
    lines: dict[tuple, list[dict]] = {}
    for wd in words:
        lines.setdefault(wd["key"], []).append(wd)
        t = wd["text"]
        # a dot or comma glued before a word ('.utbildning') is a speck: no word starts so
        if len(t) >= 3 and t[0] in ".,·`" and t[1].isalpha() and wd["conf"] < 85:
            _drop_first_char(wd, ink)
    for ws in lines.values():
        marks = sum(ch in _QUOTES for wd in ws for ch in wd["text"])
        if marks != 1:
            continue
        for wd in ws:
            t = wd["text"]
            if len(t) >= 2 and t[0] in _QUOTES and t[1].isalnum() and wd["conf"] < 85:
                _drop_first_char(wd, ink)


def _drop_first_char(wd: dict, ink: np.ndarray | None = None) -> None:
    """Drop a speck read as the word's first character, from its text and its box: the
    box's left edge is where the table finder looks for column alignment, and a speck a
    few pixels left of the word would put the word outside its column.

    With the page's `ink` the left edge moves to where the word's ink starts after the
    speck's (a blank column between them, within the first two characters' width); with
    no such gap the mark had no ink of its own (Tesseract read '«Uppföljning' with the
    box starting at the U) and the edge stays. Without `ink`: one mean character width."""
    t = wd["text"]
    step = (wd["x1"] - wd["x0"]) / len(t)
    wd["text"] = t[1:]
    if ink is None:
        wd["x0"] = wd["x0"] + step
        return
    mark = _leading_mark(wd, ink, within=int(2 * step))
    if mark is None:
        return  # one run of ink from the edge on (within two characters): no speck of its own
    y0, y1 = max(0, int(wd["y0"])), max(0, int(wd["y1"]))
    first = np.flatnonzero(ink[y0:y1, max(0, int(wd["x0"])):mark[0]].any(axis=1))
    if first[-1] - first[0] + 1 >= MARK_MAX_SHARE * (y1 - y0):
        return  # the first piece of ink is as tall as a letter: the word's own first letter
    wd["x0"] = mark[1]


# A speck or quote mark read before a word is at most this share of the word's box tall
# (a quote ~0.3, a dot ~0.15); the shortest letters (x-height) are ~0.59.
MARK_MAX_SHARE = 0.45


def _split_wide_gaps(ws: list[dict], em_px: float | None = None) -> list[list[dict]]:
    """Words of one Tesseract line (left to right) cut where the gap between two words is
    wider than SPLIT_GAP_EM font sizes (`em_px`, pixels), the rule text-layer lines are
    split by (pdf_text): no word space is that wide, a column gutter or the padding between
    two table cells is. Without `em_px` the font size is estimated from the words' median
    height (a word reaching the ascender line fills ~0.78 of the line box)."""
    if len(ws) < 2:
        return [ws]
    if not em_px:
        em_px = median(d["y1"] - d["y0"] for d in ws) / (_BOX_SHARE[(True, False)] * FONT_BOX_RATIO)
    parts = [[ws[0]]]
    for d in ws[1:]:
        if d["x0"] - parts[-1][-1]["x1"] > SPLIT_GAP_EM * em_px:
            parts.append([d])
        else:
            parts[-1].append(d)
    return parts


# A gap between two words of one Tesseract line at least this many font sizes wide, where
# the word after it starts where other lines start, is a gap between table cells: narrower
# than the SPLIT_GAP_EM a text-layer line is split at, since cell padding can be (seen:
# 0.9 em between 'för' and 'Klientjuryn' in a browser-printed table). A word space is
# ~0.25-0.35 em; justified text stretches it, but a word inside running text rarely
# starts where two other lines start (that is a column edge).
CELL_GAP_EM = 0.6
ALIGN_TOL_PT = 3.0  # as borderless_tables._ALIGN_TOL: left edges this close are aligned
MIN_ALIGNED_STARTS = 2


def _split_at_column_starts(parts: list[list[dict]], tol_px: float) -> list[list[dict]]:
    """Lines (lists of words, left to right) cut where a word after a wide gap starts at a
    column edge: the left edge of at least MIN_ALIGNED_STARTS other lines. The piece
    before the gap must hold a real word (three letters), so a bullet or an item number
    before its text stays with it (the text's edge is the hanging indent of the item's
    other lines)."""
    starts = [p[0]["x0"] for p in parts]
    out: list[list[dict]] = []
    for k, p in enumerate(parts):
        if len(p) < 2:
            out.append(p)
            continue
        em = (_line_box_px(p) or median(d["y1"] - d["y0"] for d in p)) / FONT_BOX_RATIO
        cur = [p[0]]
        for prev, d in zip(p, p[1:]):
            if (d["x0"] - prev["x1"] >= CELL_GAP_EM * em
                    and any(sum(ch.isalpha() for ch in w["text"]) >= 3 for w in cur)
                    and sum(1 for j, x in enumerate(starts) if j != k and abs(x - d["x0"]) <= tol_px)
                    >= MIN_ALIGNED_STARTS):
                out.append(cur)
                cur = [d]
            else:
                cur.append(d)
        out.append(cur)
    return out


def _cell_text(ws: list[dict]) -> str:
    """Words of one cell as lines (by vertical overlap), left to right, joined with \\n."""
    ws = sorted((d for d in ws if not _is_noise(d)), key=lambda d: (d["y0"] + d["y1"]) / 2)
    rows: list[list[dict]] = []
    for d in ws:
        cy = (d["y0"] + d["y1"]) / 2
        if rows:
            last = rows[-1]
            ly0 = median(x["y0"] for x in last); ly1 = median(x["y1"] for x in last)
            if ly0 <= cy <= ly1:
                last.append(d)
                continue
        rows.append([d])
    return "\n".join(_line_text(sorted(r, key=lambda d: d["x0"])) for r in rows)


# A round bullet read by Tesseract as a letter or sign; a line that starts with one of
# these standing alone before a capitalised word or an action number is a list item
# ('e Främja ...', '« 1.5 Man ...', '+ Stadens ...'): no Swedish sentence starts so.
_BULLET_LOOKALIKES = frozenset("eoO°»«*©®•·+.")


def _line_text(ws: list[dict]) -> str:
    """Words of one printed line, left to right, with a bullet misread as a letter put
    back as '•'."""
    texts = [d["text"] for d in ws]
    if len(texts) >= 2 and texts[0] in _BULLET_LOOKALIKES and (
            texts[1][:1].isupper() or re.match(r"\d{1,2}\.\d", texts[1])):
        texts[0] = "•"
    return " ".join(texts)
