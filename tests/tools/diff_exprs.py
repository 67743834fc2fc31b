#!/usr/bin/env python3
"""Differential check of expression semantics against CPython.

Generates random expressions over ints, big ints, floats, complex, bools, str, list,
tuple and None with the arithmetic/comparison operators and common built-ins, runs
each batch under python3 and pyjit, and prints every line whose result differs
(str hashes are skipped: CPython randomizes them).

    tests/tools/diff_exprs.py PYJIT_BINARY [SEEDS]
"""
import random
import subprocess
import sys
import tempfile

ATOMS = ["0", "1", "-1", "2", "3", "7", "-7", "10**20", "-(2**63)", "2**63-1", "0.5", "-2.5",
         "1e300", "1e-300", "float('inf')", "float('nan')", "True", "False", "3.0", "-0.0",
         "12345678901234567890", "(1+2j)", "'ab'", "[1, 2]", "(3,)", "None"]
OPS = ["+", "-", "*", "/", "//", "%", "&", "|", "^", "<", "<=", "==", "!=", ">", ">="]
FUNCS = ["abs", "round", "int", "float", "str", "repr", "bool", "divmod", "min", "max",
         "bin", "hex", "oct", "len", "-", "+", "~", "not "]


def expr(rng, depth):
    r = rng.random()
    if depth <= 0 or r < 0.3:
        return rng.choice(ATOMS)
    if r < 0.7:
        return "(%s %s %s)" % (expr(rng, depth - 1), rng.choice(OPS), expr(rng, depth - 1))
    f = rng.choice(FUNCS)
    if f in ("divmod", "min", "max"):
        return "%s(%s, %s)" % (f, expr(rng, depth - 1), expr(rng, depth - 1))
    if f in ("-", "+", "~", "not "):
        return "(%s%s)" % (f, expr(rng, depth - 1))
    return "%s(%s)" % (f, expr(rng, depth - 1))


def program(seed, count=300):
    rng = random.Random(seed)
    lines = [
        "def show(s):",
        "    try:",
        "        v = eval(s)",
        "        print(repr(v) if not isinstance(v, float) or v == v else 'nan')",
        "    except Exception as e:",
        "        print(type(e).__name__, str(e)[:60])",
    ]
    exprs = [expr(rng, 3) for _ in range(count)]
    lines += ["show(%r)" % e for e in exprs]
    return exprs, "\n".join(lines) + "\n"


def main():
    binary = sys.argv[1]
    seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    bad = 0
    for seed in range(seeds):
        exprs, text = program(seed)
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(text)
        want = subprocess.run(["python3", f.name], capture_output=True, text=True, timeout=60).stdout.splitlines()
        got = subprocess.run([binary, f.name], capture_output=True, text=True, timeout=60).stdout.splitlines()
        for e, w, g in zip(exprs, want, got):
            if w != g and "hash(" not in e:
                bad += 1
                print(f"{e}\n  cpython: {w}\n  pyjit:   {g}")
        if len(want) != len(got):
            bad += 1
            print(f"seed {seed}: {len(want)} lines from CPython, {len(got)} from pyjit")
    print(f"{bad} difference(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
