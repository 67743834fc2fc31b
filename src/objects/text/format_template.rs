//! Parsing of `str.format` templates: literal text and replacement fields
//! (`{name.attr[key]!conv:spec}`, nested fields in the spec), with CPython 3.11's
//! auto-numbering rules and error messages. Part of `objects::text`.

use super::decimal_value;

/// The first part of a replacement field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    /// Positional argument. `auto` is true for `{}` (number assigned by auto-numbering).
    Index { index: usize, auto: bool },
    /// Keyword argument (any non-all-digits text, e.g. `x`, `-1`, `a b`).
    Name(String),
}

/// An `[key]` item key: an int when the key is all (Unicode) decimal digits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    Int(usize),
    Str(String),
}

/// `.attr` or `[key]` accessor following the first part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccess {
    Attr(String),
    Item(FieldKey),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    pub first: FieldFirst,
    pub rest: Vec<FieldAccess>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FmtItem {
    /// Literal text (`{{`/`}}` already unescaped; adjacent pieces merged).
    Literal(String),
    Field {
        name: FieldName,
        /// 'r', 's' or 'a' (validated).
        conversion: Option<char>,
        /// The raw format spec text, nested fields unexpanded.
        spec: String,
        /// True when `spec` contains `{`: render `spec_items` (the spec parsed as a
        /// template, nested auto-numbers already assigned in CPython's order) and use
        /// the result as the spec.
        spec_needs_expanding: bool,
        spec_items: Vec<FmtItem>,
    },
}

#[derive(Default)]
struct AutoNumber {
    /// 0 = undecided, 1 = automatic, 2 = manual.
    state: u8,
    next: usize,
}

/// Parses a `str.format` template with CPython's `MarkupIterator` rules; errors are the
/// `ValueError` messages CPython raises.
pub fn parse_format_template(s: &str) -> Result<Vec<FmtItem>, String> {
    let chars: Vec<char> = s.chars().collect();
    parse_template(&chars, &mut AutoNumber::default(), 2)
}

fn parse_template(c: &[char], an: &mut AutoNumber, depth: u32) -> Result<Vec<FmtItem>, String> {
    if depth == 0 {
        return Err("Max string recursion exceeded".into());
    }
    let (mut items, mut lit, mut i) = (Vec::new(), String::new(), 0);
    while i < c.len() {
        let ch = c[i];
        i += 1;
        if ch != '{' && ch != '}' {
            lit.push(ch);
            continue;
        }
        let next = c.get(i).copied();
        if ch == '}' && next != Some('}') {
            return Err("Single '}' encountered in format string".into());
        }
        if next.is_none() {
            return Err("Single '{' encountered in format string".into());
        }
        if next == Some(ch) {
            lit.push(ch);
            i += 1;
            continue;
        }
        if !lit.is_empty() {
            items.push(FmtItem::Literal(std::mem::take(&mut lit)));
        }
        let (item, ni) = parse_field(c, i, an, depth)?;
        items.push(item);
        i = ni;
    }
    if !lit.is_empty() {
        items.push(FmtItem::Literal(lit));
    }
    Ok(items)
}

/// Parses one field starting just after its `{`; returns it and the index after its `}`.
fn parse_field(
    c: &[char],
    mut i: usize,
    an: &mut AutoNumber,
    depth: u32,
) -> Result<(FmtItem, usize), String> {
    let (start, mut ch) = (i, '\0');
    while i < c.len() {
        ch = c[i];
        i += 1;
        match ch {
            '{' => return Err("unexpected '{' in field name".into()),
            '[' => {
                i = c[i..]
                    .iter()
                    .position(|&d| d == ']')
                    .map_or(c.len(), |p| i + p)
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = &c[start..i.saturating_sub(1).max(start)];
    let mut conversion = None;
    if ch == '!' {
        conversion = Some(
            *c.get(i)
                .ok_or("end of string while looking for conversion specifier")?,
        );
        ch = match c.get(i + 1) {
            None => ':', // the spec scan below reports the unmatched '{'
            Some(&d) if d == '}' || d == ':' => d,
            Some(_) => return Err("expected ':' after conversion specifier".into()),
        };
        i = (i + 2).min(c.len());
    }
    let (spec_start, mut level, mut needs) = (i, 1, false);
    if ch == ':' {
        while level > 0 {
            let d = *c.get(i).ok_or("unmatched '{' in format spec")?;
            i += 1;
            needs |= d == '{';
            level += i32::from(d == '{') - i32::from(d == '}');
        }
    } else if ch != '}' {
        return Err("expected '}' before end of string".into());
    }
    let spec = &c[spec_start..i.saturating_sub(1).max(spec_start)];
    // Render-time steps, in CPython's order: field name, conversion, nested spec.
    let name = parse_field_name(name, an)?;
    if let Some(conv) = conversion.filter(|c| !matches!(c, 'r' | 's' | 'a')) {
        return Err(if (conv as u32) > 32 && (conv as u32) < 127 {
            format!("Unknown conversion specifier {conv}")
        } else {
            format!("Unknown conversion specifier \\x{:x}", conv as u32)
        });
    }
    let spec_items = if needs {
        parse_template(spec, an, depth - 1)?
    } else {
        Vec::new()
    };
    let spec = spec.iter().collect();
    Ok((
        FmtItem::Field {
            name,
            conversion,
            spec,
            spec_needs_expanding: needs,
            spec_items,
        },
        i,
    ))
}

/// CPython's `get_integer`: `Ok(None)` unless non-empty and all decimal digits.
fn format_integer(s: &[char]) -> Result<Option<usize>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        acc = acc
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or("Too many decimal digits in format string")?;
    }
    Ok(Some(acc))
}

const MANUAL: &str = "manual field specification";
const AUTO: &str = "automatic field numbering";

fn parse_field_name(c: &[char], an: &mut AutoNumber) -> Result<FieldName, String> {
    let first_end = c
        .iter()
        .position(|&ch| ch == '.' || ch == '[')
        .unwrap_or(c.len());
    let first_chars = &c[..first_end];
    let first = match format_integer(first_chars)? {
        None if !first_chars.is_empty() => FieldFirst::Name(first_chars.iter().collect()),
        index => {
            let auto = index.is_none();
            match (an.state, auto) {
                (2, true) => return Err(format!("cannot switch from {MANUAL} to {AUTO}")),
                (1, false) => return Err(format!("cannot switch from {AUTO} to {MANUAL}")),
                _ => an.state = if auto { 1 } else { 2 },
            }
            let index = index.unwrap_or(an.next);
            an.next += usize::from(auto);
            FieldFirst::Index { index, auto }
        }
    };
    let (mut rest, mut i) = (Vec::new(), first_end);
    while i < c.len() {
        let (kind, s) = (c[i], i + 1);
        let stop: &[char] = if kind == '.' { &['.', '['] } else { &[']'] };
        i = c[s..]
            .iter()
            .position(|ch| stop.contains(ch))
            .map_or(c.len(), |p| s + p);
        let text = &c[s..i];
        rest.push(match kind {
            '.' => FieldAccess::Attr(text.iter().collect()),
            '[' if i == c.len() => return Err("Missing ']' in format string".into()),
            '[' => {
                i += 1;
                FieldAccess::Item(match format_integer(text)? {
                    Some(n) => FieldKey::Int(n),
                    None => FieldKey::Str(text.iter().collect()),
                })
            }
            _ => return Err("Only '.' or '[' may follow ']' in format field specifier".into()),
        });
        if text.is_empty() {
            return Err("Empty attribute in format string".into());
        }
    }
    Ok(FieldName { first, rest })
}
