//! The command line beyond `pyjit file.py`: the interactive prompt fed from stdin
//! (`-i`), a program read from stdin, and `-m module`. Expected texts are what
//! CPython 3.11 prints for the same input (its banner aside).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn pyjit(args: &[&str], stdin: &str, cwd: Option<&PathBuf>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyjit"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(d) = cwd {
        cmd.current_dir(d);
    }
    let mut child = cmd.spawn().expect("pyjit runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

const SESSION: &str = "x = 5
x + 1
for i in range(2):
    print(i)

def f():
    return 3

f()
1/0
print(\"after\")
None
\"s\"
_
";

#[test]
fn prompt_echoes_results_and_survives_exceptions() {
    let out = pyjit(&["-i"], SESSION, None);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout, "6\n0\n1\n3\nafter\n's'\n's'\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The banner (two lines) differs from CPython's; the rest is the same.
    let rest: Vec<&str> = stderr.lines().skip(2).collect();
    assert_eq!(
        rest.join("\n"),
        ">>> >>> >>> ... ... >>> ... ... >>> >>> Traceback (most recent call last):
  File \"<stdin>\", line 1, in <module>
ZeroDivisionError: division by zero
>>> >>> >>> >>> >>> "
    );
}

#[test]
fn prompt_exits_with_system_exit_status() {
    let out = pyjit(
        &["-i"],
        "import sys\nsys.exit(3)\nprint('not reached')\n",
        None,
    );
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
}

#[test]
fn prompt_reports_syntax_errors_and_continues() {
    let out = pyjit(&["-i"], "1 +* 2\nprint('ok')\n", None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("SyntaxError: invalid syntax"));
}

#[test]
fn program_from_stdin_runs_as_a_script() {
    let out = pyjit(&[], "import sys\nprint(sys.argv, 2 + 2)\n1/0\n", None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[''] 4\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nZeroDivisionError: division by zero\n"
    );
}

/// A scratch folder with a package for the `-m` tests.
fn package_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyjit-cli-{tag}-{}", std::process::id()));
    let pkg = dir.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(pkg.join("__init__.py"), "GREETING = 'hello'\n").unwrap();
    std::fs::write(
        pkg.join("__main__.py"),
        "from . import GREETING\nprint('main of pkg', __name__, GREETING)\n",
    )
    .unwrap();
    std::fs::write(
        pkg.join("tool.py"),
        "import sys\nfrom .helper import twice\nprint(__name__, __package__, twice(21), sys.argv[0].rsplit('/', 1)[-1], sys.argv[1:])\n",
    )
    .unwrap();
    std::fs::write(pkg.join("helper.py"), "def twice(x):\n    return 2 * x\n").unwrap();
    std::fs::write(dir.join("plain.py"), "print('plain', __name__)\n").unwrap();
    let empty = dir.join("nomain");
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(empty.join("__init__.py"), "").unwrap();
    dir
}

#[test]
fn dash_m_runs_modules_and_packages_as_main() {
    let dir = package_dir("m");
    let out = pyjit(&["-m", "plain"], "", Some(&dir));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "plain __main__\n");
    let out = pyjit(&["-m", "pkg"], "", Some(&dir));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "main of pkg __main__ hello\n"
    );
    let out = pyjit(&["-m", "pkg.tool", "a", "b"], "", Some(&dir));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "__main__ pkg 42 tool.py ['a', 'b']\n"
    );
    let out = pyjit(&["-m", "nope"], "", Some(&dir));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("No module named nope\n"));
    let out = pyjit(&["-m", "nomain"], "", Some(&dir));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).ends_with(
        "No module named nomain.__main__; 'nomain' is a package and cannot be directly executed\n"
    ));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stdin_reads_lines_characters_and_the_rest() {
    let code = "import sys\nprint(repr(sys.stdin.readline()))\nprint(repr(input()))\nprint(repr(sys.stdin.read(3)))\nprint(sys.stdin.read().split())\nprint(repr(sys.stdin.read()))\n";
    let out = pyjit(&["-c", code], "line1\nline2\nline3\nl4\n", None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "'line1\\n'\n'line2'\n'lin'\n['e3', 'l4']\n''\n"
    );
    let out = pyjit(
        &[
            "-c",
            "import sys\nfor line in sys.stdin:\n    print(repr(line))\n",
        ],
        "a\nb\n",
        None,
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "'a\\n'\n'b\\n'\n");
}
