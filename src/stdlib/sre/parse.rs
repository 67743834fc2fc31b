//! Python's regular-expression syntax, parsed and checked as CPython 3.11's `re`
//! parser does, then written out in the syntax of the `fancy-regex` crate.
//!
//! The parser works on code points (a bytes pattern is read one byte per code
//! point), so error positions are the indices CPython reports. It builds a small
//! tree first because two checks need the whole of a sub-pattern: the fixed width
//! of a look-behind and "multiple repeat". The writer then spells every construct
//! so that the engine's defaults play no part:
//! - flags are resolved here, per atom: `.` becomes `.`/`(?s:.)`, `^`/`$` become
//!   `\A`/`(?=\n?\z)` or their multi-line forms, `\Z` becomes `\z`;
//! - case-insensitive atoms are wrapped in `(?i:…)` (Unicode), or expanded into
//!   explicit ASCII case pairs (bytes patterns and the ASCII flag), since
//!   Python's ASCII mode folds only ASCII letters;
//! - `\d`, `\w`, `\s` become explicit ASCII classes in ASCII mode; in Unicode mode
//!   `\s` also takes U+001C..U+001F, which Python counts as white space;
//! - literals other than ASCII letters and digits are written as `\x{…}`, so no
//!   character is ever taken for engine syntax;
//! - every capturing group is written unnamed (names are resolved here), and a
//!   back reference as `(?:\N)`, so following digits never join it.

use std::collections::HashMap;

pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// Largest repeat count (CPython's MAXREPEAT on 64-bit builds is 2**32-1).
const MAXREPEAT: u64 = u32::MAX as u64;

/// A compile error, as CPython's `re.error` (message and position) or, for repeat
/// counts that do not fit, its OverflowError.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    Syntax { msg: String, pos: Option<usize> },
    Overflow(String),
    Value(String),
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ParseError> {
    Err(ParseError::Syntax {
        msg: msg.into(),
        pos: Some(pos),
    })
}

/// A warning found while parsing: its category and message.
#[derive(Debug, PartialEq)]
pub enum Warning {
    /// Syntax that may change meaning (`[[`, `--`, `&&`, `~~`, `||` in a class).
    Future(String),
    /// Accepted but deprecated (non-ASCII group names in bytes patterns).
    Deprecation(String),
}

/// The result of parsing a pattern.
pub struct Parsed {
    /// The pattern in fancy-regex syntax.
    pub translated: String,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names and their numbers.
    pub names: Vec<(String, usize)>,
    /// Flags after inline global flags (with UNICODE added for str patterns).
    pub flags: u32,
    /// For each group (index 0 unused): its rank in the order groups close, used
    /// to tell which matched group closed last (`Match.lastindex`).
    pub close_rank: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Category {
    Digit,
    Word,
    Space,
}

#[derive(Clone, Copy, Debug)]
enum ClassItem {
    Range(u32, u32),
    Category(Category, bool),
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum At {
    LineStart,
    LineEnd,
    TextStart,
    TextEnd,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug)]
enum Node {
    Literal(u32, u32),
    Any(u32),
    Class {
        negated: bool,
        items: Vec<ClassItem>,
        flags: u32,
    },
    Category(Category, bool, u32),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Group(Option<usize>, Box<Node>),
    Look {
        behind: bool,
        negated: bool,
        body: Box<Node>,
    },
    Atomic(Box<Node>),
    Repeat {
        min: u64,
        max: u64,
        kind: RepeatKind,
        body: Box<Node>,
    },
    Backref(usize, u32),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
    At(At, u32),
}

struct Parser<'a> {
    src: &'a [u32],
    i: usize,
    bytes: bool,
    /// Global flags (as set by the caller and by inline global flags).
    global: u32,
    groups: usize,
    names: HashMap<String, usize>,
    open: Vec<usize>,
    widths: Vec<Option<(u64, u64)>>,
    close_rank: Vec<usize>,
    closed: usize,
    /// First group number inside the look-behind being parsed, if any.
    lookbehind_start: Option<usize>,
    /// Set when an inline `(?x)` turned verbose mode on: the parse restarts.
    restart_verbose: bool,
    /// Group numbers named by conditionals, with their positions.
    cond_refs: Vec<(usize, usize)>,
    /// Warnings to give (as CPython's parser does).
    warnings: Vec<Warning>,
}

const WHITESPACE: &[u32] = &[b' ' as u32, 9, 10, 11, 12, 13];

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn is_ascii_letter(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}
fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{FFFD}')
}

/// Parse `pattern` (code points; bytes are one code point each) with `flags`.
/// The warnings CPython gives are added to `warnings`, also when the pattern
/// then turns out to be invalid.
pub fn parse(
    pattern: &[u32],
    bytes: bool,
    flags: u32,
    warnings: &mut Vec<Warning>,
) -> Result<Parsed, ParseError> {
    check_flags(flags, bytes)?;
    let mut flags = flags;
    loop {
        let mut p = Parser {
            src: pattern,
            i: 0,
            bytes,
            global: flags,
            groups: 0,
            names: HashMap::new(),
            open: Vec::new(),
            widths: vec![None],
            close_rank: vec![0],
            closed: 0,
            lookbehind_start: None,
            restart_verbose: false,
            cond_refs: Vec::new(),
            warnings: Vec::new(),
        };
        let tree = p.alternation(true);
        if tree.is_err() && p.restart_verbose {
            flags = p.global | VERBOSE;
            continue;
        }
        warnings.append(&mut p.warnings);
        let tree = tree?;
        if p.i < p.src.len() {
            // Only a `)` stops the top-level alternation early.
            return err("unbalanced parenthesis", p.i);
        }
        if let Some(&(g, pos)) = p.cond_refs.iter().find(|(g, _)| *g > p.groups) {
            return err(format!("invalid group reference {g}"), pos);
        }
        let final_flags = check_flags(p.global, bytes)?;
        let mut out = String::new();
        write(&tree, bytes, &mut out);
        let mut names: Vec<(String, usize)> = p.names.into_iter().collect();
        names.sort_by_key(|(_, n)| *n);
        return Ok(Parsed {
            translated: out,
            groups: p.groups,
            names,
            flags: final_flags,
            close_rank: p.close_rank,
        });
    }
}

/// CPython's checks of the flags argument (before and after inline flags).
fn check_flags(mut flags: u32, bytes: bool) -> Result<u32, ParseError> {
    if bytes {
        if flags & UNICODE != 0 {
            return Err(ParseError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(ParseError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & LOCALE != 0 {
            return Err(ParseError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(ParseError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.src.get(self.i).copied()
    }
    fn peek_is(&self, c: u8) -> bool {
        self.peek() == Some(c as u32)
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek_is(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// A group name as CPython's messages show it: `repr`, or `ascii` for a
    /// bytes pattern.
    fn name_repr(&self, name: &str) -> String {
        if self.bytes {
            crate::objects::text::ascii_repr(name)
        } else {
            crate::objects::text::str_repr(name)
        }
    }

    fn text(&self, from: usize, to: usize) -> String {
        self.src[from..to.min(self.src.len())]
            .iter()
            .map(|&c| ch(c))
            .collect()
    }

    /// `a|b|c` up to the end or a `)`.
    fn alternation(&mut self, top: bool) -> Result<Node, ParseError> {
        let mut branches = vec![self.sequence(top)?];
        while self.eat(b'|') {
            branches.push(self.sequence(false)?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap()
        } else {
            Node::Alt(branches)
        })
    }

    fn skip_verbose(&mut self) {
        if self.global & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if WHITESPACE.contains(&c) {
                self.i += 1;
            } else if c == b'#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == b'\n' as u32 {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// One branch: items and their repeats. `top` is true for the first branch
    /// of the whole pattern, where global inline flags may appear.
    fn sequence(&mut self, top: bool) -> Result<Node, ParseError> {
        let mut items: Vec<Node> = Vec::new();
        // Global flags are allowed only before the first real item.
        let mut flags_allowed = top;
        loop {
            self.skip_verbose();
            let start = self.i;
            let Some(c) = self.peek() else { break };
            if c == b'|' as u32 || c == b')' as u32 {
                break;
            }
            self.i += 1;
            let flags = self.global;
            let item = match ch(c) {
                '[' => self.class(start)?,
                '.' => Node::Any(flags),
                '^' => Node::At(At::LineStart, flags),
                '$' => Node::At(At::LineEnd, flags),
                '\\' => self.escape(start)?,
                '(' => match self.group(start, flags_allowed && items.is_empty())? {
                    Some(n) => n,
                    None => continue,
                },
                '*' | '+' | '?' | '{' => {
                    let Some((min, max)) = self.repeat_bounds(c, start)? else {
                        items.push(Node::Literal(c, flags));
                        flags_allowed = false;
                        continue;
                    };
                    let kind = if self.eat(b'?') {
                        RepeatKind::Lazy
                    } else if self.eat(b'+') {
                        RepeatKind::Possessive
                    } else {
                        RepeatKind::Greedy
                    };
                    let body = match items.pop() {
                        None | Some(Node::At(..)) => return err("nothing to repeat", start),
                        Some(n @ Node::Repeat { .. }) => {
                            let _ = n;
                            return err("multiple repeat", start);
                        }
                        Some(n) => n,
                    };
                    Node::Repeat {
                        min,
                        max,
                        kind,
                        body: Box::new(body),
                    }
                }
                _ => Node::Literal(c, flags),
            };
            flags_allowed = false;
            items.push(item);
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap()
        } else {
            Node::Seq(items)
        })
    }

    /// The bounds of a repeat whose first character `c` was just read; `None`
    /// when a `{` does not start a valid repeat (it is then a literal).
    fn repeat_bounds(&mut self, c: u32, start: usize) -> Result<Option<(u64, u64)>, ParseError> {
        match ch(c) {
            '*' => return Ok(Some((0, MAXREPEAT))),
            '+' => return Ok(Some((1, MAXREPEAT))),
            '?' => return Ok(Some((0, 1))),
            _ => {}
        }
        if self.peek_is(b'}') {
            return Ok(None);
        }
        let digits = |p: &mut Self| {
            let s = p.i;
            while p.peek().is_some_and(is_digit) {
                p.i += 1;
            }
            p.text(s, p.i)
        };
        let lo = digits(self);
        let hi = if self.eat(b',') {
            digits(self)
        } else {
            lo.clone()
        };
        if !self.eat(b'}') {
            self.i = start + 1;
            return Ok(None);
        }
        let number = |s: &str| -> Result<u64, ParseError> {
            match s.parse::<u64>() {
                Ok(n) if n < MAXREPEAT => Ok(n),
                _ => Err(ParseError::Overflow(
                    "the repetition number is too large".into(),
                )),
            }
        };
        let min = if lo.is_empty() { 0 } else { number(&lo)? };
        let max = if hi.is_empty() {
            MAXREPEAT
        } else {
            number(&hi)?
        };
        if max < min {
            return err("min repeat greater than max repeat", start + 1);
        }
        Ok(Some((min, max)))
    }

    /// Hex digits of an `\x`, `\u` or `\U` escape starting at `start`.
    fn hex_escape(&mut self, start: usize, n: usize) -> Result<u32, ParseError> {
        let from = self.i;
        while self.i - from < n && self.peek().is_some_and(|c| ch(c).is_ascii_hexdigit()) {
            self.i += 1;
        }
        if self.i - from < n {
            return err(
                format!("incomplete escape {}", self.text(start, self.i)),
                start,
            );
        }
        let v = u32::from_str_radix(&self.text(from, self.i), 16).unwrap_or(u32::MAX);
        if v > 0x10FFFF {
            return err(format!("bad escape {}", self.text(start, self.i)), start);
        }
        Ok(v)
    }

    /// The escapes that mean the same inside and outside a class: returns the
    /// literal code point, or None if `c` is not one of them.
    fn common_escape(&mut self, c: char, start: usize) -> Result<Option<u32>, ParseError> {
        Ok(Some(match c {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => b'\\' as u32,
            'x' => self.hex_escape(start, 2)?,
            'u' if !self.bytes => self.hex_escape(start, 4)?,
            'U' if !self.bytes => self.hex_escape(start, 8)?,
            'N' if !self.bytes => self.named_char(start)?,
            _ => return Ok(None),
        }))
    }

    /// `\N{name}` (the `\N` at `start` was read).
    fn named_char(&mut self, start: usize) -> Result<u32, ParseError> {
        if !self.eat(b'{') {
            return err("missing {", self.i);
        }
        let from = self.i;
        while self.peek().is_some_and(|c| c != b'}' as u32) {
            self.i += 1;
        }
        if self.i == from {
            return err("missing character name", from);
        }
        if self.peek().is_none() {
            return err("missing }, unterminated name", from);
        }
        let name = self.text(from, self.i);
        self.i += 1;
        match unicode_names2::character(&name) {
            Some(c) => Ok(c as u32),
            None => err(format!("undefined character name '{name}'"), start),
        }
    }

    /// `v` extended by up to two more octal digits (of `\0oo` or `\ooo`).
    fn more_octal(&mut self, mut v: u32) -> u32 {
        for _ in 0..2 {
            match self.peek() {
                Some(d) if is_oct(d) => {
                    v = v * 8 + (d - b'0' as u32);
                    self.i += 1;
                }
                _ => break,
            }
        }
        v
    }

    fn bad_escape<T>(&self, start: usize) -> Result<T, ParseError> {
        err(format!("bad escape {}", self.text(start, start + 2)), start)
    }

    /// An escape outside a class (the backslash at `start` was read).
    fn escape(&mut self, start: usize) -> Result<Node, ParseError> {
        let flags = self.global;
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        let cc = ch(c);
        if let Some(v) = self.common_escape(cc, start)? {
            return Ok(Node::Literal(v, flags));
        }
        Ok(match cc {
            'A' => Node::At(At::TextStart, flags),
            'Z' => Node::At(At::TextEnd, flags),
            'b' => Node::At(At::Boundary, flags),
            'B' => Node::At(At::NonBoundary, flags),
            'd' | 'D' => Node::Category(Category::Digit, cc == 'D', flags),
            'w' | 'W' => Node::Category(Category::Word, cc == 'W', flags),
            's' | 'S' => Node::Category(Category::Space, cc == 'S', flags),
            '0' => Node::Literal(self.more_octal(0), flags),
            '1'..='9' => {
                if self.peek().is_some_and(is_digit) {
                    self.i += 1;
                    let two_oct = is_oct(c) && is_oct(self.src[self.i - 1]);
                    if two_oct && self.peek().is_some_and(is_oct) {
                        self.i += 1;
                        let text = self.text(start, self.i);
                        let v = u32::from_str_radix(&text[1..], 8).unwrap_or(0);
                        if v > 0o377 {
                            return err(
                                format!("octal escape value {text} outside of range 0-0o377"),
                                start,
                            );
                        }
                        return Ok(Node::Literal(v, flags));
                    }
                }
                let group: usize = self.text(start + 1, self.i).parse().unwrap_or(usize::MAX);
                self.group_ref(group, start, start + 1)?;
                Node::Backref(group, flags)
            }
            _ if is_ascii_letter(c) => return self.bad_escape(start),
            _ => Node::Literal(c, flags),
        })
    }

    /// Check a reference to group `group`: `pos` is where CPython reports an
    /// invalid number, `open_pos` where it reports an open group.
    fn group_ref(&self, group: usize, open_pos: usize, pos: usize) -> Result<(), ParseError> {
        if group == 0 || group > self.groups {
            return err(format!("invalid group reference {group}"), pos);
        }
        if self.open.contains(&group) {
            return err("cannot refer to an open group", open_pos);
        }
        if let Some(first) = self.lookbehind_start {
            if group >= first {
                return err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    self.i,
                );
            }
        }
        Ok(())
    }

    /// A character class; the `[` at `start` was read.
    fn class(&mut self, start: usize) -> Result<Node, ParseError> {
        let flags = self.global;
        if self.peek_is(b'[') {
            self.warnings.push(Warning::Future(format!(
                "Possible nested set at position {}",
                self.i
            )));
        }
        let negated = self.eat(b'^');
        let mut items = Vec::new();
        let first = self.i;
        loop {
            let item_start = self.i;
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            self.i += 1;
            if c == b']' as u32 && item_start != first {
                break;
            }
            if item_start != first && self.peek() == Some(c) {
                let what = match ch(c) {
                    '-' => "difference",
                    '&' => "intersection",
                    '~' => "symmetric difference",
                    '|' => "union",
                    _ => "",
                };
                if !what.is_empty() {
                    self.warnings.push(Warning::Future(format!(
                        "Possible set {what} at position {item_start}"
                    )));
                }
            }
            let lo = if c == b'\\' as u32 {
                self.class_escape(item_start)?
            } else {
                ClassItem::Range(c, c)
            };
            // A range?
            if self.peek_is(b'-') {
                self.i += 1;
                match self.peek() {
                    None => return err("unterminated character set", start),
                    Some(c2) if c2 == b']' as u32 => {
                        items.push(lo);
                        items.push(ClassItem::Range(b'-' as u32, b'-' as u32));
                        continue;
                    }
                    Some(c2) => {
                        let hi_start = self.i;
                        self.i += 1;
                        if c2 == b'-' as u32 {
                            self.warnings.push(Warning::Future(format!(
                                "Possible set difference at position {}",
                                hi_start - 1
                            )));
                        }
                        let hi = if c2 == b'\\' as u32 {
                            self.class_escape(hi_start)?
                        } else {
                            ClassItem::Range(c2, c2)
                        };
                        // CPython names each end by its first two characters
                        // (`\\x`), and counts the position back from the end.
                        let token = |from: usize| self.text(from, (from + 2).min(hi_start));
                        let this = if c == b'\\' as u32 {
                            token(item_start)
                        } else {
                            ch(c).to_string()
                        };
                        let that = if c2 == b'\\' as u32 {
                            self.text(hi_start, hi_start + 2)
                        } else {
                            ch(c2).to_string()
                        };
                        let width = this.chars().count() + 1 + that.chars().count();
                        let bad =
                            || err(format!("bad character range {this}-{that}"), self.i - width);
                        match (lo, hi) {
                            (ClassItem::Range(a, _), ClassItem::Range(b, _)) if a <= b => {
                                items.push(ClassItem::Range(a, b));
                            }
                            _ => return bad(),
                        }
                        continue;
                    }
                }
            }
            items.push(lo);
        }
        Ok(Node::Class {
            negated,
            items,
            flags,
        })
    }

    /// An escape inside a class (the backslash at `start` was read).
    fn class_escape(&mut self, start: usize) -> Result<ClassItem, ParseError> {
        let Some(c) = self.peek() else {
            return err("unterminated character set", start);
        };
        self.i += 1;
        let cc = ch(c);
        if let Some(v) = self.common_escape(cc, start)? {
            return Ok(ClassItem::Range(v, v));
        }
        Ok(match cc {
            'b' => ClassItem::Range(8, 8),
            'd' | 'D' => ClassItem::Category(Category::Digit, cc == 'D'),
            'w' | 'W' => ClassItem::Category(Category::Word, cc == 'W'),
            's' | 'S' => ClassItem::Category(Category::Space, cc == 'S'),
            '0'..='7' => {
                let v = self.more_octal(c - b'0' as u32);
                if v > 0o377 {
                    return err(
                        format!(
                            "octal escape value {} outside of range 0-0o377",
                            self.text(start, self.i)
                        ),
                        start,
                    );
                }
                ClassItem::Range(v, v)
            }
            '8' | '9' => return self.bad_escape(start),
            _ if is_ascii_letter(c) => return self.bad_escape(start),
            _ => ClassItem::Range(c, c),
        })
    }

    /// A group name ending at `term`; returns the name and its start.
    fn group_name(&mut self, term: u8, unterminated: &str) -> Result<(String, usize), ParseError> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c == term as u32 {
                break;
            }
            self.i += 1;
        }
        if self.peek().is_none() {
            if self.i == start {
                return err("missing group name", start);
            }
            return err(unterminated.to_string(), start);
        }
        let name = self.text(start, self.i);
        self.i += 1;
        if name.is_empty() {
            return err("missing group name", start);
        }
        if !is_identifier(&name) {
            return err(
                format!("bad character in group name {}", self.name_repr(&name)),
                start,
            );
        }
        if self.bytes && !name.is_ascii() {
            self.warnings.push(Warning::Deprecation(format!(
                "bad character in group name {} at position {start}",
                self.name_repr(&name)
            )));
        }
        Ok((name, start))
    }

    /// A `(`-construct at `start` (the `(` was read). Returns None for ones that
    /// add nothing to the pattern (comments, global flags).
    fn group(&mut self, start: usize, flags_allowed: bool) -> Result<Option<Node>, ParseError> {
        let outer_flags = self.global;
        let mut capture = true;
        let mut name = None;
        if self.eat(b'?') {
            let Some(c) = self.peek() else {
                return err("unexpected end of pattern", self.i);
            };
            self.i += 1;
            match ch(c) {
                ':' => capture = false,
                'P' => {
                    let Some(c2) = self.peek() else {
                        return err("unexpected end of pattern", self.i);
                    };
                    self.i += 1;
                    if c2 == b'<' as u32 {
                        let (n, pos) = self.group_name(b'>', "missing >, unterminated name")?;
                        name = Some((n, pos));
                    } else if c2 == b'=' as u32 {
                        let (n, pos) = self.group_name(b')', "missing ), unterminated name")?;
                        let Some(&g) = self.names.get(&n) else {
                            return err(format!("unknown group name {}", self.name_repr(&n)), pos);
                        };
                        if self.open.contains(&g) {
                            return err("cannot refer to an open group", pos);
                        }
                        self.group_ref(g, pos, pos)?;
                        return Ok(Some(Node::Backref(g, outer_flags)));
                    } else {
                        return err(format!("unknown extension ?P{}", ch(c2)), start + 1);
                    }
                }
                '#' => {
                    loop {
                        match self.peek() {
                            None => return err("missing ), unterminated comment", start),
                            Some(c) => {
                                self.i += 1;
                                if c == b')' as u32 {
                                    break;
                                }
                            }
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' => {
                    let body = self.group_body(start)?;
                    return Ok(Some(Node::Look {
                        behind: false,
                        negated: c == b'!' as u32,
                        body: Box::new(body),
                    }));
                }
                '<' => {
                    let Some(c2) = self.peek() else {
                        return err("unexpected end of pattern", self.i);
                    };
                    self.i += 1;
                    if c2 != b'=' as u32 && c2 != b'!' as u32 {
                        return err(format!("unknown extension ?<{}", ch(c2)), start + 1);
                    }
                    let saved = self.lookbehind_start.replace(self.groups + 1);
                    let body = self.group_body(start);
                    self.lookbehind_start = saved;
                    let body = body?;
                    let (lo, hi) = self.width(&body);
                    if lo != hi || hi >= MAXREPEAT {
                        return Err(ParseError::Syntax {
                            msg: "look-behind requires fixed-width pattern".into(),
                            pos: None,
                        });
                    }
                    return Ok(Some(Node::Look {
                        behind: true,
                        negated: c2 == b'!' as u32,
                        body: Box::new(body),
                    }));
                }
                '>' => {
                    let body = self.group_body(start)?;
                    return Ok(Some(Node::Atomic(Box::new(body))));
                }
                '(' => return self.conditional(start).map(Some),
                _ if "aiLmsux-".contains(ch(c)) => {
                    self.i -= 1;
                    return self.flag_group(start, flags_allowed);
                }
                other => return err(format!("unknown extension ?{other}"), start + 1),
            }
        }
        let index = if capture {
            self.groups += 1;
            let g = self.groups;
            if let Some((n, pos)) = name {
                if let Some(&old) = self.names.get(&n) {
                    return err(
                        format!("redefinition of group name '{n}' as group {g}; was group {old}"),
                        pos,
                    );
                }
                self.names.insert(n, g);
            }
            self.open.push(g);
            self.widths.push(None);
            self.close_rank.push(0);
            Some(g)
        } else {
            None
        };
        let body = self.group_body(start)?;
        if let Some(g) = index {
            self.open.retain(|&o| o != g);
            self.closed += 1;
            self.close_rank[g] = self.closed;
            self.widths[g] = Some(self.width(&body));
        }
        Ok(Some(Node::Group(index, Box::new(body))))
    }

    /// The inside of a group up to and including its `)`.
    fn group_body(&mut self, start: usize) -> Result<Node, ParseError> {
        let body = self.alternation(false)?;
        if !self.eat(b')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(body)
    }

    /// `(?(group)yes|no)`; `(?(` was read.
    fn conditional(&mut self, start: usize) -> Result<Node, ParseError> {
        let (name, pos) = {
            let s = self.i;
            while self.peek().is_some_and(|c| c != b')' as u32) {
                self.i += 1;
            }
            if self.peek().is_none() {
                return err("missing ), unterminated name", s);
            }
            let n = self.text(s, self.i);
            self.i += 1;
            if n.is_empty() {
                return err("missing group name", s);
            }
            (n, s)
        };
        let group = if is_identifier(&name) {
            match self.names.get(&name) {
                Some(&g) => g,
                None => return err(format!("unknown group name {}", self.name_repr(&name)), pos),
            }
        } else {
            let g: usize = match name.parse() {
                Ok(g) if name.chars().all(|c| c.is_ascii_digit()) => g,
                _ => {
                    return err(
                        format!("bad character in group name {}", self.name_repr(&name)),
                        pos,
                    )
                }
            };
            if g == 0 {
                return err("bad group number", pos);
            }
            // Checked when the whole pattern is parsed (CPython allows a forward
            // reference here and reports a missing group at the end).
            self.cond_refs.push((g, pos));
            g
        };
        if let Some(first) = self.lookbehind_start {
            if group >= first {
                return err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    self.i,
                );
            }
        }
        let yes = self.sequence(false)?;
        let no = if self.peek_is(b'|') {
            self.i += 1;
            let no = self.sequence(false)?;
            if self.peek_is(b'|') {
                return err("conditional backref with more than two branches", self.i);
            }
            no
        } else {
            Node::Seq(Vec::new())
        };
        if !self.eat(b')') {
            return err("missing ), unterminated subpattern", start);
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// Inline flags `(?aiLmsux)`, `(?flags:…)` or `(?flags-flags:…)`; the
    /// reader is on the first flag character.
    fn flag_group(
        &mut self,
        start: usize,
        flags_allowed: bool,
    ) -> Result<Option<Node>, ParseError> {
        let flag_of = |c: u32| -> Option<u32> {
            Some(match ch(c) {
                'a' => ASCII,
                'i' => IGNORECASE,
                'L' => LOCALE,
                'm' => MULTILINE,
                's' => DOTALL,
                'u' => UNICODE,
                'x' => VERBOSE,
                _ => return None,
            })
        };
        let type_flags = ASCII | LOCALE | UNICODE;
        let mut add = 0u32;
        while let Some(f) = self.peek().and_then(flag_of) {
            self.i += 1;
            if f == LOCALE && !self.bytes {
                return err(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    self.i,
                );
            }
            if f == UNICODE && self.bytes {
                return err(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    self.i,
                );
            }
            if f & type_flags != 0 && add & type_flags != 0 && add & type_flags != f {
                return err(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    self.i,
                );
            }
            add |= f;
        }
        let Some(c) = self.peek() else {
            return err("missing -, : or )", self.i);
        };
        if c == b')' as u32 {
            self.i += 1;
            if !flags_allowed {
                return err("global flags not at the start of the expression", start);
            }
            let had_verbose = self.global & VERBOSE != 0;
            // Conflicting type flags are reported by `check_flags` afterwards.
            self.global |= add;
            if add & VERBOSE != 0 && !had_verbose {
                self.restart_verbose = true;
                return err("restart", start);
            }
            return Ok(None);
        }
        let mut del = 0u32;
        if c == b'-' as u32 {
            self.i += 1;
            let Some(c) = self.peek() else {
                return err("missing flag", self.i);
            };
            if flag_of(c).is_none() {
                let msg = if is_ascii_letter(c) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return err(msg, self.i);
            }
            while let Some(f) = self.peek().and_then(flag_of) {
                self.i += 1;
                if f & type_flags != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    );
                }
                if f & add != 0 {
                    return err("bad inline flags: flag turned on and off", self.i);
                }
                del |= f;
            }
            match self.peek() {
                Some(c) if c == b':' as u32 => {}
                Some(c) if is_ascii_letter(c) => return err("unknown flag", self.i),
                None => return err("missing :", self.i),
                Some(_) => return err("missing :", self.i),
            }
        } else if c != b':' as u32 {
            let msg = if is_ascii_letter(c) {
                "unknown flag"
            } else {
                "missing -, : or )"
            };
            return err(msg, self.i);
        }
        self.i += 1;
        let saved = self.global;
        let mut scoped = saved;
        if add & type_flags != 0 {
            scoped &= !type_flags;
        }
        scoped = (scoped | add) & !del;
        self.global = scoped;
        let body = self.group_body(start);
        self.global = saved;
        Ok(Some(Node::Group(None, Box::new(body?))))
    }

    /// Minimum and maximum width of a node (MAXREPEAT = unbounded).
    fn width(&self, n: &Node) -> (u64, u64) {
        match n {
            Node::Literal(..) | Node::Any(_) | Node::Class { .. } | Node::Category(..) => (1, 1),
            Node::At(..) | Node::Look { .. } => (0, 0),
            Node::Seq(items) => items.iter().fold((0, 0), |(a, b), it| {
                let (c, d) = self.width(it);
                ((a + c).min(MAXREPEAT), (b + d).min(MAXREPEAT))
            }),
            Node::Alt(branches) => {
                let ws: Vec<_> = branches.iter().map(|b| self.width(b)).collect();
                (
                    ws.iter().map(|w| w.0).min().unwrap_or(0),
                    ws.iter().map(|w| w.1).max().unwrap_or(0),
                )
            }
            Node::Group(_, b) | Node::Atomic(b) => self.width(b),
            Node::Repeat { min, max, body, .. } => {
                let (a, b) = self.width(body);
                (
                    a.saturating_mul(*min).min(MAXREPEAT),
                    b.saturating_mul(*max).min(MAXREPEAT),
                )
            }
            Node::Backref(g, _) => self
                .widths
                .get(*g)
                .copied()
                .flatten()
                .unwrap_or((0, MAXREPEAT)),
            Node::Cond { yes, no, .. } => {
                let (a, b) = self.width(yes);
                let (c, d) = self.width(no);
                (a.min(c), b.max(d))
            }
        }
    }
}

fn is_identifier(s: &str) -> bool {
    crate::objects::text::isidentifier(s)
}

// ----- writing fancy-regex syntax -----

fn ascii_mode(flags: u32, bytes: bool) -> bool {
    bytes || flags & ASCII != 0 || flags & LOCALE != 0
}

fn push_char(out: &mut String, c: u32) {
    if c < 128 && (c as u8).is_ascii_alphanumeric() {
        out.push(c as u8 as char);
    } else {
        out.push_str(&format!("\\x{{{c:X}}}"));
    }
}

/// The ASCII case partner of `c`, if it is an ASCII letter.
fn ascii_other_case(c: u32) -> Option<u32> {
    if c >= 128 {
        return None;
    }
    let b = c as u8;
    if b.is_ascii_lowercase() {
        Some(b.to_ascii_uppercase() as u32)
    } else if b.is_ascii_uppercase() {
        Some(b.to_ascii_lowercase() as u32)
    } else {
        None
    }
}

/// Class members of a category (written inside `[...]`).
fn write_category(out: &mut String, cat: Category, negated: bool, ascii: bool) {
    let body = match (cat, ascii) {
        (Category::Digit, true) => "0-9",
        (Category::Word, true) => "0-9A-Za-z_",
        (Category::Space, true) => "\\x{9}-\\x{D}\\x{20}",
        (Category::Digit, false) => {
            out.push_str(if negated { "\\D" } else { "\\d" });
            return;
        }
        (Category::Word, false) => {
            out.push_str(if negated { "\\W" } else { "\\w" });
            return;
        }
        (Category::Space, false) => "\\s\\x{1C}-\\x{1F}",
    };
    if negated {
        out.push_str("[^");
        out.push_str(body);
        out.push(']');
    } else {
        out.push_str(body);
    }
}

fn write_range(out: &mut String, lo: u32, hi: u32) {
    push_char(out, lo);
    if hi != lo {
        out.push('-');
        push_char(out, hi);
    }
}

fn write_class(out: &mut String, negated: bool, items: &[ClassItem], flags: u32, bytes: bool) {
    let ascii = ascii_mode(flags, bytes);
    let fold = flags & IGNORECASE != 0;
    let unicode_fold = fold && !ascii;
    if unicode_fold {
        out.push_str("(?i:");
    }
    out.push('[');
    if negated {
        out.push('^');
    }
    for item in items {
        match *item {
            ClassItem::Range(lo, hi) => {
                write_range(out, lo, hi);
                if fold && ascii {
                    // Add the other case of the ASCII letters in the range.
                    for (a, z, delta) in [(b'a', b'z', -32i32), (b'A', b'Z', 32i32)] {
                        let (a, z) = (a as u32, z as u32);
                        let (l, h) = (lo.max(a), hi.min(z));
                        if l <= h {
                            write_range(out, (l as i32 + delta) as u32, (h as i32 + delta) as u32);
                        }
                    }
                }
            }
            ClassItem::Category(cat, neg) => write_category(out, cat, neg, ascii),
        }
    }
    out.push(']');
    if unicode_fold {
        out.push(')');
    }
}

/// A node that matches only the empty string and captures nothing.
fn is_empty(n: &Node) -> bool {
    match n {
        Node::Seq(items) => items.iter().all(is_empty),
        Node::Group(None, body) => is_empty(body),
        _ => false,
    }
}

/// Write a sub-node as one atom (so a repeat applies to all of it).
fn write_atom(n: &Node, bytes: bool, out: &mut String) {
    let simple = matches!(
        n,
        Node::Literal(..)
            | Node::Any(_)
            | Node::Class { .. }
            | Node::Category(..)
            | Node::Group(..)
    );
    if simple {
        write(n, bytes, out);
    } else {
        out.push_str("(?:");
        write(n, bytes, out);
        out.push(')');
    }
}

fn write(n: &Node, bytes: bool, out: &mut String) {
    match n {
        Node::Literal(c, flags) => {
            let fold = flags & IGNORECASE != 0;
            if fold && ascii_mode(*flags, bytes) {
                match ascii_other_case(*c) {
                    Some(o) => {
                        out.push('[');
                        push_char(out, *c);
                        push_char(out, o);
                        out.push(']');
                    }
                    None => push_char(out, *c),
                }
            } else if fold {
                out.push_str("(?i:");
                push_char(out, *c);
                out.push(')');
            } else {
                push_char(out, *c);
            }
        }
        Node::Any(flags) => out.push_str(if flags & DOTALL != 0 { "(?s:.)" } else { "." }),
        Node::Class {
            negated,
            items,
            flags,
        } => write_class(out, *negated, items, *flags, bytes),
        Node::Category(cat, negated, flags) => {
            let ascii = ascii_mode(*flags, bytes);
            if !ascii && *cat != Category::Space {
                write_category(out, *cat, *negated, false);
            } else {
                out.push('[');
                if *negated {
                    out.push('^');
                }
                write_category(out, *cat, false, ascii);
                out.push(']');
            }
        }
        Node::Seq(items) => {
            for it in items {
                // Alternations inside a sequence come from groups, which write
                // their own parentheses.
                write(it, bytes, out);
            }
        }
        Node::Alt(branches) => {
            for (k, b) in branches.iter().enumerate() {
                if k > 0 {
                    out.push('|');
                }
                write(b, bytes, out);
            }
        }
        Node::Group(index, body) => {
            out.push_str(if index.is_some() { "(" } else { "(?:" });
            write(body, bytes, out);
            out.push(')');
        }
        Node::Look {
            behind,
            negated,
            body,
        } => {
            out.push_str(match (behind, negated) {
                (false, false) => "(?=",
                (false, true) => "(?!",
                (true, false) => "(?<=",
                (true, true) => "(?<!",
            });
            write(body, bytes, out);
            out.push(')');
        }
        Node::Atomic(body) => {
            out.push_str("(?>");
            write(body, bytes, out);
            out.push(')');
        }
        Node::Repeat { body, .. } if is_empty(body) => {}
        Node::Repeat { min, body, .. } if matches!(**body, Node::Look { .. }) => {
            // A repeated assertion holds if it holds once; with a minimum of
            // zero it always holds. (The engine rejects repeated look-arounds.)
            if *min > 0 {
                write(body, bytes, out);
            }
        }
        Node::Repeat {
            min,
            max,
            kind,
            body,
        } => {
            write_atom(body, bytes, out);
            match (*min, *max) {
                (0, MAXREPEAT) => out.push('*'),
                (1, MAXREPEAT) => out.push('+'),
                (0, 1) => out.push('?'),
                (m, MAXREPEAT) => out.push_str(&format!("{{{m},}}")),
                (m, x) if m == x => out.push_str(&format!("{{{m}}}")),
                (m, x) => out.push_str(&format!("{{{m},{x}}}")),
            }
            match kind {
                RepeatKind::Greedy => {}
                RepeatKind::Lazy => out.push('?'),
                RepeatKind::Possessive => out.push('+'),
            }
        }
        Node::Backref(g, flags) => {
            if flags & IGNORECASE != 0 {
                out.push_str(&format!("(?i:\\{g})"));
            } else {
                out.push_str(&format!("(?:\\{g})"));
            }
        }
        Node::Cond { group, yes, no } => {
            out.push_str(&format!("(?({group})"));
            write(yes, bytes, out);
            out.push('|');
            write(no, bytes, out);
            out.push(')');
        }
        Node::At(at, flags) => {
            let multiline = flags & MULTILINE != 0;
            let ascii = ascii_mode(*flags, bytes);
            out.push_str(match at {
                At::LineStart if multiline => "(?m:^)",
                At::LineStart | At::TextStart => "\\A",
                At::LineEnd if multiline => "(?m:$)",
                At::LineEnd => "(?=\\n?\\z)",
                At::TextEnd => "\\z",
                At::Boundary if ascii && !bytes => {
                    "(?:(?<![0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<=[0-9A-Za-z_])(?![0-9A-Za-z_]))"
                }
                At::NonBoundary if ascii && !bytes => {
                    "(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))"
                }
                At::Boundary => "\\b",
                // CPython's \B never matches in an empty string.
                At::NonBoundary => "(?:\\B(?:(?<=[\\s\\S])|(?=[\\s\\S])))",
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cps(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }

    fn tr(s: &str) -> String {
        parse(&cps(s), false, 0, &mut Vec::new())
            .unwrap()
            .translated
    }

    fn error(s: &str) -> (String, Option<usize>) {
        match parse(&cps(s), false, 0, &mut Vec::new()) {
            Err(ParseError::Syntax { msg, pos }) => (msg, pos),
            other => panic!("expected a syntax error for {s:?}, got {:?}", other.is_ok()),
        }
    }

    #[test]
    fn translation_spells_out_python_semantics() {
        assert_eq!(tr("a.b$"), "a.b(?=\\n?\\z)");
        assert_eq!(tr("^x\\Z"), "\\Ax\\z");
        assert_eq!(tr("(?m)^$"), "(?m:^)(?m:$)");
        assert_eq!(tr("a{,3}"), "a{0,3}");
        assert_eq!(tr("a{"), "a\\x{7B}");
        assert_eq!(tr("(a)\\1"), "(a)(?:\\1)");
        assert_eq!(tr("(?P<n>x)(?P=n)"), "(x)(?:\\1)");
        assert_eq!(tr("(?x) a b # c"), "ab");
        assert_eq!(tr("[a-c]+?"), "[a-c]+?");
    }

    #[test]
    fn errors_and_positions_match_cpython() {
        assert_eq!(error("a**"), ("multiple repeat".into(), Some(2)));
        assert_eq!(
            error("(ab"),
            ("missing ), unterminated subpattern".into(), Some(0))
        );
        assert_eq!(error("a)"), ("unbalanced parenthesis".into(), Some(1)));
        assert_eq!(error("[z-a]"), ("bad character range z-a".into(), Some(1)));
        assert_eq!(error("a(?i)b").1, Some(1));
        assert_eq!(
            error("(?<=a+)b"),
            ("look-behind requires fixed-width pattern".into(), None)
        );
        assert_eq!(
            error("(a\\1)"),
            ("cannot refer to an open group".into(), Some(2))
        );
    }

    #[test]
    fn ascii_ignorecase_expands_letters() {
        let p = parse(&cps("[a-c]x"), false, IGNORECASE | ASCII, &mut Vec::new()).unwrap();
        assert_eq!(p.translated, "[a-cA-C][xX]");
    }
}
