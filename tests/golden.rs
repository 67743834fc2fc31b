//! Golden-file conformance suite: runs every `tests/py/**/*.py` with the pyjit binary (working
//! directory = the program's folder, the file name as argument) and compares stdout with
//! `.out`, the last non-empty stderr line with `.err` (when present) and the exit status with
//! `.rc` (0 when absent). Golden files come from `tests/regen.sh`; never edit them by hand.
//! Programs listed in `tests/py/XFAIL` are expected to fail; one that passes is an XPASS and
//! fails the run, as does a stale entry. `PYJIT_GOLDEN_FILTER=substring` runs a subset.
//! Folders whose names start with `_` hold modules for the programs to import and are
//! not run.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);
const THREADS: usize = 2;
const MAX_DIFF_LINES: usize = 20;

/// Every `.py` below `dir`, as (path relative to `root` with `/` separators, full path).
fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    for entry in fs::read_dir(dir).expect("readable tests/py").flatten() {
        let p = entry.path();
        if p.is_dir() {
            // `_name/` folders hold modules and packages that the programs beside
            // them import; they are not programs themselves.
            if p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'))
            {
                continue;
            }
            collect(root, &p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push((p.strip_prefix(root).unwrap().display().to_string(), p));
        }
    }
}

fn last_nonempty_line(s: &str) -> &str {
    let line = s.lines().rev().find(|l| !l.trim().is_empty());
    line.unwrap_or("").trim_end()
}

/// Line diff: LCS between the common prefix and suffix, at most MAX_DIFF_LINES lines shown
/// as `-N| text` (expected, line N) and `+N| text` (actual, line N).
fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let pre = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    let mut suf = 0;
    while suf < e.len().min(a.len()) - pre && e[e.len() - 1 - suf] == a[a.len() - 1 - suf] {
        suf += 1;
    }
    let (em, am) = (&e[pre..e.len() - suf], &a[pre..a.len() - suf]);
    let (n, m) = (em.len(), am.len());
    let mut ops: Vec<(char, usize, &str)> = Vec::new();
    if n * m <= 4_000_000 {
        let at = |i: usize, j: usize| i * (m + 1) + j;
        let mut lcs = vec![0u32; (n + 1) * (m + 1)]; // lcs[at(i, j)]: LCS of em[i..], am[j..]
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[at(i, j)] = if em[i] == am[j] {
                    lcs[at(i + 1, j + 1)] + 1
                } else {
                    lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && em[i] == am[j] {
                (i, j) = (i + 1, j + 1);
            } else if j == m || (i < n && lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                ops.push(('-', pre + i + 1, em[i]));
                i += 1;
            } else {
                ops.push(('+', pre + j + 1, am[j]));
                j += 1;
            }
        }
    } else {
        ops.extend(em.iter().enumerate().map(|(i, l)| ('-', pre + i + 1, *l)));
        ops.extend(am.iter().enumerate().map(|(j, l)| ('+', pre + j + 1, *l)));
    }
    let (ne, na) = (e.len(), a.len());
    let mut out = format!("    (-expected +actual; {ne} vs {na} lines)\n");
    for (sign, line, text) in ops.iter().take(MAX_DIFF_LINES) {
        out += &format!("    {sign}{line:>4}| {text}\n");
    }
    if ops.len() > MAX_DIFF_LINES {
        out += &format!(
            "    ... {} more differing lines\n",
            ops.len() - MAX_DIFF_LINES
        );
    }
    if ops.is_empty() {
        out.push_str("    (same lines: only line endings or the final newline differ)\n");
    }
    out
}

/// Runs one program; Ok(()) when it passes, Err(report) otherwise.
fn run_one(bin: &str, path: &Path) -> Result<(), String> {
    let golden = |ext: &str| fs::read_to_string(path.with_extension(ext)).ok();
    let expected_out = golden("out").ok_or("missing .out file (run tests/regen.sh)")?;
    let expected_rc: i32 = match golden("rc") {
        Some(s) => s.trim().parse().map_err(|_| format!("bad .rc: {s:?}"))?,
        None => 0,
    };
    let mut cmd = Command::new(bin);
    cmd.arg(path.file_name().unwrap());
    cmd.current_dir(path.parent().unwrap());
    cmd.stdin(Stdio::null());
    cmd.stdout(Stdio::piped());
    cmd.stderr(Stdio::piped());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {bin}: {e}"))?;
    // Drain both pipes on their own threads; a stray grandchild holding one must not hang us.
    let (tx, rx) = mpsc::channel();
    let out: Box<dyn Read + Send> = Box::new(child.stdout.take().unwrap());
    let err: Box<dyn Read + Send> = Box::new(child.stderr.take().unwrap());
    for (idx, mut pipe) in [(0, out), (1, err)] {
        let tx = tx.clone();
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            let _ = tx.send((idx, buf));
        });
    }
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if start.elapsed() >= TIMEOUT => {
                let group = format!("-{}", child.id()); // kill children the VM may have started
                #[cfg(unix)]
                let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let mut report = String::new();
    let mut outputs = [Vec::new(), Vec::new()];
    for _ in 0..2 {
        let Ok((idx, buf)) = rx.recv_timeout(Duration::from_secs(5)) else {
            report.push_str("  output pipe still open 5s after exit (stray child process?)\n");
            break;
        };
        outputs[idx] = buf;
    }
    let stdout = String::from_utf8_lossy(&outputs[0]);
    let stderr = String::from_utf8_lossy(&outputs[1]);
    let last_err = last_nonempty_line(&stderr);
    let want = expected_rc;
    match status.map(|st| (st, st.code())) {
        None => report += &format!("  timed out after {TIMEOUT:?} (killed)\n"),
        Some((_, Some(rc))) if rc == want => {}
        Some((_, Some(rc))) => report += &format!("  exit status {rc}, expected {want}\n"),
        Some((st, None)) => report += &format!("  killed by signal ({st}), expected {want}\n"),
    }
    if stdout != expected_out {
        report.push_str("  stdout differs:\n");
        report.push_str(&diff(&expected_out, &stdout));
    }
    if let Some(exp) = golden("err") {
        let exp = last_nonempty_line(&exp);
        if exp != last_err {
            report += &format!("  last stderr line differs:\n    -{exp}\n    +{last_err}\n");
        }
    } else if !report.is_empty() && !last_err.is_empty() {
        report += &format!("  (last stderr line: {last_err})\n");
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

/// Build the C library the ctypes programs load (tests/py/ctypes/_lib), with
/// the C compiler the `cc` crate finds, as `_lib/build.sh` does for CPython
/// runs (tests/regen.sh).
fn build_ctypes_test_library(root: &Path) {
    let dir = root.join("ctypes/_lib");
    // cc's target settings come from cargo's build-script variables: give
    // them for the machine the tests run on.
    let target = format!("{}-unknown-linux-gnu", std::env::consts::ARCH);
    let compiler = cc::Build::new()
        .target(&target)
        .host(&target)
        .opt_level(2)
        .cargo_metadata(false)
        .try_get_compiler();
    let mut cmd = match compiler {
        Ok(c) => c.to_command(),
        Err(e) => panic!("no C compiler for the ctypes test library: {e}"),
    };
    cmd.current_dir(&dir)
        .args(["-shared", "-fPIC", "-o", "libpjtest.so", "testlib.c"]);
    let status = cmd.status();
    assert!(
        status.map(|s| s.success()).unwrap_or(false),
        "could not build the ctypes test library in {}",
        dir.display()
    );
}

#[test]
fn golden() {
    let bin = env!("CARGO_BIN_EXE_pyjit");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/py");
    let filter = std::env::var("PYJIT_GOLDEN_FILTER").unwrap_or_default();
    let mut programs = Vec::new();
    collect(&root, &root, &mut programs);
    programs.retain(|(name, _)| name.contains(&filter));
    if programs.iter().any(|(name, _)| name.starts_with("ctypes/")) {
        build_ctypes_test_library(&root);
    }
    programs.sort();
    let xfail_text = fs::read_to_string(root.join("XFAIL")).unwrap_or_default();
    let xfail: BTreeSet<&str> = xfail_text
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .filter(|l| !l.is_empty())
        .collect();
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| {
                while let Some((name, path)) = programs.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let result = run_one(bin, path);
                    results.lock().unwrap().push((name.as_str(), result));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|r| r.0);
    let (mut pass, mut xfailed, mut fail, mut xpass) = (0, 0, Vec::new(), Vec::new());
    for (name, result) in &results {
        match (result, xfail.contains(name)) {
            (Ok(()), false) => pass += 1,
            (Err(_), true) => xfailed += 1,
            (Ok(()), true) => {
                println!("XPASS {name} (listed in tests/py/XFAIL but passes: remove it)");
                xpass.push(name);
            }
            (Err(report), false) => {
                println!("FAIL {name}\n{report}");
                fail.push(name);
            }
        }
    }
    let stale: Vec<_> = (xfail.iter())
        .filter(|x| filter.is_empty() && !programs.iter().any(|(n, _)| n == *x))
        .collect();
    for name in &stale {
        println!("STALE XFAIL entry {name}: no such program");
    }
    let (nf, nx, ns) = (fail.len(), xpass.len(), stale.len());
    println!(
        "golden: {} programs: {pass} passed, {nf} failed, {xfailed} xfail, {nx} xpass, {ns} stale",
        results.len()
    );
    for name in &fail {
        println!("  failed: {name}");
    }
    if programs.is_empty() && filter.is_empty() {
        panic!("no programs found in tests/py");
    }
    if nf + nx + ns > 0 {
        panic!("{nf} failed, {nx} xpass, {ns} stale XFAIL entries (details above)");
    }
}
