//! Golden-file conformance suite: runs every `tests/py/**/*.py` with the pyjit binary and
//! compares stdout with `.out`, the last non-empty stderr line with `.err` (when present)
//! and the exit status with `.rc` (0 when absent). Golden files come from `tests/regen.sh`.
//! Programs listed in `tests/py/XFAIL` must fail; if one passes it is an XPASS, which fails
//! the run too. `PYJIT_GOLDEN_FILTER=substring` runs only the matching programs.

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

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => return,
    };
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn rel_name(root: &Path, p: &Path) -> String {
    let rel = p.strip_prefix(root).unwrap_or(p);
    rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

fn read_xfail(root: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(root.join("XFAIL")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn last_nonempty_line(s: &str) -> &str {
    s.lines().rev().map(|l| l.trim_end()).find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// Line diff of expected vs actual: LCS on the part between the common prefix and suffix,
/// printing at most MAX_DIFF_LINES differing lines as `-N| text` / `+N| text`.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut pre = 0;
    while pre < e.len() && pre < a.len() && e[pre] == a[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < e.len() - pre && suf < a.len() - pre && e[e.len() - 1 - suf] == a[a.len() - 1 - suf] {
        suf += 1;
    }
    let (em, am) = (&e[pre..e.len() - suf], &a[pre..a.len() - suf]);
    let (n, m) = (em.len(), am.len());
    let mut ops: Vec<(char, usize, &str)> = Vec::new();
    if n * m <= 4_000_000 {
        let mut t = vec![0u32; (n + 1) * (m + 1)]; // t[i*(m+1)+j]: LCS length of em[i..], am[j..]
        let at = |i: usize, j: usize| i * (m + 1) + j;
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                t[at(i, j)] = if em[i] == am[j] { t[at(i + 1, j + 1)] + 1 } else { t[at(i + 1, j)].max(t[at(i, j + 1)]) };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && em[i] == am[j] {
                (i, j) = (i + 1, j + 1);
            } else if j == m || (i < n && t[at(i + 1, j)] >= t[at(i, j + 1)]) {
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
    let mut out = format!("    (-expected +actual; {} vs {} lines)\n", e.len(), a.len());
    for (sign, line, text) in ops.iter().take(MAX_DIFF_LINES) {
        out.push_str(&format!("    {sign}{line:>4}| {text}\n"));
    }
    if ops.len() > MAX_DIFF_LINES {
        out.push_str(&format!("    ... {} more differing lines\n", ops.len() - MAX_DIFF_LINES));
    }
    if ops.is_empty() {
        out.push_str("    (lines are equal: only line endings or the final newline differ)\n");
    }
    out
}

/// Runs one program; returns Ok(()) on pass or Err(report) on failure.
fn run_one(bin: &str, path: &Path) -> Result<(), String> {
    let dir = path.parent().unwrap();
    let stem = path.with_extension("");
    let golden = |ext: &str| fs::read_to_string(stem.with_extension(ext)).ok();
    let expected_out = golden("out").ok_or_else(|| "missing .out file (run tests/regen.sh)".to_string())?;
    let expected_err = golden("err");
    let expected_rc: i32 = match golden("rc") {
        Some(s) => s.trim().parse().map_err(|_| format!("bad .rc file: {s:?}"))?,
        None => 0,
    };
    let mut cmd = Command::new(bin);
    cmd.arg(path.file_name().unwrap()).current_dir(dir).stdin(Stdio::null());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {bin}: {e}"))?;
    // Pipes are drained on their own threads; a grandchild holding a pipe open must not hang us.
    let (tx, rx) = mpsc::channel();
    let pipes: [(usize, Box<dyn Read + Send>); 2] =
        [(0, Box::new(child.stdout.take().unwrap())), (1, Box::new(child.stderr.take().unwrap()))];
    for (idx, mut r) in pipes {
        let tx = tx.clone();
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            let _ = tx.send((idx, buf));
        });
    }
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) if start.elapsed() >= TIMEOUT => {
                #[cfg(unix)]
                let _ = Command::new("kill").args(["-KILL", "--", &format!("-{}", child.id())]).status();
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let mut outputs = [Vec::new(), Vec::new()];
    let mut report = String::new();
    for _ in 0..2 {
        match rx.recv_timeout(Duration::from_secs(5)) {
            Ok((idx, buf)) => outputs[idx] = buf,
            Err(_) => {
                report.push_str("  output pipe still open 5s after exit (stray child process?)\n");
                break;
            }
        }
    }
    let stdout = String::from_utf8_lossy(&outputs[0]).into_owned();
    let stderr = String::from_utf8_lossy(&outputs[1]).into_owned();
    let last_err = last_nonempty_line(&stderr);
    match status {
        None => report.push_str(&format!("  timed out after {}s (killed)\n", TIMEOUT.as_secs())),
        Some(st) => match st.code() {
            Some(rc) if rc == expected_rc => {}
            Some(rc) => report.push_str(&format!("  exit status {rc}, expected {expected_rc}\n")),
            None => report.push_str(&format!("  killed by signal ({st}), expected exit status {expected_rc}\n")),
        },
    }
    if stdout != expected_out {
        report.push_str("  stdout differs:\n");
        report.push_str(&diff(&expected_out, &stdout));
    }
    if let Some(exp) = expected_err {
        let exp = last_nonempty_line(&exp);
        if exp != last_err {
            report.push_str(&format!("  last stderr line differs:\n    -{exp}\n    +{last_err}\n"));
        }
    }
    if report.is_empty() {
        return Ok(());
    }
    if !last_err.is_empty() && !report.contains("last stderr line") {
        report.push_str(&format!("  (last stderr line: {last_err})\n"));
    }
    Err(report)
}

#[test]
fn golden() {
    let bin = env!("CARGO_BIN_EXE_pyjit");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("py");
    let filter = std::env::var("PYJIT_GOLDEN_FILTER").unwrap_or_default();
    let mut programs = Vec::new();
    collect(&root, &mut programs);
    let programs: Vec<(String, PathBuf)> = programs
        .into_iter()
        .map(|p| (rel_name(&root, &p), p))
        .filter(|(name, _)| name.contains(&filter))
        .collect();
    let xfail = read_xfail(&root);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(String, Result<(), String>)>> = Mutex::new(Vec::new());
    thread::scope(|s| {
        for _ in 0..THREADS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((name, path)) = programs.get(i) else { break };
                let r = run_one(bin, path);
                results.lock().unwrap().push((name.clone(), r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let (mut pass, mut fail, mut xfailed, mut xpass) = (0, Vec::new(), 0, Vec::new());
    for (name, r) in &results {
        let expected_fail = xfail.contains(name);
        match (r, expected_fail) {
            (Ok(()), false) => pass += 1,
            (Ok(()), true) => {
                println!("XPASS {name} (listed in tests/py/XFAIL but passes: remove it)");
                xpass.push(name.clone());
            }
            (Err(_), true) => xfailed += 1,
            (Err(report), false) => {
                println!("FAIL {name}\n{report}");
                fail.push(name.clone());
            }
        }
    }
    let stale: Vec<&String> = xfail.iter().filter(|x| filter.is_empty() && !results.iter().any(|(n, _)| n == *x)).collect();
    for name in &stale {
        println!("STALE XFAIL entry {name}: no such program");
    }
    let (nf, nx, ns) = (fail.len(), xpass.len(), stale.len());
    println!("golden: {} program(s): {pass} passed, {nf} failed, {xfailed} xfail, {nx} xpass, {ns} stale XFAIL entries", results.len());
    for name in &fail {
        println!("  failed: {name}");
    }
    assert!(!results.is_empty() || !filter.is_empty(), "no programs found under {}", root.display());
    assert!(nf + nx + ns == 0, "{nf} failed, {nx} xpass, {ns} stale XFAIL entries (details above)");
}
