# Two commands set up a fresh machine: `make demo` and `make test` (see README.md).
# Both bootstrap .venv from the project files alone and install the system packages koto
# needs (Tesseract with Swedish data, the hunspell Swedish dictionary) when they are missing.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
KOTO   := $(VENV)/bin/koto
# the install compiles normalizers/_fastrepair.c (setup.py): a change to it installs again
BUILD  := pyproject.toml setup.py normalizers/_fastrepair.c
STAMP  := $(VENV)/.installed-$(shell cat $(BUILD) | cksum | cut -d' ' -f1)
DB     ?= koto.duckdb

.PHONY: demo test bench sysdeps venv clean report-screenshot

venv: $(STAMP)

$(STAMP): $(BUILD)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

sysdeps:
	@bash scripts/ensure_sysdeps.sh

demo: $(STAMP) sysdeps
	$(KOTO) demo --db $(DB)

test: $(STAMP) sysdeps
	$(PY) -m pytest -q

bench: $(STAMP) sysdeps
	@KOTO_BENCH_SYSDEPS=1 bash scripts/ensure_sysdeps.sh
	$(PY) -m pip install --quiet -e '.[test,fixtures]'
	$(PY) -m bench.run_all

report-screenshot: $(STAMP) sysdeps
	@test -f $(DB) || $(KOTO) demo --db $(DB)
	$(PY) -m warehouse.report_browser --db $(DB) --html report.html --png report.png

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
