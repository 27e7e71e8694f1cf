"""A PDF read into pages: text-layer lines, ruled and aligned tables, reading order, OCR.

Every MuPDF/pdfplumber failure is turned into an `ExtractionError` (whole file unreadable)
or a warning (one page unreadable): callers never see a library exception.
"""

from __future__ import annotations

import pymupdf

from .model import ExtractionError, Line, Page, RawDocument, Table
from .page_assembly import assemble_sheet
from .pdf_tables import (
    PageWords,
    background_bands,
    horizontal_rules,
    find_ruled_tables,
    mark_continuations,
    page_may_hold_ruled_table,
    read_page_words,
)
from .pdf_text import TEXT_PAGE_FLAGS, page_lines
from .spreads import find_fold, side_of_box

MAX_PAGES = 2000  # no integration program is longer; beyond this it is not one (or a bomb)
DEFAULT_TABLE_FINDER = "edges"  # measured: tests/extractors/measure_table_finders.py


def open_pdf(data: bytes) -> pymupdf.Document:
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as e:  # MuPDF raises its own types (FileDataError, RuntimeError, ...)
        raise ExtractionError(f"broken PDF: MuPDF cannot open it ({_one_line(e)})") from None
    # Only a user password stops us: a PDF encrypted with an owner password alone (print/
    # copy restrictions, common for municipal publications) opens with the empty password.
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        raise ExtractionError("encrypted PDF: a password is required to read it")
    try:
        n = doc.page_count
    except Exception as e:
        raise ExtractionError(f"broken PDF: page tree unreadable ({_one_line(e)})") from None
    if n == 0:
        raise ExtractionError("broken PDF: no pages (truncated or damaged file)")
    if n > MAX_PAGES:
        raise ExtractionError(f"PDF has {n} pages, more than the {MAX_PAGES} accepted")
    return doc


def upright_pages(doc: pymupdf.Document) -> bool:
    """Turn every page whose /Rotate shows its content upright into an unrotated page that
    looks the same (True when one was turned). A landscape table is often typeset on a
    portrait page with its content drawn sideways and /Rotate 90 or 270 set; MuPDF's text
    and drawings come in the unrotated space, where the table's rows run down the page
    and no line, column or row is found. Turned, every coordinate (and every bbox koto
    keeps) is the one a reader sees, as on the pages OCR renders."""
    turned = False
    for page in doc:
        if page.rotation % 360:
            page.remove_rotation()
            turned = True
    return turned


def _one_line(e: Exception) -> str:
    s = " ".join(str(e).split())
    return (s[:160] + "...") if len(s) > 160 else (s or type(e).__name__)


def _inside(line: Line, t: Table) -> bool:
    b, tb = line.bbox, t.bbox
    cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
    return tb.x0 - 1 <= cx <= tb.x1 + 1 and tb.y0 - 1 <= cy <= tb.y1 + 1


def read_page(
    page: pymupdf.Page,
    *,
    table_finder: str = DEFAULT_TABLE_FINDER,
    plumber_page=None,
    state: dict | None = None,
) -> Page:
    """One page from its text layer (lines, tables, reading order).

    `state` carries what one page hands to the next (a borderless table running off the
    bottom); pass the same dict for consecutive pages, or None for a page on its own.
    """
    # one TextPage for the plain text, the lines and the table words: MuPDF builds a page's
    # text (the costliest step of reading it) once instead of three times. The three read
    # with the same flags (TEXTFLAGS_TEXT == TEXTFLAGS_WORDS == pdf_text._DICT_FLAGS), so
    # what each gets is what its own TextPage gave.
    textpage = page.get_textpage(flags=TEXT_PAGE_FLAGS)
    raw = page.get_text(textpage=textpage)
    lines = page_lines(page, textpage)
    r = page.rect
    # a spread is told from its text and drawings before tables are looked for: a grid on
    # each of its pages is found on that page alone
    # (only a landscape sheet can be one: the drawings are listed only then)
    fold = find_fold(r.width, r.height, lines, (), _painted(page)) if r.width > r.height else None
    tables: list[Table] = []
    if lines and page_may_hold_ruled_table(page):
        pw = read_page_words(page, textpage)
        pp = plumber_page() if (table_finder == "pdfplumber" and plumber_page) else None
        if fold is None:
            tables = find_ruled_tables(page, pw, finder=table_finder, plumber_page=pp)
        else:
            for side, clip in enumerate(((0.0, 0.0, fold, r.height), (fold, 0.0, r.width, r.height))):
                words = [w for w in pw.words if side_of_box(w[0], w[2], fold) == side]
                bold = [b for b in pw.bold_boxes if side_of_box(b[0], b[2], fold) == side]
                tables += find_ruled_tables(page, PageWords(words=words, bold_boxes=bold),
                                            finder=table_finder, plumber_page=pp, clip=clip)
    if tables:
        # Text inside a table is the table's: it must not be read twice.
        lines = [ln for ln in lines if not any(_inside(ln, t) for t in tables)]
    shell = Page(page_no=page.number + 1, width=r.width, height=r.height,
                 source="text-layer", raw_text=raw)
    return assemble_sheet(shell, lines, tables, state, fold, background_bands(page) if lines else (),
                          horizontal_rules(page) if lines else ())


# bbox log entries that put ink on the page (clips and text are left out: text is read as lines)
_PAINT = ("fill-path", "stroke-path", "fill-image", "fill-imgmask", "fill-shade")


def _painted(page: pymupdf.Page) -> list[tuple]:
    """Boxes of what is drawn on the page besides text: rules, fills, pictures."""
    try:
        return [tuple(b) for kind, b in page.get_bboxlog() if kind in _PAINT]
    except Exception:  # a page MuPDF cannot list is judged by its text and tables alone
        return []


def _metadata(doc: pymupdf.Document) -> dict[str, str]:
    try:
        meta = doc.metadata or {}
    except Exception:
        return {}
    return {k: str(v) for k, v in meta.items() if v not in (None, "")}


def read_pdf(
    path: str,
    data: bytes,
    sha256: str,
    *,
    ocr: str = "auto",
    ocr_lang: str = "swe",
    table_finder: str = DEFAULT_TABLE_FINDER,
) -> RawDocument:
    doc = open_pdf(data)
    warnings: list[str] = []
    try:
        if upright_pages(doc):
            # pdfplumber reads the same upright pages as MuPDF
            data = doc.tobytes()
    except Exception as e:  # a page MuPDF cannot turn is read as it is
        warnings.append(f"rotated pages left as they are ({_one_line(e)})")
    plumber = {"doc": None}

    def plumber_page_factory(index: int):
        def get():
            import io

            import pdfplumber

            if plumber["doc"] is None:
                plumber["doc"] = pdfplumber.open(io.BytesIO(data))
            return plumber["doc"].pages[index]

        return get

    try:
        pages: list[Page] = []
        failed = 0
        state: dict = {}
        # OCR first, so that its pages take their place in the one pass below: a borderless
        # table is followed from page to page whether the pages were scanned or not.
        ocred = _run_ocr(doc, path, ocr, ocr_lang, warnings) if ocr != "never" else {}
        for i in range(doc.page_count):
            if i in ocred:
                raw = ocred[i]
                fold = find_fold(raw.width, raw.height, raw.lines, raw.tables)
                pages.append(assemble_sheet(raw, raw.lines, raw.tables, state, fold))
                continue
            try:
                page = doc.load_page(i)
                pages.append(
                    read_page(
                        page, table_finder=table_finder, plumber_page=plumber_page_factory(i), state=state
                    )
                )
            except Exception as e:
                state.clear()
                failed += 1
                warnings.append(f"page {i + 1}: unreadable ({_one_line(e)}); left empty")
                pages.append(Page(page_no=i + 1, source="text-layer"))
        if failed == doc.page_count:
            raise ExtractionError("broken PDF: no page could be read")
        if getattr(doc, "is_repaired", False):
            # MuPDF rebuilt a damaged (often truncated) file: pages may miss content.
            warnings.append("damaged PDF repaired by MuPDF; some content may be missing")
        mark_continuations(pages)
        return RawDocument(
            source_file=path,
            sha256=sha256,
            kind="pdf",
            pages=pages,
            metadata=_metadata(doc),
            warnings=warnings,
        )
    finally:
        if plumber["doc"] is not None:
            plumber["doc"].close()
        doc.close()


def _run_ocr(doc, path: str, mode: str, lang: str, warnings: list[str]) -> dict[int, Page]:
    """The pages that need OCR (see ocr.plan_ocr), OCRed: index -> Page whose items are its
    lines and ruled tables, not yet assembled. A planned page OCR gave nothing for is left
    out (its text layer is read instead) with a warning."""
    try:
        from . import ocr as ocr_mod  # optional: Tesseract behind it
    except ImportError as e:
        warnings.append(f"OCR unavailable ({_one_line(e)}); text-layer pages kept as they are")
        return {}
    try:
        plan = ocr_mod.plan_ocr(doc, mode)
        if not plan:
            return {}
        done = ocr_mod.ocr_pages(path, sorted(plan), lang, assemble=False)
    except ExtractionError:
        raise
    except Exception as e:
        warnings.append(f"OCR failed ({_one_line(e)}); text-layer pages kept as they are")
        return {}
    out: dict[int, Page] = {}
    for idx, reason in sorted(plan.items()):
        page = done.get(idx)
        if page is None:
            warnings.append(f"page {idx + 1}: OCR planned ({reason}) but gave no result")
            continue
        out[idx] = page
    return out
