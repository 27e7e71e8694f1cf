"""`koto golden check|update`: the reference programs in golden/<slug>/ as regression tests.

check: run every layout of a program that is present (every <layout>.pdf in its folder:
ruled.pdf, borderless.pdf, twocolumn.pdf, scan.pdf, scan-eng.pdf, the layouts of
golden/render_more.py: landscape.pdf, booktabs.pdf, cards.pdf, keyvalue.pdf, numbered.pdf,
and prints of the same program by other producers such as docx-plain.pdf from
golden.render_docx or html-rules.pdf from golden.render_html) through the pipeline,
score it against the hand gold
(gold.json, else classifiers.gold.gold_from_corpus(source.json)) with
classifiers.scoring.score, and diff it against its accepted output: expected.json for
ruled.pdf, expected.<layout>.json for the others (pages differ between layouts).
Exit 1 when any output differs from its expected file, so a regression fails the test suite.
update: rewrite the expected files from the current output of every layout.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from classifiers.model import ProgramExtraction

from .process import ProcessOptions, process_file, sha256_file

# The reference typesettings, scans and the further layouts of golden/render_more.py,
# listed first in this order; any other <layout>.pdf of the folder follows.
VARIANTS = ("ruled", "borderless", "twocolumn", "scan", "scan-eng",
            "landscape", "booktabs", "cards", "keyvalue", "numbered")
KINDS = ("goals", "measures", "indicators")


def golden_root() -> Path:
    return Path(__file__).resolve().parents[1] / "golden"


def programs(root: Path | None, only: list[str] | None) -> list[Path]:
    root = root or golden_root()
    dirs = sorted(d for d in root.iterdir() if d.is_dir() and (d / "source.json").exists())
    if only:
        dirs = [d for d in dirs if d.name in only]
    return dirs


def load_gold(d: Path) -> ProgramExtraction:
    if (d / "gold.json").exists():
        return ProgramExtraction.model_validate_json((d / "gold.json").read_text(encoding="utf-8"))
    from classifiers.gold import gold_from_corpus

    return gold_from_corpus(json.loads((d / "source.json").read_text(encoding="utf-8")))


def expected_path(d: Path, variant: str) -> Path:
    """expected.json belongs to ruled.pdf (the reference typesetting); other layouts have
    their own file because their pagination, and so every item's page, differs."""
    return d / ("expected.json" if variant == "ruled" else f"expected.{variant}.json")


def variants(d: Path) -> list[str]:
    """The layouts present: every PDF of the program's folder by its name without .pdf, the
    reference typesettings (VARIANTS) first, then the others by name. A new layout is added
    by adding its PDF (and accepting its expected file with `golden update`)."""
    present = {p.stem for p in d.glob("*.pdf")}
    return [v for v in VARIANTS if v in present] + sorted(present - set(VARIANTS))


def load_expected(d: Path, variant: str) -> ProgramExtraction | None:
    path = expected_path(d, variant)
    if not path.exists():
        return None
    return ProgramExtraction.model_validate_json(path.read_text(encoding="utf-8"))


def run_variant(d: Path, variant: str) -> ProgramExtraction:
    pdf = d / f"{variant}.pdf"
    ex = process_file(pdf, ProcessOptions(), sha256=sha256_file(pdf))
    # expected.json must not change when the checkout moves
    ex.program.source_file = f"golden/{d.name}/{pdf.name}"
    return ex


# --- scores ---------------------------------------------------------------------------------


def score_table(title: str, score: Any) -> tuple[Table, list[str]]:
    """P/R/F1 per kind and the link/actor accuracies of a classifiers.scoring.Score."""
    t = Table(title=title, title_justify="left")
    for c in ("kind", "P", "R", "F1", "pred", "gold", "matched"):
        t.add_column(c, justify="left" if c == "kind" else "right")
    for kind in KINDS:
        k = getattr(score, kind, None)
        if k is not None:
            t.add_row(kind, f"{k.precision:.3f}", f"{k.recall:.3f}", f"{k.f1:.3f}",
                      str(k.n_pred), str(k.n_gold), str(k.tp))
    extras = []
    for name in ("measure_goal", "indicator_measure", "responsible"):
        a = getattr(score, name, None)
        if a is not None:
            extras.append(f"{name} accuracy {a.correct}/{a.total} = {a.accuracy:.3f}")
    return t, extras


# --- diff -----------------------------------------------------------------------------------


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def diff(expected: ProgramExtraction, got: ProgramExtraction, limit: int = 25) -> list[str]:
    """Readable differences, matching items by their text (ids may be renumbered)."""
    lines: list[str] = []
    e_goal = {g.id: g.text for g in expected.goals}
    g_goal = {g.id: g.text for g in got.goals}
    e_meas = {m.id: m.text for m in expected.measures}
    g_meas = {m.id: m.text for m in got.measures}
    for field in ("municipality", "title", "period_start", "period_end"):
        a, b = getattr(expected.program, field), getattr(got.program, field)
        if a != b:
            lines.append(f"~ program.{field}: {a!r} → {b!r}")
    for kind in KINDS:
        exp = {_key(i.text): i for i in getattr(expected, kind)}
        cur = {_key(i.text): i for i in getattr(got, kind)}
        for k in exp.keys() - cur.keys():
            lines.append(f"- {kind[:-1]} missing: {exp[k].text[:90]}")
        for k in cur.keys() - exp.keys():
            lines.append(f"+ {kind[:-1]} extra:   {cur[k].text[:90]}")
        for k in exp.keys() & cur.keys():
            a, b = exp[k], cur[k]
            checks: dict[str, tuple[Any, Any]] = {
                "goal": (e_goal.get(a.goal) if getattr(a, "goal", None) else None,
                         g_goal.get(b.goal) if getattr(b, "goal", None) else None),
                "page": (a.page, b.page),
            }
            if kind in ("goals", "measures"):
                checks["theme"] = (a.theme, b.theme)  # the document's own heading
            if kind == "measures":
                checks.update(responsible=(a.responsible, b.responsible),
                              partners=(a.partners, b.partners), schedule=(a.schedule, b.schedule),
                              theme_code=(a.theme_code, b.theme_code),
                              theme_code_alt=(a.theme_code_alt, b.theme_code_alt),
                              printed=(a.printed, b.printed),
                              printed_actors=(a.printed_actors, b.printed_actors))
            if kind == "indicators":
                checks["measure"] = (e_meas.get(a.measure) if a.measure else None,
                                     g_meas.get(b.measure) if b.measure else None)
            if kind == "goals":
                checks["theme_code"] = (a.theme_code, b.theme_code)
                checks["theme_code_alt"] = (a.theme_code_alt, b.theme_code_alt)
                checks["parent"] = (e_goal.get(a.parent) if a.parent else None,
                                    g_goal.get(b.parent) if b.parent else None)
            for f, (x, y) in checks.items():
                if x != y:
                    lines.append(f"~ {kind[:-1]} {a.text[:50]!r}: {f}: {str(x)[:60]} → {str(y)[:60]}")
    if len(lines) > limit:
        lines = lines[:limit] + [f"... and {len(lines) - limit} more differences"]
    return lines


# --- commands -------------------------------------------------------------------------------


def check(root: Path | None, only: list[str] | None, console: Console) -> int:
    from classifiers.scoring import score

    from .process import one_line

    dirs = programs(root, only)
    if not dirs:
        console.print("no golden programs found")
        return 1
    bad = 0
    for d in dirs:
        try:
            gold = load_gold(d)
        except Exception as e:  # noqa: BLE001
            console.print(f"[red]{d.name}: cannot read gold: {one_line(e)}[/red]")
            bad += 1
            continue
        for variant in variants(d):
            name = f"{d.name}/{variant}.pdf"
            expected = load_expected(d, variant)
            try:
                got = run_variant(d, variant)
            except Exception as e:  # noqa: BLE001
                console.print(f"[red]{name}: pipeline failed: {one_line(e)}[/red]")
                bad += 1
                continue
            table, extras = score_table(f"{name} vs gold", score(got, gold))
            console.print(table)
            if extras:
                console.print("  " + "  ".join(extras), highlight=False)
            if expected is None:
                console.print(f"  {name}: no {expected_path(d, variant).name} — run `koto golden update` to accept")
                bad += 1
                continue
            changes = diff(expected, got)
            if changes:
                bad += 1
                console.print(f"  [yellow]{name}: {len(changes)} difference(s) from "
                              f"{expected_path(d, variant).name}[/yellow]")
                for line in changes:
                    console.print("    " + line, highlight=False, markup=False)
            else:
                console.print(f"  [green]{name}: same as {expected_path(d, variant).name}[/green]")
    return 1 if bad else 0


def update(root: Path | None, only: list[str] | None, console: Console) -> int:
    from .process import one_line

    code = 0
    for d in programs(root, only):
        for variant in variants(d):
            try:
                got = run_variant(d, variant)
            except Exception as e:  # noqa: BLE001
                console.print(f"[red]{d.name}/{variant}.pdf: pipeline failed: {one_line(e)}[/red]")
                code = 1
                continue
            path = expected_path(d, variant)
            path.write_text(got.model_dump_json(indent=2) + "\n", encoding="utf-8")
            console.print(f"{d.name}/{path.name}: {len(got.goals)} goals, {len(got.measures)} "
                          f"measures, {len(got.indicators)} indicators")
    return code
