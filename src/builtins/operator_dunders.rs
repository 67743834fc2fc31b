//! The operator special methods of the built-in containers and of complex
//! (`list.__add__`, `set.__or__`, `tuple.__lt__`, `complex.__mul__` ...), for
//! programs that call or look them up explicitly. The operators themselves
//! never go through these (the VM handles built-in operands directly); each
//! one runs the built-in operation alone (`Vm::builtin_binop`,
//! `Vm::builtin_compare`), never a subclass's override, so a subclass's
//! `super().__add__(other)` cannot come back to itself, and returns
//! NotImplemented for operands the type does not support, as CPython's do.

use super::check_args;
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

fn binop(vm: &mut Vm, args: &[Value], name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    check_args(name, &args[1..], 1, 1)?;
    let (a, b) = if reflected {
        (args[1], args[0])
    } else {
        (args[0], args[1])
    };
    Ok(vm
        .builtin_binop(a, b, op)?
        .unwrap_or(Value::Obj(vm.not_implemented)))
}

fn compare(vm: &mut Vm, args: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    check_args(name, &args[1..], 1, 1)?;
    Ok(match vm.builtin_compare(args[0], args[1], op)? {
        Some(r) => Value::Bool(r),
        None => Value::Obj(vm.not_implemented),
    })
}

macro_rules! binops {
    ($( $name:ident => $op:ident, $reflected:expr; )*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
                binop(vm, args, stringify!($name), BinOp::$op, $reflected)
            }
        )*
    };
}

binops! {
    __add__ => Add, false; __radd__ => Add, true;
    __sub__ => Sub, false; __rsub__ => Sub, true;
    __mul__ => Mul, false; __rmul__ => Mul, true;
    __truediv__ => TrueDiv, false; __rtruediv__ => TrueDiv, true;
    __pow__ => Pow, false; __rpow__ => Pow, true;
    __mod__ => Mod, false; __rmod__ => Mod, true;
    __and__ => And, false; __rand__ => And, true;
    __or__ => Or, false; __ror__ => Or, true;
    __xor__ => Xor, false; __rxor__ => Xor, true;
}

macro_rules! compares {
    ($( $name:ident => $op:ident; )*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
                compare(vm, args, stringify!($name), CmpOp::$op)
            }
        )*
    };
}

compares! {
    __lt__ => Lt; __le__ => Le; __gt__ => Gt; __ge__ => Ge;
}

/// `seq * n` / `n * seq` for a sequence: `n` must be an index, as CPython
/// says.
fn repeat(vm: &mut Vm, args: &[Value], name: &str, reflected: bool) -> PyResult<Value> {
    check_args(name, &args[1..], 1, 1)?;
    let n = vm.to_index(args[1])?;
    let (a, b) = if reflected {
        (Value::Int(n), args[0])
    } else {
        (args[0], Value::Int(n))
    };
    Ok(vm
        .builtin_binop(a, b, BinOp::Mul)?
        .unwrap_or(Value::Obj(vm.not_implemented)))
}

fn seq_mul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    repeat(vm, args, "__mul__", false)
}

fn seq_rmul(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    repeat(vm, args, "__rmul__", true)
}

/// `complex.__complex__`: the value as a plain complex.
fn complex_complex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("__complex__", &args[1..], 0, 0)?;
    let ty = vm.types.complex;
    vm.call(Value::Obj(ty), &args[..1], &[])
}

/// Register the methods each type lacks (existing ones are kept).
pub fn install(vm: &mut Vm) {
    type Entry = (&'static str, crate::objects::NativeFn);
    let ordering: &[Entry] = &[
        ("__lt__", __lt__),
        ("__le__", __le__),
        ("__gt__", __gt__),
        ("__ge__", __ge__),
    ];
    let sequence: &[Entry] = &[
        ("__add__", __add__),
        ("__mul__", seq_mul),
        ("__rmul__", seq_rmul),
    ];
    let set_ops: &[Entry] = &[
        ("__and__", __and__),
        ("__rand__", __rand__),
        ("__or__", __or__),
        ("__ror__", __ror__),
        ("__sub__", __sub__),
        ("__rsub__", __rsub__),
        ("__xor__", __xor__),
        ("__rxor__", __rxor__),
    ];
    let complex_ops: &[Entry] = &[
        ("__add__", __add__),
        ("__radd__", __radd__),
        ("__sub__", __sub__),
        ("__rsub__", __rsub__),
        ("__mul__", __mul__),
        ("__rmul__", __rmul__),
        ("__truediv__", __truediv__),
        ("__rtruediv__", __rtruediv__),
        ("__pow__", __pow__),
        ("__rpow__", __rpow__),
        ("__complex__", complex_complex),
    ];
    let t = &vm.types;
    let groups: Vec<(ObjRef, &[Entry])> = vec![
        (t.list, sequence),
        (t.tuple, sequence),
        (t.str, sequence),
        (t.bytes, sequence),
        (t.bytearray, sequence),
        (t.str, &[("__rmod__", __rmod__)]),
        (t.bytes, &[("__mod__", __mod__), ("__rmod__", __rmod__)]),
        (t.bytearray, &[("__mod__", __mod__), ("__rmod__", __rmod__)]),
        (t.list, ordering),
        (t.tuple, ordering),
        (t.str, ordering),
        (t.bytes, ordering),
        (t.bytearray, ordering),
        (t.set, ordering),
        (t.frozenset, ordering),
        (t.set, set_ops),
        (t.frozenset, set_ops),
        (t.dict, &[("__or__", __or__), ("__ror__", __ror__)]),
        (t.complex, complex_ops),
    ];
    for (ty, entries) in groups {
        for &(name, f) in entries {
            let Some(tt) = ty.as_type() else { continue };
            let k = vm.intern(name);
            if vm.dict_get_str_pure(tt.dict, k).is_none() {
                vm.add_method(ty, name, f);
            }
        }
    }
}
