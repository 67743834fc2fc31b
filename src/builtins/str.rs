//! Methods of `str` (https://docs.python.org/3/library/stdtypes.html#string-methods),
//! built on the algorithms of `objects::text`.

use super::{as_str, check_args, check_kwargs, kwarg, no_kwargs};
use crate::objects::text::{self, FieldAccess, FieldFirst, FieldKey, FmtItem, TextError};
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

fn text_err(e: TextError) -> PyErr {
    match e {
        TextError::Value(m) => PyErr::value_error(m),
        TextError::Type(m) => PyErr::type_error(m),
    }
}

/// `self` of a str method.
fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a str> {
    match args.first().and_then(as_str) {
        Some(s) => Ok(s),
        None => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            args.first().map(|v| vm.type_name(*v)).unwrap_or_default()
        ))),
    }
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v)
        .ok_or_else(|| PyErr::type_error(format!("{what} must be str, not {}", vm.type_name(*v))))
}

fn opt_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.to_index(*v).map_err(|_| {
            PyErr::type_error("slice indices must be integers or None or have an __index__ method")
        })?)),
    }
}

/// Register the str methods.
pub fn install(vm: &mut Vm) {
    let t = vm.types.str;
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
        ("__format__", dunder_format),
        ("__len__", super::container_dunders::len),
        ("__contains__", super::container_dunders::contains),
        ("__getitem__", super::container_dunders::getitem),
        ("__add__", dunder_add),
        ("__mul__", dunder_mul),
        ("__mod__", dunder_mod),
        ("__str__", dunder_str),
        ("__repr__", dunder_repr),
        ("__hash__", dunder_hash),
        ("__eq__", dunder_eq),
        ("__lt__", dunder_lt),
        ("__iter__", super::container_dunders::iter),
    ];
    for (name, f) in methods {
        vm.add_method(t, name, *f);
    }
    vm.add_static(t, "maketrans", maketrans);
    vm.add_method(t, "translate", translate);
}

fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("join", kw)?;
    check_args("join", &args[1..], 1, 1)?;
    let sep = this(vm, args, "join")?.to_string();
    let items = vm.collect_iterable(args[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match as_str(it) {
            Some(s) => out.push_str(s),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(*it)
                )))
            }
        }
    }
    Ok(vm.new_str(out))
}

fn split_common(vm: &mut Vm, args: &[Value], kw: Kw, rev: bool) -> PyResult<Value> {
    let name = if rev { "rsplit" } else { "split" };
    check_kwargs(name, kw, &["sep", "maxsplit"])?;
    let s = this(vm, args, name)?;
    let sep = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "sep"))
        .filter(|v| !v.is_none());
    let maxsplit = match args.get(2).copied().or_else(|| kwarg(kw, "maxsplit")) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let sep_s = match &sep {
        Some(v) => Some(str_arg(vm, v, "must be str or None, not").map_err(|_| {
            PyErr::type_error(format!("must be str or None, not {}", vm.type_name(*v)))
        })?),
        None => None,
    };
    let parts = if rev {
        text::rsplit(s, sep_s, maxsplit)
    } else {
        text::split(s, sep_s, maxsplit)
    }
    .map_err(text_err)?;
    let parts: Vec<String> = parts.into_iter().map(|p| p.to_string()).collect();
    let vals = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(vals))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_common(vm, args, kw, false)
}
fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_common(vm, args, kw, true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("splitlines", kw, &["keepends"])?;
    let s = this(vm, args, "splitlines")?;
    let keep = match args.get(1).copied().or_else(|| kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let parts: Vec<String> = text::splitlines(s, keep)
        .into_iter()
        .map(|p| p.to_string())
        .collect();
    let vals = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(vals))
}

fn strip_common(vm: &mut Vm, args: &[Value], which: u8, name: &str) -> PyResult<Value> {
    check_args(name, &args[1..], 0, 1)?;
    let s = this(vm, args, name)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(
            as_str(v)
                .ok_or_else(|| PyErr::type_error(format!("{name} arg must be None or str")))?,
        ),
    };
    let r = match which {
        0 => text::strip(s, chars),
        1 => text::lstrip(s, chars),
        _ => text::rstrip(s, chars),
    };
    if r.len() == s.len() {
        return Ok(args[0]);
    }
    let r = r.to_string();
    Ok(vm.new_str(r))
}

fn strip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("strip", kw)?;
    strip_common(vm, args, 0, "strip")
}
fn lstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("lstrip", kw)?;
    strip_common(vm, args, 1, "lstrip")
}
fn rstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rstrip", kw)?;
    strip_common(vm, args, 2, "rstrip")
}

fn replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("replace", kw)?;
    check_args("replace", &args[1..], 2, 3)?;
    let s = this(vm, args, "replace")?;
    let old = str_arg(vm, &args[1], "replace() argument 1")?;
    let new = str_arg(vm, &args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => vm.to_index(*v)?,
        None => -1,
    };
    let r = text::replace(s, old, new, count);
    Ok(vm.new_str(r))
}

fn affix(vm: &mut Vm, args: &[Value], suffix: bool) -> PyResult<Value> {
    let name = if suffix { "endswith" } else { "startswith" };
    check_args(name, &args[1..], 1, 3)?;
    let s = this(vm, args, name)?;
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    let pats: Vec<Value> = match args[1]
        .as_obj()
        .and_then(|o| o.as_tuple().map(|t| t.to_vec()))
    {
        Some(t) => t,
        None => vec![args[1]],
    };
    for p in &pats {
        let ps = match as_str(p) {
            Some(ps) => ps,
            None => {
                return Err(PyErr::type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {}",
                    vm.type_name(*p)
                )))
            }
        };
        let hit = if suffix {
            text::endswith(s, ps, start, end)
        } else {
            text::startswith(s, ps, start, end)
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("startswith", kw)?;
    affix(vm, args, false)
}
fn endswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("endswith", kw)?;
    affix(vm, args, true)
}

fn search(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    check_args(name, &args[1..], 1, 3)?;
    let s = this(vm, args, name)?;
    let sub = match as_str(&args[1]) {
        Some(x) => x,
        None => {
            return Err(PyErr::type_error(format!(
                "must be str, not {}",
                vm.type_name(args[1])
            )))
        }
    };
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    Ok(if rev {
        text::rfind(s, sub, start, end)
    } else {
        text::find(s, sub, start, end)
    })
}

fn find(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("find", kw)?;
    Ok(Value::Int(search(vm, args, "find", false)?))
}
fn rfind(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rfind", kw)?;
    Ok(Value::Int(search(vm, args, "rfind", true)?))
}
fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("index", kw)?;
    match search(vm, args, "index", false)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rindex", kw)?;
    match search(vm, args, "rindex", true)? {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("count", kw)?;
    check_args("count", &args[1..], 1, 3)?;
    let s = this(vm, args, "count")?;
    let sub = match as_str(&args[1]) {
        Some(x) => x,
        None => {
            return Err(PyErr::type_error(format!(
                "must be str, not {}",
                vm.type_name(args[1])
            )))
        }
    };
    let start = opt_index(vm, args.get(2))?;
    let end = opt_index(vm, args.get(3))?;
    Ok(Value::Int(text::count(s, sub, start, end) as i64))
}

macro_rules! simple_str {
    ($($fname:ident => $f:expr),* $(,)?) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                no_kwargs(stringify!($fname), kw)?;
                check_args(stringify!($fname), &args[1..], 0, 0)?;
                let s = this(vm, args, stringify!($fname))?;
                let r: String = ($f)(s);
                Ok(vm.new_str(r))
            }
        )*
    };
}

simple_str! {
    upper => text::upper,
    lower => text::lower,
    casefold => text::casefold,
    capitalize => text::capitalize,
    title => text::title,
    swapcase => text::swapcase,
}

macro_rules! pred_str {
    ($($fname:ident => $f:expr),* $(,)?) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                no_kwargs(stringify!($fname), kw)?;
                check_args(stringify!($fname), &args[1..], 0, 0)?;
                let s = this(vm, args, stringify!($fname))?;
                Ok(Value::Bool(($f)(s)))
            }
        )*
    };
}

pred_str! {
    isdigit => text::isdigit,
    isdecimal => text::isdecimal,
    isnumeric => text::isnumeric,
    isalpha => text::isalpha,
    isalnum => text::isalnum,
    isspace => text::isspace,
    islower => text::islower,
    isupper => text::isupper,
    istitle => text::istitle,
    isidentifier => text::isidentifier,
    isprintable => text::isprintable,
    isascii => text::isascii,
}

fn pad(vm: &mut Vm, args: &[Value], kind: char, name: &str) -> PyResult<Value> {
    check_args(name, &args[1..], 1, 2)?;
    let s = this(vm, args, name)?;
    let width = vm.to_index(args[1])?;
    let fill = match args.get(2) {
        Some(v) => match as_str(v) {
            Some(f) => f,
            None => {
                return Err(PyErr::type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    vm.type_name(*v)
                )))
            }
        },
        None => " ",
    };
    let r = match kind {
        'c' => text::center(s, width, fill),
        'l' => text::ljust(s, width, fill),
        _ => text::rjust(s, width, fill),
    }
    .map_err(text_err)?;
    Ok(vm.new_str(r))
}

fn center(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("center", kw)?;
    pad(vm, args, 'c', "center")
}
fn ljust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("ljust", kw)?;
    pad(vm, args, 'l', "ljust")
}
fn rjust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rjust", kw)?;
    pad(vm, args, 'r', "rjust")
}

fn zfill(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("zfill", kw)?;
    check_args("zfill", &args[1..], 1, 1)?;
    let s = this(vm, args, "zfill")?;
    let w = vm.to_index(args[1])?;
    let r = text::zfill(s, w);
    Ok(vm.new_str(r))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("expandtabs", kw, &["tabsize"])?;
    let s = this(vm, args, "expandtabs")?;
    let t = match args.get(1).copied().or_else(|| kwarg(kw, "tabsize")) {
        Some(v) => vm.to_index(v)?,
        None => 8,
    };
    let r = text::expandtabs(s, t);
    Ok(vm.new_str(r))
}

fn part(vm: &mut Vm, args: &[Value], rev: bool) -> PyResult<Value> {
    let name = if rev { "rpartition" } else { "partition" };
    check_args(name, &args[1..], 1, 1)?;
    let s = this(vm, args, name)?;
    let sep = match as_str(&args[1]) {
        Some(x) => x,
        None => {
            return Err(PyErr::type_error(format!(
                "must be str, not {}",
                vm.type_name(args[1])
            )))
        }
    };
    let r = if rev {
        text::rpartition(s, sep)
    } else {
        text::partition(s, sep)
    }
    .map_err(text_err)?;
    let parts: Vec<String> = r.iter().map(|p| p.to_string()).collect();
    let vals = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_tuple(vals))
}

fn partition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("partition", kw)?;
    part(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rpartition", kw)?;
    part(vm, args, true)
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("removeprefix", kw)?;
    check_args("removeprefix", &args[1..], 1, 1)?;
    let s = this(vm, args, "removeprefix")?;
    let p = str_arg(vm, &args[1], "removeprefix() argument")?;
    let r = text::removeprefix(s, p).to_string();
    Ok(vm.new_str(r))
}
fn removesuffix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("removesuffix", kw)?;
    check_args("removesuffix", &args[1..], 1, 1)?;
    let s = this(vm, args, "removesuffix")?;
    let p = str_arg(vm, &args[1], "removesuffix() argument")?;
    let r = text::removesuffix(s, p).to_string();
    Ok(vm.new_str(r))
}

/// `str.format` engine shared with `format_map`.
fn format_impl(
    vm: &mut Vm,
    template: &str,
    pos: &[Value],
    kw: Kw,
    mapping: Option<Value>,
    depth: u32,
) -> PyResult<String> {
    if depth > 2 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let items = text::parse_format_template(template).map_err(PyErr::value_error)?;
    let mut out = String::new();
    for item in items {
        match item {
            FmtItem::Literal(s) => out.push_str(&s),
            FmtItem::Field {
                name,
                conversion,
                spec,
                spec_needs_expanding,
                ..
            } => {
                let mut v = match &name.first {
                    FieldFirst::Index { index, .. } => match pos.get(*index) {
                        Some(v) => *v,
                        None => {
                            return Err(PyErr::index_error(format!(
                                "Replacement index {index} out of range for positional args tuple"
                            )))
                        }
                    },
                    FieldFirst::Name(n) => {
                        let found = match mapping {
                            Some(m) => {
                                let k = vm.new_str(n.as_str());
                                Some(vm.getitem(m, k)?)
                            }
                            None => kw
                                .iter()
                                .find(|(k, _)| k.as_str().map(|s| s.as_str() == n).unwrap_or(false))
                                .map(|(_, v)| *v),
                        };
                        match found {
                            Some(v) => v,
                            None => {
                                let k = vm.new_str(n.as_str());
                                return Err(PyErr::key_error(k));
                            }
                        }
                    }
                };
                for acc in &name.rest {
                    v = match acc {
                        FieldAccess::Attr(a) => {
                            let n = vm.intern(a);
                            vm.getattr(v, n)?
                        }
                        FieldAccess::Item(FieldKey::Int(i)) => {
                            vm.getitem(v, Value::Int(*i as i64))?
                        }
                        FieldAccess::Item(FieldKey::Str(s)) => {
                            let k = vm.new_str(s.as_str());
                            vm.getitem(v, k)?
                        }
                    };
                }
                let v = match conversion {
                    Some('r') => {
                        let s = vm.repr(v)?;
                        vm.new_str(s)
                    }
                    Some('s') => {
                        let s = vm.str(v)?;
                        vm.new_str(s)
                    }
                    Some('a') => {
                        let s = vm.repr(v)?;
                        vm.new_str(super::ascii_escape(&s))
                    }
                    _ => v,
                };
                let spec = if spec_needs_expanding {
                    format_impl(vm, &spec, pos, kw, mapping, depth + 1)?
                } else {
                    spec
                };
                out.push_str(&vm.format(v, &spec)?);
            }
        }
    }
    Ok(out)
}

fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "format")?.to_string();
    let r = format_impl(vm, &s, &args[1..], kw, None, 0)?;
    Ok(vm.new_str(r))
}

fn format_map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("format_map", kw)?;
    check_args("format_map", &args[1..], 1, 1)?;
    let s = this(vm, args, "format_map")?.to_string();
    let r = format_impl(vm, &s, &[], &[], Some(args[1]), 0)?;
    Ok(vm.new_str(r))
}

fn encode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("encode", kw, &["encoding", "errors"])?;
    let s = this(vm, args, "encode")?;
    let enc = args.get(1).copied().or_else(|| kwarg(kw, "encoding"));
    let enc = enc
        .as_ref()
        .and_then(as_str)
        .unwrap_or("utf-8")
        .to_lowercase()
        .replace('_', "-");
    let bytes = match enc.as_str() {
        "utf-8" | "utf8" => s.as_bytes().to_vec(),
        "ascii" | "us-ascii" => {
            if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                return Err(PyErr::msg(
                    crate::vm::ExcKind::UnicodeEncodeError,
                    format!("'ascii' codec can't encode character {} in position {i}: ordinal not in range(128)", super::ascii_escape(&crate::objects::text::str_repr(&c.to_string()))),
                ));
            }
            s.as_bytes().to_vec()
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            let mut out = Vec::new();
            for (i, c) in s.chars().enumerate() {
                if (c as u32) > 255 {
                    return Err(PyErr::msg(
                        crate::vm::ExcKind::UnicodeEncodeError,
                        format!("'latin-1' codec can't encode character {} in position {i}: ordinal not in range(256)", super::ascii_escape(&crate::objects::text::str_repr(&c.to_string()))),
                    ));
                }
                out.push(c as u32 as u8);
            }
            out
        }
        "utf-8-sig" | "utf8-sig" => {
            let mut out = vec![0xef, 0xbb, 0xbf];
            out.extend_from_slice(s.as_bytes());
            out
        }
        "utf-16" | "utf16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let big = enc.ends_with("be");
            // Plain "utf-16" writes a byte-order mark, then little-endian units.
            let mut out: Vec<u8> = if enc.starts_with("utf-16-") || enc.len() > 6 {
                Vec::new()
            } else {
                vec![0xff, 0xfe]
            };
            for unit in s.encode_utf16() {
                out.extend_from_slice(&if big {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                });
            }
            out
        }
        "utf-32" | "utf32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" => {
            let big = enc.ends_with("be");
            let mut out: Vec<u8> = if enc.starts_with("utf-32-") || enc.len() > 6 {
                Vec::new()
            } else {
                vec![0xff, 0xfe, 0, 0]
            };
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            out
        }
        other => return Err(PyErr::lookup_error(format!("unknown encoding: {other}"))),
    };
    Ok(vm.new_bytes(bytes))
}

fn dunder_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__format__", &args[1..], 1, 1)?;
    let spec = as_str(&args[1]).unwrap_or("").to_string();
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(s))
}
fn dunder_add(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__add__", &args[1..], 1, 1)?;
    if as_str(&args[1]).is_none() {
        return Ok(Value::Obj(vm.not_implemented));
    }
    vm.binary_op(args[0], args[1], crate::bytecode::BinOp::Add)
}
fn dunder_mul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__mul__", &args[1..], 1, 1)?;
    vm.binary_op(args[0], args[1], crate::bytecode::BinOp::Mul)
}
fn dunder_mod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__mod__", &args[1..], 1, 1)?;
    let s = this(vm, args, "__mod__")?.to_string();
    vm.percent_format(&s, args[1])
}
fn dunder_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "__str__")?.to_string();
    Ok(vm.new_str(s))
}
fn dunder_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "__repr__")?;
    let r = text::str_repr(s);
    Ok(vm.new_str(r))
}
fn dunder_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(args[0])?))
}
fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__eq__", &args[1..], 1, 1)?;
    match (as_str(&args[0]), as_str(&args[1])) {
        (Some(a), Some(b)) => Ok(Value::Bool(a == b)),
        _ => Ok(Value::Obj(vm.not_implemented)),
    }
}
fn dunder_lt(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__lt__", &args[1..], 1, 1)?;
    match (as_str(&args[0]), as_str(&args[1])) {
        (Some(a), Some(b)) => Ok(Value::Bool(a < b)),
        _ => Ok(Value::Obj(vm.not_implemented)),
    }
}

fn maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("maketrans", kw)?;
    check_args("maketrans", args, 1, 3)?;
    let d = vm.new_dict();
    if args.len() == 1 {
        let items = match args[0].as_obj().filter(|o| o.as_dict().is_some()) {
            Some(o) => crate::vm::dictops::dict_items(o),
            None => {
                return Err(PyErr::type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ))
            }
        };
        for (k, v) in items {
            let k = match as_str(&k) {
                Some(s) if s.chars().count() == 1 => Value::Int(s.chars().next().unwrap() as i64),
                Some(_) => {
                    return Err(PyErr::value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                None => k,
            };
            vm.dict_set(d, k, v)?;
        }
        return Ok(Value::Obj(d));
    }
    let (a, b) = (
        as_str(&args[0]).unwrap_or(""),
        as_str(&args[1]).unwrap_or(""),
    );
    if a.chars().count() != b.chars().count() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let pairs: Vec<(char, char)> = a.chars().zip(b.chars()).collect();
    for (x, y) in pairs {
        vm.dict_set(d, Value::Int(x as i64), Value::Int(y as i64))?;
    }
    if let Some(z) = args.get(2).and_then(as_str) {
        let zs: Vec<char> = z.chars().collect();
        for c in zs {
            vm.dict_set(d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(d))
}

fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("translate", kw)?;
    check_args("translate", &args[1..], 1, 1)?;
    let s: Vec<char> = this(vm, args, "translate")?.chars().collect();
    let table = args[1];
    let mut out = String::new();
    for c in s {
        match vm.getitem(table, Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(i)) => out.push(char::from_u32(i as u32).unwrap_or('\u{fffd}')),
            Ok(v) => match as_str(&v) {
                Some(t) => out.push_str(t),
                None => {
                    return Err(PyErr::type_error(
                        "character mapping must return integer, None or str",
                    ))
                }
            },
            Err(e) => {
                let exc = vm.exc_object(e);
                if vm.is_instance_kind(Value::Obj(exc), crate::vm::ExcKind::LookupError) {
                    out.push(c);
                } else {
                    return Err(PyErr::exc(exc));
                }
            }
        }
    }
    Ok(vm.new_str(out))
}

/// Unused guard to keep Payload imported for future methods.
#[allow(dead_code)]
fn is_str(v: Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Str(_)))
}
