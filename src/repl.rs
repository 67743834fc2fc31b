//! The interactive prompt: what `pyjit` does with no script (on a terminal) or with
//! `-i`.
//!
//! Input is read a line at a time, from `rustyline` on a terminal (line editing,
//! history) or plainly from stdin otherwise; prompts (`>>> `, `... `) and the banner
//! go to stderr, as CPython writes them. Lines gather into a chunk until it is a
//! complete statement (`chunk_state`); the chunk is compiled in "single" mode, so an
//! expression statement prints its repr and sets `builtins._`, and run in the
//! `__main__` namespace. An uncaught exception prints its traceback (file `<stdin>`,
//! lines counted from the chunk's first) and the prompt comes back; `SystemExit`
//! and end of input leave with the exit status.

use std::io::{BufRead, Write};

use crate::compiler::{self, ParseMode};
use crate::objects::Value;
use crate::vm::{ExcKind, Vm};
use crate::RunOutcome;

const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// Where input lines come from.
enum Input {
    /// A terminal: rustyline with in-memory history.
    Editor(Box<rustyline::DefaultEditor>),
    /// Anything else: lines from stdin, prompts echoed on stderr.
    Plain(std::io::StdinLock<'static>),
}

/// One line of input.
enum Line {
    Text(String),
    /// Ctrl-C: drop the pending chunk.
    Interrupt,
    Eof,
}

impl Input {
    fn open(terminal: bool) -> Input {
        if terminal {
            if let Ok(ed) = rustyline::DefaultEditor::new() {
                return Input::Editor(Box::new(ed));
            }
        }
        Input::Plain(std::io::stdin().lock())
    }

    fn read(&mut self, prompt: &str) -> Line {
        match self {
            Input::Editor(ed) => match ed.readline(prompt) {
                Ok(l) => {
                    if !l.trim().is_empty() {
                        let _ = ed.add_history_entry(l.as_str());
                    }
                    Line::Text(l)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupt,
                Err(_) => Line::Eof,
            },
            Input::Plain(stdin) => {
                eprint!("{prompt}");
                let _ = std::io::stderr().flush();
                let mut s = String::new();
                match stdin.read_line(&mut s) {
                    Ok(0) | Err(_) => Line::Eof,
                    Ok(_) => {
                        let trimmed = s.trim_end_matches(['\n', '\r']).len();
                        s.truncate(trimmed);
                        Line::Text(s)
                    }
                }
            }
        }
    }
}

/// What to do with the lines gathered so far.
#[derive(Debug, PartialEq, Eq)]
pub enum ChunkState {
    /// A complete statement: run it.
    Complete,
    /// More lines are needed (an open block, bracket or string).
    Incomplete,
    /// A syntax error that more lines cannot fix: report it.
    Invalid,
}

/// Decide whether `chunk` (lines joined by `\n`, without the final newline) is a
/// complete interactive statement. A compound statement (its first line opens a
/// block) is complete only after an empty line, as at CPython's prompt; otherwise
/// the chunk is complete when it compiles, incomplete when the error is one that
/// more input can cure (an unclosed bracket or string, a missing block).
pub fn chunk_state(chunk: &str, last_line_empty: bool) -> ChunkState {
    let first = chunk.lines().next().unwrap_or("").trim();
    let compound = [
        "if ", "for ", "while ", "def ", "class ", "with ", "try", "async ", "match ", "@",
    ];
    let opens_block = first.ends_with(':') || compound.iter().any(|k| first.starts_with(k));
    if opens_block && !last_line_empty {
        return ChunkState::Incomplete;
    }
    match compiler::compile(chunk, "<stdin>", ParseMode::Interactive) {
        Ok(_) => ChunkState::Complete,
        Err(e) if could_continue(&e.msg) && !last_line_empty => ChunkState::Incomplete,
        Err(_) => ChunkState::Invalid,
    }
}

/// Syntax errors that more lines can cure.
fn could_continue(msg: &str) -> bool {
    msg.contains("was never closed")
        || msg.contains("expected an indented block")
        || msg.contains("unterminated triple-quoted string")
        || msg.contains("unexpected EOF")
        || msg.contains("line continuation")
}

/// Run the prompt until end of input or `SystemExit`; `terminal` selects line
/// editing. The banner goes to stderr.
pub fn run(vm: &mut Vm, terminal: bool) -> RunOutcome {
    eprintln!(
        "pyjit {} (Python 3.11 language) on {}",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    );
    eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let module = vm.new_module("__main__");
    let globals = vm.instance_dict(module).unwrap();
    let key = vm.names.__main__;
    let mods = vm.modules;
    let _ = vm.dict_set_str(mods, key, module);
    let mut input = Input::open(terminal);
    let mut chunk = String::new();
    loop {
        let prompt = if chunk.is_empty() { PS1 } else { PS2 };
        let line = match input.read(prompt) {
            Line::Text(l) => l,
            Line::Interrupt => {
                chunk.clear();
                eprintln!("KeyboardInterrupt");
                continue;
            }
            Line::Eof => {
                eprintln!();
                vm.flush_stdout();
                return RunOutcome::Ok;
            }
        };
        let empty = line.trim().is_empty();
        if chunk.is_empty() && empty {
            continue;
        }
        if !chunk.is_empty() {
            chunk.push('\n');
        }
        chunk.push_str(&line);
        match chunk_state(&chunk, empty) {
            ChunkState::Incomplete => continue,
            ChunkState::Complete | ChunkState::Invalid => {}
        }
        let source = std::mem::take(&mut chunk);
        if let Some(status) = run_chunk(vm, globals, &source) {
            return status;
        }
    }
}

/// Compile and run one chunk; `Some(outcome)` when the session must end.
fn run_chunk(vm: &mut Vm, globals: crate::objects::ObjRef, source: &str) -> Option<RunOutcome> {
    let code = match compiler::compile(source, "<stdin>", ParseMode::Interactive) {
        Ok(c) => c,
        Err(e) => {
            let exc = vm.syntax_error(&e);
            vm.print_exception(exc);
            return None;
        }
    };
    let code = vm.load_code(std::rc::Rc::new(code));
    let r = vm.run_code(code, globals, Value::Obj(globals));
    vm.flush_stdout();
    if let Err(e) = r {
        let exc = vm.exc_object(e);
        if vm.is_instance_kind(Value::Obj(exc), ExcKind::SystemExit) {
            return Some(crate::handle_uncaught(vm, crate::vm::PyErr::exc(exc)));
        }
        vm.print_exception(exc);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{chunk_state, ChunkState::*};

    #[test]
    fn chunks_complete_as_at_cpythons_prompt() {
        assert_eq!(chunk_state("x = 1", false), Complete);
        assert_eq!(chunk_state("for i in range(3):", false), Incomplete);
        assert_eq!(
            chunk_state("for i in range(3):\n    print(i)", false),
            Incomplete
        );
        assert_eq!(
            chunk_state("for i in range(3):\n    print(i)\n", true),
            Complete
        );
        assert_eq!(chunk_state("(1,", false), Incomplete);
        assert_eq!(chunk_state("(1,\n2)", false), Complete);
        assert_eq!(chunk_state("1 +* 2", false), Invalid);
        assert_eq!(chunk_state("'''doc", false), Incomplete);
        assert_eq!(chunk_state("if x: pass", false), Incomplete);
        assert_eq!(chunk_state("if x: pass\n", true), Complete);
    }
}
