//! CPython-compatible hashing and the hash tables behind `dict`, `set` and `frozenset`.
//!
//! # Hash functions
//! [`hash_i64`], [`hash_bigint`], [`hash_f64`], [`hash_complex`], [`hash_tuple`],
//! [`hash_frozenset`] and [`hash_pointer`] return exactly what CPython 3.11 returns on a
//! 64-bit build (numeric hashes are reductions modulo `2**61 - 1`, so `hash(1) == hash(1.0)
//! == hash(1+0j)`; a NaN hashes by the identity of its object, as in 3.10+). [`hash_bytes`]
//! and [`hash_str`] are our own fast multiply-rotate hash with a fixed seed (CPython's are
//! randomized per process, so no program can depend on their values); like CPython they
//! return 0 for empty input and `hash_str(s) == hash_bytes(s.as_bytes())`.
//! No hash function here ever returns -1 (CPython reserves it as the error value); the
//! tables rely on that: **callers must never pass -1 as a hash**.
//!
//! # `SetTable`
//! A slot-for-slot reimplementation of CPython 3.11's `Objects/setobject.c` table, so that
//! iteration order (which is slot order) and `pop()` order match CPython for the same
//! sequence of operations on the same hashes:
//! - minimum size 8; probe: `i = hash & mask`, then up to `LINEAR_PROBES` (9) neighbouring
//!   slots when they fit before the end of the table, then `perturb >>= 5;
//!   i = (i*5 + 1 + perturb) & mask`;
//! - an add reuses the last dummy (deleted slot) seen on its probe path, else takes the
//!   empty slot that ended the search and bumps `fill`; only the latter may resize, when
//!   `fill*5 >= mask*3`, to the smallest power of two `> used*4` (`used*2` above 50000 used);
//! - a resize reinserts the live entries in old slot order (a table of 8 without dummies is
//!   left alone), `discard` leaves a dummy and never shrinks, `clear` returns to 8 slots,
//!   `pop` scans from the finger (kept across `clear` and resizes, as in CPython);
//! - [`SetTable::merge_begin`] is `set_merge`'s presize (`(fill+n)*5 >= mask*3` -> resize to
//!   `(used+n)*2`) and its two empty-target fast paths (slot-for-slot copy when sizes match
//!   and the source has no dummies, else clean reinsertion in source slot order); `copy`,
//!   `set(a_set)`, `|`, `update`, `^` build through it. `&`, `-`, `^`, `-=`, `^=` follow
//!   `set_intersection`, `set_difference` (incl. the `len(a)>>2 > len(b)` copy-then-discard
//!   path and the "more than 1/4 dummies" resize of `set_difference_update_internal`) and
//!   `set_symmetric_difference[_update]`. See the methods for the exact recipes.
//!
//! Not reproduced: the order in which a user `__eq__` is called when one slot is visited
//! twice on a probe path (candidates are de-duplicated), and anything the caller must
//! do itself: a set display of >= 3 constants is compiled by CPython to `BUILD_SET 0;
//! LOAD_CONST frozenset(...); SET_UPDATE`, i.e. a frozenset built by `add`s in source order
//! and then `merge_begin`d into an empty set (constants read back from `.pyc` files were
//! not checked); `&=` is `&` followed by [`SetTable::replace_body`] (keeps the finger);
//! `a.update(a)` is a no-op and `a ^= a`, `a -= a` clear.
//! Checked against python3 3.11.7 by unit tests and by 700 random add/discard/pop/clear/
//! copy/`|`/`&`/`-`/`^`/`|=`/`-=`/`^=`/`set(dict)` sequences compared slot by slot.
//!
//! # `DictTable`
//! A compact dict: an entries vector (`Option<(hash, key, value)>`, `None` = deleted) in
//! insertion order plus an open-addressing index table of `u32` entry numbers (CPython's
//! probe, `perturb >>= 5; i = i*5 + perturb + 1`). Only the order is CPython's: iteration is
//! insertion order, re-inserting a deleted key appends, `pop_last` is LIFO, and a resize
//! (when the entries vector or the non-empty index slots reach 2/3 of the index size)
//! compacts deleted entries away and sizes the index to `>= used*3`, as CPython does.
//!
//! # Handles and borrowing
//! Lookups return a *handle* (set: slot number; dict: entry number). Handles stay valid
//! until the next change of [`SetTable::version`] / [`DictTable::version`], which is bumped
//! by every structural mutation (insert, remove, pop, clear, resize; not `set_value`).
//! For keys whose equality is decided without running Python code use `find(hash, eq)`.
//! For keys with a user `__eq__`, take `candidates(hash)` (entries with exactly that hash,
//! in probe order, copied out), release the table, call `__eq__` on each, and re-check the
//! chosen handle with `key_at` (or restart if `version()` changed, as CPython restarts its
//! lookup when a comparison mutated the table); if none matched, `insert_new` places the key
//! exactly where CPython's combined lookup-and-insert would have. `next_from(pos)` iterates
//! without holding a borrow between steps.

use num_bigint::{BigInt, Sign};
use smallvec::SmallVec;

// Hash functions --------------------

/// Number of bits of the numeric hash modulus.
pub const HASH_BITS: u32 = 61;
/// `2**61 - 1`, the prime modulus of numeric hashes.
pub const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;
/// Multiplier of the imaginary part in complex hashes.
pub const HASH_IMAG: u64 = 1_000_003;

#[inline]
fn not_minus_one(h: i64) -> i64 {
    h - (h == -1) as i64
}

/// `hash(int)` for a machine integer.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    if (0..HASH_MODULUS as i64).contains(&v) {
        return v;
    }
    let m = (v.unsigned_abs() % HASH_MODULUS) as i64;
    not_minus_one(if v < 0 { -m } else { m })
}

/// `hash(int)` for a big integer (equals [`hash_i64`] on values that fit).
pub fn hash_bigint(v: &BigInt) -> i64 {
    let mut acc: u64 = 0;
    for d in v.magnitude().iter_u64_digits().rev() {
        acc = ((((acc as u128) << 64) | d as u128) % HASH_MODULUS as u128) as u64;
    }
    let m = acc as i64;
    not_minus_one(if v.sign() == Sign::Minus { -m } else { m })
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits (identity hashes of
/// `object`, and of NaN floats).
pub fn hash_pointer(addr: usize) -> i64 {
    not_minus_one((addr as u64).rotate_right(4) as i64)
}

/// `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (finite `v`; `(0, 0)` for zero).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits((1023u64 + 54) << 52));
        return (m, e - 54);
    }
    (
        f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)),
        exp - 1022,
    )
}

/// `hash(float)`. `nan_identity` is the address (or any stable identity) of the float
/// object; it is only used when `v` is a NaN.
pub fn hash_f64(v: f64, nan_identity: usize) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { HASH_INF } else { -HASH_INF };
        }
        return hash_pointer(nan_identity);
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    // Consume the mantissa 28 bits at a time, reducing modulo 2**61 - 1.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    // Multiply by 2**e: a rotation, since 2**61 == 1 (mod 2**61 - 1).
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    not_minus_one((x as i64).wrapping_mul(sign))
}

/// `hash(complex(re, im))`; `nan_identity` as for [`hash_f64`] (the complex object's).
pub fn hash_complex(re: f64, im: f64, nan_identity: usize) -> i64 {
    let hr = hash_f64(re, nan_identity) as u64;
    let hi = hash_f64(im, nan_identity) as u64;
    not_minus_one(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(tuple)` from the hashes of its items (3.8+'s xxHash-based combiner).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut acc = XXPRIME_5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `hash(frozenset)` from the hashes of its (distinct) elements, in any order.
pub fn hash_frozenset(element_hashes: impl IntoIterator<Item = i64>) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut hash = 0u64;
    let mut n = 0u64;
    for h in element_hashes {
        hash ^= shuffle(h as u64);
        n += 1;
    }
    hash ^= (n + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    hash as i64
}

/// Hash of a byte string (not CPython's values; deterministic, fast; `b""` -> 0).
pub fn hash_bytes(data: &[u8]) -> i64 {
    const K1: u64 = 0x9E37_79B9_7F4A_7C15;
    const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
    if data.is_empty() {
        return 0;
    }
    let mut h = 0x2545_F491_4F6C_DD1Du64 ^ (data.len() as u64).wrapping_mul(K2);
    for c in data.chunks(8) {
        // the last word is zero-padded; the length in the seed keeps that unambiguous
        let mut w = [0u8; 8];
        w[..c.len()].copy_from_slice(c);
        h = (h ^ u64::from_le_bytes(w))
            .wrapping_mul(K1)
            .rotate_left(29)
            .wrapping_mul(K2);
    }
    // splitmix64 finalizer: full avalanche so the low bits (the table index) are good.
    h ^= h >> 30;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
    h ^= h >> 31;
    not_minus_one(h as i64)
}

/// Hash of a str (hash of its UTF-8 bytes; `""` -> 0).
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

// SetTable: CPython's setobject.c table --------------------

const SET_MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy, Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Full(i64, K),
}

/// Walks setobject.c's probe sequence for `hash` in a table of `mask + 1` slots until
/// `visit` returns `Some`. Terminates because a set table always keeps an empty slot.
#[inline]
fn set_probe<R>(mask: usize, hash: i64, mut visit: impl FnMut(usize) -> Option<R>) -> R {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let extra = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        // An exclusive range: `..=` carries an exhaustion flag through the loop.
        for j in i..i + extra + 1 {
            if let Some(r) = visit(j) {
                return r;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = ((i as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb) as usize)
            & mask;
    }
}

/// The table of a Python `set`/`frozenset`; see the module docs for what is reproduced.
#[derive(Clone, Debug)]
pub struct SetTable<K: Copy> {
    slots: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
    version: u64,
}

impl<K: Copy> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Copy> SetTable<K> {
    /// An empty set (8 slots), as `set()`.
    pub fn new() -> Self {
        SetTable {
            slots: vec![Slot::Empty; SET_MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    /// A table big enough for `n` adds without a resize. CPython has no such constructor:
    /// use it only where the order need not match CPython's.
    pub fn with_capacity(n: usize) -> Self {
        let mut size = SET_MINSIZE;
        while n * 5 >= (size - 1) * 3 {
            size <<= 1;
        }
        SetTable {
            slots: vec![Slot::Empty; size],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (`mask + 1`).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Bumped by every structural mutation; handles are valid while it is unchanged.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot of a live key with this hash for which `eq` holds (`eq` sees only keys
    /// whose stored hash equals `hash`, in probe order).
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        debug_assert!(hash != -1);
        set_probe(self.mask(), hash, |j| match &self.slots[j] {
            Slot::Empty => Some(None),
            Slot::Full(h, k) if *h == hash && eq(k) => Some(Some(j)),
            _ => None,
        })
    }

    /// Every live `(slot, key)` with exactly this hash, in probe order (each once).
    pub fn candidates(&self, hash: i64) -> SmallVec<[(usize, K); 4]> {
        let mut out: SmallVec<[(usize, K); 4]> = SmallVec::new();
        set_probe(self.mask(), hash, |j| match self.slots[j] {
            Slot::Empty => Some(()),
            Slot::Full(h, k) if h == hash => {
                if !out.iter().any(|&(s, _)| s == j) {
                    out.push((j, k));
                }
                None
            }
            _ => None,
        });
        out
    }

    fn entry(&self, handle: usize) -> Option<(i64, K)> {
        match self.slots.get(handle) {
            Some(&Slot::Full(h, k)) => Some((h, k)),
            _ => None,
        }
    }

    pub fn key_at(&self, handle: usize) -> Option<K> {
        self.entry(handle).map(|e| e.1)
    }

    pub fn hash_at(&self, handle: usize) -> Option<i64> {
        self.entry(handle).map(|e| e.0)
    }

    /// Adds a key known to be absent (CPython's `set_add_entry` after a failed search):
    /// last dummy on the probe path, else the terminating empty slot, then the resize
    /// check. Returns the key's slot after any resize.
    pub fn insert_new(&mut self, hash: i64, key: K) -> usize {
        debug_assert!(hash != -1);
        let mut freeslot = None;
        let slots = &self.slots;
        let j = set_probe(self.mask(), hash, |j| match slots[j] {
            Slot::Empty => Some(j),
            Slot::Dummy => {
                freeslot = Some(j); // the *last* dummy seen, as 3.11 does
                None
            }
            Slot::Full(..) => None,
        });
        self.version += 1;
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Full(hash, key);
            return f;
        }
        self.slots[j] = Slot::Full(hash, key);
        self.fill += 1;
        if self.fill * 5 < self.mask() * 3 {
            return j;
        }
        let minused = if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(minused, Some(j)).unwrap_or(j)
    }

    /// `set.add`: returns false (and keeps the old key) if an equal key is present.
    pub fn add(&mut self, hash: i64, key: K, eq: impl FnMut(&K) -> bool) -> bool {
        if self.find(hash, eq).is_some() {
            return false;
        }
        self.insert_new(hash, key);
        true
    }

    /// Removes the key at `handle`, leaving a dummy (CPython never shrinks on delete).
    pub fn remove(&mut self, handle: usize) -> Option<K> {
        let (_, k) = self.entry(handle)?;
        self.slots[handle] = Slot::Dummy;
        self.used -= 1;
        self.version += 1;
        Some(k)
    }

    /// `set.discard`: removes and returns the equal key, if any.
    pub fn discard(&mut self, hash: i64, eq: impl FnMut(&K) -> bool) -> Option<K> {
        let h = self.find(hash, eq)?;
        self.remove(h)
    }

    /// `set.pop()`: the first live slot at or after the finger (wrapping).
    pub fn pop(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        loop {
            if let Slot::Full(h, k) = self.slots[i] {
                self.slots[i] = Slot::Dummy;
                self.used -= 1;
                self.finger = i + 1;
                self.version += 1;
                return Some((h, k));
            }
            i = if i == mask { 0 } else { i + 1 };
        }
    }

    /// `set.clear()`: back to an empty 8-slot table (the pop finger is kept).
    pub fn clear(&mut self) {
        self.slots = vec![Slot::Empty; SET_MINSIZE];
        self.fill = 0;
        self.used = 0;
        self.version += 1;
    }

    /// Live `(hash, key)` in slot order, which is Python's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, K)> + '_ {
        self.slots.iter().filter_map(|s| match *s {
            Slot::Full(h, k) => Some((h, k)),
            _ => None,
        })
    }

    pub fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.iter().map(|(_, k)| k)
    }

    /// Iteration without a borrow: the first live slot at or after `pos`, as
    /// `(pos for the next call, key)`. Start with 0.
    pub fn next_from(&self, pos: usize) -> Option<(usize, K)> {
        self.next_entry_from(pos).map(|(p, _, k)| (p, k))
    }

    /// As [`Self::next_from`], also giving the stored hash.
    pub fn next_entry_from(&self, pos: usize) -> Option<(usize, i64, K)> {
        (pos..self.slots.len()).find_map(|i| match self.slots[i] {
            Slot::Full(h, k) => Some((i + 1, h, k)),
            _ => None,
        })
    }

    /// `set_table_resize(minused)`: rebuild into the smallest power-of-two table (>= 8)
    /// `> minused`, reinserting live keys in old slot order. Returns where the key at
    /// old slot `track` went.
    fn resize(&mut self, minused: usize, track: Option<usize>) -> Option<usize> {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == SET_MINSIZE && self.slots.len() == SET_MINSIZE && self.fill == self.used {
            return track; // small table without dummies: CPython leaves it alone
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        self.version += 1;
        let mut moved = None;
        for (i, s) in old.iter().enumerate() {
            if let Slot::Full(h, k) = *s {
                let j = self.insert_clean(h, k);
                if track == Some(i) {
                    moved = Some(j);
                }
            }
        }
        moved
    }

    /// `set_swap_bodies`, as `a &= b` does with the table of `a & b`: takes `body`'s
    /// slots but keeps this set's pop finger; bumps the version.
    pub fn replace_body(&mut self, body: SetTable<K>) {
        let (finger, version) = (self.finger, self.version);
        *self = SetTable {
            finger,
            version: version.max(body.version) + 1,
            ..body
        };
    }

    /// `set_insert_clean`: first empty slot on the probe path (no dummies, no counters).
    fn insert_clean(&mut self, hash: i64, key: K) -> usize {
        let slots = &self.slots;
        let j = set_probe(self.mask(), hash, |j| {
            matches!(slots[j], Slot::Empty).then_some(j)
        });
        self.slots[j] = Slot::Full(hash, key);
        j
    }

    /// `set_merge`/`set_update_internal`'s presize before adding `n` keys from another
    /// set or from a dict (`set(d)`, `s.update(d)` then add the dict's `(hash, key)`s in
    /// dict order with `add`).
    pub fn reserve_for_merge(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2, None);
        }
    }

    /// First half of CPython's `set_merge(self, other)` (for `update`, `|=`, `copy`,
    /// `set(other_set)`, and the second operand of `|`). Returns true if the merge is
    /// complete; false means the caller must now add every key of `other` in its slot
    /// order (`other.iter()` / `next_entry_from`) with the normal lookup + `insert_new`.
    /// The caller handles `a.update(a)` (a no-op) itself.
    pub fn merge_begin(&mut self, other: &SetTable<K>) -> bool {
        if other.used == 0 {
            return true;
        }
        self.reserve_for_merge(other.used);
        if self.fill != 0 {
            return false;
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.copy_from_slice(&other.slots);
        } else {
            for (h, k) in other.iter() {
                self.insert_clean(h, k);
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.version += 1;
        true
    }

    /// Complete `set_merge` for keys with built-in equality (`self` is never `other`).
    pub fn merge(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> bool) {
        if self.merge_begin(other) {
            return;
        }
        for (h, k) in other.iter() {
            self.add(h, k, |x| eq(x, &k));
        }
    }

    /// `set.copy()` / `set(a_set)`: a new set merged from this one.
    pub fn copy(&self) -> Self {
        let mut r = SetTable::new();
        r.merge_begin(self);
        r
    }

    /// `self | other`: copy of `self`, then merge `other`.
    pub fn union(&self, other: &SetTable<K>, eq: impl FnMut(&K, &K) -> bool) -> Self {
        let mut r = self.copy();
        if !std::ptr::eq(self, other) {
            r.merge(other, eq);
        }
        r
    }

    /// `self & other`: iterates `other` unless it is strictly larger than `self` (then
    /// `self`), adding the iterated set's keys found in the other one to a new set.
    pub fn intersection(&self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> bool) -> Self {
        if std::ptr::eq(self, other) {
            return self.copy();
        }
        let (probe, iterated) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        let mut r = SetTable::new();
        for (h, k) in iterated.iter() {
            if probe.find(h, |x| eq(x, &k)).is_some() {
                r.insert_new(h, k);
            }
        }
        r
    }

    /// `self - other` for two sets. If `len(self) >> 2 > len(other)`: a copy of `self`
    /// with `difference_update(other)`; else a new set of the keys of `self` (slot order)
    /// not in `other`. The same recipe holds when `other` is a dict (its length, its
    /// `(hash, key)`s in order, and a dict lookup for membership).
    pub fn difference(&self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> bool) -> Self {
        if (self.len() >> 2) > other.len() {
            let mut r = self.copy();
            r.difference_update(other.iter(), eq);
            return r;
        }
        let mut r = SetTable::new();
        for (h, k) in self.iter() {
            if other.find(h, |x| eq(x, &k)).is_none() {
                r.insert_new(h, k);
            }
        }
        r
    }

    /// `self -= other` (`other` not `self`: `a -= a` is `clear`): discard each key of
    /// `other` (a set's `iter()`, or `(hash, key)`s of any iterable in its order), then
    /// [`Self::shrink_after_discards`].
    pub fn difference_update(
        &mut self,
        other: impl IntoIterator<Item = (i64, K)>,
        mut eq: impl FnMut(&K, &K) -> bool,
    ) {
        for (h, k) in other {
            self.discard(h, |x| eq(x, &k));
        }
        self.shrink_after_discards();
    }

    /// End of `set_difference_update_internal` (also after discarding the items of an
    /// arbitrary iterable): resize if more than a quarter of the slots are dummies.
    pub fn shrink_after_discards(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused, None);
        }
    }

    /// `self ^= other` (`other` a set, or a set first built from the iterable/for a dict
    /// the dict's entries in order; `a ^= a` is `clear`): for each key of `other` in
    /// order, discard it if present, else add it.
    pub fn symmetric_difference_update(
        &mut self,
        other: impl IntoIterator<Item = (i64, K)>,
        mut eq: impl FnMut(&K, &K) -> bool,
    ) {
        for (h, k) in other {
            match self.find(h, |x| eq(x, &k)) {
                Some(j) => _ = self.remove(j),
                None => _ = self.insert_new(h, k),
            }
        }
    }

    /// `self ^ other`: a copy of `other`, then `^=` with the keys of `self`.
    pub fn symmetric_difference(
        &self,
        other: &SetTable<K>,
        eq: impl FnMut(&K, &K) -> bool,
    ) -> Self {
        let mut r = other.copy();
        r.symmetric_difference_update(self.iter(), eq);
        r
    }
}

// DictTable: compact, insertion-ordered --------------------

const IX_EMPTY: u32 = u32::MAX;
const IX_DUMMY: u32 = u32::MAX - 1;

#[inline]
fn usable(size: usize) -> usize {
    size * 2 / 3
}

/// Walks dictobject.c's probe sequence until `visit` returns `Some`.
#[inline]
fn dict_probe<R>(mask: usize, hash: i64, mut visit: impl FnMut(usize) -> Option<R>) -> R {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if let Some(r) = visit(i) {
            return r;
        }
        perturb >>= PERTURB_SHIFT;
        i = ((i as u64)
            .wrapping_mul(5)
            .wrapping_add(perturb)
            .wrapping_add(1) as usize)
            & mask;
    }
}

/// Dict versions come from one process-wide counter, so a (dict, version) pair never
/// repeats even if a dict is freed and another is allocated at the same address;
/// inline caches can key on it safely.
fn next_dict_version() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The table of a Python `dict`; handles are entry numbers.
#[derive(Clone, Debug)]
pub struct DictTable<K: Copy, V: Copy> {
    /// Power-of-two index table of entry numbers (`IX_EMPTY`/`IX_DUMMY`); empty until
    /// the first insert.
    indices: Vec<u32>,
    entries: Vec<Option<(i64, K, V)>>,
    used: usize,
    /// Index slots that are not `IX_EMPTY` (live + dummy); kept below `usable`.
    index_fill: usize,
    version: u64,
}

impl<K: Copy, V: Copy> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Copy, V: Copy> DictTable<K, V> {
    /// An empty dict (allocates nothing).
    pub fn new() -> Self {
        DictTable {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            index_fill: 0,
            version: next_dict_version(),
        }
    }

    /// Room for `n` inserts without a resize (as `_PyDict_NewPresized`).
    pub fn with_capacity(n: usize) -> Self {
        let mut d = Self::new();
        if n > 0 {
            d.rebuild((n * 3).div_ceil(2));
        }
        d
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Bumped by every structural mutation (not by `set_value`).
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Rebuilds the index with the smallest power of two (>= 8) `>= min_size` slots,
    /// compacting deleted entries away.
    fn rebuild(&mut self, min_size: usize) {
        let mut size = 8;
        while size < min_size {
            size <<= 1;
        }
        assert!(size < IX_DUMMY as usize, "dict too large");
        self.entries.retain(|e| e.is_some());
        self.indices = vec![IX_EMPTY; size];
        self.index_fill = self.entries.len();
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let h = e.map_or(0, |e| e.0);
            let idx = &self.indices;
            let slot = dict_probe(mask, h, |i| (idx[i] == IX_EMPTY).then_some(i));
            self.indices[slot] = n as u32;
        }
        self.version = next_dict_version();
    }

    /// The index slot holding entry `n` (which must be live with hash `hash`).
    fn slot_of(&self, hash: i64, n: usize) -> usize {
        dict_probe(self.indices.len() - 1, hash, |i| {
            (self.indices[i] == n as u32).then_some(i)
        })
    }

    /// The entry of a live key with this hash for which `eq` holds.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        dict_probe(self.indices.len() - 1, hash, |i| match self.indices[i] {
            IX_EMPTY => Some(None),
            IX_DUMMY => None,
            n => match self.entries[n as usize] {
                Some((h, ref k, _)) if h == hash && eq(k) => Some(Some(n as usize)),
                _ => None,
            },
        })
    }

    /// Every live `(entry, key)` with exactly this hash, in probe order.
    pub fn candidates(&self, hash: i64) -> SmallVec<[(usize, K); 4]> {
        let mut out = SmallVec::new();
        if self.indices.is_empty() {
            return out;
        }
        dict_probe(self.indices.len() - 1, hash, |i| match self.indices[i] {
            IX_EMPTY => Some(()),
            IX_DUMMY => None,
            n => {
                match self.entries[n as usize] {
                    Some((h, k, _))
                        if h == hash && !out.iter().any(|e: &(usize, K)| e.0 == n as usize) =>
                    {
                        out.push((n as usize, k))
                    }
                    _ => {}
                }
                None
            }
        });
        out
    }

    pub fn key_at(&self, handle: usize) -> Option<K> {
        self.entries.get(handle).copied().flatten().map(|e| e.1)
    }

    pub fn hash_at(&self, handle: usize) -> Option<i64> {
        self.entries.get(handle).copied().flatten().map(|e| e.0)
    }

    /// `(key, value)` of a live entry.
    pub fn get(&self, handle: usize) -> Option<(K, V)> {
        self.entries
            .get(handle)
            .copied()
            .flatten()
            .map(|e| (e.1, e.2))
    }

    /// Replaces the value of a live entry (the key is kept, as in CPython); false if dead.
    pub fn set_value(&mut self, handle: usize, value: V) -> bool {
        self.entries
            .get_mut(handle)
            .and_then(Option::as_mut)
            .map(|e| e.2 = value)
            .is_some()
    }

    /// Appends a key known to be absent; returns its handle (valid after the call: any
    /// resize happens before the append).
    pub fn insert_new(&mut self, hash: i64, key: K, value: V) -> usize {
        let size = self.indices.len();
        if size == 0 || self.entries.len() >= usable(size) || self.index_fill >= usable(size) {
            self.rebuild(self.used * 3); // CPython's GROWTH_RATE
        }
        let n = self.entries.len();
        self.entries.push(Some((hash, key, value)));
        let idx = &self.indices;
        let slot = dict_probe(idx.len() - 1, hash, |i| (idx[i] >= IX_DUMMY).then_some(i));
        if self.indices[slot] == IX_EMPTY {
            self.index_fill += 1;
        }
        self.indices[slot] = n as u32;
        self.used += 1;
        self.version = next_dict_version();
        n
    }

    /// `d[key] = value` for keys with built-in equality; returns the old value.
    pub fn insert(&mut self, hash: i64, key: K, value: V, eq: impl FnMut(&K) -> bool) -> Option<V> {
        let Some(n) = self.find(hash, eq) else {
            self.insert_new(hash, key, value);
            return None;
        };
        let old = self.get(n).map(|e| e.1);
        self.set_value(n, value);
        old
    }

    /// Deletes a live entry; its position is never reused.
    pub fn remove(&mut self, handle: usize) -> Option<(K, V)> {
        let (h, k, v) = self.entries.get(handle).copied().flatten()?;
        let slot = self.slot_of(h, handle);
        self.indices[slot] = IX_DUMMY;
        self.entries[handle] = None;
        self.used -= 1;
        self.version = next_dict_version();
        Some((k, v))
    }

    /// `dict.popitem()`: removes the most recently inserted live entry.
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        while self.entries.last().is_some_and(|e| e.is_none()) {
            self.entries.pop();
        }
        let n = self.entries.len().checked_sub(1)?;
        let kv = self.remove(n);
        self.entries.pop();
        kv
    }

    pub fn clear(&mut self) {
        self.indices = Vec::new();
        self.entries = Vec::new();
        self.used = 0;
        self.index_fill = 0;
        self.version = next_dict_version();
    }

    /// Live `(hash, key, value)` in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, K, V)> + '_ {
        self.entries.iter().flatten().copied()
    }

    pub fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.iter().map(|e| e.1)
    }

    pub fn values(&self) -> impl Iterator<Item = V> + '_ {
        self.iter().map(|e| e.2)
    }

    /// Iteration without a borrow: first live entry at or after `pos`, as
    /// `(pos for the next call, key, value)`. Start with 0.
    pub fn next_from(&self, pos: usize) -> Option<(usize, K, V)> {
        (pos..self.entries.len()).find_map(|i| self.entries[i].map(|(_, k, v)| (i + 1, k, v)))
    }
}

#[cfg(test)]
mod tests;
