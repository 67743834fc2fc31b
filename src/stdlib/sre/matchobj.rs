//! `re.Match`: the result of a successful match, a native object so that the
//! loops of regex-heavy programs (`finditer`, `match` per line, `group(...)`)
//! cost what CPython's C objects cost.
//!
//! A match keeps its `Pattern` (the Python object of `modules/re.py`), the
//! subject the caller passed (`string`), the str or bytes that groups are
//! sliced from (`data`: the subject itself, or bytes of a buffer), the group
//! spans in code-point indices (-1 for a group that did not take part), and the
//! call's clamped `pos`/`endpos`. Group names come from the pattern's
//! `_groupindex` dict and `_group_names` tuple.

use crate::builtins::check_args;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// The state of a `re.Match`.
pub struct MatchObj {
    pub pattern: Value,
    pub string: Value,
    pub data: Value,
    /// `start0, end0, start1, end1, ...` in code-point indices.
    pub spans: Box<[i64]>,
    pub lastindex: i64,
    pub pos: i64,
    pub endpos: i64,
}

impl MatchObj {
    /// Call `f` on every heap reference.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.pattern);
        f(self.string);
        f(self.data);
    }

    fn groups(&self) -> usize {
        self.spans.len() / 2 - 1
    }

    fn span(&self, g: usize) -> (i64, i64) {
        (self.spans[2 * g], self.spans[2 * g + 1])
    }
}

fn this(vm: &Vm, v: Value) -> PyResult<&'static MatchObj> {
    v.as_obj()
        .and_then(crate::objects::object::extend_regex_match)
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor requires a 're.Match' object but received a '{}'",
                vm.type_name(v)
            ))
        })
}

/// The group number `g` names (an int, an object with `__index__`, or a name).
fn group_index(vm: &mut Vm, m: &MatchObj, g: Value) -> PyResult<usize> {
    let no_such = || PyErr::index_error("no such group");
    let is_text = matches!(g.payload(), Some(Payload::Str(_)));
    let index = match g {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(b as i64),
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => return Err(no_such()),
        _ if !is_text && vm.has_index(g) => Some(vm.to_index(g)?),
        _ => None,
    };
    if let Some(i) = index {
        return if (0..=m.groups() as i64).contains(&i) {
            Ok(i as usize)
        } else {
            Err(no_such())
        };
    }
    let name = vm.intern("_groupindex");
    let table = vm.getattr(m.pattern, name)?;
    let found = match table.as_obj() {
        Some(d) if matches!(d.payload, Payload::Dict(_)) => vm.dict_get(d, g)?,
        _ => None,
    };
    match found {
        Some(Value::Int(i)) if (0..=m.groups() as i64).contains(&i) => Ok(i as usize),
        _ => Err(no_such()),
    }
}

/// Group `g`'s text, or `default` when it did not take part.
fn group_value(vm: &mut Vm, m: &MatchObj, g: usize, default: Value) -> Value {
    let (a, b) = m.span(g);
    if a < 0 {
        return default;
    }
    let (a, b) = (a as usize, b as usize);
    match m.data.payload() {
        Some(Payload::Str(s)) => {
            let (x, y) = (s.byte_offset(a), s.byte_offset(b));
            if a == 0 && b == s.char_len() && !vm.type_is_user(vm.type_of(m.data)) {
                return m.data;
            }
            vm.new_str(&s.as_str()[x..y])
        }
        Some(Payload::Bytes(bytes)) => {
            if a == 0 && b == bytes.len() {
                return m.data;
            }
            vm.new_bytes(bytes[a..b].to_vec())
        }
        _ => Value::None,
    }
}

fn group(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::builtins::no_kwargs("Match.group", kw)?;
    let m = this(vm, args[0])?;
    match &args[1..] {
        [] => Ok(group_value(vm, m, 0, Value::None)),
        [g] => {
            let i = group_index(vm, m, *g)?;
            Ok(group_value(vm, m, i, Value::None))
        }
        gs => {
            let mut items = Vec::with_capacity(gs.len());
            for g in gs {
                let i = group_index(vm, m, *g)?;
                items.push(group_value(vm, m, i, Value::None));
            }
            Ok(vm.new_tuple(items))
        }
    }
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__getitem__", &args[1..], 1, 1)?;
    let m = this(vm, args[0])?;
    if matches!(args[1].payload(), Some(Payload::Slice { .. })) {
        return Err(PyErr::type_error("unhashable type: 'slice'"));
    }
    let i = group_index(vm, m, args[1])?;
    Ok(group_value(vm, m, i, Value::None))
}

fn default_arg(args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            args.len() - 1
        )));
    }
    Ok(args
        .get(1)
        .copied()
        .or_else(|| crate::builtins::kwarg(kw, "default"))
        .unwrap_or(Value::None))
}

fn groups(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = this(vm, args[0])?;
    let default = default_arg(args, kw, "groups")?;
    let items = (1..=m.groups())
        .map(|g| group_value(vm, m, g, default))
        .collect();
    Ok(vm.new_tuple(items))
}

fn groupdict(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = this(vm, args[0])?;
    let default = default_arg(args, kw, "groupdict")?;
    let name = vm.intern("_groupindex");
    let table = vm.getattr(m.pattern, name)?;
    let pairs = vm.collect_iterable(table)?;
    let out = vm.new_dict();
    for key in pairs {
        let i = group_index(vm, m, key)?;
        let v = group_value(vm, m, i, default);
        vm.dict_set(out, key, v)?;
    }
    Ok(Value::Obj(out))
}

fn one_group(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(&'static MatchObj, usize)> {
    if args.len() > 2 {
        return Err(PyErr::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let m = this(vm, args[0])?;
    let g = match args.get(1) {
        Some(g) => group_index(vm, m, *g)?,
        None => 0,
    };
    Ok((m, g))
}

fn start(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (m, g) = one_group(vm, args, "start")?;
    Ok(Value::Int(m.span(g).0))
}

fn end(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (m, g) = one_group(vm, args, "end")?;
    Ok(Value::Int(m.span(g).1))
}

fn span(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (m, g) = one_group(vm, args, "span")?;
    let (a, b) = m.span(g);
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b)]))
}

/// `expand(template)`: the template filled in by `re._expand` (Python).
fn expand(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(
            "expand() missing required argument 'template' (pos 1)",
        ));
    }
    let m = this(vm, args[0])?;
    let re = vm.import_module("re")?;
    let name = vm.intern("_expand");
    let f = vm.getattr(re, name)?;
    vm.call(f, &[m.pattern, args[1], args[0]], &[])
}

/// `repr(match)`: `<re.Match object; span=(0, 3), match='abc'>` (the match's
/// repr cut at 50 characters, as CPython's `%.50R`).
pub fn repr_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    let m = this(vm, v)?;
    let whole = group_value(vm, m, 0, Value::None);
    let mut text = vm.repr(whole)?;
    if text.chars().count() > 50 {
        text = text.chars().take(50).collect();
    }
    let (a, b) = m.span(0);
    Ok(format!("<re.Match object; span=({a}, {b}), match={text}>"))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = repr_text(vm, args[0])?;
    Ok(vm.new_str(s))
}

fn identity(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    this(vm, args[0])?;
    Ok(args[0])
}

fn class_getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__class_getitem__", &args[1..], 1, 1)?;
    let types = vm.import_module("types")?;
    let name = vm.intern("GenericAlias");
    let alias = vm.getattr(types, name)?;
    vm.call(alias, &[args[0], args[1]], &[])
}

fn readonly(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(PyErr::attribute_error("readonly attribute"))
}

/// Register the methods and attributes of `re.Match`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.regex_match;
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("group", group),
        ("__getitem__", getitem),
        ("groups", groups),
        ("groupdict", groupdict),
        ("start", start),
        ("end", end),
        ("span", span),
        ("expand", expand),
        ("__repr__", repr),
        ("__copy__", identity),
        ("__deepcopy__", |vm, a, _| {
            check_args("__deepcopy__", &a[1..], 1, 1)?;
            identity(vm, &a[..1], &[])
        }),
    ];
    for (n, f) in methods {
        vm.add_method(t, n, *f);
    }
    vm.add_classmethod(t, "__class_getitem__", class_getitem);
    let attrs: &[(&'static str, crate::objects::NativeFn)] = &[
        ("string", |vm, a, _| Ok(this(vm, a[0])?.string)),
        ("re", |vm, a, _| Ok(this(vm, a[0])?.pattern)),
        ("pos", |vm, a, _| Ok(Value::Int(this(vm, a[0])?.pos))),
        ("endpos", |vm, a, _| Ok(Value::Int(this(vm, a[0])?.endpos))),
        ("lastindex", |vm, a, _| {
            let i = this(vm, a[0])?.lastindex;
            Ok(if i < 0 { Value::None } else { Value::Int(i) })
        }),
        ("lastgroup", |vm, a, _| {
            let m = this(vm, a[0])?;
            if m.lastindex < 0 {
                return Ok(Value::None);
            }
            let name = vm.intern("_group_names");
            let names = vm.getattr(m.pattern, name)?;
            Ok(names
                .tuple()
                .and_then(|t| t.get(m.lastindex as usize).copied())
                .unwrap_or(Value::None))
        }),
        ("regs", |vm, a, _| {
            let m = this(vm, a[0])?;
            let pairs = (0..=m.groups())
                .map(|g| {
                    let (s, e) = m.span(g);
                    vm.new_tuple(vec![Value::Int(s), Value::Int(e)])
                })
                .collect();
            Ok(vm.new_tuple(pairs))
        }),
    ];
    for (n, f) in attrs {
        vm.add_property(t, n, *f, readonly);
    }
}
