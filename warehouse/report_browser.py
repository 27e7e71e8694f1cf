"""Open a koto report in headless Chromium (Debian's `chromium` package): the DOM as rendered,
console messages, and a screenshot. Used by the report tests and `make report-screenshot`:

    python -m warehouse.report_browser --db koto.duckdb --html report.html --png report.png
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = "apt-get update && apt-get install -y chromium"

__all__ = ["ChromiumMissing", "find_chromium", "render", "screenshot", "Rendered", "INSTALL_HINT"]


class ChromiumMissing(RuntimeError):
    pass


def find_chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        p = shutil.which(name)
        if p:
            return p
    raise ChromiumMissing(f"headless Chromium not found; install it as root: {INSTALL_HINT}")


_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run",
          "--disable-default-apps", "--disable-extensions", "--mute-audio",
          "--enable-logging=stderr", "--v=0"]

# Chromium logs page console messages as `INFO:CONSOLE(12)] "message", source: ...`
# (or `:INFO:CONSOLE:12]`); the report has no script, so any of them is a problem.
_CONSOLE = re.compile(r"CONSOLE[:(]\d*\)?\]\s*(.*)")


@dataclass
class Rendered:
    dom: str
    console: list[str]  # console messages of the page (errors, CSP violations, ...)
    stderr: str


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="koto-chromium-") as profile:
        env = dict(os.environ)
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        # its own process group, so that a hung browser is ended with all its helpers
        proc = subprocess.Popen(
            [find_chromium(), *_FLAGS, f"--user-data-dir={profile}", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
            env=env, start_new_session=True,
        )
        try:
            out, errs = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise RuntimeError(f"chromium did not finish within {timeout:.0f} s") from None
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, errs)


def _console(stderr: str) -> list[str]:
    return [m.group(1).strip() for line in stderr.splitlines() if (m := _CONSOLE.search(line))]


def render(html_path: str | os.PathLike, timeout: float = 90) -> Rendered:
    """The DOM Chromium built from the file, and the page's console messages."""
    url = Path(html_path).resolve().as_uri()
    cp = _run(["--dump-dom", url], timeout)
    if cp.returncode != 0:
        raise RuntimeError(f"chromium --dump-dom failed ({cp.returncode}): {cp.stderr[-2000:]}")
    return Rendered(cp.stdout, _console(cp.stderr), cp.stderr)


def screenshot(html_path: str | os.PathLike, png_path: str | os.PathLike,
               size: str = "1280,2000", timeout: float = 90) -> Rendered:
    """Write a PNG of the page (window size 'W,H'); returns the console messages too."""
    png = Path(png_path).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    if png.exists():
        png.unlink()
    url = Path(html_path).resolve().as_uri()
    cp = _run([f"--screenshot={png}", f"--window-size={size}", "--hide-scrollbars", url], timeout)
    if cp.returncode != 0 or not png.exists():
        raise RuntimeError(f"chromium --screenshot failed ({cp.returncode}): {cp.stderr[-2000:]}")
    return Rendered("", _console(cp.stderr), cp.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="koto.duckdb")
    ap.add_argument("--html", default="report.html")
    ap.add_argument("--png", default="report.png")
    ap.add_argument("--size", default="1280,2000")
    a = ap.parse_args(argv)
    from warehouse.report import write_report

    try:
        write_report(a.db, a.html)
        r = screenshot(a.html, a.png, a.size)
    except ChromiumMissing as ex:
        print(f"koto: {ex}", file=sys.stderr)
        return 1
    except Exception as ex:  # one line for make
        print(f"koto: {str(ex).splitlines()[0] if str(ex) else type(ex).__name__}", file=sys.stderr)
        return 1
    for msg in r.console:
        print(f"koto: console: {msg}", file=sys.stderr)
    print(f"{a.html} -> {a.png}")
    return 1 if r.console else 0


if __name__ == "__main__":
    sys.exit(main())
