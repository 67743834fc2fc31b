//! The `pyjit` command line.

use std::process::exit;

// Python programs allocate many small objects; mimalloc is markedly faster than the
// system allocator for that pattern (measured with benches/quick.sh).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc's `mi_option_t` (the same index in v2 and v3).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// The collector frees many objects at once; with mimalloc's default 10 ms purge
/// delay the emptied pages go back to the OS and are faulted in (and zeroed, often as
/// 2 MiB huge pages) again moments later by the next allocations. Keeping them for a
/// second cut an allocation-heavy benchmark (method_calls) by a third.
fn tune_allocator() {
    // SAFETY: called once at start-up, before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 1000) };
}

const USAGE: &str = "usage: pyjit [option] ... [-c cmd | file] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
--dis  : print the bytecode of the program instead of running it
-h     : print this help message and exit (also --help)
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]";

enum Mode {
    Script(String, Vec<String>),
    Command(String, Vec<String>),
    Module(String, Vec<String>),
    /// The prompt; `true` on a terminal (line editing).
    Interactive(bool),
    /// A program read from stdin.
    Stdin(Vec<String>),
    Dis(String),
}

fn parse_args() -> Mode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut interactive = false;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                exit(0);
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (pyjit {})", env!("CARGO_PKG_VERSION"));
                exit(0);
            }
            "-c" => {
                if i + 1 >= args.len() {
                    eprintln!("Argument expected for the -c option");
                    exit(2);
                }
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return Mode::Command(args[i + 1].clone(), argv);
            }
            "-m" => {
                if i + 1 >= args.len() {
                    eprintln!("Argument expected for the -m option");
                    exit(2);
                }
                let mut argv = vec!["-m".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return Mode::Module(args[i + 1].clone(), argv);
            }
            "-i" => interactive = true,
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return Mode::Stdin(argv);
            }
            "--dis" => {
                if i + 1 >= args.len() {
                    eprintln!("pyjit: --dis needs a file");
                    exit(2);
                }
                return Mode::Dis(args[i + 1].clone());
            }
            "-u" | "-B" | "-E" | "-s" | "-S" | "-O" => {}
            s if s.starts_with('-') && s != "-" => {
                eprintln!("unknown option {s} (try 'pyjit --help')");
                exit(2);
            }
            _ => return Mode::Script(a.clone(), args[i..].to_vec()),
        }
        i += 1;
    }
    use std::io::IsTerminal;
    let terminal = std::io::stdin().is_terminal();
    if terminal || interactive {
        Mode::Interactive(terminal)
    } else {
        Mode::Stdin(vec![String::new()])
    }
}

fn main() {
    tune_allocator();
    let mode = parse_args();
    // Run on a thread with a large stack: native recursion (deep Python recursion
    // through built-ins) is bounded by the recursion limit, not by a small stack.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || run(mode));
    let code = match child {
        Ok(h) => match h.join() {
            Ok(c) => c,
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                eprintln!("pyjit: internal error: {msg}");
                70
            }
        },
        Err(e) => {
            eprintln!("pyjit: internal error: cannot start the VM thread: {e}");
            70
        }
    };
    exit(code);
}

fn run(mode: Mode) -> i32 {
    std::panic::set_hook(Box::new(|_| {}));
    match mode {
        Mode::Dis(path) => {
            let src = read_source(&path);
            match pyjit::compiler::compile(&src, &path, pyjit::compiler::ParseMode::Module) {
                Ok(c) => {
                    print!("{}", pyjit::bytecode::disasm::disassemble(&c));
                    0
                }
                Err(e) => {
                    let mut vm = pyjit::Vm::new(vec![path.clone()]);
                    vm.sources
                        .insert(path.clone(), std::rc::Rc::from(src.as_str()));
                    let exc = vm.syntax_error(&e);
                    vm.print_exception(exc);
                    1
                }
            }
        }
        Mode::Script(path, argv) => {
            let src = read_source(&path);
            let mut vm = pyjit::Vm::new(argv);
            // Like CPython 3.9+, the main script's __file__ (and tracebacks) use an absolute path.
            let abs = absolute(&path);
            let status = finish(pyjit::run_main(&mut vm, &src, &abs));
            leave(vm);
            status
        }
        Mode::Module(name, argv) => {
            let mut vm = pyjit::Vm::new(argv);
            let status = finish(pyjit::run_module_main(&mut vm, &name));
            leave(vm);
            status
        }
        Mode::Interactive(terminal) => {
            let mut vm = pyjit::Vm::new(vec![String::new()]);
            let status = finish(pyjit::repl::run(&mut vm, terminal));
            leave(vm);
            status
        }
        Mode::Stdin(argv) => {
            let mut src = String::new();
            if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src) {
                eprintln!("pyjit: can't read stdin: {e}");
                return 2;
            }
            let mut vm = pyjit::Vm::new(argv);
            let status = finish(pyjit::run_main(&mut vm, &src, "<stdin>"));
            leave(vm);
            status
        }
        Mode::Command(code, argv) => {
            let mut vm = pyjit::Vm::new(argv);
            let status = finish(pyjit::run_main(&mut vm, &code, "<string>"));
            leave(vm);
            status
        }
    }
}

/// The process is about to exit: flush output and skip freeing every heap object.
fn leave(mut vm: pyjit::Vm) {
    vm.flush_stdout();
    vm.heap.report_stats();
    std::mem::forget(vm);
}

fn finish(o: pyjit::RunOutcome) -> i32 {
    match o {
        pyjit::RunOutcome::Ok => 0,
        pyjit::RunOutcome::Exit(c) => c,
    }
}

/// `os.path.abspath`: join with the current directory and drop `.` components.
fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    let full = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    let mut out = std::path::PathBuf::new();
    for c in full.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out.to_string_lossy().into_owned()
}

fn read_source(path: &str) -> String {
    match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            let abs = std::fs::canonicalize(".")
                .map(|p| p.join(path))
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| path.to_string());
            let errno = e.raw_os_error().unwrap_or(2);
            let msg = match errno {
                2 => "No such file or directory".to_string(),
                13 => "Permission denied".to_string(),
                21 => "Is a directory".to_string(),
                _ => e.to_string(),
            };
            eprintln!("pyjit: can't open file '{abs}': [Errno {errno}] {msg}");
            exit(2);
        }
    }
}
