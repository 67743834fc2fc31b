//! `_regex`: the matching engine under `re` (which is `modules/re.py`).
//!
//! `compile(pattern, flags)` parses Python's syntax (`parse`), translates it for the
//! `fancy-regex` crate and returns an engine object plus what `re.Pattern` needs
//! (group count, names, flags). Engines answer, in code-point indices of the
//! subject:
//! - `search(pattern, string, data, pos, endpos, mode)`: one `re.Match`
//!   (`matchobj`) or None (mode 0 search, 1 match at `pos`, 2 fullmatch);
//! - `scan(pattern, string, data, pos, endpos, limit)`: the matches `finditer`,
//!   `sub` and `split` see; `findall(data, pos, endpos)` builds
//!   `Pattern.findall`'s list directly.
//!
//! `string` is the subject as the caller gave it (`Match.string`), `data` the
//! str or bytes the engine reads and groups are sliced from.
//!
//! Semantics kept from CPython: the subject ends at `endpos` (look-ahead cannot
//! see past it) while look-behind sees text before `pos`; after an empty match,
//! the next match may not be empty at the same position (CPython's
//! "must advance"): the engine then asks a variant compiled with
//! `find_not_empty` for a match anchored there, and otherwise searches from the
//! next character. str subjects are UTF-8 internally, so byte offsets are mapped
//! to code-point indices on the way out. bytes patterns run in the crate's
//! ASCII bytes mode directly on the subject's bytes.
//!
pub mod matchobj;
pub mod parse;

use std::cell::OnceCell;

use fancy_regex::{BytesMode, Regex, RegexBuilder, RegexInput};

use crate::objects::{Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(crate::objects::ObjRef, Value)];

/// Backtracking steps allowed per match attempt before the engine gives up
/// (CPython has no limit; the crate needs one).
const BACKTRACK_LIMIT: usize = 50_000_000;

/// A compiled pattern.
pub struct Engine {
    translated: String,
    bytes: bool,
    groups: usize,
    close_rank: Vec<usize>,
    main: Regex,
    /// Only non-empty matches (for the position after an empty match).
    non_empty: OnceCell<Option<Regex>>,
    /// The pattern followed by the end of the subject (fullmatch).
    full: OnceCell<Option<Regex>>,
}

fn build(pattern: &str, bytes: bool, non_empty: bool) -> Result<Regex, fancy_regex::Error> {
    let mut b = RegexBuilder::new(pattern);
    b.backtrack_limit(BACKTRACK_LIMIT);
    // Counted repeats (`\w{1,1000}`) compile to large automata; CPython has
    // no such limit, so allow far more than the crate's defaults.
    b.delegate_size_limit(1 << 30);
    b.delegate_dfa_size_limit(1 << 28);
    if bytes {
        b.bytes_mode(BytesMode::Ascii);
    }
    if non_empty {
        b.find_not_empty(true);
    }
    b.build()
}

/// The subject of a match: str text or bytes.
enum Subject<'a> {
    Str(&'a crate::objects::str::PyStr),
    Bytes(Vec<u8>),
}

impl Subject<'_> {
    fn char_len(&self) -> usize {
        match self {
            Subject::Str(s) => s.char_len(),
            Subject::Bytes(b) => b.len(),
        }
    }
    fn to_byte(&self, i: usize) -> usize {
        match self {
            Subject::Str(s) => s.byte_offset(i),
            Subject::Bytes(_) => i,
        }
    }
    fn to_char(&self, b: usize) -> usize {
        match self {
            Subject::Str(s) => s.char_index(b),
            Subject::Bytes(_) => b,
        }
    }
    /// Byte offset of the character after byte offset `b`.
    fn next_char(&self, b: usize) -> usize {
        match self {
            Subject::Str(s) => {
                let t = s.as_str();
                b + t[b..].chars().next().map_or(1, char::len_utf8)
            }
            Subject::Bytes(_) => b + 1,
        }
    }
}

/// What one attempt found: group spans in byte offsets.
type Spans = Vec<Option<(usize, usize)>>;

impl Engine {
    fn variant<'a>(
        &self,
        cell: &'a OnceCell<Option<Regex>>,
        make: impl FnOnce() -> Result<Regex, fancy_regex::Error>,
    ) -> Option<&'a Regex> {
        cell.get_or_init(|| make().ok()).as_ref()
    }

    /// One attempt with `re` on `subject[..end]` from byte `start`.
    fn run(
        &self,
        re: &Regex,
        subject: &Subject,
        start: usize,
        end: usize,
        anchored: bool,
    ) -> PyResult<Option<Spans>> {
        let collect = |get: &dyn Fn(usize) -> Option<(usize, usize)>| -> Spans {
            (0..=self.groups).map(get).collect()
        };
        // Without groups only the match bounds are needed, which the crate finds
        // without its slower capture-resolving engines.
        let result = match (subject, self.groups) {
            (Subject::Str(s), 0) => {
                let input = RegexInput::new(&s.as_str()[..end])
                    .from_pos(start)
                    .anchored(anchored);
                re.find_input(input)
                    .map(|m| m.map(|m| vec![Some((m.start(), m.end()))]))
            }
            (Subject::Bytes(b), 0) => {
                let input = RegexInput::new(&b[..end])
                    .from_pos(start)
                    .anchored(anchored);
                re.find_input(input)
                    .map(|m| m.map(|m| vec![Some((m.start(), m.end()))]))
            }
            (Subject::Str(s), _) => {
                let hay = &s.as_str()[..end];
                let input = RegexInput::new(hay).from_pos(start).anchored(anchored);
                re.captures_input(input)
                    .map(|c| c.map(|c| collect(&|i| c.get(i).map(|m| (m.start(), m.end())))))
            }
            (Subject::Bytes(b), _) => {
                let hay = &b[..end];
                let input = RegexInput::new(hay).from_pos(start).anchored(anchored);
                re.captures_input(input)
                    .map(|c| c.map(|c| collect(&|i| c.get(i).map(|m| (m.start(), m.end())))))
            }
        };
        result.map_err(|e| PyErr::runtime_error(format!("regular expression matching failed: {e}")))
    }

    /// The first match at or after byte `start` (anchored for `match`), honouring
    /// "must advance" after an empty match.
    fn find(
        &self,
        subject: &Subject,
        start: usize,
        end: usize,
        anchored: bool,
        must_advance: bool,
    ) -> PyResult<Option<Spans>> {
        if !must_advance {
            return self.run(&self.main, subject, start, end, anchored);
        }
        let translated = &self.translated;
        let bytes = self.bytes;
        if let Some(re) = self.variant(&self.non_empty, || build(translated, bytes, true)) {
            if let Some(m) = self.run(re, subject, start, end, true)? {
                return Ok(Some(m));
            }
        }
        if anchored || start >= end {
            return Ok(None);
        }
        self.run(&self.main, subject, subject.next_char(start), end, false)
    }

    /// The `re.Match` of a match (spans in code-point indices).
    fn make_match(
        &self,
        vm: &mut Vm,
        subject: &Subject,
        spans: &Spans,
        w: &Window,
        who: &Who,
    ) -> Value {
        let mut items = Vec::with_capacity(2 * spans.len());
        let mut last: Option<(usize, usize, usize)> = None;
        for (g, s) in spans.iter().enumerate() {
            match s {
                Some((a, b)) => {
                    items.push(subject.to_char(*a) as i64);
                    items.push(subject.to_char(*b) as i64);
                    if g > 0 {
                        let key = (*b, self.close_rank[g], g);
                        if last.is_none_or(|l| (key.0, key.1) > (l.0, l.1)) {
                            last = Some(key);
                        }
                    }
                }
                None => items.extend([-1, -1]),
            }
        }
        let m = matchobj::MatchObj {
            pattern: who.pattern,
            string: who.string,
            data: who.data,
            spans: items.into_boxed_slice(),
            lastindex: last.map_or(-1, |l| l.2 as i64),
            pos: w.pos,
            endpos: w.endpos,
        };
        let ty = vm.types.regex_match;
        Value::Obj(vm.alloc(ty, Payload::RegexMatch(Box::new(m))))
    }
}

/// What a match refers to: the `Pattern`, the subject as passed, and the str or
/// bytes it is read from.
struct Who {
    pattern: Value,
    string: Value,
    data: Value,
}

fn engine_of(vm: &Vm, v: Value) -> PyResult<&'static Engine> {
    match v {
        Value::Obj(o) => crate::objects::object::extend_regex(o),
        _ => None,
    }
    .ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a '_regex.Engine' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// The subject `v` as this engine reads it, or CPython's TypeError.
fn subject_of(vm: &Vm, e: &Engine, v: &Value) -> PyResult<Subject<'static>> {
    let u = Vm::unboxed(*v);
    if let Some(Payload::Str(s)) = u.payload() {
        if e.bytes {
            return Err(PyErr::type_error(
                "cannot use a bytes pattern on a string-like object",
            ));
        }
        let _ = s;
        if let Value::Obj(o) = u {
            if let Some(s) = crate::objects::object::extend_str(o) {
                return Ok(Subject::Str(s));
            }
        }
    }
    match crate::builtins::memoryview::buffer_bytes(u) {
        Some(b) if e.bytes => Ok(Subject::Bytes(b)),
        Some(_) => Err(PyErr::type_error(
            "cannot use a string pattern on a bytes-like object",
        )),
        None => Err(PyErr::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(*v)
        ))),
    }
}

/// An index argument as CPython's Py_ssize_t conversion reads it.
fn ssize(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => Err(PyErr::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        _ => vm.to_index(v),
    }
}

/// The search window of a call: `pos` and `endpos` clamped to the subject as
/// CPython does (code-point indices), and the same in byte offsets.
struct Window {
    pos: i64,
    endpos: i64,
    start: usize,
    end: usize,
}

fn window(vm: &mut Vm, subject: &Subject, pos: Value, endpos: Value) -> PyResult<Window> {
    let n = subject.char_len() as i64;
    let pos = ssize(vm, pos)?.clamp(0, n);
    let endpos = ssize(vm, endpos)?.clamp(0, n);
    Ok(Window {
        pos,
        endpos,
        start: subject.to_byte(pos as usize),
        end: subject.to_byte(endpos.max(pos) as usize),
    })
}

/// The engine, match context, subject and window of a call
/// `(engine, pattern, string, data, pos, endpos, ...)`.
fn match_call(
    vm: &mut Vm,
    args: &[Value],
) -> PyResult<(&'static Engine, Who, Subject<'static>, Window)> {
    let e = engine_of(vm, args[0])?;
    let who = Who {
        pattern: args[1],
        string: args[2],
        data: args[3],
    };
    let subject = subject_of(vm, e, &args[3])?;
    let w = window(vm, &subject, args[4], args[5])?;
    Ok((e, who, subject, w))
}

/// `Engine.search(pattern, string, data, pos, endpos, mode)`: a `re.Match` or
/// None. When `endpos < pos` only `match` can succeed (with an empty subject),
/// as in CPython.
fn search(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("search", &args[1..], 6, 6)?;
    let (e, who, subject, w) = match_call(vm, args)?;
    let mode = vm.to_index(args[6])?;
    if w.endpos < w.pos && mode != 1 {
        return Ok(Value::None);
    }
    let found = match mode {
        0 => e.find(&subject, w.start, w.end, false, false)?,
        1 => e.find(&subject, w.start, w.end, true, false)?,
        _ => {
            let translated = &e.translated;
            let full = e.variant(&e.full, || {
                build(&format!("(?:{translated})\\z"), e.bytes, false)
            });
            match full {
                Some(re) => e.run(re, &subject, w.start, w.end, true)?,
                None => None,
            }
        }
    };
    Ok(match found {
        Some(spans) => e.make_match(vm, &subject, &spans, &w, &who),
        None => Value::None,
    })
}

/// Run `f` on successive matches in the window (at most `limit` of them when
/// `limit` > 0), with CPython's rule for empty matches.
fn each_match(
    e: &Engine,
    subject: &Subject,
    w: &Window,
    limit: i64,
    f: impl FnMut(&Spans),
) -> PyResult<()> {
    each_match_from(e, subject, w, (w.start, false), limit, f).map(|_| ())
}

/// `each_match` from byte position `from.0` (`from.1`: an empty match there
/// is not allowed, the previous match was empty and ended there). Returns
/// where to resume when `limit` stopped the scan, None when it is complete.
fn each_match_from(
    e: &Engine,
    subject: &Subject,
    w: &Window,
    from: (usize, bool),
    limit: i64,
    mut f: impl FnMut(&Spans),
) -> PyResult<Option<(usize, bool)>> {
    let mut count = 0i64;
    let (mut pos, mut must_advance) = from;
    while w.endpos >= w.pos && pos <= w.end {
        if limit > 0 && count >= limit {
            return Ok(Some((pos, must_advance)));
        }
        let Some(spans) = e.find(subject, pos, w.end, false, must_advance)? else {
            break;
        };
        let (s, t) = spans[0].unwrap_or((pos, pos));
        f(&spans);
        count += 1;
        must_advance = s == t;
        pos = t;
    }
    Ok(None)
}

/// `Engine.scan_chunk(pattern, string, data, pos, endpos, limit, resume)`:
/// up to `limit` successive matches from `resume` (-1: the start; otherwise
/// a token from the previous chunk) and the token to resume with (None when
/// the scan is complete). `finditer` iterates with it lazily.
fn scan_chunk(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("scan_chunk", &args[1..], 7, 7)?;
    let (e, who, subject, w) = match_call(vm, args)?;
    let limit = ssize(vm, args[6])?.max(1);
    let resume = ssize(vm, args[7])?;
    let from = if resume >= 0 {
        (
            ((resume >> 1) as usize).clamp(w.start, w.end),
            resume & 1 == 1,
        )
    } else {
        (w.start, false)
    };
    if let Subject::Str(text) = &subject {
        if !text.as_str().is_char_boundary(from.0) {
            return Err(PyErr::value_error("scan_chunk: bad resume token"));
        }
    }
    let mut found = Vec::new();
    let next = each_match_from(e, &subject, &w, from, limit, |spans| {
        found.push(spans.clone())
    })?;
    let out = found
        .iter()
        .map(|spans| e.make_match(vm, &subject, spans, &w, &who))
        .collect();
    let out = vm.new_list(out);
    let token = match next {
        Some((pos, must)) => Value::Int(((pos as i64) << 1) | must as i64),
        None => Value::None,
    };
    Ok(vm.new_tuple(vec![out, token]))
}

/// `Engine.scan(pattern, string, data, pos, endpos, limit)`: the `re.Match`
/// objects of successive matches.
fn scan(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("scan", &args[1..], 6, 6)?;
    let (e, who, subject, w) = match_call(vm, args)?;
    let limit = ssize(vm, args[6])?;
    let mut found = Vec::new();
    each_match(e, &subject, &w, limit, |spans| found.push(spans.clone()))?;
    let out = found
        .iter()
        .map(|spans| e.make_match(vm, &subject, spans, &w, &who))
        .collect();
    Ok(vm.new_list(out))
}

/// `Engine.findall(string, pos, endpos)`: `Pattern.findall`'s list (the whole
/// matches, the one group, or tuples of the groups; '' for a group that did not
/// take part).
fn findall(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("findall", &args[1..], 3, 3)?;
    let e = engine_of(vm, args[0])?;
    let subject = subject_of(vm, e, &args[1])?;
    let w = window(vm, &subject, args[2], args[3])?;
    let mut found = Vec::new();
    each_match(e, &subject, &w, 0, |spans| found.push(spans.clone()))?;
    let piece = |vm: &mut Vm, span: Option<(usize, usize)>| -> Value {
        let (a, b) = span.unwrap_or((0, 0));
        match &subject {
            Subject::Str(s) => vm.new_str(&s.as_str()[a..b]),
            Subject::Bytes(bytes) => vm.new_bytes(bytes[a..b].to_vec()),
        }
    };
    let mut out = Vec::with_capacity(found.len());
    for spans in &found {
        let item = match e.groups {
            0 => piece(vm, spans[0]),
            1 => piece(vm, spans[1]),
            _ => {
                let items = spans[1..].iter().map(|g| piece(vm, *g)).collect();
                vm.new_tuple(items)
            }
        };
        out.push(item);
    }
    Ok(vm.new_list(out))
}

/// `compile(pattern, flags)` → `(engine, groups, names, flags, warnings)` or, for
/// a syntax error, `(None, message, position, warnings)` (re.py raises
/// `re.error` from it); `warnings` are (category name, message) pairs.
fn compile(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::builtins::check_args("compile", args, 2, 2)?;
    let pat = Vm::unboxed(args[0]);
    let flags = vm.to_index(args[1])?;
    let (code_points, bytes): (Vec<u32>, bool) = match pat.payload() {
        Some(Payload::Str(s)) => (s.as_str().chars().map(|c| c as u32).collect(), false),
        _ => match crate::builtins::memoryview::buffer_bytes(pat) {
            Some(b) => (b.into_iter().map(u32::from).collect(), true),
            None => {
                return Err(PyErr::type_error(
                    "first argument must be string or compiled pattern",
                ))
            }
        },
    };
    let mut warnings = Vec::new();
    let parsed = parse::parse(&code_points, bytes, flags as u32, &mut warnings);
    let warnings: Vec<Value> = warnings
        .into_iter()
        .map(|w| {
            let (category, msg) = match w {
                parse::Warning::Future(m) => ("FutureWarning", m),
                parse::Warning::Deprecation(m) => ("DeprecationWarning", m),
            };
            let (c, m) = (vm.new_str(category), vm.new_str(msg));
            vm.new_tuple(vec![c, m])
        })
        .collect();
    let warnings = vm.new_list(warnings);
    let parsed = match parsed {
        Ok(p) => p,
        Err(parse::ParseError::Syntax { msg, pos }) => {
            let msg = vm.new_str(msg);
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(vm.new_tuple(vec![Value::None, msg, pos, warnings]));
        }
        Err(parse::ParseError::Overflow(m)) => return Err(PyErr::overflow_error(m)),
        Err(parse::ParseError::Value(m)) => return Err(PyErr::value_error(m)),
    };
    let main = match build(&parsed.translated, bytes, false) {
        Ok(r) => r,
        Err(err) => {
            let msg = vm.new_str(format!("pattern not supported by pyjit's re engine: {err}"));
            return Ok(vm.new_tuple(vec![Value::None, msg, Value::None, warnings]));
        }
    };
    let engine = Engine {
        translated: parsed.translated,
        bytes,
        groups: parsed.groups,
        close_rank: parsed.close_rank,
        main,
        non_empty: OnceCell::new(),
        full: OnceCell::new(),
    };
    let ty = vm.types.regex_engine;
    let obj = Value::Obj(vm.alloc(ty, Payload::Regex(Box::new(engine))));
    let names = vm.new_dict();
    for (name, g) in parsed.names {
        let k = vm.new_str(name);
        vm.dict_set(names, k, Value::Int(g as i64))?;
    }
    Ok(vm.new_tuple(vec![
        obj,
        Value::Int(parsed.groups as i64),
        Value::Obj(names),
        Value::Int(parsed.flags as i64),
        warnings,
    ]))
}

/// Register the methods of `_regex.Engine`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.regex_engine;
    vm.add_method(t, "search", search);
    vm.add_method(t, "scan", scan);
    vm.add_method(t, "scan_chunk", scan_chunk);
    vm.add_method(t, "findall", findall);
}

/// Create the `_regex` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_regex");
    let d = vm.instance_dict(m).unwrap();
    let k = vm.intern("compile");
    let f = vm.new_builtin("compile", compile);
    let _ = vm.dict_set_str(d, k, f);
    let k = vm.intern("Match");
    let ty = vm.types.regex_match;
    let _ = vm.dict_set_str(d, k, Value::Obj(ty));
    m
}
