"""The README's commands and tables are true to the code: every `koto` command it shows exists
with the options it uses, every `python -m bench.X` is a module, every table row has as many
cells as its header (an unescaped '|' inside a cell splits it)."""

from __future__ import annotations

import importlib.util
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")),
        # not the READMEs tools write into hidden folders (.pytest_cache/README.md)
        *sorted(p for p in ROOT.glob("*/README.md") if not p.parent.name.startswith("."))]
runner = CliRunner()


def _koto_lines() -> list[str]:
    """`koto ...` lines of the README's shell blocks, comments cut off."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line.startswith("koto "):
                lines.append(line)
    return lines


def test_readme_shows_koto_commands():
    assert len(_koto_lines()) >= 8


@pytest.mark.parametrize("line", _koto_lines())
def test_readme_koto_command_and_options_exist(line):
    words = shlex.split(line)[1:]
    command = [w for w in words[:2] if not w.startswith("-") and w in _commands(words[0])]
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, f"{line!r}: {result.output}"
    for opt in (w.split("=")[0] for w in words if w.startswith("--")):
        assert opt in result.output, f"{line!r}: option {opt} not in `koto {' '.join(command)} --help`"


def _commands(first: str) -> set[str]:
    names = {c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands}
    names |= {g.name for g in app.registered_groups}
    if first in {g.name for g in app.registered_groups}:
        group = next(g for g in app.registered_groups if g.name == first).typer_instance
        names |= {c.name or c.callback.__name__.replace("_", "-") for c in group.registered_commands}
    return names


def _bench_modules() -> set[str]:
    found = set()
    for doc in DOCS:
        found |= set(re.findall(r"(?:python -m |`)(bench\.[a-z_][a-z0-9_]*)", doc.read_text(encoding="utf-8")))
    return found


def test_docs_name_benchmarks():
    assert len(_bench_modules()) >= 10


@pytest.mark.parametrize("module", sorted(_bench_modules()))
def test_documented_benchmark_exists(module):
    assert importlib.util.find_spec(module) is not None, f"{module} is named in the docs but missing"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_markdown_tables_keep_their_columns(doc):
    in_code = False
    header = None
    for no, line in enumerate(doc.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```"):
            in_code = not in_code
        if in_code or not line.startswith("|"):
            header = None
            continue
        # cells split at '|' outside backticks unless escaped
        cells = len(re.findall(r"(?<!\\)\|", re.sub(r"`[^`]*`", "``", line))) - 1
        if header is None:
            header = cells
        assert cells == header, f"{doc.name}:{no}: {cells} cells, header has {header}"
