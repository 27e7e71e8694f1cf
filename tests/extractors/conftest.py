import shutil
import subprocess

import pytest


@pytest.fixture(scope="session")
def tesseract_binary() -> str:
    """OCR tests need Tesseract with Swedish data; `make test` installs both. Without them the
    test fails and says how to install them, rather than being skipped unnoticed."""
    exe = shutil.which("tesseract")
    assert exe, "tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-swe"
    langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True).stdout.split()
    assert "swe" in langs, "Tesseract has no Swedish data: apt-get install tesseract-ocr-swe"
    return exe
