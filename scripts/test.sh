#!/usr/bin/env bash
# Install the test extras into .venv and run the type checker and the test suite (the README's
# second command). The HTML view is tested in a real headless Chromium: Debian's package,
# installed here when missing (CI runs as root on a fresh machine).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: install Debian's chromium package (sudo apt-get install chromium)" >&2
  fi
fi
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
.venv/bin/python -m ruff check graph tests benchmarks
.venv/bin/python -m mypy
.venv/bin/python -m pytest
