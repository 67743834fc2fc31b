#!/usr/bin/env bash
# Benchmark pyjit side by side with CPython 3.11, PyPy and C (see benches/compare.py).
#
#   benches/compare.sh [-n RUNS] [name ...]
#
# Builds pyjit in release mode, installs pypy3 with apt when it is missing and apt
# can be used (otherwise the PyPy column is reported as skipped), compiles the C
# versions with cc -O2, runs every program RUNS times (default 5) per system and
# writes benches/results/latest.md and benches/results/latest.svg.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
target=${CARGO_TARGET_DIR:-$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')}

# The real interpreter binary: a version-manager shim (pyenv) adds ~80 ms per start.
cpython=$(python3 -c 'import sys; print(sys.executable)')

pypy=$(command -v pypy3 || true)
if [ -z "$pypy" ] && command -v apt-get >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo -n"; fi
    echo "pypy3 not found: installing it with apt-get" >&2
    if $sudo apt-get install -y -qq pypy3 >/dev/null 2>&1 ||
        { $sudo apt-get update -qq >/dev/null 2>&1 &&
            $sudo apt-get install -y -qq pypy3 >/dev/null 2>&1; }; then
        pypy=$(command -v pypy3 || true)
    fi
    [ -n "$pypy" ] || echo "could not install pypy3: the PyPy column is skipped" >&2
fi

if ! command -v cc >/dev/null 2>&1; then
    echo "cc is required for the C column" >&2
    exit 1
fi

exec python3 benches/compare.py --pyjit "$target/release/pyjit" --cpython "$cpython" \
    --pypy "$pypy" "$@"
