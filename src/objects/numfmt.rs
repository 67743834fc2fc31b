//! Number formatting and parsing with CPython 3.11 semantics.
//!
//! This module is the one place where numbers become text and text becomes numbers:
//! `repr(float)`, `repr(complex)`, `format(x, spec)` / f-strings for `int`, `float`,
//! `complex` and `str`, the `%` operator, `float(s)`, `int(s, base)`, `round(x, n)` and
//! `bin`/`oct`/`hex`. Every function returns exactly the text (or the exception kind
//! and message) that CPython 3.11 produces; the tests pin that against `python3` output.
//!
//! # Design
//! CPython splits float formatting into two layers and so do we:
//!
//! 1. **Digits.** `_Py_dg_dtoa` yields a digit string without leading/trailing zeros and
//!    a decimal-point position `decpt` (value = `0.DIGITS × 10^decpt`), in one of three
//!    modes: shortest round-trip (mode 0), `n` significant digits (mode 2) or `n` digits
//!    after the point (mode 3). [`decimal_digits`] gets the same from Rust's float
//!    formatting: `{:e}` is shortest round-trip, `{:.*e}` and `{:.*}` are exact and
//!    round half-to-even on the exact binary value, as dtoa does.
//! 2. **Layout.** [`double_to_string`] ports `format_float_short` (Python/pystrtod.c):
//!    it pads the digits with zeros, places the point, chooses exponent notation
//!    ('r' switches at 1e16 / 1e-5, 'g' at the precision) and handles `#`, `z`, inf/nan.
//!
//! `format()` specs follow Python/formatter_unicode.c: [`parse_format_spec_for`] ports
//! `parse_internal_render_format_spec`, and [`layout_number`] ports
//! `calc_number_widths` + `fill_number` (sign, `0x` prefix, `=` padding, and digit
//! grouping that also groups the zeros of `0`-padding: `format(1234, '010,')` is
//! `'00,001,234'`). The `%` operator follows Objects/unicodeobject.c: [`parse_percent`]
//! ports `unicode_format_arg_parse`, [`apply_percent`] ports `unicode_format_arg_format`
//! and `unicode_format_arg_output`. `float()`/`int()` parsing follows
//! `_Py_string_to_number_with_underscores` and `PyLong_FromString`; `round()` follows
//! `double_round`, done exactly with `BigInt` and a correctly rounded decimal parse.
//!
//! # Invariants
//! * [`FormatSpec::fill`] is the final fill character: `'0'` when the spec had the
//!   `0` flag and no explicit fill. `align == None` means "type default": `'='` for
//!   numbers when `zero_pad`, else `'>'`; `'<'` for strings.
//! * The C locale is assumed: `'n'` behaves like `'d'`/`'g'` without grouping.
//! * The `py_format_*` wrappers are the whole of `format(v, spec)`, including the
//!   empty-spec shortcut to `str(v)` and the type name in parse errors.
//! * No `unsafe`, no global state, no panics on malformed specs or strings (a huge width
//!   or precision allocates, as in CPython).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::iter::repeat_n;

/// Which Python exception a [`FmtError`] becomes: `ValueError`, `TypeError` or `OverflowError`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    Value,
    Type,
    Overflow,
}

/// A formatting/parsing failure with CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmtError {
    pub kind: ErrKind,
    pub msg: String,
}

fn fail<T>(kind: ErrKind, msg: impl Into<String>) -> Result<T, FmtError> {
    Err(FmtError {
        kind,
        msg: msg.into(),
    })
}

fn value_err<T>(msg: impl Into<String>) -> Result<T, FmtError> {
    fail(ErrKind::Value, msg)
}

// ---------------------------------------------------------------------------------------
// Digit generation and float layout (pystrtod.c)
// ---------------------------------------------------------------------------------------

/// The three `_Py_dg_dtoa` modes we need.
#[derive(Clone, Copy)]
enum DigitMode {
    /// mode 0: shortest string that round-trips
    Shortest,
    /// mode 2: this many significant digits (at least 1)
    Significant(usize),
    /// mode 3: this many digits after the decimal point
    Fixed(usize),
}

/// Digits of the finite, non-negative `ax` in dtoa form: `value = 0.DIGITS * 10^decpt`,
/// no trailing zeros; zero (or a value rounding to zero) is `("0", 1)`.
fn decimal_digits(ax: f64, mode: DigitMode) -> (String, i64) {
    let split_exp = |s: String| {
        let (mant, exp) = s.split_once('e').expect("exponent form");
        (
            mant.replace('.', ""),
            exp.parse::<i64>().expect("exponent") + 1,
        )
    };
    let (mut digits, decpt) = match mode {
        DigitMode::Shortest => {
            // Rust breaks an exact tie between two shortest candidates upwards, dtoa
            // picks the correctly rounded (half-even) one when it also round-trips.
            let short = format!("{:e}", ax);
            let n = short
                .split_once('e')
                .map_or(1, |(m, _)| m.len() - m.contains('.') as usize);
            let even = format!("{:.*e}", n - 1, ax);
            split_exp(if even != short && even.parse() == Ok(ax) {
                even
            } else {
                short
            })
        }
        DigitMode::Significant(n) => split_exp(format!("{:.*e}", n.max(1) - 1, ax)),
        DigitMode::Fixed(p) => {
            let s = format!("{:.*}", p, ax);
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            let all = format!("{int}{frac}");
            let lz = all.len() - all.trim_start_matches('0').len();
            (all[lz..].to_string(), int.len() as i64 - lz as i64)
        }
    };
    while digits.ends_with('0') {
        digits.pop();
    }
    if digits.is_empty() {
        ("0".to_string(), 1)
    } else {
        (digits, decpt)
    }
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_zero: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of `eEfFgGr`.
fn double_to_string(x: f64, code: char, precision: usize, fl: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut neg = x.is_sign_negative() && !x.is_nan(); // CPython ignores the sign of a nan
    let mut out = String::new();
    if !x.is_finite() {
        out.push_str(if neg {
            "-"
        } else if fl.sign {
            "+"
        } else {
            ""
        });
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_ascii_uppercase()
        } else {
            word.to_string()
        });
        return out;
    }
    let (mode, prec) = match code {
        'e' => (DigitMode::Significant(precision + 1), precision as i64 + 1),
        'f' => (DigitMode::Fixed(precision), precision as i64),
        'g' => (
            DigitMode::Significant(precision.max(1)),
            precision.max(1) as i64,
        ),
        _ => (DigitMode::Shortest, 0),
    };
    let (digits, mut decpt) = decimal_digits(x.abs(), mode);
    let dl = digits.len() as i64;
    neg &= !(fl.no_neg_zero && digits == "0");
    // Output the slice [vstart, vend) of the digits padded with zeros on both sides.
    let (use_exp, mut vend) = match code {
        'e' => (true, prec),
        'f' => (false, decpt + prec),
        'g' => {
            let use_exp = decpt <= -4 || decpt > if fl.add_dot_0 { prec - 1 } else { prec };
            (use_exp, if fl.alt { prec } else { dl })
        }
        _ => (decpt <= -4 || decpt > 16, dl),
    };
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = vend.max(if !use_exp && fl.add_dot_0 {
        decpt + 1
    } else {
        decpt
    });
    let zeros = |out: &mut String, n: i64| out.extend(repeat_n('0', n.max(0) as usize));
    out.push_str(if neg {
        "-"
    } else if fl.sign {
        "+"
    } else {
        ""
    });
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= dl {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if dl < decpt {
        zeros(&mut out, decpt - dl);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - dl);
    }
    if out.ends_with('.') && !fl.alt {
        out.pop();
    }
    if use_exp {
        out.push_str(&format!("{}{:+03}", if upper { 'E' } else { 'e' }, exp));
    }
    out
}

/// `repr(x)` / `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// `repr(complex(re, im))`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = DtoaFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", double_to_string(im, 'r', 0, plain))
    } else {
        let r = double_to_string(re, 'r', 0, plain);
        let i = double_to_string(
            im,
            'r',
            0,
            DtoaFlags {
                sign: true,
                ..plain
            },
        );
        format!("({r}{i}j)")
    }
}

// ---------------------------------------------------------------------------------------
// Format specs (formatter_unicode.c)
// ---------------------------------------------------------------------------------------

/// A parsed `format()` spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Final fill character (`'0'` if the `0` flag was used without an explicit fill).
    pub fill: char,
    /// Explicit alignment; `None` means the type's default (see module docs).
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alternate: bool,
    /// The `0` flag was given (and consumed) without an explicit fill.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    /// The spec `""`.
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// How CPython shows a presentation type in messages: `'z'` or `'\x1'`.
fn type_char(ch: char) -> String {
    let c = ch as u32;
    if c > 32 && c < 128 {
        ch.to_string()
    } else {
        format!("\\x{:x}", c)
    }
}

fn unknown_code<T>(ty: char, type_name: &str) -> Result<T, FmtError> {
    value_err(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char(ty),
        type_name
    ))
}

/// Parses a format spec; the trailing-garbage error names the type as `'object'`
/// (use [`parse_format_spec_for`] or the `py_format_*` wrappers for CPython's message).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FmtError> {
    parse_format_spec_for(spec, "object")
}

/// `parse_internal_render_format_spec`: like [`parse_format_spec`], with the type name
/// used in "Invalid format specifier '...' for object of type 'T'".
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    let c: Vec<char> = spec.chars().collect();
    let n = c.len();
    let mut fs = FormatSpec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut p = if n >= 2 && is_align(c[1]) {
        (fs.fill, fs.align) = (c[0], Some(c[1]));
        2
    } else if n >= 1 && is_align(c[0]) {
        fs.align = Some(c[0]);
        1
    } else {
        0
    };
    let fill_specified = p == 2;
    let eat = |ch: char, p: &mut usize| (*p < n && c[*p] == ch).then(|| *p += 1).is_some();
    if p < n && matches!(c[p], '+' | '-' | ' ') {
        fs.sign = Some(c[p]);
        p += 1;
    }
    fs.no_neg_zero = eat('z', &mut p);
    fs.alternate = eat('#', &mut p);
    if !fill_specified && eat('0', &mut p) {
        (fs.fill, fs.zero_pad) = ('0', true);
    }
    fs.width = spec_integer(&c, &mut p)?;
    let both = "Cannot specify both ',' and '_'.";
    if eat(',', &mut p) {
        fs.grouping = Some(',');
    }
    if eat('_', &mut p) {
        if fs.grouping.is_some() {
            return value_err(both);
        }
        fs.grouping = Some('_');
    }
    if p < n && c[p] == ',' && fs.grouping == Some('_') {
        return value_err(both);
    }
    if eat('.', &mut p) {
        fs.precision = spec_integer(&c, &mut p)?;
        if fs.precision.is_none() {
            return value_err("Format specifier missing precision");
        }
    }
    if n - p > 1 {
        return value_err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    fs.ty = c.get(p).copied();
    if let Some(g) = fs.grouping {
        match fs.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => return value_err(format!("Cannot specify '{g}' with '{}'.", type_char(t))),
        }
    }
    Ok(fs)
}

/// `get_integer`: ASCII digits at `*p`, `None` if there are none.
fn spec_integer(c: &[char], p: &mut usize) -> Result<Option<usize>, FmtError> {
    let start = *p;
    let mut acc: u64 = 0;
    while let Some(d) = c.get(*p).and_then(|ch| ch.to_digit(10)) {
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d as u64;
        *p += 1;
    }
    Ok((*p != start).then_some(acc as usize))
}

fn num_align(fs: &FormatSpec) -> char {
    fs.align.unwrap_or(if fs.zero_pad { '=' } else { '>' })
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right with `sep`
/// every `size` digits, first left-padding with zeros up to `min_width` (which counts
/// the separators too).
fn group_digits(digits: &str, mut min_width: i64, sep: Option<(char, i64)>) -> String {
    let d = digits.as_bytes(); // formatted digits are ASCII
    let mut remaining = d.len() as i64;
    let mut rev: Vec<u8> = Vec::new();
    let mut use_sep = false;
    // one group of `l` characters: `nc` digits and `nz` zeros to their left
    let emit = |rev: &mut Vec<u8>, l: i64, remaining: i64, use_sep: bool| {
        let (nz, nc) = ((l - remaining).max(0), remaining.min(l).max(0));
        if let (true, Some((s, _))) = (use_sep, sep) {
            rev.push(s as u8);
        }
        rev.extend(
            d[(remaining - nc) as usize..remaining as usize]
                .iter()
                .rev(),
        );
        rev.extend(repeat_n(b'0', nz as usize));
        nc
    };
    match sep {
        // the group generator repeats forever, so only this exit is taken
        Some((_, size)) => loop {
            let l = size.min(remaining.max(min_width).max(1));
            remaining -= emit(&mut rev, l, remaining, use_sep);
            use_sep = true;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        },
        None => {
            emit(&mut rev, remaining.max(min_width).max(1), remaining, false);
        }
    }
    rev.iter().rev().map(|&b| b as char).collect()
}

/// Padding and alignment for a number (`calc_number_widths` + `fill_number`): the
/// output is `lpad sign prefix spad grouped-digits tail rpad`, where `tail` is the
/// decimal point and everything after it (or the character of a `'c'` format).
fn layout_number(
    fs: &FormatSpec,
    neg: bool,
    prefix: &str,
    digits: &str,
    tail: &str,
    sep: Option<(char, i64)>,
) -> String {
    let align = num_align(fs);
    let sign = match (fs.sign, neg) {
        (_, true) => Some('-'),
        (Some(s @ ('+' | ' ')), false) => Some(s),
        _ => None,
    };
    let width = fs.width.map_or(-1, |w| w as i64);
    let non_digit = sign.is_some() as i64 + prefix.len() as i64 + tail.chars().count() as i64;
    let min_width = if fs.fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, sep)
    };
    let pad = (width - non_digit - grouped.len() as i64).max(0) as usize;
    let (l, s, r) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let mut out: String = repeat_n(fs.fill, l).chain(sign).collect();
    out.push_str(prefix);
    out.extend(repeat_n(fs.fill, s));
    out.push_str(&grouped);
    out.push_str(tail);
    out.extend(repeat_n(fs.fill, r));
    out
}

/// `parse_number` on formatted float text: `(neg, leading digits, rest)`.
fn split_number(s: &str) -> (bool, &str, &str) {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let nd = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (neg, &s[..nd], &s[nd..])
}

fn separator(fs: &FormatSpec, size_for_underscore: i64) -> Option<(char, i64)> {
    fs.grouping
        .map(|g| (g, if g == ',' { 3 } else { size_for_underscore }))
}

/// `format(v, spec)` for `int` (and `bool`, with `type_name == "bool"`).
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    if *spec == FormatSpec::default() && type_name == "bool" {
        return Ok(if v.is_zero() { "False" } else { "True" }.to_string());
    }
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float_inner(int_to_f64(v)?, spec),
        _ => return unknown_code(ty, type_name),
    }
    if spec.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let ch = int_to_char(v, "Python int too large to convert to C long")?;
        return Ok(layout_number(spec, false, "", "", &ch.to_string(), None));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, if ty == 'x' { "0x" } else { "0X" }),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let sep = separator(spec, if base == 10 { 3 } else { 4 });
    Ok(layout_number(
        spec,
        v.is_negative(),
        prefix,
        &digits,
        "",
        sep,
    ))
}

/// Code point of an int for `'c'` formats; surrogates become U+FFFD.
fn int_to_char(v: &BigInt, too_big: &str) -> Result<char, FmtError> {
    let Some(x) = v.to_i64() else {
        return fail(ErrKind::Overflow, too_big);
    };
    if !(0..=0x10ffff).contains(&x) {
        return fail(ErrKind::Overflow, "%c arg not in range(0x110000)");
    }
    Ok(char::from_u32(x as u32).unwrap_or('\u{fffd}'))
}

/// `format(v, spec)` for `float` (types `eEfFgGn%` and none).
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_inner(v, spec),
        Some(t) => unknown_code(t, type_name),
    }
}

/// The code and precision `format_float_internal` passes to `PyOS_double_to_string`.
fn float_code(ty: Option<char>, precision: Option<usize>) -> Result<(char, usize), FmtError> {
    if precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_err("precision too big");
    }
    Ok(match (ty, precision) {
        (None, None) => ('r', 0),
        (None, Some(p)) => ('g', p),
        (Some('n'), p) => ('g', p.unwrap_or(6)),
        (Some('%'), p) => ('f', p.unwrap_or(6)),
        (Some(t), p) => (t, p.unwrap_or(6)),
    })
}

fn format_float_inner(v: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    let (code, prec) = float_code(spec.ty, spec.precision)?;
    let add_dot_0 = spec.ty.is_none();
    let fl = DtoaFlags {
        alt: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        add_dot_0,
        sign: false,
    };
    let pct = spec.ty == Some('%');
    let mut s = double_to_string(if pct { v * 100.0 } else { v }, code, prec, fl);
    if pct {
        s.push('%');
    }
    let (neg, digits, tail) = split_number(&s);
    Ok(layout_number(
        spec,
        neg,
        "",
        digits,
        tail,
        separator(spec, 3),
    ))
}

/// `format(complex(re, im), spec)`.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return unknown_code(t, "complex"),
    }
    if spec.fill == '0' {
        return value_err("Zero padding is not allowed in complex format specifier");
    }
    if spec.align == Some('=') {
        return value_err("'=' alignment flag is not allowed in complex format specifier");
    }
    let fl = DtoaFlags {
        alt: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let (code, prec) = float_code(spec.ty, spec.precision)?;
    // no type: like str(z), the real part is dropped when it is +0.0, else parenthesized
    let skip_re = spec.ty.is_none() && re == 0.0 && re.is_sign_positive();
    let parens = spec.ty.is_none() && !skip_re;
    let part = |x: f64, sign: Option<char>| {
        let s = double_to_string(x, code, prec, fl);
        let (neg, digits, tail) = split_number(&s);
        let tmp = FormatSpec {
            fill: ' ',
            align: Some('<'),
            width: None,
            sign,
            ..spec.clone()
        };
        layout_number(&tmp, neg, "", digits, tail, separator(spec, 3))
    };
    let re_text = if skip_re {
        String::new()
    } else {
        part(re, spec.sign)
    };
    let im_text = part(im, if skip_re { spec.sign } else { Some('+') });
    let body = if parens {
        format!("({re_text}{im_text}j)")
    } else {
        format!("{re_text}{im_text}j")
    };
    Ok(pad_text(
        &body,
        spec.width,
        spec.align.unwrap_or('>'),
        spec.fill,
    ))
}

/// `calc_padding` + fill: align `body` in `width` characters.
fn pad_text(body: &str, width: Option<usize>, align: char, fill: char) -> String {
    let n = body.chars().count();
    let total = width.unwrap_or(0).max(n);
    let left = match align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    let mut out: String = repeat_n(fill, left).collect();
    out.push_str(body);
    out.extend(repeat_n(fill, total - n - left));
    out
}

/// `format(s, spec)` for `str`; width and precision count characters.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FmtError> {
    match (spec.ty, spec.grouping) {
        (None, Some(g)) => return value_err(format!("Cannot specify '{g}' with 's'.")),
        (None | Some('s'), _) => {}
        (Some(t), _) => return unknown_code(t, type_name),
    }
    let msg = match spec.sign {
        Some(' ') => "Space not allowed in string format specifier",
        Some(_) => "Sign not allowed in string format specifier",
        None if spec.no_neg_zero => {
            "Negative zero coercion (z) not allowed in string format specifier"
        }
        None if spec.alternate => "Alternate form (#) not allowed in string format specifier",
        None if spec.align == Some('=') => "'=' alignment not allowed in string format specifier",
        None => "",
    };
    if !msg.is_empty() {
        return value_err(msg);
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad_text(
        &body,
        spec.width,
        spec.align.unwrap_or('<'),
        spec.fill,
    ))
}

/// The whole of `format(v, spec)` for an int: an empty spec is `str(v)`.
pub fn py_format_int(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FmtError> {
    format_int(v, &parse_format_spec_for(spec, type_name)?, type_name)
}

/// The whole of `format(v, spec)` for a float: an empty spec is `str(v)`.
pub fn py_format_float(v: f64, spec: &str, type_name: &str) -> Result<String, FmtError> {
    format_float(v, &parse_format_spec_for(spec, type_name)?, type_name)
}

/// The whole of `format(z, spec)` for a complex: an empty spec is `str(z)`.
pub fn py_format_complex(re: f64, im: f64, spec: &str) -> Result<String, FmtError> {
    format_complex(re, im, &parse_format_spec_for(spec, "complex")?)
}

/// The whole of `format(s, spec)` for a str.
pub fn py_format_str(s: &str, spec: &str, type_name: &str) -> Result<String, FmtError> {
    format_str(s, &parse_format_spec_for(spec, type_name)?, type_name)
}

// ---------------------------------------------------------------------------------------
// Conversions and rounding
// ---------------------------------------------------------------------------------------

/// `(m, e)` with `m * 2^e == |x|` for finite `x`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// `float(v)` for an int: correctly rounded (half-even), OverflowError past f64::MAX.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FmtError> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let f = if bits <= 64 {
        mag.to_u64().expect("fits") as f64
    } else if bits > 1024 {
        f64::INFINITY
    } else {
        // keep 64 bits plus a sticky bit so the u64 -> f64 rounding is the true rounding
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().expect("64 bits");
        let sticky = (mag.trailing_zeros().unwrap_or(0) < shift) as u64;
        (top | sticky) as f64 * f64::from_bits((1023 + shift) << 52)
    };
    if f.is_infinite() {
        return fail(ErrKind::Overflow, "int too large to convert to float");
    }
    Ok(if v.is_negative() { -f } else { f })
}

/// `int(x)` for a float: truncation toward zero.
pub fn f64_to_int(x: f64) -> Result<BigInt, FmtError> {
    if x.is_nan() {
        return value_err("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return fail(
            ErrKind::Overflow,
            "cannot convert float infinity to integer",
        );
    }
    let (m, e) = decompose(x);
    let mag = if e >= 0 {
        BigInt::from(m) << e as usize
    } else {
        BigInt::from(m.checked_shr(-e as u32).unwrap_or(0))
    };
    Ok(if x < 0.0 { -mag } else { mag })
}

/// `round(x)` (no ndigits): nearest int, ties to even.
pub fn round_float_to_int(x: f64) -> Result<BigInt, FmtError> {
    let mut r = x.round();
    if (x - r).abs() == 0.5 {
        r = 2.0 * (x / 2.0).round();
    }
    f64_to_int(r)
}

/// `round(x, ndigits)`: half-even on the exact binary value, like `double_round`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    // q = round_half_even(|x| * 10^ndigits), computed as the exact fraction num/den
    let (m, e) = decompose(x);
    let (mut num, mut den) = (BigInt::from(m), BigInt::one());
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let p10 = num_traits::pow(BigInt::from(10u32), ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= p10;
    } else {
        den *= p10;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    // the decimal q * 10^-ndigits, correctly rounded back to binary (keeps -0.0)
    let text = format!(
        "{}{}e{}",
        if x.is_sign_negative() { "-" } else { "" },
        q,
        -ndigits
    );
    let y: f64 = text.parse().expect("valid float literal");
    if y.is_infinite() {
        return fail(ErrKind::Overflow, "rounded value too large to represent");
    }
    Ok(y)
}

/// `bin`/`oct`/`hex`: `int_to_prefixed(-31, 16) == "-0x1f"`. Other bases get no prefix.
pub fn int_to_prefixed(v: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", v.magnitude().to_str_radix(base))
}

// ---------------------------------------------------------------------------------------
// Parsing: float(s), int(s, base)
// ---------------------------------------------------------------------------------------

/// Digit zero of every run of ten Unicode decimal digits (Unicode 14.0, as CPython 3.11).
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `_PyUnicode_TransformDecimalAndSpaceToASCII` then strip: Unicode digits become ASCII
/// digits, Unicode spaces `' '`, other non-ASCII `'?'`; then surrounding ASCII spaces
/// (`Py_ISSPACE`: not `\x1c`-`\x1f`) are stripped.
fn ascii_number(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| match c as u32 {
            0..=127 => c,
            _ if c.is_whitespace() => ' ',
            cp => {
                let zero = DIGIT_ZEROS.iter().find(|&&z| (z..z + 10).contains(&cp));
                zero.map_or('?', |z| (b'0' + (cp - z) as u8) as char)
            }
        })
        .collect();
    t.trim_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r'])
        .to_string()
}

/// `float(s)`: `None` when CPython raises "could not convert string to float".
pub fn parse_float(s: &str) -> Option<f64> {
    let mut t = ascii_number(s);
    let b = t.as_bytes();
    if b.contains(&b'_') {
        // an underscore must sit between two digits
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        if (0..b.len()).any(|i| b[i] == b'_' && !(i > 0 && digit(i - 1) && digit(i + 1))) {
            return None;
        }
        t = t.replace('_', "");
    }
    let (neg, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let v = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            // digits [. digits] | . digits, then optional e[+-]digits; Rust parses the rest
            let b = body.as_bytes();
            let mut i = 0;
            let digits = |i: &mut usize| {
                let start = *i;
                while b.get(*i).is_some_and(u8::is_ascii_digit) {
                    *i += 1;
                }
                *i - start
            };
            let mut mant = digits(&mut i);
            if b.get(i) == Some(&b'.') {
                i += 1;
                mant += digits(&mut i);
            }
            if mant == 0 {
                return None;
            }
            if matches!(b.get(i), Some(b'e' | b'E')) {
                i += 1 + matches!(b.get(i + 1), Some(b'+' | b'-')) as usize;
                if digits(&mut i) == 0 {
                    return None;
                }
            }
            if i != b.len() {
                return None;
            }
            body.parse().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

/// `int(s, base)` (`PyLong_FromString`): `None` when CPython raises
/// "invalid literal for int() with base N". Base must be 0 or 2..=36.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let t = ascii_number(s);
    let (neg, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let b = t.as_bytes();
    let at = |k: usize| b.get(k).map(|c| c.to_ascii_lowercase());
    // base 0: the prefix decides; a plain literal may not have leading zeros unless it is 0
    let zero_lead = at(0) == Some(b'0');
    let (base, error_if_nonzero) = match (base, zero_lead, at(1)) {
        (0, true, Some(b'x')) => (16, false),
        (0, true, Some(b'o')) => (8, false),
        (0, true, Some(b'b')) => (2, false),
        (0, lead, _) => (10, lead),
        (b, _, _) => (b, false),
    };
    let prefix = match base {
        16 => Some(b'x'),
        8 => Some(b'o'),
        2 => Some(b'b'),
        _ => None,
    };
    let mut i = 0;
    if zero_lead && prefix.is_some() && at(1) == prefix {
        i = 2 + (at(2) == Some(b'_')) as usize; // one underscore may follow the prefix
    }
    let rest = &t[i..];
    if rest.is_empty() || rest.starts_with('_') || rest.ends_with('_') || rest.contains("__") {
        return None;
    }
    let clean: Vec<u8> = rest.bytes().filter(|&c| c != b'_').collect();
    if !clean
        .iter()
        .all(|&c| (c as char).to_digit(36).is_some_and(|d| d < base))
    {
        return None;
    }
    let v = BigInt::parse_bytes(&clean, base)?;
    if error_if_nonzero && !v.is_zero() {
        return None;
    }
    Some(if neg { -v } else { v })
}

// ---------------------------------------------------------------------------------------
// printf-style formatting (the % operator)
// ---------------------------------------------------------------------------------------

/// One piece of a `%` format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PctPiece {
    Literal(String),
    Spec(PctSpec),
}

/// One `%[(key)][flags][width][.precision][lhL]conv` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PctSpec {
    pub key: Option<String>,
    pub flags: PctFlags,
    pub width: PctNum,
    pub precision: PctNum,
    pub conv: char,
}

/// `-`, `+`, space, `#`, `0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PctFlags {
    pub left: bool,
    pub plus: bool,
    pub space: bool,
    pub alt: bool,
    pub zero: bool,
}

/// A width or precision: absent, `*` (taken from the arguments) or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PctNum {
    None,
    Star,
    Num(usize),
}

fn need(ch: Option<&char>) -> Result<char, FmtError> {
    ch.copied().ok_or_else(|| FmtError {
        kind: ErrKind::Value,
        msg: "incomplete format".into(),
    })
}

/// Splits a `%` format string into literals and conversions (`%%` is a literal).
/// Errors come in string order but before any argument is looked at, so CPython's
/// "not enough arguments" or a mapping `KeyError` for an earlier conversion would win there.
pub fn parse_percent(fmt: &str) -> Result<Vec<PctPiece>, FmtError> {
    let c: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < c.len() {
        if c[i] != '%' || c.get(i + 1) == Some(&'%') {
            lit.push(c[i]);
            i += 1 + (c[i] == '%') as usize;
            continue;
        }
        i += 1;
        let mut key = None;
        if c.get(i) == Some(&'(') {
            let (start, mut depth) = (i + 1, 1);
            while depth > 0 && i + 1 < c.len() {
                i += 1;
                depth += (c[i] == '(') as i32 - (c[i] == ')') as i32;
            }
            if depth > 0 {
                return value_err("incomplete format key");
            }
            key = Some(c[start..i].iter().collect());
            i += 1;
        }
        // from here `ch` is the current character and `i` the index after it
        let mut flags = PctFlags::default();
        let mut ch = loop {
            let ch = need(c.get(i))?;
            i += 1;
            match ch {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break ch,
            }
        };
        let width = pct_number(&c, &mut ch, &mut i, i64::MAX as u64, "width too big")?;
        let mut precision = PctNum::None;
        if ch == '.' {
            ch = need(c.get(i))?;
            i += 1;
            precision = match pct_number(&c, &mut ch, &mut i, i32::MAX as u64, "precision too big")?
            {
                PctNum::None => PctNum::Num(0),
                p => p,
            };
        }
        if matches!(ch, 'h' | 'l' | 'L') {
            ch = need(c.get(i))?;
            i += 1;
        }
        if !"sraiduoxXeEfFgGc".contains(ch) {
            let shown = if (31..=126).contains(&(ch as u32)) {
                ch
            } else {
                '?'
            };
            let msg = format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                ch as u32,
                i - 1
            );
            return value_err(msg);
        }
        if !lit.is_empty() {
            pieces.push(PctPiece::Literal(std::mem::take(&mut lit)));
        }
        pieces.push(PctPiece::Spec(PctSpec {
            key,
            flags,
            width,
            precision,
            conv: ch,
        }));
    }
    if !lit.is_empty() {
        pieces.push(PctPiece::Literal(lit));
    }
    Ok(pieces)
}

/// A `*` or decimal width/precision starting at `*ch`; leaves `*ch` on the next character.
fn pct_number(
    c: &[char],
    ch: &mut char,
    i: &mut usize,
    limit: u64,
    msg: &str,
) -> Result<PctNum, FmtError> {
    if *ch == '*' {
        *ch = need(c.get(*i))?;
        *i += 1;
        return Ok(PctNum::Star);
    }
    let Some(mut acc) = ch.to_digit(10).map(u64::from) else {
        return Ok(PctNum::None);
    };
    loop {
        *ch = need(c.get(*i))?;
        *i += 1;
        let Some(d) = ch.to_digit(10) else {
            return Ok(PctNum::Num(acc as usize));
        };
        if acc > (limit - d as u64) / 10 {
            return value_err(msg);
        }
        acc = acc * 10 + d as u64;
    }
}

/// The argument of one `%` conversion. For `s`/`r`/`a` the caller passes the result
/// of `str()`/`repr()`/`ascii()`; ints and floats are also accepted there.
#[derive(Debug, Clone, Copy)]
pub enum PctValue<'a> {
    Int(&'a BigInt),
    /// An int that fits in i64 (the common case: no BigInt is built).
    SmallInt(i64),
    Float(f64),
    Str(&'a str),
}

/// Formats one conversion. `width`/`precision` are the resolved numbers (for a
/// negative `*` width the caller sets `flags.left` and passes the absolute value;
/// a negative `*` precision becomes 0).
pub fn apply_percent(
    spec: &PctSpec,
    width: Option<usize>,
    precision: Option<usize>,
    v: PctValue,
) -> Result<String, FmtError> {
    let conv = spec.conv;
    let (text, numeric) = match (conv, v) {
        ('s' | 'r' | 'a', PctValue::Str(s)) => (s.to_string(), false),
        ('s' | 'r' | 'a', PctValue::Int(i)) => (i.to_string(), false),
        ('s' | 'r' | 'a', PctValue::Float(x)) => (float_repr(x), false),
        ('d' | 'i' | 'u', PctValue::Float(x)) => {
            (pct_format_long(&f64_to_int(x)?, conv, precision), true)
        }
        ('d' | 'i' | 'u', PctValue::Str(_)) => {
            return fail(
                ErrKind::Type,
                format!("%{conv} format: a real number is required, not str"),
            );
        }
        ('o' | 'x' | 'X', PctValue::Float(_) | PctValue::Str(_)) => {
            let name = if matches!(v, PctValue::Str(_)) {
                "str"
            } else {
                "float"
            };
            return fail(
                ErrKind::Type,
                format!("%{conv} format: an integer is required, not {name}"),
            );
        }
        ('s' | 'r' | 'a', PctValue::SmallInt(i)) => (i.to_string(), false),
        ('d' | 'i' | 'u' | 'o' | 'x' | 'X', PctValue::SmallInt(i)) => (
            pct_alt_prefix(spec, pct_format_small(i, conv, precision)),
            true,
        ),
        ('d' | 'i' | 'u' | 'o' | 'x' | 'X', PctValue::Int(i)) => (
            pct_alt_prefix(spec, pct_format_long(i, conv, precision)),
            true,
        ),
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', _) => {
            let x = match v {
                PctValue::Float(x) => x,
                PctValue::Int(i) => int_to_f64(i)?,
                PctValue::SmallInt(i) => i as f64,
                PctValue::Str(_) => return fail(ErrKind::Type, "must be real number, not str"),
            };
            let fl = DtoaFlags {
                alt: spec.flags.alt,
                ..DtoaFlags::default()
            };
            (double_to_string(x, conv, precision.unwrap_or(6), fl), true)
        }
        ('c', PctValue::SmallInt(i)) => (
            int_to_char(&BigInt::from(i), "%c arg not in range(0x110000)")?.to_string(),
            false,
        ),
        ('c', PctValue::Int(i)) => (
            int_to_char(i, "%c arg not in range(0x110000)")?.to_string(),
            false,
        ),
        ('c', PctValue::Str(s)) if s.chars().count() == 1 => (s.to_string(), false),
        ('c', _) => return fail(ErrKind::Type, "%c requires int or char"),
        _ => {
            return value_err(format!(
                "unsupported format character '{conv}' (0x{:x})",
                conv as u32
            ))
        }
    };
    Ok(pct_output(
        spec.flags, conv, width, precision, &text, numeric,
    ))
}

/// `_PyUnicode_FormatLong` without the `#` prefix: sign, digits zero-filled to `prec`.
fn pct_format_long(v: &BigInt, conv: char, prec: Option<usize>) -> String {
    let base = match conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let zeros = prec.unwrap_or(0).saturating_sub(digits.len());
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{}{digits}", "0".repeat(zeros))
}

/// The `#` flag's `0o`/`0x`/`0X` prefix of an integer conversion, after the sign.
fn pct_alt_prefix(spec: &PctSpec, mut s: String) -> String {
    let conv = spec.conv;
    if spec.flags.alt && conv != 'd' && conv != 'i' && conv != 'u' {
        let at = s.starts_with('-') as usize;
        s.insert_str(at, &format!("0{conv}"));
    }
    s
}

/// `pct_format_long` for an i64.
fn pct_format_small(v: i64, conv: char, prec: Option<usize>) -> String {
    let m = v.unsigned_abs();
    let digits = match conv {
        'o' => format!("{m:o}"),
        'x' => format!("{m:x}"),
        'X' => format!("{m:X}"),
        _ => m.to_string(),
    };
    let zeros = prec.unwrap_or(0).saturating_sub(digits.len());
    if zeros == 0 && v >= 0 {
        return digits;
    }
    let sign = if v < 0 { "-" } else { "" };
    format!("{sign}{}{digits}", "0".repeat(zeros))
}

/// `unicode_format_arg_output`: truncation, sign, `#` prefix and padding.
fn pct_output(
    fl: PctFlags,
    conv: char,
    width: Option<usize>,
    prec: Option<usize>,
    s: &str,
    numeric: bool,
) -> String {
    let mut len = s.chars().count() as i64;
    let mut width = width.map_or(-1, |w| w as i64);
    let prec = prec.map_or(-1, |p| p as i64);
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(fl.plus || fl.space) {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    let fill = if numeric && fl.zero { '0' } else { ' ' };
    if matches!(conv, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                (sign, pindex) = (Some(c), 1);
                len -= 1;
            }
            _ if fl.plus => sign = Some('+'),
            _ if fl.space => sign = Some(' '),
            _ => {}
        }
    }
    width = width.max(len);
    let mut out = String::new();
    if let Some(sc) = sign {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = fl.alt && matches!(conv, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.extend(['0', conv]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !fl.left {
        out.extend(repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if alt_prefix {
            out.extend(['0', conv]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len.max(0) as usize]);
    out.extend(repeat_n(' ', (width - len).max(0) as usize));
    out
}

#[cfg(test)]
mod tests;
