"""Measure reading order on the golden PDFs: do the source's paragraphs come out in order?

    .venv/bin/python tests/extractors/measure_reading_order.py

For every heading/paragraph/bullet block of source.json, the position of its first 40
characters (whitespace-normalised) in the concatenated text of the extracted lines; "found"
is the share located, "in order" the longest increasing run of positions over those found.
Not a test (no test_ prefix).
"""

from __future__ import annotations

import bisect
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402


def _norm(s: str) -> str:
    return " ".join(s.replace("\u00ad", "").split())


def block_texts(source: dict) -> list[str]:
    out = []
    for b in source["blocks"]:
        if b["type"] in ("heading", "paragraph"):
            out.append(b.get("text", ""))
        elif b["type"] == "bullets":
            out.extend(b.get("items", []))
    return [t for t in (_norm(x) for x in out) if len(t) >= 20]


def lis_len(xs: list[int]) -> int:
    tails: list[int] = []
    for x in xs:
        i = bisect.bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)


def measure(pdf: Path, source: dict) -> tuple[float, float]:
    doc = extract(pdf, ocr="never")
    text = _norm(" ".join(ln.text for p in doc.pages for ln in p.lines))
    positions = []
    blocks = block_texts(source)
    for b in blocks:
        pos = text.find(b[:40])
        if pos >= 0:
            positions.append(pos)
    found = len(positions) / max(1, len(blocks))
    ordered = lis_len(positions) / max(1, len(positions))
    return found, ordered


def main() -> None:
    for d in sorted((ROOT / "golden").glob("*/source.json")):
        source = json.loads(d.read_text())
        for kind in ("ruled", "twocolumn", "borderless"):
            pdf = d.parent / f"{kind}.pdf"
            if pdf.exists():
                found, ordered = measure(pdf, source)
                print(f"{d.parent.name:24s} {kind:11s} found={found:.3f} in_order={ordered:.3f}")


if __name__ == "__main__":
    main()
