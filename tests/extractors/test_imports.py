"""koto does not pay for PyMuPDF's optional layout/LLM companions (onnxruntime) in any process."""

from __future__ import annotations

import subprocess
import sys


def test_extractors_keep_pymupdf_companions_out():
    code = (
        "import sys, extractors, pymupdf\n"
        "from pipeline.process import process_file\n"
        "print(sorted(m for m in ('onnxruntime', 'pymupdf4llm', 'pymupdf_layout') if sys.modules.get(m)))\n"
        "print(pymupdf.open().page_count)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["[]", "0"]
