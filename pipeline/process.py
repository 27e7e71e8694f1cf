"""One document through the stages: extract -> normalize -> classify.

The stage packages are imported lazily (inside the functions) so that `koto query`, `koto
export` and the writer process never pay for PDF/spaCy imports, and so that this module
imports even while a stage is still being written.
"""

from __future__ import annotations

import hashlib
import types
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from classifiers.model import ProgramExtraction

from .version import PIPELINE_VERSION

SUFFIXES = (".pdf", ".txt")


@dataclass(frozen=True)
class ProcessOptions:
    ocr: str = "auto"  # auto | always | never
    ocr_lang: str = "swe"
    repair: str = "auto"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "ProcessOptions":
        return cls(**(d or {}))


class StageMissing(RuntimeError):
    """A stage package is not importable yet (development) — a one-line reason."""


def sha256_file(path: str | Path, bufsize: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(bufsize):
            h.update(chunk)
    return h.hexdigest()


def _stage(module: str, name: str):
    import importlib

    try:
        mod = importlib.import_module(module)
        fn = getattr(mod, name)
    except (ImportError, AttributeError) as e:
        raise StageMissing(f"stage {module}.{name} is not available ({e})") from None
    if isinstance(fn, types.ModuleType):
        # `normalizers.normalize` is both a function and a submodule; importing the submodule
        # rebinds the package attribute to the module. The function lives in the module.
        fn = getattr(fn, name, None)
        if not callable(fn):
            raise StageMissing(f"stage {module}.{name} is a module, not a function")
    return fn


def extract(path: str, options: ProcessOptions):
    return _stage("extractors", "extract")(path, ocr=options.ocr, ocr_lang=options.ocr_lang)


def normalize(raw, options: ProcessOptions):
    return _stage("normalizers", "normalize")(raw, repair=options.repair)


def classify(norm):
    return _stage("classifiers", "classify")(norm)


_WARM_TEXT = (
    "Integrationsprogram för Vasa stad 2023–2026\n\n"
    "1 Arbete och sysselsättning\n"
    "Mål 1: Fler invandrare i arbete och utbildning.\n"
    "Åtgärd: Språkkurser för vuxna i samarbete med arbets- och näringsbyrån.\n"
    "Ansvar: Vuxeninstitutet\nTidtabell: 2023–2024\nIndikator: Antal deltagare\n"
)


def warm_run() -> None:
    """Run a tiny program (a .txt and a one-page PDF) through all stages once.

    The stages fill lazy caches on their first call (lexicons, word frequencies, models):
    ~6 s and ~170 MB. Done in the forkserver before any worker is forked, every worker starts
    with them ready and shares their pages copy-on-write instead of loading its own copy.
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="koto-warm-") as d:
        txt = Path(d) / "warm.txt"
        txt.write_text(_WARM_TEXT, encoding="utf-8")
        paths = [txt]
        try:
            import pymupdf

            doc = pymupdf.open()
            page = doc.new_page()
            y = 72
            for line in _WARM_TEXT.splitlines():
                page.insert_text((72, y), line)
                y += 16
            pdf = Path(d) / "warm.pdf"
            doc.save(pdf)
            doc.close()
            paths.append(pdf)
        except Exception:
            pass
        for p in paths:
            try:
                process_file(p, ProcessOptions(ocr="never"), sha256="0" * 64)
            except Exception:
                pass  # a stage that cannot run reports it per document, with the file name


def warm_up() -> None:
    """Import the stages ahead of the first document (worker start, forkserver preload)."""
    # The stage packages import their heavy parts lazily, so importing the package alone
    # preloads almost nothing: import every submodule (and the PDF libraries), and call a
    # stage's own `warm_up()` when it offers one (lexicons, models). In the forkserver this
    # happens once; forked workers share the pages copy-on-write.
    import importlib
    import pkgutil

    for mod in ("pymupdf", "pdfplumber"):
        try:
            importlib.import_module(mod)
        except Exception:
            pass
    for pkg_name in ("extractors", "normalizers", "classifiers"):
        try:
            pkg = importlib.import_module(pkg_name)
        except Exception:
            continue  # the per-document call reports it with the file name
        # importing a submodule named like a package function (classifiers.classify) rebinds
        # that attribute to the module: keep the package's public names as they were
        saved = dict(vars(pkg))
        for info in pkgutil.iter_modules(pkg.__path__):
            if info.name.startswith("_") or "train" in info.name or info.name.startswith("test"):
                continue
            try:
                importlib.import_module(f"{pkg_name}.{info.name}")
            except Exception:
                pass
        for k, v in saved.items():
            if vars(pkg).get(k) is not v and not isinstance(v, types.ModuleType):
                setattr(pkg, k, v)
        fn = getattr(pkg, "warm_up", None)
        if callable(fn):
            try:
                fn()
            except Exception:
                pass


def process_file(path: str | Path, options: ProcessOptions | dict | None = None, *,
                 sha256: str | None = None) -> ProgramExtraction:
    """The ProgramExtraction of one file. Raises with a one-line message on failure."""
    if not isinstance(options, ProcessOptions):
        options = ProcessOptions.from_dict(options)
    path = str(path)
    raw = extract(path, options)
    norm = normalize(raw, options)
    ex = classify(norm)
    # The pipeline, not the stages, owns provenance: the hash of the bytes it was given and
    # the path the user named, so skip/force decisions and the database agree.
    sha = sha256 or getattr(raw, "sha256", None) or sha256_file(path)
    ex.program.sha256 = sha
    ex.program.source_file = path
    if not ex.program.page_count:
        ex.program.page_count = len(getattr(raw, "pages", []) or ex.pages)
    if not ex.program.ocr_pages:
        ex.program.ocr_pages = getattr(raw, "ocr_pages", 0) or 0
    if not ex.pipeline_version:
        ex.pipeline_version = PIPELINE_VERSION
    return ex


def one_line(exc: BaseException) -> str:
    """A failure reason for the summary: one line, the exception's own words first."""
    msg = " ".join(str(exc).split())
    name = type(exc).__name__
    if not msg:
        return name
    if name in ("ExtractionError", "StageMissing"):
        return msg[:300]
    return f"{name}: {msg}"[:300]
