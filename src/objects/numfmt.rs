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
mod tests {
    //! Expected values were produced by CPython 3.11 (`python3`). Grid rows hold one
    //! spec and the '|'-joined results for every value of the grid, or a single
    //! `!K:message` when every value raises the same error (K = V/T/O).
    use super::*;

    fn f(b: u64) -> f64 {
        f64::from_bits(b)
    }
    fn big(s: &str) -> BigInt {
        s.parse().expect("decimal")
    }

    /// A result as the tables write it: the text, or `!K:message`.
    fn show(r: Result<String, FmtError>) -> String {
        let kind = |k| match k {
            ErrKind::Value => 'V',
            ErrKind::Type => 'T',
            ErrKind::Overflow => 'O',
        };
        r.unwrap_or_else(|e| format!("!{}:{}", kind(e.kind), e.msg))
    }

    fn check_grid<V>(vals: &[V], rows: &[(&str, &str)], fmt: impl Fn(&V, &str) -> String) {
        for (spec, exp) in rows {
            let exp: Vec<&str> = if exp.starts_with('!') {
                vec![exp; vals.len()]
            } else {
                exp.split('|').collect()
            };
            assert_eq!(exp.len(), vals.len(), "row {spec:?}");
            for (i, (v, e)) in vals.iter().zip(exp).enumerate() {
                assert_eq!(fmt(v, spec), e, "spec {spec:?}, value #{i}");
            }
        }
    }

    #[test]
    fn float_repr_matches_cpython() {
        for (b, e) in [
            (0x0, "0.0"),
            (0x8000000000000000, "-0.0"),
            (0x3ff0000000000000, "1.0"),
            (0xbff8000000000000, "-1.5"),
            (0x3fb999999999999a, "0.1"),
            (0x4341c37937e08000, "1e+16"),
            (0x430c6bf526340000, "1000000000000000.0"),
            (0x4341c37937e07fff, "9999999999999998.0"),
            (0x4351c37937e08002, "2.000000000000001e+16"),
            (0x3ee4f8b588e368f1, "1e-05"),
            (0x3f1a36e2eb1c432d, "0.0001"),
            (0x3f202c9dedbc309d, "0.0001234"),
            (0x405ec00000000000, "123.0"),
            (0x4480f0cf064dd592, "1e+22"),
            (0x7e37e43c8800759c, "1e+300"),
            (0x1, "5e-324"),
            (0x10000000000000, "2.2250738585072014e-308"),
            (0x7fefffffffffffff, "1.7976931348623157e+308"),
            (0x7ff0000000000000, "inf"),
            (0xfff0000000000000, "-inf"),
            (0x7ff8000000000000, "nan"),
            (0x3fd5555555555555, "0.3333333333333333"),
            (0x3fe5555555555555, "0.6666666666666666"),
            (0x4059000000000000, "100.0"),
            (0x3e8421f5f40d8376, "1.5e-07"),
            (0x437b69b4ba630f35, "1.2345678901234568e+17"),
            (0x3fd3333333333334, "0.30000000000000004"),
            (0xdda1494c73cf256d, "-1.0539756485530688e+143"),
            (0xdb5b5fab8f4d3e27, "-1.2143721666352482e+132"),
            (0xc7fde805ec99108d, "-6.360375184993316e+38"),
            (0x73ab48767734d7c1, "1.526087629730313e+249"),
            (0xdae445508201e2bd, "-7.02551513787579e+129"),
            (0x309d6b79965eda32, "1.6260771785726701e-74"),
            (0xcdcc69292f45e678, "-5.984009685093657e+66"),
            (0x79cb9e86830c71c2, "4.8959585264576934e+278"),
            (0x9d2c67eda13ffe79, "-3.7634144828029947e-168"),
            (0x2fa91425cb008853, "4.2301541954837196e-79"),
            (0x7253edc618187993, "5.315422088462547e+242"),
            (0x244caf9c4dabb481, "7.893354548061464e-134"),
            (0x89e7d15f17362f25, "-6.0511296129096725e-261"),
            (0xe3eff9c0cf44dd3f, "-2.471417988383651e+173"),
            (0x41179cf3dc3e94c8, "386876.96508247824"),
            (0xc12bf61ea78ea9c0, "-916239.327260308"),
            (0x412d6e45aee5dffc, "964386.8415975566"),
            (0x412c5dd71fdf616e, "929515.5622511336"),
            (0x43149204bd755bf5, "1447512147580669.2"),
            (0xc30d43e2e29d71ba, "-1029677008530999.2"),
        ] {
            assert_eq!(float_repr(f(b)), e);
            if f(b).is_finite() {
                assert_eq!(parse_float(e).map(f64::to_bits), Some(b), "round trip {e}");
            }
        }
        for (re, im, e) in [
            (0x0, 0x3ff0000000000000, "1j"),
            (0x3ff0000000000000, 0x4000000000000000, "(1+2j)"),
            (0x8000000000000000, 0xbff0000000000000, "(-0-1j)"),
            (0x0, 0x8000000000000000, "-0j"),
            (0x7ff8000000000000, 0x7ff0000000000000, "(nan+infj)"),
            (0x4341c37937e08000, 0xbee4f8b588e368f1, "(1e+16-1e-05j)"),
            (0xbff8000000000000, 0x0, "(-1.5+0j)"),
            (0x4000000000000000, 0xfff8000000000000, "(2+nanj)"),
            (0x3fb999999999999a, 0x3fc999999999999a, "(0.1+0.2j)"),
        ] {
            assert_eq!(complex_repr(f(re), f(im)), e);
        }
    }

    #[test]
    fn format_float_grid() {
        let vals = [
            0x0,
            0x8000000000000000,
            0x3ff0000000000000,
            0xbff8000000000000,
            0x3fb999999999999a,
            0x4004000000000000,
            0x40fe240c9fbe76c9,
            0x4341c37937e08000,
            0x3de0f782bf7cc83f,
            0x1,
            0xfff0000000000000,
            0x7ff8000000000000,
        ];
        check_grid(&vals, &[
        ("", "0.0|-0.0|1.0|-1.5|0.1|2.5|123456.789|1e+16|1.2345e-10|5e-324|-inf|nan"),
        ("e", "0.000000e+00|-0.000000e+00|1.000000e+00|-1.500000e+00|1.000000e-01|2.500000e+00|1.234568e+05|1.000000e+16|1.234500e-10|4.940656e-324|-inf|nan"),
        (".3e", "0.000e+00|-0.000e+00|1.000e+00|-1.500e+00|1.000e-01|2.500e+00|1.235e+05|1.000e+16|1.234e-10|4.941e-324|-inf|nan"),
        ("E", "0.000000E+00|-0.000000E+00|1.000000E+00|-1.500000E+00|1.000000E-01|2.500000E+00|1.234568E+05|1.000000E+16|1.234500E-10|4.940656E-324|-INF|NAN"),
        ("f", "0.000000|-0.000000|1.000000|-1.500000|0.100000|2.500000|123456.789000|10000000000000000.000000|0.000000|0.000000|-inf|nan"),
        (".2f", "0.00|-0.00|1.00|-1.50|0.10|2.50|123456.79|10000000000000000.00|0.00|0.00|-inf|nan"),
        (".0f", "0|-0|1|-2|0|2|123457|10000000000000000|0|0|-inf|nan"),
        ("#.0f", "0.|-0.|1.|-2.|0.|2.|123457.|10000000000000000.|0.|0.|-inf|nan"),
        ("F", "0.000000|-0.000000|1.000000|-1.500000|0.100000|2.500000|123456.789000|10000000000000000.000000|0.000000|0.000000|-INF|NAN"),
        ("g", "0|-0|1|-1.5|0.1|2.5|123457|1e+16|1.2345e-10|4.94066e-324|-inf|nan"),
        (".3g", "0|-0|1|-1.5|0.1|2.5|1.23e+05|1e+16|1.23e-10|4.94e-324|-inf|nan"),
        ("#.3g", "0.00|-0.00|1.00|-1.50|0.100|2.50|1.23e+05|1.00e+16|1.23e-10|4.94e-324|-inf|nan"),
        ("G", "0|-0|1|-1.5|0.1|2.5|123457|1E+16|1.2345E-10|4.94066E-324|-INF|NAN"),
        (".0g", "0|-0|1|-2|0.1|2|1e+05|1e+16|1e-10|5e-324|-inf|nan"),
        ("n", "0|-0|1|-1.5|0.1|2.5|123457|1e+16|1.2345e-10|4.94066e-324|-inf|nan"),
        ("%", "0.000000%|-0.000000%|100.000000%|-150.000000%|10.000000%|250.000000%|12345678.900000%|1000000000000000000.000000%|0.000000%|0.000000%|-inf%|nan%"),
        (".1%", "0.0%|-0.0%|100.0%|-150.0%|10.0%|250.0%|12345678.9%|1000000000000000000.0%|0.0%|0.0%|-inf%|nan%"),
        ("+", "+0.0|-0.0|+1.0|-1.5|+0.1|+2.5|+123456.789|+1e+16|+1.2345e-10|+5e-324|-inf|+nan"),
        (" ", " 0.0|-0.0| 1.0|-1.5| 0.1| 2.5| 123456.789| 1e+16| 1.2345e-10| 5e-324|-inf| nan"),
        ("10.3f", "     0.000|    -0.000|     1.000|    -1.500|     0.100|     2.500|123456.789|10000000000000000.000|     0.000|     0.000|      -inf|       nan"),
        ("<12", "0.0         |-0.0        |1.0         |-1.5        |0.1         |2.5         |123456.789  |1e+16       |1.2345e-10  |5e-324      |-inf        |nan         "),
        ("^12.2e", "  0.00e+00  | -0.00e+00  |  1.00e+00  | -1.50e+00  |  1.00e-01  |  2.50e+00  |  1.23e+05  |  1.00e+16  |  1.23e-10  | 4.94e-324  |    -inf    |    nan     "),
        ("012.3f", "00000000.000|-0000000.000|00000001.000|-0000001.500|00000000.100|00000002.500|00123456.789|10000000000000000.000|00000000.000|00000000.000|-00000000inf|000000000nan"),
        ("+015,.2f", "+000,000,000.00|-000,000,000.00|+000,000,001.00|-000,000,001.50|+000,000,000.10|+000,000,002.50|+000,123,456.79|+10,000,000,000,000,000.00|+000,000,000.00|+000,000,000.00|-00000000000inf|+00000000000nan"),
        ("_f", "0.000000|-0.000000|1.000000|-1.500000|0.100000|2.500000|123_456.789000|10_000_000_000_000_000.000000|0.000000|0.000000|-inf|nan"),
        (",g", "0|-0|1|-1.5|0.1|2.5|123,457|1e+16|1.2345e-10|4.94066e-324|-inf|nan"),
        ("z.1f", "0.0|0.0|1.0|-1.5|0.1|2.5|123456.8|10000000000000000.0|0.0|0.0|-inf|nan"),
        (".17g", "0|-0|1|-1.5|0.10000000000000001|2.5|123456.789|10000000000000000|1.2345e-10|4.9406564584124654e-324|-inf|nan"),
        (".20", "0.0|-0.0|1.0|-1.5|0.10000000000000000555|2.5|123456.78900000000431|10000000000000000.0|1.2344999999999999763e-10|4.9406564584124654418e-324|-inf|nan"),
        ("#", "0.0|-0.0|1.0|-1.5|0.1|2.5|123456.789|1.e+16|1.2345e-10|5.e-324|-inf|nan"),
        ("*>+12.4g", "**********+0|**********-0|**********+1|********-1.5|********+0.1|********+2.5|**+1.235e+05|******+1e+16|**+1.234e-10|*+4.941e-324|********-inf|********+nan"),
        (".3", "0.0|-0.0|1.0|-1.5|0.1|2.5|1.23e+05|1e+16|1.23e-10|4.94e-324|-inf|nan"),
        ("#g", "0.00000|-0.00000|1.00000|-1.50000|0.100000|2.50000|123457.|1.00000e+16|1.23450e-10|4.94066e-324|-inf|nan"),
        ("0=14,", "0,000,000,000.0|-000,000,000.0|0,000,000,001.0|-000,000,001.5|0,000,000,000.1|0,000,000,002.5|00,123,456.789|00,000,001e+16|0,001.2345e-10|0,000,005e-324|-0000000000inf|00000000000nan"),
        ("=+10", "+      0.0|-      0.0|+      1.0|-      1.5|+      0.1|+      2.5|+123456.789|+    1e+16|+1.2345e-10|+   5e-324|-      inf|+      nan"),
        ("z", "0.0|0.0|1.0|-1.5|0.1|2.5|123456.789|1e+16|1.2345e-10|5e-324|-inf|nan"),
        ("-^9", "---0.0---|---0.0---|---1.0---|---1.5---|---0.1---|---2.5---|123456.789|--1e+16--|1.2345e-10|-5e-324--|---inf---|---nan---"),
        (",.2%", "0.00%|-0.00%|100.00%|-150.00%|10.00%|250.00%|12,345,678.90%|1,000,000,000,000,000,000.00%|0.00%|0.00%|-inf%|nan%"),
        ("x<10.1e", "0.0e+00xxx|-0.0e+00xx|1.0e+00xxx|-1.5e+00xx|1.0e-01xxx|2.5e+00xxx|1.2e+05xxx|1.0e+16xxx|1.2e-10xxx|4.9e-324xx|-infxxxxxx|nanxxxxxxx"),
        ("#.0e", "0.e+00|-0.e+00|1.e+00|-2.e+00|1.e-01|2.e+00|1.e+05|1.e+16|1.e-10|5.e-324|-inf|nan"),
        (".2", "0.0|-0.0|1.0|-1.5|0.1|2.5|1.2e+05|1e+16|1.2e-10|4.9e-324|-inf|nan"),
        ("12", "         0.0|        -0.0|         1.0|        -1.5|         0.1|         2.5|  123456.789|       1e+16|  1.2345e-10|      5e-324|        -inf|         nan"),
        ("_.1f", "0.0|-0.0|1.0|-1.5|0.1|2.5|123_456.8|10_000_000_000_000_000.0|0.0|0.0|-inf|nan"),
        ("d", "!V:Unknown format code 'd' for object of type 'float'"),
        ("z,.0f", "0|0|1|-2|0|2|123,457|10,000,000,000,000,000|0|0|-inf|nan"),
        ], |&b, spec| show(py_format_float(f(b), spec, "float")));
        for (b, spec, e) in [
        (0x7e37e43c8800759c, ".2f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
        (0x4480f0cf064dd592, "f", "10000000000000000000000.000000"),
        (0x7e37e43c8800759c, ",.0f", "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160"),
        (0x3fe0000000000000, ".0f", "0"), (0x3ff8000000000000, ".0f", "2"),
        (0x3fc0000000000000, ".2f", "0.12"), (0x3fd8000000000000, ".2f", "0.38"),
        (0x4341c37937e08000, ".16", "1e+16"), (0x430c6bf526340000, ".16", "1e+15"),
        (0x40934a0000000000, ".2", "1.2e+03"), (0x3ff0000000000000, ".3", "1.0"),
        (0x3ee4f8b588e368f1, ".1", "1e-05"), (0x3f1a36e2eb1c432d, "", "0.0001"),
        (0x40c81cd6c8b43958, "015,.1f", "0,000,012,345.7"), (0x40934a0000000000, "0=+12_.1f", "+0_001_234.5"),
        (0x3ff8000000000000, ".1000000000000f", "!V:precision too big"),
        (0x3ff8000000000000, ",n", "!V:Cannot specify ',' with 'n'."),
        (0x3ff8000000000000, "b", "!V:Unknown format code 'b' for object of type 'float'"),
        (0x3ff8000000000000, "s", "!V:Unknown format code 's' for object of type 'float'"),
        (0x3ff8000000000000, "=^5", "=1.5="), (0x405edd2f1a9fbe77, "^+#15.6g", "   +123.456    "),
        (0x8000000000000000, "010", "-0000000.0"), (0x7ff0000000000000, "010", "0000000inf"),
        (0x7ff0000000000000, "%", "inf%"), (0x7ff8000000000000, "F", "NAN"), (0xfff0000000000000, "E", "-INF"),
        (0x7ff8000000000000, "+", "+nan"), (0x3e7ad7f29abcaf48, "g", "1e-07"),
        (0x3ee4f8b588e368f1, "g", "1e-05"), (0x3f1a36e2eb1c432d, "g", "0.0001"),
        (0x412e848000000000, "g", "1e+06"), (0x40f86a0000000000, "#g", "100000."),
        (0x3ff0000000000000, "#.0g", "1."), (0x419d6f3454000000, ".5n", "1.2346e+08"),
        (0x3ff8000000000000, "\u{1}", "!V:Unknown format code '\\x1' for object of type 'float'"),
        (0x3fb999999999999a, ".30f", "0.100000000000000005551115123126"),
        (0x3ff0000000000000, "\u{e9}", "!V:Unknown format code '\\xe9' for object of type 'float'"),
        ] {
            assert_eq!(show(py_format_float(f(b), spec, "float")), e, "{spec:?}");
        }
    }

    #[test]
    fn format_int_grid() {
        let vals = [
            "0",
            "1",
            "-1",
            "7",
            "-255",
            "1234567",
            "-98765432109876543210",
            "18446744073709551616",
            "65",
        ];
        check_grid(&vals, &[
        ("", "0|1|-1|7|-255|1234567|-98765432109876543210|18446744073709551616|65"),
        ("d", "0|1|-1|7|-255|1234567|-98765432109876543210|18446744073709551616|65"),
        ("b", "0|1|-1|111|-11111111|100101101011010000111|-1010101101010100101010011010011100011100101001001100111111011101010|10000000000000000000000000000000000000000000000000000000000000000|1000001"),
        ("o", "0|1|-1|7|-377|4553207|-12552452323434511477352|2000000000000000000000|101"),
        ("x", "0|1|-1|7|-ff|12d687|-55aa54d38e5267eea|10000000000000000|41"),
        ("X", "0|1|-1|7|-FF|12D687|-55AA54D38E5267EEA|10000000000000000|41"),
        ("#b", "0b0|0b1|-0b1|0b111|-0b11111111|0b100101101011010000111|-0b1010101101010100101010011010011100011100101001001100111111011101010|0b10000000000000000000000000000000000000000000000000000000000000000|0b1000001"),
        ("#o", "0o0|0o1|-0o1|0o7|-0o377|0o4553207|-0o12552452323434511477352|0o2000000000000000000000|0o101"),
        ("#x", "0x0|0x1|-0x1|0x7|-0xff|0x12d687|-0x55aa54d38e5267eea|0x10000000000000000|0x41"),
        ("#X", "0X0|0X1|-0X1|0X7|-0XFF|0X12D687|-0X55AA54D38E5267EEA|0X10000000000000000|0X41"),
        (",", "0|1|-1|7|-255|1,234,567|-98,765,432,109,876,543,210|18,446,744,073,709,551,616|65"),
        ("_", "0|1|-1|7|-255|1_234_567|-98_765_432_109_876_543_210|18_446_744_073_709_551_616|65"),
        ("_b", "0|1|-1|111|-1111_1111|1_0010_1101_0110_1000_0111|-101_0101_1010_1010_0101_0100_1101_0011_1000_1110_0101_0010_0110_0111_1110_1110_1010|1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000|100_0001"),
        ("_x", "0|1|-1|7|-ff|12_d687|-5_5aa5_4d38_e526_7eea|1_0000_0000_0000_0000|41"),
        ("#_X", "0X0|0X1|-0X1|0X7|-0XFF|0X12_D687|-0X5_5AA5_4D38_E526_7EEA|0X1_0000_0000_0000_0000|0X41"),
        ("+", "+0|+1|-1|+7|-255|+1234567|-98765432109876543210|+18446744073709551616|+65"),
        (" ", " 0| 1|-1| 7|-255| 1234567|-98765432109876543210| 18446744073709551616| 65"),
        ("08", "00000000|00000001|-0000001|00000007|-0000255|01234567|-98765432109876543210|18446744073709551616|00000065"),
        ("#010x", "0x00000000|0x00000001|-0x0000001|0x00000007|-0x00000ff|0x0012d687|-0x55aa54d38e5267eea|0x10000000000000000|0x00000041"),
        ("-#012_b", "0b0_0000_0000|0b0_0000_0001|-0b0000_0001|0b0_0000_0111|-0b1111_1111|0b1_0010_1101_0110_1000_0111|-0b101_0101_1010_1010_0101_0100_1101_0011_1000_1110_0101_0010_0110_0111_1110_1110_1010|0b1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000|0b0_0100_0001"),
        ("<6", "0     |1     |-1    |7     |-255  |1234567|-98765432109876543210|18446744073709551616|65    "),
        ("^7", "   0   |   1   |  -1   |   7   | -255  |1234567|-98765432109876543210|18446744073709551616|  65   "),
        ("=+9", "+       0|+       1|-       1|+       7|-     255|+ 1234567|-98765432109876543210|+18446744073709551616|+      65"),
        ("*^+12,", "*****+0*****|*****+1*****|*****-1*****|*****+7*****|****-255****|*+1,234,567*|-98,765,432,109,876,543,210|+18,446,744,073,709,551,616|****+65*****"),
        ("0=12,", "0,000,000,000|0,000,000,001|-000,000,001|0,000,000,007|-000,000,255|0,001,234,567|-98,765,432,109,876,543,210|18,446,744,073,709,551,616|0,000,000,065"),
        ("012,", "0,000,000,000|0,000,000,001|-000,000,001|0,000,000,007|-000,000,255|0,001,234,567|-98,765,432,109,876,543,210|18,446,744,073,709,551,616|0,000,000,065"),
        ("n", "0|1|-1|7|-255|1234567|-98765432109876543210|18446744073709551616|65"),
        ("e", "0.000000e+00|1.000000e+00|-1.000000e+00|7.000000e+00|-2.550000e+02|1.234567e+06|-9.876543e+19|1.844674e+19|6.500000e+01"),
        (".2f", "0.00|1.00|-1.00|7.00|-255.00|1234567.00|-98765432109876543488.00|18446744073709551616.00|65.00"),
        ("%", "0.000000%|100.000000%|-100.000000%|700.000000%|-25500.000000%|123456700.000000%|-9876543210987653693440.000000%|1844674407370955161600.000000%|6500.000000%"),
        ("g", "0|1|-1|7|-255|1.23457e+06|-9.87654e+19|1.84467e+19|65"),
        ("c", "\u{0}|\u{1}|!O:%c arg not in range(0x110000)|\u{7}|!O:%c arg not in range(0x110000)|!O:%c arg not in range(0x110000)|!O:Python int too large to convert to C long|!O:Python int too large to convert to C long|A"),
        ("+c", "!V:Sign not allowed with integer format specifier 'c'"),
        ("#c", "!V:Alternate form (#) not allowed with integer format specifier 'c'"),
        (",c", "!V:Cannot specify ',' with 'c'."),
        (".2", "!V:Precision not allowed in integer format specifier"),
        ("z", "!V:Negative zero coercion (z) not allowed in integer format specifier"),
        ("zd", "!V:Negative zero coercion (z) not allowed in integer format specifier"),
        (",x", "!V:Cannot specify ',' with 'x'."),
        ("s", "!V:Unknown format code 's' for object of type 'int'"),
        ("F", "0.000000|1.000000|-1.000000|7.000000|-255.000000|1234567.000000|-98765432109876543488.000000|18446744073709551616.000000|65.000000"),
        ("10n", "         0|         1|        -1|         7|      -255|   1234567|-98765432109876543210|18446744073709551616|        65"),
        ("x>+#9x", "xxxxx+0x0|xxxxx+0x1|xxxxx-0x1|xxxxx+0x7|xxxx-0xff|+0x12d687|-0x55aa54d38e5267eea|+0x10000000000000000|xxxx+0x41"),
        (",b", "!V:Cannot specify ',' with 'b'."),
        (">05", "00000|00001|000-1|00007|0-255|1234567|-98765432109876543210|18446744073709551616|00065"),
        ("<05", "00000|10000|-1000|70000|-2550|1234567|-98765432109876543210|18446744073709551616|65000"),
        ("z.1f", "0.0|1.0|-1.0|7.0|-255.0|1234567.0|-98765432109876543488.0|18446744073709551616.0|65.0"),
        ("0", "0|1|-1|7|-255|1234567|-98765432109876543210|18446744073709551616|65"),
        ("00", "0|1|-1|7|-255|1234567|-98765432109876543210|18446744073709551616|65"),
        ], |v, spec| show(py_format_int(&big(v), spec, "int")));
        for (v, spec, e) in [
        ("1180591620717411303424", "c", "!O:Python int too large to convert to C long"),
        ("-1", "c", "!O:%c arg not in range(0x110000)"), ("1114111", "c", "\u{10ffff}"),
        ("1114112", "c", "!O:%c arg not in range(0x110000)"), ("9", "05c", "0000\u{9}"),
        ("97", "^5c", "  a  "),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "e", "!O:int too large to convert to float"),
        ("134826985114673693079697889309176855021348273420672992955072560868299506854125722349531357991805652015840085409903545018244092326610812466869635572979605593283325920068649113957226664700934570589589812214063754326628613011756847161105434832905620427872512883013439723679960434453859787228626517247218168102912", "e", "1.348270e+308"),
        ("1152921504606846977", "f", "1152921504606846976.000000"),
        ("1000000000000000000000000000000", ",d", "1,000,000,000,000,000,000,000,000,000,000"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", ".3e", "!O:int too large to convert to float"),
        ("1", "abc", "!V:Invalid format specifier 'abc' for object of type 'int'"),
        ("1", "9999999999999999999999", "!V:Too many decimal digits in format string"),
        ("1", ",_", "!V:Cannot specify both ',' and '_'."), ("1", "_,", "!V:Cannot specify both ',' and '_'."),
        ("1", ",,", "!V:Cannot specify ',' with ','."), ("1", ",\u{1}", "!V:Cannot specify ',' with '\\x1'."),
        ("1", "\u{e9}", "!V:Unknown format code '\\xe9' for object of type 'int'"),
        ("123456789", "0=15_", "000_123_456_789"), ("-123456789", "020,", "-000,000,123,456,789"),
        ("255", "#_o", "0o377"),
        ] {
            assert_eq!(show(py_format_int(&big(v), spec, "int")), e, "{v} {spec:?}");
        }
        for (b, spec, e) in [
            (true, "", "True"),
            (true, "d", "1"),
            (true, ">5", "    1"),
            (true, "x", "1"),
            (
                true,
                "s",
                "!V:Unknown format code 's' for object of type 'bool'",
            ),
            (true, "^7", "   1   "),
            (false, "", "False"),
            (false, "d", "0"),
            (false, ">5", "    0"),
            (false, "x", "0"),
            (
                false,
                "s",
                "!V:Unknown format code 's' for object of type 'bool'",
            ),
            (false, "^7", "   0   "),
        ] {
            assert_eq!(show(py_format_int(&BigInt::from(b as u8), spec, "bool")), e);
        }
    }

    #[test]
    fn format_str_and_complex_grids() {
        let vals = ["", "abc", "h\u{e9}llo w\u{f6}rld"];
        check_grid(&vals, &[
        ("", "|abc|h\u{e9}llo w\u{f6}rld"),
        ("s", "|abc|h\u{e9}llo w\u{f6}rld"),
        ("10", "          |abc       |h\u{e9}llo w\u{f6}rld"),
        ("<10", "          |abc       |h\u{e9}llo w\u{f6}rld"),
        (">10", "          |       abc|h\u{e9}llo w\u{f6}rld"),
        ("^10", "          |   abc    |h\u{e9}llo w\u{f6}rld"),
        ("*^11", "***********|****abc****|h\u{e9}llo w\u{f6}rld"),
        (".2", "|ab|h\u{e9}"),
        ("8.3s", "        |abc     |h\u{e9}l     "),
        ("05", "00000|abc00|h\u{e9}llo w\u{f6}rld"),
        (">05", "00000|00abc|h\u{e9}llo w\u{f6}rld"),
        ("0<5", "00000|abc00|h\u{e9}llo w\u{f6}rld"),
        (" ", "!V:Space not allowed in string format specifier"),
        ("+", "!V:Sign not allowed in string format specifier"),
        ("-", "!V:Sign not allowed in string format specifier"),
        ("z", "!V:Negative zero coercion (z) not allowed in string format specifier"),
        ("#", "!V:Alternate form (#) not allowed in string format specifier"),
        ("=10", "!V:'=' alignment not allowed in string format specifier"),
        (",", "!V:Cannot specify ',' with 's'."),
        ("_s", "!V:Cannot specify '_' with 's'."),
        ("d", "!V:Unknown format code 'd' for object of type 'str'"),
        ("abc", "!V:Invalid format specifier 'abc' for object of type 'str'"),
        (".", "!V:Format specifier missing precision"),
        ("\u{1}", "!V:Unknown format code '\\x1' for object of type 'str'"),
        ("^0", "|abc|h\u{e9}llo w\u{f6}rld"),
        ("\u{e9}^9", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}|\u{e9}\u{e9}\u{e9}abc\u{e9}\u{e9}\u{e9}|h\u{e9}llo w\u{f6}rld"),
        ], |s, spec| show(py_format_str(s, spec, "str")));
        let vals = [
            (0x3ff0000000000000, 0x4000000000000000),
            (0x0, 0xbff8000000000000),
            (0x8000000000000000, 0x0),
            (0x7ff8000000000000, 0xfff0000000000000),
            (0x40934a0000000000, 0xbf50624dd2f1a9fc),
            (0xc415af1d78b58c40, 0x3bc79ca10c924223),
        ];
        check_grid(&vals, &[
        ("", "(1+2j)|-1.5j|(-0+0j)|(nan-infj)|(1234.5-0.001j)|(-1e+20+1e-20j)"),
        ("e", "1.000000e+00+2.000000e+00j|0.000000e+00-1.500000e+00j|-0.000000e+00+0.000000e+00j|nan-infj|1.234500e+03-1.000000e-03j|-1.000000e+20+1.000000e-20j"),
        (".2f", "1.00+2.00j|0.00-1.50j|-0.00+0.00j|nan-infj|1234.50-0.00j|-100000000000000000000.00+0.00j"),
        ("g", "1+2j|0-1.5j|-0+0j|nan-infj|1234.5-0.001j|-1e+20+1e-20j"),
        ("+", "(+1+2j)|-1.5j|(-0+0j)|(+nan-infj)|(+1234.5-0.001j)|(-1e+20+1e-20j)"),
        (" ", "( 1+2j)|-1.5j|(-0+0j)|( nan-infj)|( 1234.5-0.001j)|(-1e+20+1e-20j)"),
        (">20", "              (1+2j)|               -1.5j|             (-0+0j)|          (nan-infj)|     (1234.5-0.001j)|     (-1e+20+1e-20j)"),
        ("^20.1f", "      1.0+2.0j      |      0.0-1.5j      |     -0.0+0.0j      |      nan-infj      |    1234.5-0.0j     |-100000000000000000000.0+0.0j"),
        ("*<20", "(1+2j)**************|-1.5j***************|(-0+0j)*************|(nan-infj)**********|(1234.5-0.001j)*****|(-1e+20+1e-20j)*****"),
        (",.1f", "1.0+2.0j|0.0-1.5j|-0.0+0.0j|nan-infj|1,234.5-0.0j|-100,000,000,000,000,000,000.0+0.0j"),
        ("z.1f", "1.0+2.0j|0.0-1.5j|0.0+0.0j|nan-infj|1234.5+0.0j|-100000000000000000000.0+0.0j"),
        ("#", "(1.+2.j)|-1.5j|(-0.+0.j)|(nan-infj)|(1234.5-0.001j)|(-1.e+20+1.e-20j)"),
        (".3", "(1+2j)|-1.5j|(-0+0j)|(nan-infj)|(1.23e+03-0.001j)|(-1e+20+1e-20j)"),
        ("n", "1+2j|0-1.5j|-0+0j|nan-infj|1234.5-0.001j|-1e+20+1e-20j"),
        ("E", "1.000000E+00+2.000000E+00j|0.000000E+00-1.500000E+00j|-0.000000E+00+0.000000E+00j|NAN-INFj|1.234500E+03-1.000000E-03j|-1.000000E+20+1.000000E-20j"),
        ("010", "!V:Zero padding is not allowed in complex format specifier"),
        ("0<20", "!V:Zero padding is not allowed in complex format specifier"),
        ("=20", "!V:'=' alignment flag is not allowed in complex format specifier"),
        ("%", "!V:Unknown format code '%' for object of type 'complex'"),
        ("d", "!V:Unknown format code 'd' for object of type 'complex'"),
        ("_g", "1+2j|0-1.5j|-0+0j|nan-infj|1_234.5-0.001j|-1e+20+1e-20j"),
        ("F", "1.000000+2.000000j|0.000000-1.500000j|-0.000000+0.000000j|NAN-INFj|1234.500000-0.001000j|-100000000000000000000.000000+0.000000j"),
        ("+.0e", "+1e+00+2e+00j|+0e+00-2e+00j|-0e+00+0e+00j|+nan-infj|+1e+03-1e-03j|-1e+20+1e-20j"),
        ("#.0f", "1.+2.j|0.-2.j|-0.+0.j|nan-infj|1234.-0.j|-100000000000000000000.+0.j"),
        ], |&(re, im), spec| show(py_format_complex(f(re), f(im), spec)));
    }

    #[test]
    fn parse_float_and_int() {
        for (s, e) in [
            ("1", Some("1.0")),
            (" 1.5 ", Some("1.5")),
            ("-0", Some("-0.0")),
            ("+.5", Some("0.5")),
            ("1.", Some("1.0")),
            (".", None),
            ("1e5", Some("100000.0")),
            ("1E-5", Some("1e-05")),
            ("1e", None),
            ("e5", None),
            ("1_000.000_1", Some("1000.0001")),
            ("1__0", None),
            ("_1", None),
            ("1_", None),
            ("1_.5", None),
            ("1._5", None),
            ("1e1_0", Some("10000000000.0")),
            ("1_e5", None),
            ("inf", Some("inf")),
            ("-Infinity", Some("-inf")),
            ("+iNf", Some("inf")),
            ("infinit", None),
            ("nan", Some("nan")),
            ("-NaN", Some("nan")),
            ("n_an", None),
            ("0x10", None),
            ("1e500", Some("inf")),
            ("-1e500", Some("-inf")),
            ("1e-500", Some("0.0")),
            ("\u{9}\n 2.5\u{1c}", None),
            ("\u{a0}12\u{2003}", Some("12.0")),
            ("", None),
            (" ", None),
            ("1 2", None),
            ("\u{661}", Some("1.0")),
            ("0.1", Some("0.1")),
            (
                "123456789012345678901234567890",
                Some("1.2345678901234568e+29"),
            ),
            ("2.2250738585072011e-308", Some("2.225073858507201e-308")),
            ("4.9406564584124654e-324", Some("5e-324")),
            ("1.7976931348623158e308", Some("1.7976931348623157e+308")),
            ("1.7976931348623159e308", Some("inf")),
            ("00012", Some("12.0")),
            ("1.5e+03", Some("1500.0")),
            ("1.5e+", None),
            ("--1", None),
            ("+-1", None),
            ("infinity ", Some("inf")),
            ("1e1000000000000000000000", Some("inf")),
        ] {
            assert_eq!(parse_float(s).map(float_repr).as_deref(), e, "{s:?}");
        }
        for (s, base, e) in [
            ("12", 10, Some("12")),
            (" -12 ", 10, Some("-12")),
            ("+0", 10, Some("0")),
            ("1_000", 10, Some("1000")),
            ("1__0", 10, None),
            ("_1", 10, None),
            ("1_", 10, None),
            ("0x1f", 16, Some("31")),
            ("1f", 16, Some("31")),
            ("0X_1F", 16, Some("31")),
            ("0x_1f", 0, Some("31")),
            ("0x", 16, None),
            ("0x", 0, None),
            ("0b101", 0, Some("5")),
            ("0o17", 0, Some("15")),
            ("0O17", 8, Some("15")),
            ("017", 0, None),
            ("0", 0, Some("0")),
            ("00", 0, Some("0")),
            ("0_0", 0, Some("0")),
            ("0_7", 0, None),
            ("-0b1", 0, Some("-1")),
            ("0b1", 16, Some("177")),
            ("0b1", 10, None),
            ("z", 36, Some("35")),
            ("Z", 36, Some("35")),
            ("10", 2, Some("2")),
            ("2", 2, None),
            ("", 10, None),
            (" ", 10, None),
            ("- 1", 10, None),
            ("12 ", 0, Some("12")),
            ("\u{2003}1\u{1f}", 10, None),
            ("\u{663}", 10, Some("3")),
            ("0x__1", 16, None),
            (
                "1111111111111111111111111111111111111111",
                10,
                Some("1111111111111111111111111111111111111111"),
            ),
            (
                "-ffffffffffffffffffffffffffffff",
                16,
                Some("-1329227995784915872903807060280344575"),
            ),
            ("0b", 2, None),
            ("9", 8, None),
            ("777", 8, Some("511")),
            ("1.5", 10, None),
            ("0o", 8, None),
            ("0_b1", 0, None),
            ("0x1_f", 0, Some("31")),
        ] {
            assert_eq!(
                parse_int(s, base).map(|v| v.to_string()).as_deref(),
                e,
                "{s:?} base {base}"
            );
        }
    }

    #[test]
    fn rounding_and_conversions() {
        for (b, nd, e) in [
            (0x4005666666666666, 2, "2.67"),
            (0x3fe0000000000000, 0, "0.0"),
            (0x3ff8000000000000, 0, "2.0"),
            (0x4004000000000000, 0, "2.0"),
            (0xbfd999999999999a, 0, "-0.0"),
            (0x4039000000000000, -1, "20.0"),
            (0x4041800000000000, -1, "40.0"),
            (0x40c81cd6c8b43958, -2, "12300.0"),
            (
                0x7fefffffffffffff,
                -308,
                "!O:rounded value too large to represent",
            ),
            (
                0x7fefffffffffffff,
                -307,
                "!O:rounded value too large to represent",
            ),
            (0x1, 323, "0.0"),
            (0x1, 324, "5e-324"),
            (0x3fb999999999999a, 400, "0.1"),
            (0x405ec00000000000, -309, "0.0"),
            (0xc05ec00000000000, -400, "-0.0"),
            (0x7ff0000000000000, 2, "inf"),
            (0x7ff8000000000000, 1, "nan"),
            (0x7e37e43c8800759c, 5, "1e+300"),
            (0x3fd23d70a3d70a3d, 2, "0.28"),
            (0x3ff0147ae147ae14, 2, "1.0"),
            (0xc004000000000000, 0, "-2.0"),
            (0x40fe240b33333333, -5, "100000.0"),
            (0x1, 10, "0.0"),
            (0x3fc0000000000000, 2, "0.12"),
            (0x3fd8000000000000, 2, "0.38"),
            (0x7e8, 321, "1e-320"),
        ] {
            assert_eq!(
                show(round_float(f(b), nd).map(float_repr)),
                e,
                "round({}, {nd})",
                f(b)
            );
        }
        for (b, e) in [
            (0x3fe0000000000000, "0"),
            (0x3ff8000000000000, "2"),
            (0x4004000000000000, "2"),
            (0xbfe0000000000000, "0"),
            (0xbff8000000000000, "-2"),
            (0x400d99999999999a, "4"),
            (0xc00d99999999999a, "-4"),
            (0x4415af1d78b58c40, "100000000000000000000"),
            (0x4330000000000001, "4503599627370497"),
            (0x3fdfffffffffffff, "0"),
            (
                0x7ff0000000000000,
                "!O:cannot convert float infinity to integer",
            ),
            (0x7ff8000000000000, "!V:cannot convert float NaN to integer"),
        ] {
            assert_eq!(show(round_float_to_int(f(b)).map(|v| v.to_string())), e);
        }
        for (v, e) in [
        ("0", "0.0"), ("1", "1.0"), ("-1", "-1.0"), ("9007199254740993", "9007199254740992.0"),
        ("9007199254740995", "9007199254740996.0"), ("18446744073709551615", "1.8446744073709552e+19"),
        ("18446744073709553664", "1.8446744073709552e+19"), ("18446744073709553665", "1.8446744073709556e+19"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "!O:int too large to convert to float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "1.7976931348623157e+308"),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "!O:int too large to convert to float"),
        ("-18739277038847939886754019920358123424308469030992781557966909983211910963157763678726120154469030856807730587971859910379069087693119051085139566217370635083384943613868029545256897117998608156843699465093293765833141309526696357142600866935689483770877815014461194837692223879905132001", "-1.873927703884794e+286"),
        ("100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1e+308"),
        ] {
            assert_eq!(show(int_to_f64(&big(v)).map(float_repr)), e, "float({v})");
        }
        for (v, base, e) in [
            ("0", 2, "0b0"),
            ("5", 2, "0b101"),
            ("-5", 2, "-0b101"),
            ("8", 8, "0o10"),
            ("-255", 16, "-0xff"),
            ("1180591620717411303424", 16, "0x400000000000000000"),
            ("-31", 16, "-0x1f"),
        ] {
            assert_eq!(int_to_prefixed(&big(v), base), e);
        }
    }

    /// A `%` argument: int (decimal text), float (bits), str, or "use the mapping".
    enum A {
        I(&'static str),
        F(u64),
        S(&'static str),
        Map,
    }
    use A::*;

    /// `fmt % args` driven through parse_percent/apply_percent like the VM will do.
    fn percent(fmt: &str, args: &[A]) -> Result<String, FmtError> {
        let mut it = args.iter();
        let int_arg = |a: Option<&A>| match a {
            Some(I(s)) => s.parse::<i64>().expect("small int"),
            _ => panic!("* wants int"),
        };
        let mut out = String::new();
        for piece in parse_percent(fmt)? {
            let mut spec = match piece {
                PctPiece::Literal(s) => {
                    out.push_str(&s);
                    continue;
                }
                PctPiece::Spec(spec) => spec,
            };
            let width = match spec.width {
                PctNum::Star => Some(int_arg(it.next())),
                PctNum::Num(n) => Some(n as i64),
                PctNum::None => None,
            };
            spec.flags.left |= width.is_some_and(|w| w < 0); // a negative '*' width left-justifies
            let precision = match spec.precision {
                PctNum::Star => Some(int_arg(it.next()).max(0) as usize),
                PctNum::Num(n) => Some(n),
                PctNum::None => None,
            };
            let arg = match (&args[0], spec.key.as_deref()) {
                (Map, Some("b")) => &I("42"),
                (Map, Some("a")) => &S("x"),
                (Map, Some("a(b)")) => &S("P"),
                (Map, _) => &S("Q"),
                _ => it.next().expect("enough arguments"),
            };
            let owned;
            let v = match arg {
                I(s) => {
                    owned = big(s);
                    PctValue::Int(&owned)
                }
                F(b) => PctValue::Float(f(*b)),
                S(s) => PctValue::Str(s),
                Map => unreachable!(),
            };
            let width = width.map(|w| w.unsigned_abs() as usize);
            out.push_str(&apply_percent(&spec, width, precision, v)?);
        }
        Ok(out)
    }

    #[test]
    fn percent_operator() {
        let cases: &[(&str, &[A], &str)] = &[
        ("%d", &[I("5")], "5"), ("%5d|%-5d|%05d", &[I("3"), I("3"), I("-3")], "    3|3    |-0003"),
        ("%+d % d %+ d", &[I("1"), I("1"), I("-1")], "+1  1 -1"),
        ("%x %X %o", &[I("255"), I("255"), I("8")], "ff FF 10"),
        ("%#x %#X %#o %#5x %-#6o|", &[I("255"), I("255"), I("8"), I("1"), I("8")], "0xff 0XFF 0o10   0x1 0o10  |"),
        ("%#.3o|%+#x|%-+#8X|%0#8x|% 05d|%+05.1f|%05s|%-05d", &[I("8"), I("255"), I("255"), I("-255"), I("7"), F(0xbfd0000000000000), S("ab"), I("3")], "0o010|+0xff|+0XFF   |-0x000ff| 0007|-00.2|   ab|3    "),
        ("%.3d %.0d %5.3d %-8.5x", &[I("7"), I("0"), I("-7"), I("255")], "007 0  -007 000ff   "),
        ("%f %e %g %E %G %F", &[F(0x3ff8000000000000), F(0x3ff8000000000000), F(0x3ff8000000000000), F(0x3ddb7cdfd9d7bdbb), F(0x4415af1d78b58c40), F(0x7ff0000000000000)], "1.500000 1.500000e+00 1.5 1.000000E-10 1E+20 INF"),
        ("%.2f %.0f %#.0f %.3e %#g %g", &[F(0x4005666666666666), F(0x3fe0000000000000), F(0x4004000000000000), F(0x40c81cd6c8b43958), F(0x3ff0000000000000), F(0x3ee4f8b588e368f1)], "2.67 0 2. 1.235e+04 1.00000 1e-05"),
        ("%10.3f|%-10.2e|%010.1f|%+.1f", &[F(0x400921f9f01b866e), F(0xc004000000000000), F(0xbff4000000000000), F(0x0)], "     3.142|-2.50e+00 |-0000001.2|+0.0"),
        ("%s %s %s", &[S("abc"), I("12"), F(0x3ff8000000000000)], "abc 12 1.5"),
        ("%5s|%-5s|%.2s|%5.1s|%r", &[S("ab"), S("ab"), S("abc"), S("xyz"), F(0x4000000000000000)], "   ab|ab   |ab|    x|2.0"),
        ("%c%c%c", &[I("65"), S("\u{e9}"), I("128512")], "A\u{e9}\u{1f600}"),
        ("%5c|%-3c|", &[S("x"), I("66")], "    x|B  |"),
        ("%*d|%-*d|%*d|%*d", &[I("5"), I("1"), I("4"), I("2"), I("-4"), I("3"), I("-1"), I("7")], "    1|2   |3   |7"),
        ("%.*f|%*.*f", &[I("2"), F(0x400921f9f01b866e), I("8"), I("3"), F(0x4005bf0995aaf790)], "3.14|   2.718"),
        ("%.*d", &[I("-5"), I("3")], "3"),
        ("%%|%5%", &[I("1")], "!V:unsupported format character '%' (0x25) at index 5"),
        ("%(a)s-%(b)05d", &[Map], "x-00042"),
        ("%ld %hi %Lf", &[I("1"), I("2"), F(0x4008000000000000)], "1 2 3.000000"),
        ("%d %i %u", &[F(0x400599999999999a), F(0xc00599999999999a), F(0x4415af1d78b58c40)], "2 -2 100000000000000000000"),
        ("%x", &[F(0x3ff8000000000000)], "!T:%x format: an integer is required, not float"),
        ("%d", &[S("a")], "!T:%d format: a real number is required, not str"),
        ("%f", &[S("a")], "!T:must be real number, not str"),
        ("%d", &[F(0x7ff0000000000000)], "!O:cannot convert float infinity to integer"),
        ("%d", &[F(0x7ff8000000000000)], "!V:cannot convert float NaN to integer"),
        ("%c", &[I("1180591620717411303424")], "!O:%c arg not in range(0x110000)"),
        ("%c", &[I("-1")], "!O:%c arg not in range(0x110000)"),
        ("%c", &[S("ab")], "!T:%c requires int or char"),
        ("%c", &[F(0x3ff8000000000000)], "!T:%c requires int or char"),
        ("%f", &[I("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216")], "!O:int too large to convert to float"),
        ("%.2f", &[F(0x7e37e43c8800759c)], "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
        ("%f", &[I("100000000000000000000")], "100000000000000000000.000000"),
        ("%+05f %05f % f", &[F(0x7ff0000000000000), F(0xfff0000000000000), F(0x7ff8000000000000)], "+0inf -0inf  nan"),
        ("%y", &[I("1")], "!V:unsupported format character 'y' (0x79) at index 1"),
        ("ab%", &[I("1")], "!V:incomplete format"), ("%(a", &[Map], "!V:incomplete format key"),
        ("%(a)", &[Map], "!V:incomplete format"),
        ("%\u{1}", &[I("1")], "!V:unsupported format character '?' (0x1) at index 1"),
        ("%5", &[I("1")], "!V:incomplete format"), ("%.", &[I("1")], "!V:incomplete format"),
        ("%*", &[I("1")], "!V:incomplete format"), ("%l", &[I("1")], "!V:incomplete format"),
        ("%-5.", &[I("1")], "!V:incomplete format"),
        ("%.2000000000000f", &[F(0x3ff8000000000000)], "!V:precision too big"),
        ("%2000000000000000000000f", &[F(0x3ff8000000000000)], "!V:width too big"),
        ("x\u{e9}%\u{fc}", &[I("1")], "!V:unsupported format character '?' (0xfc) at index 3"),
        ("%\u{1f}", &[I("1")], "!V:unsupported format character '\u{1f}' (0x1f) at index 1"),
        ("%5.2\u{7f}", &[I("1")], "!V:unsupported format character '?' (0x7f) at index 4"),
        ("%(a(b))s %(c)s", &[Map], "P Q"), ("%#o %#x", &[I("0"), I("0")], "0o0 0x0"),
        ("%-+08.3f|", &[F(0x400c000000000000)], "+3.500  |"),
        ("%+x %+o % X", &[I("-17"), I("8"), I("255")], "-11 +10  FF"),
        ("%x", &[I("-1180591620717411303424")], "-400000000000000000"),
        ("%.50g", &[F(0x3fb999999999999a)], "0.1000000000000000055511151231257827021181583404541"),
        ("%#.3g|%#.0e|%-#9.1f|", &[F(0x3ff0000000000000), F(0x4008000000000000), F(0x4000000000000000)], "1.00|3.e+00|2.0      |"),
        ];
        for (fmt, args, e) in cases {
            assert_eq!(show(percent(fmt, args)), *e, "{fmt:?}");
        }
    }

    #[test]
    fn parsed_structures() {
        let fs = parse_format_spec("*^+z#012_.3f").expect("valid");
        let want = FormatSpec {
            fill: '*',
            align: Some('^'),
            sign: Some('+'),
            no_neg_zero: true,
            alternate: true,
            zero_pad: false,
            width: Some(12),
            grouping: Some('_'),
            precision: Some(3),
            ty: Some('f'),
        };
        assert_eq!(fs, want);
        let fs = parse_format_spec("07,").expect("valid");
        assert_eq!(
            (fs.fill, fs.align, fs.zero_pad, fs.width, fs.grouping),
            ('0', None, true, Some(7), Some(','))
        );
        assert_eq!(
            parse_format_spec("abc").unwrap_err().msg,
            "Invalid format specifier 'abc' for object of type 'object'"
        );
        let pieces = parse_percent("a%%b%(k)-+ #0*.*lfz").expect("valid");
        let flags = PctFlags {
            left: true,
            plus: true,
            space: true,
            alt: true,
            zero: true,
        };
        let spec = PctSpec {
            key: Some("k".into()),
            flags,
            width: PctNum::Star,
            precision: PctNum::Star,
            conv: 'f',
        };
        assert_eq!(
            pieces,
            vec![
                PctPiece::Literal("a%b".into()),
                PctPiece::Spec(spec),
                PctPiece::Literal("z".into())
            ]
        );
    }
}
