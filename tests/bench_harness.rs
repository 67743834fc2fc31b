//! The benchmark harness (benches/compare.py) is not run by `cargo test`, but its
//! checksum comparison is: a system printing a wrong checksum must be reported as a
//! mismatch, never timed. This runs the harness's own unit tests with python3.

use std::process::Command;

#[test]
fn harness_reports_checksum_mismatches() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("python3")
        .arg(format!("{root}/benches/harness/test_compare.py"))
        .output()
        .expect("python3 is needed to test the benchmark harness");
    assert!(
        out.status.success(),
        "benches/harness/test_compare.py failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
