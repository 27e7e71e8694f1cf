"""A controllable stand-in for extract→normalize→classify, run inside pool workers.

Workers import it by dotted path (run_pool(target=...)), so the pool's limits can be tested
without depending on what the real stages do. Text files drive it:
  "Mål: ..." goal, "Åtgärd: ..." measure, "Indikator: ..." indicator, "Ansvar: ..." responsible;
  a line SLEEP, SPIN, BOOM, SEGV or HOG makes it hang, burn CPU, raise, crash or eat memory.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from classifiers.model import Goal, Indicator, Measure, PageText, ProgramExtraction, ProgramMeta


def process_file(path, options=None, *, sha256=None):
    p = Path(path)
    if p.suffix.lower() == ".pdf":
        from extractors.model import ExtractionError

        raise ExtractionError("damaged PDF: cannot open (fake stage)")
    text = p.read_text(encoding="utf-8")
    if "SLEEP" in text:
        time.sleep(120)
    if "SPIN" in text:
        while True:
            pass
    if "BOOM" in text:
        raise ValueError("boom at line 3")
    if "SEGV" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "HOG" in text:
        hog = [bytearray(64 * 1024 * 1024) for _ in range(200)]  # 12 GB: hits the cap
        del hog
    goals, measures, indicators = [], [], []
    for line in text.splitlines():
        key, _, val = line.partition(":")
        val = val.strip()
        if key == "Mål":
            goals.append(Goal(id=f"g{len(goals) + 1}", text=val, theme_code="employment", page=1))
        elif key == "Åtgärd":
            g = goals[-1].id if goals else None
            measures.append(Measure(id=f"m{len(measures) + 1}", text=val, goal=g,
                                    goals=[g] if g else [], theme_code="employment", page=1))
        elif key == "Ansvar" and measures:
            measures[-1].responsible.append(val)
        elif key == "Indikator":
            indicators.append(Indicator(id=f"i{len(indicators) + 1}", text=val,
                                        measure=measures[-1].id if measures else None, page=1))
    return ProgramExtraction(
        program=ProgramMeta(municipality=p.stem.split("-")[0].capitalize(), page_count=1,
                            period_start=2023, period_end=2026, sha256=sha256 or "",
                            source_file=str(path)),
        goals=goals, measures=measures, indicators=indicators,
        pages=[PageText(page_no=1, text=text, raw_text=text, source="text-file")],
        pipeline_version="fake",
    )


def program_text(town: str, n: int = 2) -> str:
    lines = [f"Integrationsprogram för {town}"]
    for g in range(1, n + 1):
        lines += [f"Mål: {town} mål {g}", f"Åtgärd: {town} åtgärd {g}", "Ansvar: Kommunen",
                  f"Indikator: {town} indikator {g}"]
    return "\n".join(lines) + "\n"
