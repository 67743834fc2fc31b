//! The only file that imports `rustpython-parser`: parsing, line numbers, and the
//! translation of parse errors into CPython-style `SyntaxError` data.

pub use rustpython_parser::ast::{self, Constant, Expr, Pattern, Stmt};
use rustpython_parser::{lexer::LexicalErrorType, Mode, ParseErrorType};

use super::error::{CompileError, ErrorKind};

/// Byte offset of each line start, for offset -> (line, column) conversion.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Index `source`.
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }
    /// 1-based line of a byte offset.
    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    /// 1-based column (in characters) of a byte offset.
    pub fn column(&self, source: &str, offset: u32) -> u32 {
        let line = self.line(offset) as usize;
        let start = self.starts[line - 1] as usize;
        let end = (offset as usize).min(source.len());
        source
            .get(start..end)
            .map(|s| s.chars().count() as u32 + 1)
            .unwrap_or(1)
    }
    /// Text of a 1-based line without its newline.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        let i = line as usize;
        if i == 0 || i > self.starts.len() {
            return "";
        }
        let start = self.starts[i - 1] as usize;
        let end = self
            .starts
            .get(i)
            .map(|&e| e as usize)
            .unwrap_or(source.len());
        source
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

/// What to parse.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ParseMode {
    /// A module (file, `exec`).
    Module,
    /// One expression (`eval`).
    Expression,
    /// A REPL entry.
    Interactive,
}

/// Parse `source`; errors become `SyntaxError`/`IndentationError` data.
pub fn parse(source: &str, mode: ParseMode, filename: &str) -> Result<ast::Mod, CompileError> {
    let m = match mode {
        ParseMode::Module => Mode::Module,
        ParseMode::Expression => Mode::Expression,
        ParseMode::Interactive => Mode::Interactive,
    };
    rustpython_parser::parse(source, m, filename).map_err(|e| {
        let index = LineIndex::new(source);
        let offset = u32::from(e.offset);
        let (kind, msg) = describe(&e.error, source, offset);
        // "'(' was never closed" points at the bracket itself.
        let offset = match unclosed_bracket(source) {
            Some((_, at)) if msg.ends_with("was never closed") => at as u32,
            _ => offset,
        };
        let mut lineno = index.line(offset);
        // An error at end of input is reported on the last non-empty line, as CPython does.
        if offset as usize >= source.len()
            && lineno > 1
            && index.line_text(source, lineno).is_empty()
        {
            lineno -= 1;
        }
        let offset_col = if (offset as usize) < source.len() {
            index.column(source, offset)
        } else {
            index.line_text(source, lineno).chars().count() as u32 + 1
        };
        CompileError {
            kind,
            msg,
            filename: filename.to_string(),
            lineno,
            col: offset_col,
            text: Some(index.line_text(source, lineno).to_string()),
        }
    })
}

fn describe(e: &ParseErrorType, source: &str, offset: u32) -> (ErrorKind, String) {
    use ErrorKind::*;
    match e {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
            Indentation,
            "unindent does not match any outer indentation level".into(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces) => {
            (
                Tab,
                "inconsistent use of tabs and spaces in indentation".into(),
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) | ParseErrorType::Eof => {
            if let Some((open, _)) = unclosed_bracket(source) {
                (Syntax, format!("'{open}' was never closed"))
            } else {
                (Syntax, "unexpected EOF while parsing".into())
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::StringError) => {
            (Syntax, "unterminated string literal".into())
        }
        ParseErrorType::Lexical(LexicalErrorType::DefaultArgumentError) => (
            Syntax,
            "non-default argument follows default argument".into(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::DuplicateArgumentError(name)) => (
            Syntax,
            format!("duplicate argument '{name}' in function definition"),
        ),
        ParseErrorType::Lexical(LexicalErrorType::PositionalArgumentError) => (
            Syntax,
            "positional argument follows keyword argument".into(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::UnpackedArgumentError) => (
            Syntax,
            "iterable argument unpacking follows keyword argument unpacking".into(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::DuplicateKeywordArgumentError(name)) => {
            (Syntax, format!("keyword argument repeated: {name}"))
        }
        ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => (
            Syntax,
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
        ),
        ParseErrorType::Lexical(other) => (Syntax, other.to_string()),
        ParseErrorType::UnrecognizedToken(tok, expected) => {
            let tok_s = format!("{tok:?}");
            if tok_s == "Indent" {
                (Indentation, "unexpected indent".into())
            } else if expected.as_deref() == Some("Indent") {
                let line = LineIndex::new(source);
                let l = line.line(offset);
                let prev = (1..l)
                    .rev()
                    .map(|n| (n, line.line_text(source, n).trim()))
                    .find(|(_, t)| !t.is_empty() && !t.starts_with('#'));
                match prev {
                    Some((n, text)) => {
                        let what = block_kind(text);
                        (
                            Indentation,
                            format!("expected an indented block after {what} on line {n}"),
                        )
                    }
                    None => (Indentation, "expected an indented block".into()),
                }
            } else if let Some(close) = stray_closer(source) {
                (Syntax, format!("unmatched '{close}'"))
            } else {
                (Syntax, "invalid syntax".into())
            }
        }
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => {
            (Syntax, "invalid syntax".into())
        }
    }
}

fn block_kind(line: &str) -> String {
    let word: String = line
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    match word.as_str() {
        "if" => "'if' statement".into(),
        "elif" => "'elif' statement".into(),
        "else" => "'else' statement".into(),
        "for" => "'for' statement".into(),
        "while" => "'while' statement".into(),
        "try" => "'try' statement".into(),
        "except" => "'except' statement".into(),
        "finally" => "'finally' statement".into(),
        "with" => "'with' statement".into(),
        "def" => "function definition".into(),
        "class" => "class definition".into(),
        _ => "statement".into(),
    }
}

/// The first bracket that is never closed (ignoring strings and comments), with its
/// byte offset.
fn unclosed_bracket(source: &str) -> Option<(char, usize)> {
    let mut stack = Vec::new();
    scan_brackets(source, |c, open, at| {
        if open {
            stack.push((c, at));
        } else {
            stack.pop();
        }
        true
    });
    stack.first().copied()
}

fn stray_closer(source: &str) -> Option<char> {
    let mut depth = 0i32;
    let mut found = None;
    scan_brackets(source, |c, open, _| {
        if open {
            depth += 1;
        } else {
            depth -= 1;
            if depth < 0 {
                found = Some(c);
                return false;
            }
        }
        true
    });
    found
}

fn scan_brackets(source: &str, mut f: impl FnMut(char, bool, usize) -> bool) {
    let mut chars = source.char_indices().map(|(i, c)| (c, i)).peekable();
    let mut quote: Option<(char, bool)> = None;
    while let Some((c, at)) = chars.next() {
        if let Some((q, triple)) = quote {
            if c == '\\' {
                chars.next();
            } else if c == q {
                if !triple {
                    quote = None;
                } else {
                    let mut rest = chars.clone().map(|(c, _)| c);
                    if rest.next() == Some(q) && rest.next() == Some(q) {
                        chars.next();
                        chars.next();
                        quote = None;
                    }
                }
            } else if c == '\n' && !triple {
                quote = None;
            }
            continue;
        }
        match c {
            '#' => {
                for (c, _) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '\'' | '"' => {
                let mut rest = chars.clone().map(|(c, _)| c);
                let triple = rest.next() == Some(c) && rest.next() == Some(c);
                if triple {
                    chars.next();
                    chars.next();
                }
                quote = Some((c, triple));
            }
            '(' | '[' | '{' => {
                if !f(c, true, at) {
                    return;
                }
            }
            ')' | ']' | '}' => {
                if !f(c, false, at) {
                    return;
                }
            }
            _ => {}
        }
    }
}
