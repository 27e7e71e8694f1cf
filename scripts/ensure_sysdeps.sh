#!/usr/bin/env bash
# Installs the system packages koto needs when they are missing: Tesseract with its Swedish
# (and English, for the damage benchmarks) data, the hunspell Swedish dictionary, and headless
# Chromium for the report tests.
# As root it uses apt-get; otherwise it prints the exact command and carries on, so that the
# parts of koto that need none of these still work.
set -u
pkgs=()
command -v tesseract >/dev/null 2>&1 || pkgs+=(tesseract-ocr)
tessdata_has() { tesseract --list-langs 2>/dev/null | grep -qx "$1"; }
tessdata_has swe || pkgs+=(tesseract-ocr-swe)
tessdata_has eng || pkgs+=(tesseract-ocr-eng)
# headless Chromium renders koto report in the tests and for `make report-screenshot`
command -v chromium >/dev/null 2>&1 || pkgs+=(chromium fonts-dejavu-core)
ls /usr/share/hunspell/sv_FI.dic /usr/share/hunspell/sv_SE.dic >/dev/null 2>&1 || pkgs+=(hunspell-sv)
# `make bench` only: LibreOffice prints the Word-producer fixtures (bench.producers)
if [ "${KOTO_BENCH_SYSDEPS:-0}" = 1 ]; then
  command -v soffice >/dev/null 2>&1 || pkgs+=(libreoffice-writer-nogui)
fi
[ ${#pkgs[@]} -eq 0 ] && exit 0
cmd="apt-get install -y --no-install-recommends ${pkgs[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "koto: installing ${pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && $cmd >/dev/null || { echo "koto: '$cmd' failed" >&2; exit 1; }
else
  echo "koto: missing system packages; run as root: apt-get update && $cmd" >&2
fi
