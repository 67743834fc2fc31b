#!/usr/bin/env bash
# Quick pyjit-vs-CPython check on the interpreter programs of issue 2 (fib,
# float_loop, int_dict, list_floats, method_calls), or on the benches/py programs
# whose names contain the given substring. Prints, per program, the best of N runs
# (CPU seconds, the two systems alternating) for each and the ratio pyjit/CPython
# (below 1 means pyjit is faster), and checks both print the same. The full
# comparison with PyPy and C, with tables and a chart, is benches/compare.sh.
#
#   benches/quick.sh [N] [name-substring]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
filter=${2:-}
cargo build --release --quiet
# The real interpreter, not a version-manager shim (pyenv's costs ~80 ms per start).
cpython=$(python3 -c 'import sys; print(sys.executable)')
bin=${CARGO_TARGET_DIR:-$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')}/release/pyjit
printf "%-16s %10s %10s %8s  %s\n" program pyjit_s cpython_s ratio output
if [ -n "$filter" ]; then
    progs=$(ls benches/py/*"$filter"*.py)
else
    progs="benches/py/fib.py benches/py/float_loop.py benches/py/int_dict.py benches/py/list_floats.py benches/py/method_calls.py"
fi
for prog in $progs; do
    python3 - "$bin" "$prog" "$runs" "$cpython" <<'PY'
import os, subprocess, sys
binary, prog, runs, cpython = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def once(cmd):
    # CPU time (user + sys) of the child: less sensitive to other load than wall time.
    before = os.times()
    r = subprocess.run(cmd, capture_output=True, text=True)
    after = os.times()
    t = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    out = r.stdout if r.returncode == 0 else f"exit {r.returncode}: {r.stderr.strip().splitlines()[-1:]}"
    return t, out
# Alternate the two systems so a slow phase of the machine hits both alike.
tp, tc = [], []
for _ in range(runs):
    t, op = once([binary, prog]); tp.append(t)
    t, oc = once([cpython, prog]); tc.append(t)
tp, tc = min(tp), min(tc)
name = prog.rsplit("/", 1)[-1][:-3]
print(f"{name:<16} {tp:10.3f} {tc:10.3f} {tp / tc:8.2f}  {'same' if op == oc else 'DIFFERENT'}")
PY
done
