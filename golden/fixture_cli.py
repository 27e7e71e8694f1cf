"""The command line shared by the producer renderers (render_html, render_docx)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from golden.render import slugs


def run(argv: list[str] | None, *, prog: str, doc: str, styles: tuple[str, ...],
        render: Callable[[str, str, Path], Path], default_dir: str) -> int:
    """SLUG --style S --out FILE, or --all --out-dir DIR (every program in every style)."""
    ap = argparse.ArgumentParser(prog=prog, description=doc.split("\n")[0])
    ap.add_argument("slug", nargs="?", help="program under golden/ (e.g. vasa-2023-2026)")
    ap.add_argument("--style", choices=styles, default=styles[0])
    ap.add_argument("--out", type=Path, help="output PDF")
    ap.add_argument("--all", action="store_true", help="every program in every style")
    ap.add_argument("--out-dir", type=Path, default=Path(default_dir),
                    help="with --all: folder for <slug>.<style>.pdf")
    a = ap.parse_args(argv)
    if a.all:
        for slug in slugs():
            for style in styles:
                print(render(slug, style, a.out_dir / f"{slug}.{style}.pdf"))
        return 0
    if not a.slug or not a.out:
        ap.error("give SLUG and --out, or --all")
    print(render(a.slug, a.style, a.out))
    return 0
