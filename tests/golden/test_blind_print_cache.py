"""bench.blind_programs keeps typeset prints in a cache: a print is typeset again when its
source.json or a renderer is newer than it, so a renderer fix never leaves stale prints."""

import json
import os

from bench import blind_programs as B


def _programme(tmp_path):
    d = tmp_path / "blind999-testby-2025-2028"
    d.mkdir()
    (d / "source.json").write_text(json.dumps({"blocks": []}), encoding="utf-8")
    return d


def test_cached_print_is_reused_until_a_renderer_changes(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(B, "OUT", tmp_path / "out")
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(B, "typeset", lambda source, style: calls.append(style) or b"%PDF-1.4 stub")
    d = _programme(tmp_path)
    renderer, base = tmp_path / "render_more.py", tmp_path / "render.py"
    for f in (renderer, base):
        f.write_text("# a renderer\n")
    monkeypatch.setattr(B.M, "__file__", str(renderer))
    monkeypatch.setattr(B.R, "__file__", str(base))
    old = 1_000_000_000
    for f in (d / "source.json", renderer, base):
        os.utime(f, (old, old))

    pdf = B.cached_print(d, {}, "cards")
    assert calls == ["cards"]
    os.utime(pdf, (old + 10, old + 10))
    B.cached_print(d, {}, "cards")
    assert calls == ["cards"]  # nothing newer than the print: reused

    os.utime(renderer, (old + 20, old + 20))  # the renderer was changed after the print
    B.cached_print(d, {}, "cards")
    assert calls == ["cards", "cards"]


def test_cached_print_is_typeset_again_when_its_source_changes(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(B, "OUT", tmp_path / "out")
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(B, "typeset", lambda source, style: calls.append(style) or b"%PDF-1.4 stub")
    d = _programme(tmp_path)
    pdf = B.cached_print(d, {}, "ruled")
    newest = max(os.stat(p).st_mtime for p in (B.R.__file__, B.M.__file__))
    os.utime(pdf, (newest + 10, newest + 10))
    os.utime(d / "source.json", (newest + 20, newest + 20))
    B.cached_print(d, {}, "ruled")
    assert calls == ["ruled", "ruled"]
