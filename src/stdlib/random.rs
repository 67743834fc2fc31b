//! `_random`: the Mersenne Twister core of the `random` module (the rest of it,
//! the distributions and sequence functions, is Python: `modules/random.py`).
//!
//! `_random.Random` holds an MT19937 state and produces exactly CPython's stream:
//! `seed(n)` feeds the 32-bit words of `abs(n)` (least significant first) to the
//! reference `init_by_array`; str and bytes seeds become ints through SHA-512 as
//! in CPython's `random.seed`, other hashable seeds through `hash()`; `random()` builds
//! a 53-bit float from two outputs, and `getrandbits(k)` concatenates outputs
//! least significant word first. `getstate()` is the 624 words plus the position,
//! as CPython's tuple of 625 ints.

use std::cell::Cell;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::builtins::check_args;
use crate::objects::{Mut, ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// An MT19937 generator.
pub struct MtState {
    /// The state words.
    pub mt: Mut<Box<[u32; N]>>,
    /// Position of the next word to temper (N: regenerate first).
    pub index: Cell<usize>,
}

impl Clone for MtState {
    fn clone(&self) -> Self {
        MtState {
            mt: Mut::new(self.mt.get().clone()),
            index: self.index.clone(),
        }
    }
}

impl MtState {
    /// A generator seeded with 0 (callers seed it properly right away).
    pub fn new() -> MtState {
        let s = MtState {
            mt: Mut::new(Box::new([0; N])),
            index: Cell::new(N + 1),
        };
        s.init_by_array(&[0]);
        s
    }

    fn init_genrand(&self, seed: u32) {
        let mt = self.mt.get();
        mt[0] = seed;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index.set(N);
    }

    /// The reference `init_by_array` of mt19937ar.c.
    pub fn init_by_array(&self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = self.mt.get();
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    /// The next 32-bit output.
    pub fn next_u32(&self) -> u32 {
        let mt = self.mt.get();
        if self.index.get() >= N {
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for k in 0..N - M {
                let y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
                mt[k] = mt[k + M] ^ (y >> 1) ^ mag(y);
            }
            for k in N - M..N - 1 {
                let y = (mt[k] & UPPER_MASK) | (mt[k + 1] & LOWER_MASK);
                mt[k] = mt[k + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index.set(0);
        }
        let mut y = mt[self.index.get()];
        self.index.set(self.index.get() + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    pub fn random(&self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Seed from a non-negative integer.
    pub fn seed_bigint(&self, n: &BigInt) {
        let (_, mut words) = n.abs().to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        self.init_by_array(&words);
    }
}

impl Default for MtState {
    fn default() -> Self {
        MtState::new()
    }
}

fn this(vm: &Vm, v: Value) -> PyResult<&'static MtState> {
    match v {
        Value::Obj(o) => crate::objects::object::extend_random(o),
        _ => None,
    }
    .ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a '_random.Random' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// `_random.Random(seed=None)`: a new generator, seeded.
pub fn construct(vm: &mut Vm, cls: ObjRef, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "Random() expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let r = Value::Obj(vm.alloc(cls, Payload::Random(Box::new(MtState::new()))));
    seed_with(
        vm,
        this(vm, r)?,
        args.first().copied().unwrap_or(Value::None),
    )?;
    Ok(r)
}

/// `seed(x)`: None from OS entropy, ints by their absolute value, str, bytes and
/// bytearray as `int.from_bytes(b + sha512(b).digest(), 'big')` (CPython's
/// version 2 seeding, str encoded as UTF-8), anything else by its hash.
fn seed_with(vm: &mut Vm, s: &MtState, x: Value) -> PyResult<()> {
    if x.is_none() {
        s.init_by_array(&entropy());
        return Ok(());
    }
    let x = Vm::unboxed(x);
    let bytes = match x.payload() {
        Some(Payload::Str(t)) => Some(t.as_str().as_bytes().to_vec()),
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.get().clone()),
        _ => None,
    };
    if let Some(mut b) = bytes {
        use sha2::Digest;
        let digest = sha2::Sha512::digest(&b);
        b.extend_from_slice(&digest);
        s.seed_bigint(&BigInt::from_bytes_be(Sign::Plus, &b));
        return Ok(());
    }
    let n = match crate::vm::dictops::to_bigint(x) {
        Some(n) => n,
        None => BigInt::from(vm.hash(x)?),
    };
    s.seed_bigint(&n);
    Ok(())
}

/// Seed words from the OS (falling back to the clock).
fn entropy() -> Vec<u32> {
    use std::io::Read;
    let mut buf = [0u8; 32];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if !ok {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        buf[..16].copy_from_slice(&t.to_le_bytes());
    }
    buf.chunks_exact(4)
        .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
        .collect()
}

fn seed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("seed", &args[1..], 0, 1)?;
    let s = this(vm, args[0])?;
    seed_with(vm, s, args.get(1).copied().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("random", &args[1..], 0, 0)?;
    Ok(Value::Float(this(vm, args[0])?.random()))
}

fn getrandbits(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("getrandbits", &args[1..], 1, 1)?;
    let s = this(vm, args[0])?;
    let k = vm.to_index(args[1])?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        return Ok(Value::Int((s.next_u32() >> (32 - k)) as i64));
    }
    if k > 1 << 40 {
        return Err(PyErr::memory_error(""));
    }
    let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
    let mut left = k;
    while left > 0 {
        let mut r = s.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left -= 32;
    }
    let n = BigInt::from_slice(Sign::Plus, &words);
    Ok(match n.to_i64() {
        Some(i) => Value::Int(i),
        None => vm.new_int(n),
    })
}

fn getstate(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("getstate", &args[1..], 0, 0)?;
    let s = this(vm, args[0])?;
    let mut items: Vec<Value> = s.mt.get().iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(s.index.get() as i64));
    Ok(vm.new_tuple(items))
}

fn setstate(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("setstate", &args[1..], 1, 1)?;
    let s = this(vm, args[0])?;
    let Some(items) = args[1].tuple().map(|t| t.to_vec()) else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(&items) {
        let n = crate::vm::dictops::to_bigint(Vm::unboxed(*v)).ok_or_else(|| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(*v)
            ))
        })?;
        // C's PyLong_AsUnsignedLong then a cast to 32 bits.
        if n.is_negative() || n.bits() > 64 {
            return Err(PyErr::overflow_error(
                "Python int too large to convert to C unsigned long",
            ));
        }
        *w = (n.to_u64().unwrap_or(0) & 0xffff_ffff) as u32;
    }
    let index = vm.to_index(items[N])?;
    if index < 0 || index > N as i64 {
        return Err(PyErr::value_error("invalid state"));
    }
    **s.mt.get() = words;
    s.index.set(index as usize);
    Ok(Value::None)
}

/// Register the methods of `_random.Random`.
pub fn install(vm: &mut Vm) {
    let t = vm.types.random;
    let methods: &[(&'static str, crate::objects::NativeFn)] = &[
        ("seed", seed),
        ("random", random),
        ("getrandbits", getrandbits),
        ("getstate", getstate),
        ("setstate", setstate),
    ];
    for (n, f) in methods {
        vm.add_method(t, n, *f);
    }
}

/// Create the `_random` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_random");
    let d = vm.instance_dict(m).unwrap();
    let k = vm.intern("Random");
    let ty = vm.types.random;
    let _ = vm.dict_set_str(d, k, Value::Obj(ty));
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_outputs_of_init_by_array() {
        // mt19937ar.c's test vector: init_by_array({0x123, 0x234, 0x345, 0x456}).
        let s = MtState::new();
        s.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| s.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    #[test]
    fn seeded_floats_match_cpython() {
        // random.seed(42); random.random() in CPython.
        let s = MtState::new();
        s.seed_bigint(&BigInt::from(42));
        assert_eq!(s.random(), 0.6394267984578837);
    }
}
