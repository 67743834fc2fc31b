//! Formatting glue: `format()`, f-string fields, `str.format`, and `%` formatting,
//! built on `objects::numfmt` (the number/str algorithms) and the VM's protocols.

use super::{PyErr, PyResult, Vm};
use crate::objects::numfmt::{self, ErrKind, FmtError, PctNum, PctPiece, PctValue};
use crate::objects::{Payload, Value};

fn fmt_err(e: FmtError) -> PyErr {
    match e.kind {
        ErrKind::Value => PyErr::value_error(e.msg),
        ErrKind::Type => PyErr::type_error(e.msg),
        ErrKind::Overflow => PyErr::overflow_error(e.msg),
    }
}

impl Vm {
    /// FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format spec.
    pub fn format_value(&mut self, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
        let v = match conv {
            1 => {
                let s = self.str(v)?;
                self.new_str(s)
            }
            2 => {
                let s = self.repr(v)?;
                self.new_str(s)
            }
            3 => {
                let s = self.repr(v)?;
                self.new_str(crate::builtins::ascii_escape(&s))
            }
            _ => v,
        };
        let spec_s = match spec {
            Some(s) => s
                .as_obj()
                .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
                .unwrap_or_default(),
            None => String::new(),
        };
        if spec_s.is_empty() {
            if let Value::Obj(o) = v {
                if o.as_str().is_some() && !self.type_is_user(o.ty()) {
                    return Ok(v);
                }
            }
        }
        let s = self.format(v, &spec_s)?;
        Ok(self.new_str(s))
    }

    /// `format(v, spec)`
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        // Widths and precisions beyond what can be allocated are a MemoryError.
        if spec.chars().filter(|c| c.is_ascii_digit()).count() > 9 {
            let digits: String = spec
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(|c| c.is_ascii_digit())
                .collect();
            if digits.len() > 9 {
                return Err(PyErr::memory_error(""));
            }
        }
        let ty = self.type_of(v);
        if self.type_is_user(ty) {
            if let Some(f) = self.dispatch_dunder(ty, self.names.__format__) {
                let specv = self.new_str(spec);
                let r = if crate::vm::attr::is_plain_function(f) {
                    self.call(f, &[v, specv], &[])?
                } else {
                    let b = self.bind_descriptor(f, v, ty)?;
                    self.call(b, &[specv], &[])?
                };
                return match r
                    .as_obj()
                    .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
                {
                    Some(s) => Ok(s),
                    None => Err(PyErr::type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(r)
                    ))),
                };
            }
            if spec.is_empty() {
                return self.str(v);
            }
            if !self.type_is_derived(ty) {
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )));
            }
        }
        // A class derived from a built-in formats as its base does.
        match Vm::unboxed(v) {
            Value::Int(i) => {
                numfmt::py_format_int(&num_bigint::BigInt::from(i), spec, "int").map_err(fmt_err)
            }
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if b { "True".into() } else { "False".into() });
                }
                numfmt::py_format_int(&num_bigint::BigInt::from(b as i64), spec, "bool")
                    .map_err(fmt_err)
            }
            Value::Float(f) => numfmt::py_format_float(f, spec, "float").map_err(fmt_err),
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => numfmt::py_format_int(b, spec, "int").map_err(fmt_err),
                Payload::Str(s) => numfmt::py_format_str(s.as_str(), spec, "str").map_err(fmt_err),
                Payload::Complex(r, i) => numfmt::py_format_complex(*r, *i, spec).map_err(fmt_err),
                _ => {
                    if spec.is_empty() {
                        self.str(v)
                    } else {
                        Err(PyErr::type_error(format!(
                            "unsupported format string passed to {}.__format__",
                            self.type_name(v)
                        )))
                    }
                }
            },
            _ => {
                if spec.is_empty() {
                    self.str(v)
                } else {
                    Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )))
                }
            }
        }
    }

    /// `fmt % args`
    pub fn percent_format(&mut self, fmt: &str, args: Value) -> PyResult<Value> {
        let pieces = numfmt::parse_percent(fmt).map_err(fmt_err)?;
        // PyMapping_Check: anything subscriptable except tuples and strings.
        let is_mapping = matches!(args, Value::Obj(o) if matches!(o.payload, Payload::Dict(_) | Payload::List(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Range { .. })
            || (self.type_is_user(o.ty()) && self.lookup_in_mro(o.ty(), self.names.__getitem__).is_some() && !matches!(o.payload, Payload::Tuple(_) | Payload::Str(_))));
        let items: Vec<Value> = match args {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(t) => t.to_vec(),
                _ => vec![args],
            },
            _ => vec![args],
        };
        let mut idx = 0;
        let mut out = String::new();
        let mut used_mapping = false;
        for piece in &pieces {
            let spec = match piece {
                PctPiece::Literal(s) => {
                    out.push_str(s);
                    continue;
                }
                PctPiece::Spec(s) => s,
            };
            let next_arg = |_vm: &mut Vm, idx: &mut usize| -> PyResult<Value> {
                if *idx < items.len() {
                    *idx += 1;
                    Ok(items[*idx - 1])
                } else {
                    Err(PyErr::type_error("not enough arguments for format string"))
                }
            };
            let width = match spec.width {
                PctNum::Star => {
                    let w = next_arg(self, &mut idx)?;
                    Some(self.to_index(w)?)
                }
                PctNum::Num(n) => Some(n as i64),
                PctNum::None => None,
            };
            let precision = match spec.precision {
                PctNum::Star => {
                    let p = next_arg(self, &mut idx)?;
                    Some(self.to_index(p)?.max(0) as usize)
                }
                PctNum::Num(n) => Some(n),
                PctNum::None => None,
            };
            let mut spec = numfmt::PctSpec {
                key: spec.key.clone(),
                flags: spec.flags,
                width: spec.width,
                precision: spec.precision,
                conv: spec.conv,
            };
            if width.map(|w| w.unsigned_abs() > 1 << 30).unwrap_or(false)
                || precision.map(|p| p > 1 << 30).unwrap_or(false)
            {
                return Err(PyErr::memory_error(""));
            }
            let width = match width {
                Some(w) if w < 0 => {
                    spec.flags.left = true;
                    Some((-w) as usize)
                }
                Some(w) => Some(w as usize),
                None => None,
            };
            let v = match &spec.key {
                Some(k) => {
                    if !is_mapping {
                        return Err(PyErr::type_error("format requires a mapping"));
                    }
                    used_mapping = true;
                    let kv = self.new_str(k.as_str());
                    self.getitem(args, kv)?
                }
                None => {
                    if is_mapping
                        && pieces
                            .iter()
                            .filter(|p| matches!(p, PctPiece::Spec(_)))
                            .count()
                            == 1
                        && idx == 0
                    {
                        idx += 1;
                        args
                    } else {
                        next_arg(self, &mut idx)?
                    }
                }
            };
            // Numeric conversions see an int or float subclass instance's value.
            let v = if matches!(spec.conv, 's' | 'r' | 'a') {
                v
            } else {
                Vm::unboxed(v)
            };
            let text = match spec.conv {
                's' => {
                    let s = self.str(v)?;
                    numfmt::apply_percent(&spec, width, precision, PctValue::Str(&s))
                }
                'r' | 'a' => {
                    let mut s = self.repr(v)?;
                    if spec.conv == 'a' {
                        s = crate::builtins::ascii_escape(&s);
                    }
                    numfmt::apply_percent(&spec, width, precision, PctValue::Str(&s))
                }
                'c' => {
                    // An int (bool and big ints too) is a code point; else a 1-char str.
                    let code_point = match v {
                        Value::Int(i) => Some(Some(i)),
                        Value::Bool(b) => Some(Some(b as i64)),
                        Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => Some(None),
                        _ => None,
                    };
                    let s = match code_point {
                        Some(i) => match i.filter(|i| (0..0x11_0000).contains(i)) {
                            // Lone surrogates become U+FFFD, as everywhere in str.
                            Some(i) => char::from_u32(i as u32).unwrap_or('\u{FFFD}').to_string(),
                            None => {
                                return Err(PyErr::overflow_error("%c arg not in range(0x110000)"))
                            }
                        },
                        None => match v
                            .as_obj()
                            .and_then(|o| o.as_str().map(|s| s.as_str().to_string()))
                        {
                            Some(s) if s.chars().count() == 1 => s,
                            _ => return Err(PyErr::type_error("%c requires int or char")),
                        },
                    };
                    numfmt::apply_percent(&spec, width, precision, PctValue::Str(&s))
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X'
                    if matches!(v, Value::Int(_) | Value::Bool(_)) =>
                {
                    let i = match v {
                        Value::Bool(b) => b as i64,
                        Value::Int(i) => i,
                        _ => 0,
                    };
                    numfmt::apply_percent(&spec, width, precision, PctValue::SmallInt(i))
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    let b = match v {
                        Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                            if !f.is_finite() {
                                return Err(PyErr::overflow_error(
                                    "cannot convert float infinity to integer",
                                ));
                            }
                            crate::builtins::float_to_bigint(f.trunc())
                        }
                        _ => match crate::vm::dictops::to_bigint(v) {
                            Some(b) => b,
                            None => {
                                let msg = if matches!(spec.conv, 'o' | 'x' | 'X') {
                                    format!(
                                        "%{} format: an integer is required, not {}",
                                        spec.conv,
                                        self.type_name(v)
                                    )
                                } else {
                                    format!(
                                        "%{} format: a real number is required, not {}",
                                        spec.conv,
                                        self.type_name(v)
                                    )
                                };
                                return Err(PyErr::type_error(msg));
                            }
                        },
                    };
                    numfmt::apply_percent(&spec, width, precision, PctValue::Int(&b))
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match v {
                        Value::Float(f) => f,
                        Value::Int(i) => i as f64,
                        Value::Bool(b) => b as i64 as f64,
                        _ => match crate::vm::dictops::to_bigint(v) {
                            Some(b) => crate::vm::dictops::bigint_to_f64(&b),
                            None => {
                                return Err(PyErr::type_error(format!(
                                    "must be real number, not {}",
                                    self.type_name(v)
                                )))
                            }
                        },
                    };
                    numfmt::apply_percent(&spec, width, precision, PctValue::Float(f))
                }
                _ => numfmt::apply_percent(&spec, width, precision, PctValue::Str("")),
            };
            out.push_str(&text.map_err(fmt_err)?);
        }
        if idx < items.len() && !used_mapping && !(is_mapping && idx <= 1) {
            return Err(PyErr::type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(self.new_str(out))
    }
}
