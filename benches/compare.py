#!/usr/bin/env python3
"""Side-by-side benchmark harness: pyjit, CPython, PyPy and C on the same programs.

Run through benches/compare.sh, which builds pyjit and finds the other systems.
For every program in benches/py (or the names given), each system runs it N times,
the systems taking turns so that a slow phase of the machine hits all of them alike.
CPython's output is the reference checksum: a system that prints something else
is reported as a MISMATCH, never as a time. A program that prints a line starting
with "skip:" (a module the system lacks) is reported as skipped for that system.

Writes benches/results/latest.md (median seconds, ratios, geometric means, peak
memory) and benches/results/latest.svg (speedup over CPython, log scale).
"""

import argparse
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY_DIR = HERE / "py"
C_DIR = HERE / "c"
RESULTS = HERE / "results"
TIMEOUT_S = 300

# Systems in table order; CPython is the reference.
SYSTEMS = ["pyjit", "cpython", "pypy", "c"]
LABELS = {"pyjit": "pyjit", "cpython": "CPython", "pypy": "PyPy", "c": "C (cc -O2)"}
COLORS = {"pyjit": "#d62728", "pypy": "#1f77b4", "c": "#7f7f7f", "cpython": "#2ca02c"}


@dataclass
class Run:
    """One execution of a program."""

    seconds: float
    max_rss_kb: int
    stdout: str
    status: int
    stderr_tail: str


@dataclass
class Outcome:
    """All runs of one program under one system, and its verdict."""

    runs: list = field(default_factory=list)
    verdict: str = "ok"  # ok | skipped | failed | mismatch | absent
    detail: str = ""

    @property
    def median(self):
        return statistics.median(r.seconds for r in self.runs) if self.runs else None

    @property
    def peak_mb(self):
        return max(r.max_rss_kb for r in self.runs) / 1024 if self.runs else None


def run_once(cmd, measure):
    """Run `cmd` through the `measure` launcher, which times it (fork to exit) and
    reads its peak RSS; returns those with its stdout and exit status."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as stats:
        proc = subprocess.Popen([measure, stats.name] + cmd, stdout=out, stderr=err)
        # A blocking wait (wait with a timeout polls and rounds times up); a timer
        # kills a runaway program.
        timer = threading.Timer(TIMEOUT_S, proc.kill)
        timer.start()
        proc.wait()
        timer.cancel()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace").strip()
        fields = stats.read().split()
    rss, seconds = (int(fields[0]), float(fields[1])) if len(fields) == 2 else (0, TIMEOUT_S)
    tail = stderr.splitlines()[-1] if stderr else ""
    return Run(seconds, rss, stdout, proc.returncode, tail)


def compare_outputs(reference, outputs):
    """Names of the systems whose output differs from the reference output.

    `outputs` maps a system name to its stdout; skipped systems are not passed in.
    """
    return sorted(name for name, out in outputs.items() if out != reference)


def classify(outcome, reference):
    """Set the verdict of `outcome` from its runs and the reference output."""
    if not outcome.runs:
        return
    first = outcome.runs[0]
    if any(r.status != 0 for r in outcome.runs):
        bad = next(r for r in outcome.runs if r.status != 0)
        outcome.verdict, outcome.detail = "failed", f"exit {bad.status}: {bad.stderr_tail}"
    elif first.stdout.startswith("skip:"):
        outcome.verdict, outcome.detail = "skipped", first.stdout.strip()
    elif reference is not None and compare_outputs(reference, {"x": first.stdout}):
        outcome.verdict, outcome.detail = "mismatch", first.stdout.strip()[:80]
    elif len({r.stdout for r in outcome.runs}) > 1:
        outcome.verdict, outcome.detail = "mismatch", "output differs between runs"


def build_c(src, build_dir):
    """Compile a C file with cc -O2 (when stale); None when it does not exist."""
    if not src.exists():
        return None
    exe = build_dir / src.stem
    if not exe.exists() or exe.stat().st_mtime < src.stat().st_mtime:
        subprocess.run(["cc", "-O2", "-o", str(exe), str(src), "-lm"], check=True)
    return exe


def c_versions():
    """Map benchmark name -> C source. A C file serves the benchmark of its own name,
    or those listed on a `compare: name ...` line in its header comment."""
    found = {}
    for src in sorted(C_DIR.glob("*.c")):
        head = src.read_text()[:2000]
        m = re.search(r"^\s*\*?\s*compare:\s*(.+)$", head, re.MULTILINE)
        for name in m.group(1).split() if m else [src.stem]:
            found[name] = src
    return found


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None


def fmt_s(x):
    return "—" if x is None else f"{x:.3f}"


def fmt_ratio(x):
    return "—" if x is None else f"{x:.2f}"


def cell(outcome):
    if outcome is None or outcome.verdict == "absent":
        return "—"
    if outcome.verdict == "ok":
        return fmt_s(outcome.median)
    return outcome.verdict.upper() if outcome.verdict != "skipped" else "skipped"


def ratio(results, name, a, b):
    oa, ob = results[name].get(a), results[name].get(b)
    if oa and ob and oa.verdict == "ok" and ob.verdict == "ok":
        return oa.median / ob.median
    return None


def write_markdown(path, names, systems, results, runs, notes):
    lines = [
        "# Benchmark results",
        "",
        f"Median wall-clock seconds of {runs} runs per system (the systems take turns).",
        "Ratios are pyjit's time over the other system's: below 1 means pyjit is faster.",
        "",
        "| benchmark | " + " | ".join(LABELS[s] + " s" for s in systems)
        + " | pyjit/CPython | pyjit/PyPy | pyjit/C |",
        "|---|" + "---:|" * (len(systems) + 3),
    ]
    for name in names:
        row = [name] + [cell(results[name].get(s)) for s in systems]
        row += [fmt_ratio(ratio(results, name, "pyjit", o)) for o in ("cpython", "pypy", "c")]
        lines.append("| " + " | ".join(row) + " |")
    gm = [geomean(ratio(results, n, "pyjit", o) for n in names) for o in ("cpython", "pypy", "c")]
    lines.append(
        "| **geometric mean** | " + " | ".join("" for _ in systems) + " | "
        + " | ".join(fmt_ratio(g) for g in gm) + " |"
    )
    lines += ["", "Peak memory (MiB, maximum resident set over the runs):", ""]
    lines.append("| benchmark | " + " | ".join(LABELS[s] for s in systems) + " |")
    lines.append("|---|" + "---:|" * len(systems))
    for name in names:
        row = [name]
        for s in systems:
            o = results[name].get(s)
            row.append(f"{o.peak_mb:.1f}" if o and o.verdict == "ok" and o.peak_mb else "—")
        lines.append("| " + " | ".join(row) + " |")
    problems = [
        f"- {name} under {LABELS[s]}: {o.verdict}: {o.detail}"
        for name in names
        for s, o in results[name].items()
        if o.verdict in ("failed", "mismatch", "skipped")
    ]
    if problems:
        lines += ["", "Not timed:", ""] + problems
    if notes:
        lines += ["", "Notes:", ""] + [f"- {n}" for n in notes]
    path.write_text("\n".join(lines) + "\n")


def write_svg(path, names, systems, results):
    """Grouped horizontal bars: speedup over CPython per benchmark, log-scale axis."""
    shown = [s for s in systems if s != "cpython"]
    speedups = {}
    for name in names:
        for s in shown:
            r = ratio(results, name, "cpython", s)
            if r:
                speedups[(name, s)] = r
    values = list(speedups.values()) or [1.0]
    lo = 10 ** math.floor(math.log10(min(values + [1.0])))
    hi = 10 ** math.ceil(math.log10(max(values + [1.0])))
    if hi <= lo:
        hi = lo * 10
    bar_h, gap, left, width, top = 9, 8, 140, 520, 40
    group_h = bar_h * len(shown) + gap
    height = top + group_h * len(names) + 50

    def x_of(v):
        return left + width * (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 40}" '
        f'height="{height}" font-family="sans-serif" font-size="11">',
        f'<text x="{left}" y="18" font-size="13">Speedup over CPython 3.11 '
        "(log scale; right of the line is faster)</text>",
    ]
    decade = lo
    while decade <= hi * 1.0001:
        x = x_of(decade)
        out.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" '
                   f'y2="{height - 40}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{height - 26}" text-anchor="middle">'
                   f"{decade:g}×</text>")
        decade *= 10
    x1 = x_of(1.0)
    for i, name in enumerate(names):
        y0 = top + i * group_h
        out.append(f'<text x="{left - 6}" y="{y0 + group_h / 2:.1f}" '
                   f'text-anchor="end">{name}</text>')
        for j, s in enumerate(shown):
            v = speedups.get((name, s))
            if v is None:
                o = results[name].get(s)
                if o is not None and o.verdict in ("skipped", "failed", "mismatch"):
                    out.append(f'<text x="{x1 + 4:.1f}" y="{y0 + j * bar_h + bar_h - 1}" '
                               f'font-size="9" fill="{COLORS[s]}">{LABELS[s]}: '
                               f"{o.verdict}</text>")
                continue
            xa, xb = sorted((x1, x_of(v)))
            y = y0 + j * bar_h
            out.append(f'<rect x="{xa:.1f}" y="{y}" width="{max(xb - xa, 1):.1f}" '
                       f'height="{bar_h - 1}" fill="{COLORS[s]}">'
                       f"<title>{name} {LABELS[s]}: {v:.2f}×</title></rect>")
    out.append(f'<line x1="{x1:.1f}" y1="{top - 6}" x2="{x1:.1f}" y2="{height - 40}" '
               'stroke="#000"/>')
    lx = left
    for s in shown:
        out.append(f'<rect x="{lx}" y="{height - 16}" width="10" height="10" '
                   f'fill="{COLORS[s]}"/>')
        out.append(f'<text x="{lx + 14}" y="{height - 7}">{LABELS[s]}</text>')
        lx += 110
    out.append("</svg>")
    path.write_text("\n".join(out) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help="benchmark names (default: all in benches/py)")
    ap.add_argument("-n", "--runs", type=int, default=5, help="runs per system (default 5)")
    ap.add_argument("--pyjit", required=True, help="path of the pyjit binary")
    ap.add_argument("--cpython", default=sys.executable, help="CPython 3.11 interpreter")
    ap.add_argument("--pypy", default="", help="PyPy interpreter (empty: column skipped)")
    ap.add_argument("--out", default=str(RESULTS), help="directory for latest.md/.svg")
    args = ap.parse_args(argv)

    available = sorted(p.stem for p in PY_DIR.glob("*.py"))
    names = args.names or available
    unknown = [n for n in names if n not in available]
    if unknown:
        ap.error(f"no such benchmark: {', '.join(unknown)} (have: {', '.join(available)})")

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    build_dir = Path(os.environ.get("CARGO_TARGET_DIR", HERE.parent / "target")) / "bench-c"
    build_dir.mkdir(parents=True, exist_ok=True)

    measure = str(build_c(HERE / "harness" / "measure.c", build_dir))
    notes = []
    systems = ["pyjit", "cpython"]
    if args.pypy:
        systems.append("pypy")
    else:
        notes.append("PyPy column skipped: pypy3 not available on this machine.")
    systems.append("c")

    c_sources = c_versions()
    results = {}
    for name in names:
        prog = str(PY_DIR / f"{name}.py")
        cmds = {"pyjit": [args.pyjit, prog], "cpython": [args.cpython, prog]}
        if args.pypy:
            cmds["pypy"] = [args.pypy, prog]
        exe = build_c(c_sources[name], build_dir) if name in c_sources else None
        if exe:
            cmds["c"] = [str(exe)]
        results[name] = {s: Outcome() for s in cmds}
        if "c" not in cmds:
            results[name]["c"] = Outcome(verdict="absent")
        for i in range(args.runs):
            for s, cmd in cmds.items():
                results[name][s].runs.append(run_once(cmd, measure))
                # A system that fails or skips is not run again.
                first = results[name][s].runs[0]
                if first.status != 0 or first.stdout.startswith("skip:"):
                    cmds = {k: v for k, v in cmds.items() if k != s}
        ref = results[name]["cpython"]
        classify(ref, None)
        reference = ref.runs[0].stdout if ref.verdict == "ok" else None
        for s, o in results[name].items():
            if s != "cpython":
                classify(o, reference)
        summary = "  ".join(f"{s}={cell(o)}" for s, o in results[name].items())
        print(f"{name:<16} {summary}", flush=True)

    write_markdown(out_dir / "latest.md", names, systems, results, args.runs, notes)
    write_svg(out_dir / "latest.svg", names, systems, results)
    print(f"wrote {out_dir / 'latest.md'} and {out_dir / 'latest.svg'}")
    bad = [(n, s) for n in names for s, o in results[n].items() if o.verdict in ("failed", "mismatch")]
    for n, s in bad:
        o = results[n][s]
        print(f"{o.verdict.upper()}: {n} under {LABELS[s]}: {o.detail}", file=sys.stderr)
    return 1 if any(results[n][s].verdict == "mismatch" for n, s in bad) else 0


if __name__ == "__main__":
    sys.exit(main())
