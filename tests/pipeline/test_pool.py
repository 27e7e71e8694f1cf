"""The process pool: limits per document, one bad document never stops the batch."""

import time

from pipeline.pool import Job, run_pool

import fake_stages

TARGET = "fake_stages:process_file"


def _job(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return Job(str(p), "0" * 64, {}, p.stat().st_size)


def test_pool_survives_hang_spin_crash_and_memory_hog(tmp_path):
    jobs = [
        _job(tmp_path, "good1.txt", fake_stages.program_text("Vasa")),
        _job(tmp_path, "sleep.txt", "SLEEP\n"),
        _job(tmp_path, "spin.txt", "SPIN\n"),
        _job(tmp_path, "segv.txt", "SEGV\n"),
        _job(tmp_path, "hog.txt", "HOG\n"),
        _job(tmp_path, "boom.txt", "BOOM\n"),
        _job(tmp_path, "good2.txt", fake_stages.program_text("Borgå")),
    ]
    t0 = time.monotonic()
    outs = {o.job.path.rsplit("/", 1)[1]: o
            for o in run_pool(jobs, 2, timeout_s=3, mem_mb=400, target=TARGET)}
    assert time.monotonic() - t0 < 40
    assert set(outs) == {j.path.rsplit("/", 1)[1] for j in jobs}
    assert outs["good1.txt"].ok and outs["good2.txt"].ok
    assert '"Vasa mål 1"' in outs["good1.txt"].payload
    assert "time limit" in outs["sleep.txt"].reason
    assert "time limit" in outs["spin.txt"].reason
    assert "segmentation" in outs["segv.txt"].reason
    assert "memory" in outs["hog.txt"].reason
    assert outs["boom.txt"].reason == "ValueError: boom at line 3"
    for o in outs.values():
        assert o.ok or "\n" not in o.reason


def test_inline_mode_runs_in_process(tmp_path):
    jobs = [_job(tmp_path, "a.txt", fake_stages.program_text("Pargas")),
            _job(tmp_path, "b.txt", "BOOM\n")]
    outs = {o.job.path.rsplit("/", 1)[1]: o for o in run_pool(jobs, 0, target=TARGET)}
    assert outs["a.txt"].ok and not outs["b.txt"].ok
