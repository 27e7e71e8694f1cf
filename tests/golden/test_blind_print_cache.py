"""bench.blind_programs keeps typeset prints in a cache: a print is typeset again when its
source.json or a renderer changed since, judged by content (a cache copied after a renderer fix
has newer file times than the fix and must still not be trusted)."""

import json

from bench import blind_programs as B


def _setup(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(B, "OUT", tmp_path / "out")
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(B, "typeset", lambda source, style: calls.append(style) or b"%PDF-1.4 stub")
    d = tmp_path / "blind999-testby-2025-2028"
    d.mkdir()
    (d / "source.json").write_text(json.dumps({"blocks": []}), encoding="utf-8")
    renderer, base = tmp_path / "render_more.py", tmp_path / "render.py"
    for f in (renderer, base):
        f.write_text("# a renderer\n")
    monkeypatch.setattr(B.M, "__file__", str(renderer))
    monkeypatch.setattr(B.R, "__file__", str(base))
    return calls, d, renderer


def test_cached_print_is_reused_until_a_renderer_changes(tmp_path, monkeypatch):
    calls, d, renderer = _setup(tmp_path, monkeypatch)
    B.cached_print(d, {}, "cards")
    B.cached_print(d, {}, "cards")
    assert calls == ["cards"]  # nothing changed: reused
    renderer.write_text("# a renderer, fixed\n")
    pdf = B.cached_print(d, {}, "cards")
    assert calls == ["cards", "cards"]
    # a print copied after the fix (newer than the renderer) but typeset before it
    renderer.write_text("# fixed again\n")
    pdf.write_bytes(pdf.read_bytes())
    B.cached_print(d, {}, "cards")
    assert calls == ["cards", "cards", "cards"]


def test_cached_print_is_typeset_again_when_its_source_changes(tmp_path, monkeypatch):
    calls, d, _ = _setup(tmp_path, monkeypatch)
    B.cached_print(d, {}, "ruled")
    B.cached_print(d, {}, "numbered")
    (d / "source.json").write_text(json.dumps({"blocks": [{"kind": "heading"}]}), encoding="utf-8")
    B.cached_print(d, {}, "ruled")
    assert calls == ["ruled", "numbered", "ruled"]
