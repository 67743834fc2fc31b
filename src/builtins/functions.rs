//! Built-in functions (https://docs.python.org/3/library/functions.html).

use std::io::Write;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{as_str, check_args, check_kwargs, kwarg, no_kwargs};
use crate::objects::numfmt;
use crate::objects::object::IterKind;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::dictops::to_bigint;
use crate::vm::{ExcKind, PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// Register every built-in function.
pub fn install(vm: &mut Vm) {
    vm.add_builtin("print", print);
    vm.add_builtin("exit", crate::stdlib::sys::exit);
    vm.add_builtin("quit", crate::stdlib::sys::exit);
    vm.add_builtin("input", input);
    vm.add_builtin("len", len);
    vm.add_builtin("repr", repr);
    vm.add_builtin("ascii", ascii);
    vm.add_builtin("abs", abs);
    vm.add_builtin("id", id);
    vm.add_builtin("hash", hash);
    vm.add_builtin("callable", callable);
    vm.add_builtin("chr", chr);
    vm.add_builtin("ord", ord);
    vm.add_builtin("hex", hex);
    vm.add_builtin("oct", oct);
    vm.add_builtin("bin", bin);
    vm.add_builtin("format", format);
    vm.add_builtin("iter", iter);
    vm.add_builtin("next", next);
    vm.add_builtin("sorted", super::sorting::sorted);
    vm.add_builtin("min", super::sorting::min);
    vm.add_builtin("max", super::sorting::max);
    vm.add_builtin("sum", sum);
    vm.add_builtin("any", any);
    vm.add_builtin("all", all);
    vm.add_builtin("round", round);
    vm.add_builtin("divmod", divmod);
    vm.add_builtin("pow", pow);
    vm.add_builtin("isinstance", isinstance);
    vm.add_builtin("issubclass", issubclass);
    vm.add_builtin("getattr", getattr);
    vm.add_builtin("setattr", setattr);
    vm.add_builtin("hasattr", hasattr);
    vm.add_builtin("delattr", delattr);
    vm.add_builtin("vars", vars);
    vm.add_builtin("dir", dir);
    vm.add_builtin("globals", super::exec::globals);
    vm.add_builtin("locals", super::exec::locals);
    vm.add_builtin("exec", super::exec::exec);
    vm.add_builtin("eval", super::exec::eval);
    vm.add_builtin("compile", super::exec::compile);
    vm.add_builtin("open", super::file::open);
    vm.add_builtin("__import__", super::exec::import);
    vm.add_builtin("__build_class__", super::class::build_class);
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`
fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(v) => match as_str(&v) {
            Some(s) => s.to_string(),
            None => {
                return Err(PyErr::type_error(format!(
                    "sep must be None or a string, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(v) => match as_str(&v) {
            Some(s) => s.to_string(),
            None => {
                return Err(PyErr::type_error(format!(
                    "end must be None or a string, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    // Without `file`, print goes to `sys.stdout`: the VM's own buffered stream
    // unless Python code replaced it (contextlib.redirect_stdout and the like).
    let file = match kwarg(kw, "file") {
        None | Some(Value::None) => redirected_stdout(vm),
        f => f,
    };
    if file.is_some_and(|f| f.is_none()) {
        return Ok(Value::None); // sys.stdout is None: print does nothing
    }
    let to_file = file.is_some();
    let mut out = String::new();
    if !to_file {
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str(*a)?);
        }
        out.push_str(&end);
    }
    let flush = match kwarg(kw, "flush") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    match file {
        None => {
            let _ = vm.stdout.write_all(out.as_bytes());
            if flush {
                vm.flush_stdout();
            }
        }
        Some(f) => {
            let write = vm.intern("write");
            let m = vm.getattr(f, write)?;
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    let s = vm.new_str(sep.as_str());
                    vm.call(m, &[s], &[])?;
                }
                let t = vm.str(*a)?;
                let s = vm.new_str(t);
                vm.call(m, &[s], &[])?;
            }
            let s = vm.new_str(end.as_str());
            vm.call(m, &[s], &[])?;
            if flush {
                let fl = vm.intern("flush");
                if let Some(m) = vm.getattr_opt(f, fl)? {
                    vm.call(m, &[], &[])?;
                }
            }
        }
    }
    Ok(Value::None)
}

/// `sys.stdout` when Python code has replaced the standard stream object (None
/// when it is still the VM's own stdout, written through `vm.stdout`).
fn redirected_stdout(vm: &mut Vm) -> Option<Value> {
    let k = vm.intern("sys");
    let sys = vm.dict_get_str_pure(vm.modules, k)?;
    let d = vm.instance_dict(sys)?;
    let k = vm.intern("stdout");
    let out = vm.dict_get_str_pure(d, k)?;
    match out.payload() {
        Some(Payload::File(f)) if f.std == 1 => None,
        _ => Some(out),
    }
}

fn input(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("input", kw)?;
    check_args("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str(*p)?;
        let _ = vm.stdout.write_all(s.as_bytes());
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::eof_error("EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_str(line))
        }
        Err(e) => Err(PyErr::os_error(e.to_string())),
    }
}

fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("len", kw)?;
    check_args("len", args, 1, 1)?;
    Ok(Value::Int(vm.len(args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("repr", kw)?;
    check_args("repr", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(s))
}

fn ascii(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("ascii", kw)?;
    check_args("ascii", args, 1, 1)?;
    let s = vm.repr(args[0])?;
    Ok(vm.new_str(super::ascii_escape(&s)))
}

/// `abs(x)`
pub fn abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("abs", kw)?;
    check_args("abs", args, 1, 1)?;
    let v = args[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_int(BigInt::from(i).abs()),
        },
        Value::Bool(b) => Value::Int(b as i64),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => vm.new_int(b.abs()),
            Payload::Complex(r, i) => Value::Float(r.hypot(*i)),
            _ => {
                let n = vm.names.__abs__;
                if vm.lookup_in_mro(o.ty(), n).is_some() {
                    return vm.call_method(v, n, &[]);
                }
                return Err(PyErr::type_error(format!(
                    "bad operand type for abs(): '{}'",
                    vm.type_name(v)
                )));
            }
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "bad operand type for abs(): '{}'",
                vm.type_name(v)
            )))
        }
    })
}

fn id(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("id", kw)?;
    check_args("id", args, 1, 1)?;
    let _ = vm;
    Ok(match args[0] {
        Value::Obj(o) => Value::Int(o.addr() as i64),
        Value::Int(i) => {
            Value::Int(i.wrapping_mul(2654435761).wrapping_add(0x1000) & 0x7fff_ffff_ffff)
        }
        Value::Float(f) => Value::Int((f.to_bits() >> 4) as i64 & 0x7fff_ffff_ffff),
        Value::Bool(b) => Value::Int(0x10 + b as i64 * 0x10),
        _ => Value::Int(0x8),
    })
}

fn hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hash", kw)?;
    check_args("hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(args[0])?))
}

/// `callable(x)`
pub fn is_callable(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::Method { .. }
            | Payload::Type(_) => true,
            _ => vm.lookup_in_mro(o.ty(), vm.names.__call__).is_some(),
        },
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("callable", kw)?;
    check_args("callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(vm, args[0])))
}

fn chr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("chr", kw)?;
    check_args("chr", args, 1, 1)?;
    let i = match args[0] {
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        v => match vm.to_index(v) {
            Ok(i) => i,
            Err(_) if matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Int(_))) => {
                return Err(PyErr::overflow_error(
                    "Python int too large to convert to C int",
                ))
            }
            Err(e) => return Err(e),
        },
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.char_str(c)),
        None => {
            if (0..0x110000).contains(&i) {
                Ok(vm.new_str("\u{fffd}"))
            } else {
                Err(PyErr::value_error("chr() arg not in range(0x110000)"))
            }
        }
    }
}

fn ord(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("ord", kw)?;
    check_args("ord", args, 1, 1)?;
    let v = args[0];
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Str(s) => {
                if s.char_len() != 1 {
                    return Err(PyErr::type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        s.char_len()
                    )));
                }
                return Ok(Value::Int(s.char_at(0) as i64));
            }
            Payload::Bytes(b) => {
                if b.len() != 1 {
                    return Err(PyErr::type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        b.len()
                    )));
                }
                return Ok(Value::Int(b[0] as i64));
            }
            Payload::ByteArray(b) => {
                let b = b.get();
                if b.len() != 1 {
                    return Err(PyErr::type_error(format!(
                        "ord() expected a character, but string of length {} found",
                        b.len()
                    )));
                }
                return Ok(Value::Int(b[0] as i64));
            }
            _ => {}
        }
    }
    Err(PyErr::type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    )))
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match to_bigint(v) {
        Some(b) => Ok(b),
        None => {
            let i = vm.to_index(v)?;
            Ok(BigInt::from(i))
        }
    }
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hex", kw)?;
    check_args("hex", args, 1, 1)?;
    let b = int_arg(vm, args[0])?;
    Ok(vm.new_str(numfmt::int_to_prefixed(&b, 16)))
}

fn oct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("oct", kw)?;
    check_args("oct", args, 1, 1)?;
    let b = int_arg(vm, args[0])?;
    Ok(vm.new_str(numfmt::int_to_prefixed(&b, 8)))
}

fn bin(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("bin", kw)?;
    check_args("bin", args, 1, 1)?;
    let b = int_arg(vm, args[0])?;
    Ok(vm.new_str(numfmt::int_to_prefixed(&b, 2)))
}

fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("format", kw)?;
    check_args("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => match as_str(s) {
            Some(s) => s.to_string(),
            None => {
                return Err(PyErr::type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(*s)
                )))
            }
        },
        None => String::new(),
    };
    let s = vm.format(args[0], &spec)?;
    Ok(vm.new_str(s))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("iter", kw)?;
    check_args("iter", args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(vm, args[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(
            IterKind::Callable {
                func: args[0],
                sentinel: args[1],
            },
            0,
        ));
    }
    vm.get_iter(args[0])
}

fn next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("next", kw)?;
    check_args("next", args, 1, 2)?;
    let it = args[0];
    let is_iter = match it {
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::Iter(_) | Payload::Generator(_) | Payload::File(_)
            ) || vm.lookup_in_mro(o.ty(), vm.names.__next__).is_some()
        }
        _ => false,
    };
    if !is_iter {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(it)
        )));
    }
    match vm.iter_next_raw(it) {
        Ok(v) => Ok(v),
        Err(e) => {
            if args.len() == 2 {
                let exc = vm.exc_object(e);
                if vm.is_instance_kind(Value::Obj(exc), ExcKind::StopIteration) {
                    return Ok(args[1]);
                }
                return Err(PyErr::exc(exc));
            }
            Err(e)
        }
    }
}

pub fn enumerate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("enumerate", kw, &["iterable", "start"])?;
    let iterable = args.first().copied().or_else(|| kwarg(kw, "iterable"));
    let iterable = match iterable {
        Some(v) => v,
        None => {
            return Err(PyErr::type_error(
                "enumerate() missing required argument 'iterable' (pos 1)",
            ))
        }
    };
    let start = match args.get(1).copied().or_else(|| kwarg(kw, "start")) {
        Some(s) => vm.to_index(s)?,
        None => 0,
    };
    let it = vm.get_iter(iterable)?;
    Ok(vm.new_iter(IterKind::Enumerate { it }, start))
}

pub fn zip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, a) in args.iter().enumerate() {
        match vm.get_iter(*a) {
            Ok(it) => its.push(it),
            Err(e) => {
                let _ = i;
                return Err(e);
            }
        }
    }
    Ok(vm.new_iter(IterKind::Zip { its, strict }, 0))
}

pub fn map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("map", kw)?;
    if args.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.get_iter(*a)?);
    }
    Ok(vm.new_iter(IterKind::Map { func: args[0], its }, 0))
}

pub fn filter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("filter", kw)?;
    check_args("filter", args, 2, 2)?;
    let it = vm.get_iter(args[1])?;
    Ok(vm.new_iter(IterKind::Filter { func: args[0], it }, 0))
}

pub fn reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("reversed", kw)?;
    check_args("reversed", args, 1, 1)?;
    let v = args[0];
    if let Value::Obj(o) = v {
        let ty = o.ty();
        if vm.type_is_user(ty) {
            if vm.lookup_in_mro(ty, vm.names.__reversed__).is_some() {
                return vm.call_method(v, vm.names.__reversed__, &[]);
            }
        }
        match &o.payload {
            Payload::Dict(_) | Payload::DictView { .. } => {
                let items = vm.collect_iterable(v)?;
                let l = vm.new_list(items.into_iter().rev().collect());
                return vm.get_iter(l);
            }
            Payload::Range { start, stop, step } => {
                let n = super::range_len(*start, *stop, *step);
                let last = start + (n - 1) * step;
                let ty = vm.types.range;
                let r = vm.alloc(
                    ty,
                    Payload::Range {
                        start: last,
                        stop: start - step,
                        step: -step,
                    },
                );
                return vm.get_iter(Value::Obj(r));
            }
            _ => {}
        }
        let has_seq = matches!(
            o.payload,
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        ) || (vm.lookup_in_mro(ty, vm.names.__getitem__).is_some()
            && vm.lookup_in_mro(ty, vm.names.__len__).is_some());
        if has_seq {
            let n = vm.len(v)? as i64;
            return Ok(vm.new_iter(IterKind::Reversed(v), n - 1));
        }
    }
    Err(PyErr::type_error(format!(
        "'{}' object is not reversible",
        vm.type_name(v)
    )))
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("sum", kw, &["start"])?;
    check_args("sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "start"))
        .unwrap_or(Value::Int(0));
    if let Some(s) = as_str(&acc) {
        let _ = s;
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = vm.get_iter(args[0])?;
    // The iterator and the running total are GC roots while a generator runs.
    let base = vm.tmp_roots.len();
    vm.tmp_roots.push(it);
    vm.tmp_roots.push(acc);
    let r = loop {
        match vm.iter_next_rooted(it) {
            Ok(Some(v)) => {
                let next =
                    match crate::vm::fastpath::fast_binop(crate::bytecode::BinOp::Add, acc, v) {
                        Some(r) => Ok(r),
                        None => vm.binary_op(acc, v, crate::bytecode::BinOp::Add),
                    };
                match next {
                    Ok(n) => {
                        acc = n;
                        vm.tmp_roots[base + 1] = acc;
                    }
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(acc),
            Err(e) => break Err(e),
        }
    };
    vm.tmp_roots.truncate(base);
    r
}

fn any(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("any", kw)?;
    check_args("any", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(v) = vm.iter_next_rooted(it)? {
            if vm.truthy(v)? {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    })();
    vm.tmp_roots.pop();
    r
}

fn all(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("all", kw)?;
    check_args("all", args, 1, 1)?;
    let it = vm.get_iter(args[0])?;
    vm.tmp_roots.push(it);
    let r = (|| {
        while let Some(v) = vm.iter_next_rooted(it)? {
            if !vm.truthy(v)? {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    })();
    vm.tmp_roots.pop();
    r
}

fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("round", kw, &["number", "ndigits"])?;
    let x = args
        .first()
        .copied()
        .or_else(|| kwarg(kw, "number"))
        .ok_or_else(|| PyErr::type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "ndigits"))
        .filter(|v| !v.is_none());
    match x {
        Value::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::overflow_error(
                        "cannot convert float infinity to integer",
                    ));
                }
                let r = f.round_ties_even();
                Ok(vm.new_int(super::float_to_bigint(r)))
            }
            Some(n) => {
                let n = vm.to_index(n)?;
                let r = numfmt::round_float(f, n).map_err(|e| PyErr::overflow_error(e.msg))?;
                Ok(Value::Float(r))
            }
        },
        Value::Int(_) | Value::Bool(_) => match nd {
            None => Ok(match x {
                Value::Bool(b) => Value::Int(b as i64),
                _ => x,
            }),
            Some(n) => {
                let n = vm.to_index(n)?;
                round_int(vm, to_bigint(x).unwrap(), n)
            }
        },
        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => match nd {
            None => Ok(x),
            Some(n) => {
                let n = vm.to_index(n)?;
                round_int(vm, to_bigint(x).unwrap(), n)
            }
        },
        _ => {
            let r = vm.names.__round__;
            if vm.lookup_in_mro(vm.type_of(x), r).is_some() {
                let extra: Vec<Value> = nd.into_iter().collect();
                return vm.call_method(x, r, &extra);
            }
            Err(PyErr::type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(x)
            )))
        }
    }
}

fn round_int(vm: &mut Vm, b: BigInt, n: i64) -> PyResult<Value> {
    if n >= 0 {
        return Ok(vm.new_int(b));
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-n) as u32);
    let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    Ok(vm.new_int(q * p))
}

fn divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("divmod", kw)?;
    check_args("divmod", args, 2, 2)?;
    // int/float subclasses without their own __divmod__/__rdivmod__ act as their value.
    let (dn, rn) = (vm.names.__divmod__, vm.names.__rdivmod__);
    let a = match vm.derived_override(args[0], dn) {
        None => Vm::unboxed(args[0]),
        Some(_) => args[0],
    };
    let b = match vm.derived_override(args[1], rn) {
        None => Vm::unboxed(args[1]),
        Some(_) => args[1],
    };
    let real = |v: Value| {
        matches!(v, Value::Float(_) | Value::Int(_) | Value::Bool(_))
            || matches!(v.payload(), Some(Payload::Int(_)))
    };
    if real(a) && real(b) {
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            let (x, y) = (to_float(vm, a)?, to_float(vm, b)?);
            if y == 0.0 {
                return Err(PyErr::zero_division("float divmod()"));
            }
            let (q, r) = crate::vm::ops::float_divmod(x, y);
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    let ta = vm.type_of(a);
    if vm.type_is_user(ta) || vm.type_is_user(vm.type_of(b)) {
        let n = vm.names.__divmod__;
        if vm.lookup_in_mro(ta, n).is_some() {
            return vm.call_method(a, n, &[b]);
        }
        let rn = vm.names.__rdivmod__;
        return vm.call_method(b, rn, &[a]);
    }
    let numeric = |v: Value| {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || matches!(v.payload(), Some(Payload::Int(_)))
    };
    if !numeric(a) || !numeric(b) {
        return Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(a),
            vm.type_name(b)
        )));
    }
    let q = vm.binary_op(a, b, crate::bytecode::BinOp::FloorDiv)?;
    let r = vm.binary_op(a, b, crate::bytecode::BinOp::Mod)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    check_kwargs("pow", kw, &["base", "exp", "mod"])?;
    if args.len() + kw.len() > 3 {
        return Err(PyErr::type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let base = args
        .first()
        .copied()
        .or_else(|| kwarg(kw, "base"))
        .ok_or_else(|| PyErr::type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kw, "exp"))
        .ok_or_else(|| PyErr::type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = args
        .get(2)
        .copied()
        .or_else(|| kwarg(kw, "mod"))
        .filter(|v| !v.is_none());
    let m = match m {
        None => return vm.binary_op(base, exp, crate::bytecode::BinOp::Pow),
        Some(m) => m,
    };
    let (b, e, md) = match (to_bigint(base), to_bigint(exp), to_bigint(m)) {
        (Some(b), Some(e), Some(md)) => (b, e, md),
        _ => {
            return Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ))
        }
    };
    if md.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        let inv = mod_inverse(&b, &md)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let mabs = md.abs();
    let mut r = b.modpow(&e, &mabs);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    } else if r.is_negative() {
        r += &mabs;
    }
    Ok(vm.new_int(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, &m), &m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, &m))
}

/// `isinstance(v, cls_or_tuple)`
pub fn isinstance_of(vm: &mut Vm, v: Value, cls: Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) => match &c.payload {
            Payload::Type(_) => {
                let meta = c.ty();
                if vm.type_is_user(meta) {
                    let ic = vm.names.__instancecheck__;
                    if let Some(f) = vm.lookup_in_mro(meta, ic) {
                        let r = vm.call(f, &[cls, v], &[])?;
                        return vm.truthy(r);
                    }
                }
                Ok(vm.isinstance_type(v, c))
            }
            Payload::Tuple(items) => {
                for it in items.to_vec() {
                    if isinstance_of(vm, v, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            // Any other object with `__instancecheck__` (unions, typing's aliases).
            _ => match vm.lookup_in_mro(c.ty(), vm.names.__instancecheck__) {
                Some(f) => {
                    let r = vm.call(f, &[cls, v], &[])?;
                    vm.truthy(r)
                }
                None => Err(PyErr::type_error(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                )),
            },
        },
        _ => Err(PyErr::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("isinstance", kw)?;
    check_args("isinstance", args, 2, 2)?;
    Ok(Value::Bool(isinstance_of(vm, args[0], args[1])?))
}

fn issubclass_of(vm: &mut Vm, c: Value, cls: Value) -> PyResult<bool> {
    let sub = match c {
        Value::Obj(o) if o.as_type().is_some() => o,
        _ => return Err(PyErr::type_error("issubclass() arg 1 must be a class")),
    };
    match cls {
        Value::Obj(t) => match &t.payload {
            Payload::Type(_) => {
                let meta = t.ty();
                if vm.type_is_user(meta) {
                    let sc = vm.names.__subclasscheck__;
                    if let Some(f) = vm.lookup_in_mro(meta, sc) {
                        let r = vm.call(f, &[cls, c], &[])?;
                        return vm.truthy(r);
                    }
                }
                Ok(vm.is_subtype(sub, t))
            }
            Payload::Tuple(items) => {
                for it in items.to_vec() {
                    if issubclass_of(vm, c, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => match vm.lookup_in_mro(t.ty(), vm.names.__subclasscheck__) {
                Some(f) => {
                    let r = vm.call(f, &[cls, c], &[])?;
                    vm.truthy(r)
                }
                None => Err(PyErr::type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                )),
            },
        },
        _ => Err(PyErr::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("issubclass", kw)?;
    check_args("issubclass", args, 2, 2)?;
    Ok(Value::Bool(issubclass_of(vm, args[0], args[1])?))
}

fn attr_name(vm: &mut Vm, v: Value, fname: &str) -> PyResult<ObjRef> {
    match as_str(&v) {
        Some(s) => Ok(vm.intern(s)),
        None => Err(PyErr::type_error(format!(
            "{fname}(): attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("getattr", kw)?;
    check_args("getattr", args, 2, 3)?;
    let name = match as_str(&args[1]) {
        Some(s) => vm.intern(s),
        None => {
            return Err(PyErr::type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(args[1])
            )))
        }
    };
    if args.len() == 3 {
        match vm.getattr(args[0], name) {
            Ok(v) => Ok(v),
            Err(e) => {
                let exc = vm.exc_object(e);
                if vm.is_instance_kind(Value::Obj(exc), ExcKind::AttributeError) {
                    Ok(args[2])
                } else {
                    Err(PyErr::exc(exc))
                }
            }
        }
    } else {
        vm.getattr(args[0], name)
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("setattr", kw)?;
    check_args("setattr", args, 3, 3)?;
    let name = match as_str(&args[1]) {
        Some(s) => vm.intern(s),
        None => {
            return Err(PyErr::type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(args[1])
            )))
        }
    };
    vm.setattr(args[0], name, args[2])?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hasattr", kw)?;
    check_args("hasattr", args, 2, 2)?;
    let name = match as_str(&args[1]) {
        Some(s) => vm.intern(s),
        None => {
            return Err(PyErr::type_error(format!(
                "hasattr(): attribute name must be string"
            )))
        }
    };
    match vm.getattr(args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) => {
            let exc = vm.exc_object(e);
            if vm.is_instance_kind(Value::Obj(exc), ExcKind::AttributeError) {
                Ok(Value::Bool(false))
            } else {
                Err(PyErr::exc(exc))
            }
        }
    }
}

fn delattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("delattr", kw)?;
    check_args("delattr", args, 2, 2)?;
    let name = attr_name(vm, args[1], "delattr")?;
    vm.delattr(args[0], name)?;
    Ok(Value::None)
}

fn vars(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("vars", kw)?;
    check_args("vars", args, 0, 1)?;
    if args.is_empty() {
        return super::exec::locals(vm, args, kw);
    }
    let d = vm.names.__dict__;
    match vm.getattr(args[0], d) {
        Ok(v) => Ok(v),
        Err(_) => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
}

fn dir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dir", kw)?;
    check_args("dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    if args.is_empty() {
        let l = super::exec::current_locals(vm)?;
        for k in l.as_dict().unwrap().get().keys() {
            if let Some(s) = as_str(&k) {
                names.push(s.to_string());
            }
        }
    } else {
        let v = args[0];
        let ty = vm.type_of(v);
        if let Some(Payload::Module { dict, .. }) = v.payload() {
            // A module's namespace, or its own __dir__ (PEP 562).
            let dict = *dict;
            let dn = vm.names.__dir__;
            let mut items = match vm.dict_get_str(dict, dn)? {
                Some(f) => {
                    let r = vm.call(f, &[], &[])?;
                    vm.collect_iterable(r)?
                }
                None => dict.as_dict().unwrap().get().keys().collect(),
            };
            super::sorting::sort_values(vm, &mut items, None, false)?;
            return Ok(vm.new_list(items));
        }
        if vm.type_is_user(ty) {
            let dn = vm.names.__dir__;
            if vm
                .lookup_in_mro(ty, dn)
                .map(crate::vm::attr::is_plain_function)
                .unwrap_or(false)
                && !matches!(v, Value::Obj(o) if o.as_type().is_some())
            {
                let r = vm.call_method(v, dn, &[])?;
                let mut items = vm.collect_iterable(r)?;
                super::sorting::sort_values(vm, &mut items, None, false)?;
                return Ok(vm.new_list(items));
            }
        }
        let mut dicts = Vec::new();
        if let Some(d) = vm.instance_dict(v) {
            dicts.push(d);
        }
        let classes: Vec<ObjRef> = match v {
            Value::Obj(o) if o.as_type().is_some() => o.as_type().unwrap().mro.get().clone(),
            _ => ty
                .as_type()
                .map(|t| t.mro.get().clone())
                .unwrap_or_default(),
        };
        for c in classes {
            dicts.push(c.as_type().unwrap().dict);
        }
        for d in dicts {
            for k in d.as_dict().unwrap().get().keys() {
                if let Some(s) = as_str(&k) {
                    names.push(s.to_string());
                }
            }
        }
        if !matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Module { .. })) {
            for extra in ["__class__", "__doc__", "__module__"] {
                if vm.type_is_user(ty) || matches!(v, Value::Obj(o) if o.as_type().is_some()) {
                    names.push(extra.to_string());
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let vals: Vec<Value> = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

/// `int(x)` conversion of a float (truncating), with CPython's errors.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(vm.new_int(super::float_to_bigint(t)))
}

/// Convert a number to f64 (`float(x)` for numeric x).
pub fn to_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => {
                let f = b.to_f64().unwrap_or(f64::INFINITY);
                if f.is_infinite() {
                    return Err(PyErr::overflow_error("int too large to convert to float"));
                }
                Ok(f)
            }
            _ => {
                let ty = o.ty();
                let ff = vm.names.__float__;
                if vm.lookup_in_mro(ty, ff).is_some() {
                    let r = vm.call_method(v, ff, &[])?;
                    return match r {
                        Value::Float(f) => Ok(f),
                        _ => Err(PyErr::type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            vm.type_name(v),
                            vm.type_name(r)
                        ))),
                    };
                }
                let ix = vm.names.__index__;
                if vm.lookup_in_mro(ty, ix).is_some() {
                    let r = vm.call_method(v, ix, &[])?;
                    return to_float(vm, r);
                }
                Err(PyErr::type_error(format!(
                    "must be real number, not {}",
                    vm.type_name(v)
                )))
            }
        },
        _ => Err(PyErr::type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}
