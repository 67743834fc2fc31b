"""Checks that the harness reports a wrong checksum as a mismatch, never as a time.

Run by tests/bench_harness.rs (cargo test) and directly: python3 benches/harness/test_compare.py
"""

import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import compare  # noqa: E402


def run(stdout, status=0):
    return compare.Run(0.1, 1000, stdout, status, "")


class ChecksumComparison(unittest.TestCase):
    def test_compare_outputs_names_the_systems_that_differ(self):
        ref = "42\n"
        outs = {"pyjit": "42\n", "pypy": "41\n", "c": "42"}
        self.assertEqual(compare.compare_outputs(ref, outs), ["c", "pypy"])

    def test_wrong_checksum_is_a_mismatch(self):
        o = compare.Outcome(runs=[run("3.141592\n"), run("3.141592\n")])
        compare.classify(o, "3.141593\n")
        self.assertEqual(o.verdict, "mismatch")

    def test_matching_checksum_is_timed(self):
        o = compare.Outcome(runs=[run("7\n"), run("7\n")])
        compare.classify(o, "7\n")
        self.assertEqual(o.verdict, "ok")
        self.assertAlmostEqual(o.median, 0.1)

    def test_output_changing_between_runs_is_a_mismatch(self):
        o = compare.Outcome(runs=[run("7\n"), run("8\n")])
        compare.classify(o, "7\n")
        self.assertEqual(o.verdict, "mismatch")

    def test_skip_line_and_failure(self):
        skipped = compare.Outcome(runs=[run("skip: No module named 'array'\n")])
        compare.classify(skipped, "1\n")
        self.assertEqual(skipped.verdict, "skipped")
        failed = compare.Outcome(runs=[run("", status=1)])
        compare.classify(failed, "1\n")
        self.assertEqual(failed.verdict, "failed")

    def test_report_shows_mismatch_instead_of_a_time(self):
        results = {
            "prog": {
                "pyjit": compare.Outcome(runs=[run("1\n")], verdict="mismatch", detail="1"),
                "cpython": compare.Outcome(runs=[run("2\n")]),
                "c": compare.Outcome(verdict="absent"),
            }
        }
        with tempfile.TemporaryDirectory() as d:
            md = Path(d) / "latest.md"
            compare.write_markdown(md, ["prog"], ["pyjit", "cpython", "c"], results, 1, [])
            text = md.read_text()
        row = next(line for line in text.splitlines() if line.startswith("| prog |"))
        self.assertIn("MISMATCH", row)
        self.assertNotIn("0.100 | 0.100", row)
        self.assertIn("prog under pyjit: mismatch", text)


if __name__ == "__main__":
    unittest.main()
