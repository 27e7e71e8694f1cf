import pytest

import fake_stages


@pytest.fixture
def fake_stages_inline(monkeypatch):
    """Stages replaced in-process (use with --workers 0)."""
    import pipeline.process

    monkeypatch.setattr(pipeline.process, "process_file", fake_stages.process_file)
    return fake_stages


@pytest.fixture
def batch(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "vasa-2023.txt").write_text(fake_stages.program_text("Vasa"), encoding="utf-8")
    (d / "sub" / "borga-2022.txt").write_text(fake_stages.program_text("Borgå", 3), encoding="utf-8")
    (d / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    (d / "notes.md").write_text("ignored: not .pdf/.txt")
    return d
