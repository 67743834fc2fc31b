//! Unit tests of `objects::hashtable`.

use super::*;

// Expected values below were printed by CPython 3.11.7 (64-bit Linux).

fn ih(v: i128) -> i64 {
    match i64::try_from(v) {
        Ok(x) => hash_i64(x),
        Err(_) => hash_bigint(&BigInt::from(v)),
    }
}
fn eq(a: &i128, b: &i128) -> bool {
    a == b
}
fn add_all(s: &mut SetTable<i128>, vals: impl IntoIterator<Item = i128>) {
    vals.into_iter()
        .for_each(|v| _ = s.add(ih(v), v, |k| *k == v));
}
fn discard_all(s: &mut SetTable<i128>, vals: impl IntoIterator<Item = i128>) {
    vals.into_iter()
        .for_each(|v| _ = s.discard(ih(v), |k| *k == v));
}
fn set_of(vals: &[i128]) -> SetTable<i128> {
    let mut s = SetTable::new();
    add_all(&mut s, vals.iter().copied());
    s
}
fn size_of(s: &SetTable<i128>) -> usize {
    fingerprint(s).2
}
fn order(s: &SetTable<i128>) -> Vec<i128> {
    s.keys().collect()
}
/// `(len(s), hash(tuple(s)), sys.getsizeof(s))` as printed by CPython.
fn fingerprint(s: &SetTable<i128>) -> (usize, i64, usize) {
    let hs: Vec<i64> = s.keys().map(ih).collect();
    let size = if s.capacity() == 8 {
        216
    } else {
        216 + 16 * s.capacity()
    };
    (s.len(), hash_tuple(&hs), size)
}
const A: [i128; 18] = [
    5,
    -3,
    (1 << 61) + 7,
    -(1 << 63),
    100_000_000_000_000_000_000,
    8,
    16,
    24,
    1,
    33,
    -1,
    -2,
    1 << 64,
    -(1 << 70),
    7,
    0,
    (1 << 61) - 1,
    1 << 61,
];

#[test]
fn int_hashes() {
    let xs = [
        -1,
        1 << 61,
        (1 << 61) - 1,
        -(1 << 63),
        (1 << 63) - 1,
        1 << 100,
        -(1 << 100),
        10i128.pow(30),
        -((1 << 61) + 5),
    ];
    let got: Vec<i64> = xs.iter().map(|&v| ih(v)).collect();
    assert_eq!(
        got,
        [
            -2,
            1,
            0,
            -4,
            3,
            549755813888,
            -549755813888,
            465258685558744706,
            -6
        ]
    );
    for v in [
        -1i64,
        -2,
        0,
        1,
        i64::MIN,
        i64::MAX,
        1 << 61,
        -(1 << 61) - 1,
        123456789012345,
    ] {
        assert_eq!(hash_i64(v), hash_bigint(&BigInt::from(v)));
    }
}

#[test]
fn float_hashes() {
    let xs = [
        1.5,
        0.1,
        -0.1,
        1e300,
        5e-324,
        1e-310,
        -2.5,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        2f64.powi(61),
        1e22,
        std::f64::consts::PI,
        -1.0,
    ];
    let got: Vec<i64> = xs.iter().map(|&x| hash_f64(x, 0)).collect();
    assert_eq!(
        got,
        [
            1152921504606846977,
            230584300921369408,
            -230584300921369408,
            1224995262755759164,
            16777216,
            615709907932414099,
            -1152921504606846978,
            314159,
            -314159,
            0,
            0,
            1,
            1864712049423028464,
            326490430436040707,
            -2
        ]
    );
    for i in [-5i64, -1, 0, 7, 1 << 53] {
        assert_eq!(hash_f64(i as f64, 0), hash_i64(i));
    }
    // NaN: _Py_HashPointer(object address), i.e. the address rotated right by 4.
    assert_eq!(hash_f64(f64::NAN, 0x7f12_3456_7890), 0x7f1_2345_6789);
    assert_eq!(hash_f64(f64::NAN, 0x18), (0x8000_0000_0000_0001u64) as i64);
    assert_eq!(hash_pointer(usize::MAX), -2); // rotates to -1
}

#[test]
fn complex_tuple_frozenset_hashes() {
    let got = [
        hash_complex(1.5, 2.0, 0),
        hash_complex(0.0, 1.0, 0),
        hash_complex(-1.0, 0.0, 0),
        hash_complex(0.1, -7.25, 0),
    ];
    assert_eq!(
        got,
        [1152921504608846983, 1000003, -2, -1498797955995901077]
    );
    let t12 = hash_tuple(&[1, 2]);
    let got = [
        hash_tuple(&[]),
        t12,
        hash_tuple(&[-2]),
        hash_tuple(&[t12, 3]),
        hash_tuple(&[hash_f64(1.5, 0), -2, ih(1 << 70)]),
    ];
    assert_eq!(
        got,
        [
            5740354900026072187,
            -3550055125485641917,
            8078679518589016365,
            -333907151259015829,
            789014608319650936
        ]
    );
    let got = [
        hash_frozenset([]),
        hash_frozenset([1, 2]),
        hash_frozenset([3, 1, 2]),
        hash_frozenset([t12, -2]),
    ];
    assert_eq!(
        got,
        [
            133146708735736,
            -1826646154956904602,
            -272375401224217160,
            324682432506898787
        ]
    );
}

#[test]
fn bytes_and_str_hashes() {
    assert_eq!(hash_bytes(b""), 0);
    assert_eq!(hash_str("abc"), hash_bytes(b"abc"));
    assert_ne!(hash_str("abc"), hash_str("abd"));
    assert_ne!(hash_str("a"), hash_str("a\0"));
    let hs: Vec<i64> = (0..20_000).map(|i| hash_str(&format!("key{i}"))).collect();
    let seen: std::collections::HashSet<_> = hs.iter().collect();
    let low: std::collections::HashSet<_> = hs.iter().map(|h| h & 0xffff).collect();
    assert_eq!(seen.len(), 20_000);
    assert!(
        low.len() > 15_000,
        "low bits badly distributed: {}",
        low.len()
    );
}

#[test]
fn set_order_mixed_ints() {
    let s = set_of(&A);
    assert_eq!(
        order(&s),
        [
            -(1 << 70),
            1,
            33,
            0,
            (1 << 61) - 1,
            5,
            1 << 61,
            7,
            (1 << 61) + 7,
            8,
            1 << 64,
            100_000_000_000_000_000_000,
            16,
            -2,
            24,
            -(1 << 63),
            -3,
            -1
        ]
    );
    // the same keys arriving from a dict in the dict's (reversed) order
    let mut d = DictTable::<i128, ()>::new();
    for &v in A.iter().rev() {
        d.insert(ih(v), v, (), |k| *k == v);
    }
    let mut s = SetTable::new();
    s.reserve_for_merge(d.len());
    for (h, k, ()) in d.iter() {
        s.add(h, k, |x| *x == k);
    }
    assert_eq!(
        order(&s),
        [
            (1 << 61) - 1,
            1 << 61,
            0,
            -(1 << 70),
            1,
            5,
            7,
            1 << 64,
            8,
            (1 << 61) + 7,
            16,
            24,
            33,
            100_000_000_000_000_000_000,
            -1,
            -(1 << 63),
            -3,
            -2
        ]
    );
}

#[test]
fn set_add_discard_sequence() {
    let mut s = SetTable::new();
    add_all(&mut s, (0..200).map(|i| (i * 7919) % 1000 - 500));
    discard_all(&mut s, (-500..500).filter(|v| v % 3 == 0));
    add_all(&mut s, (0..50).map(|i| (i * 31) % 97 * 1000003));
    assert_eq!(fingerprint(&s), (188, 6018138068198129685, 8408));
    // an add reuses the *last* dummy on its probe path
    let mut t = set_of(&[0, 8, 16]);
    discard_all(&mut t, [0, 8]);
    add_all(&mut t, [24, 1]);
    assert_eq!(order(&t), [24, 16, 1]);
    // dummies reused, then resized away
    let mut u = set_of(&(0..30).map(|i| i * 8).collect::<Vec<_>>());
    discard_all(&mut u, (0..30).step_by(2).map(|i| i * 8));
    assert_eq!(u.len(), 15);
    add_all(&mut u, (0..30).map(|i| i * 8 + 1));
    assert_eq!(fingerprint(&u), (45, -2393495122241885562, 2264));
}

#[test]
fn set_pop_finger() {
    let mut s = set_of(&A);
    let mut pops: Vec<i128> = (0..5).map(|_| s.pop().unwrap().1).collect();
    add_all(&mut s, [100, -100]);
    pops.extend((0..3).map(|_| s.pop().unwrap().1));
    assert_eq!(
        pops,
        [-(1 << 70), 1, 33, 0, (1 << 61) - 1, 5, 7, (1 << 61) + 7]
    );
    assert_eq!(
        order(&s),
        [
            1 << 61,
            8,
            1 << 64,
            16,
            24,
            -100,
            100,
            100_000_000_000_000_000_000,
            -1,
            -(1 << 63),
            -3,
            -2
        ]
    );
    // the finger survives clear()
    let mut s = set_of(&[0, 1, 2, 3, 4]);
    assert_eq!(s.pop().map(|e| e.1), Some(0));
    s.clear();
    add_all(&mut s, 0..3);
    assert_eq!(s.pop().map(|e| e.1), Some(1));
    assert_eq!(SetTable::<i128>::new().pop(), None);
    // `s &= t` keeps the finger (python3: pops 5), `s = s & t` does not (pops 1)
    let mut s = set_of(&(0..10).collect::<Vec<_>>());
    (0..5).for_each(|_| _ = s.pop());
    add_all(&mut s, [1]);
    let t = set_of(&(0..10).collect::<Vec<_>>());
    assert_eq!(s.intersection(&t, eq).pop().map(|e| e.1), Some(1));
    let v = s.version();
    s.replace_body(s.intersection(&t, eq));
    assert!(s.version() > v);
    assert_eq!(s.pop().map(|e| e.1), Some(5));
}

#[test]
fn set_of_tuples() {
    let mut s = SetTable::new();
    for i in 0..20i128 {
        s.add(hash_tuple(&[ih(i), ih(-i)]), i, |k| *k == i);
    }
    assert_eq!(
        order(&s),
        [5, 13, 12, 3, 19, 4, 10, 11, 2, 18, 17, 8, 9, 15, 0, 16, 1, 6, 7, 14]
    );
}

#[test]
fn set_binary_operations() {
    let a = set_of(&(0..30).map(|i| i * 37 % 101 * 7).collect::<Vec<i128>>());
    let b = set_of(
        &(0..40)
            .map(|i| i * 11 % 53 * 7 + 3 * (i % 2))
            .collect::<Vec<i128>>(),
    );
    // (len, hash(tuple(r)), sys.getsizeof(r)) of a|b, b|a, a-b, b-a, a^b, b^a
    let got: Vec<_> = [
        a.union(&b, eq),
        b.union(&a, eq),
        a.difference(&b, eq),
        b.difference(&a, eq),
        a.symmetric_difference(&b, eq),
        b.symmetric_difference(&a, eq),
    ]
    .iter()
    .map(fingerprint)
    .collect();
    assert_eq!(
        got,
        [
            (63, 3764827733015390091, 4312),
            (63, -7349809884343117061, 2264),
            (23, -3208817391318608420, 2264),
            (33, 4224159612151845477, 2264),
            (56, 35092759564319291, 2264),
            (56, -2841786939165394400, 4312)
        ]
    );
    assert_eq!(
        order(&a.difference(&b, eq)),
        [
            259, 518, 140, 399, 658, 280, 539, 161, 420, 679, 42, 560, 441, 70, 588, 469, 350, 609,
            231, 490, 112, 371, 630
        ]
    );
    // & iterates the smaller operand
    for r in [a.intersection(&b, eq), b.intersection(&a, eq)] {
        assert_eq!(
            (order(&r), size_of(&r)),
            (vec![0, 329, 301, 210, 21, 182, 91], 728)
        );
    }
    // difference through the copy-then-discard path
    let mut c = set_of(&(0..100).collect::<Vec<_>>());
    let d = set_of(&(0..100).step_by(5).collect::<Vec<_>>());
    assert_eq!(
        fingerprint(&c.difference(&d, eq)),
        (80, 4137619125576281645, 4312)
    );
    // -= with more than a quarter dummies resizes
    c.difference_update(set_of(&(0..100).step_by(2).collect::<Vec<_>>()).iter(), eq);
    assert_eq!(order(&c), (1..100).step_by(2).collect::<Vec<_>>());
    assert_eq!(size_of(&c), 8408);
}

#[test]
fn set_copy_paths() {
    // source with dummies: clean reinsertion in slot order into a presized table
    let mut e = set_of(&(0..400).step_by(7).collect::<Vec<_>>());
    discard_all(&mut e, (0..400).step_by(21));
    let mut f = e.copy();
    assert_eq!(
        order(&f),
        [
            385, 259, 133, 7, 392, 266, 140, 14, 280, 154, 28, 287, 161, 35, 301, 175, 49, 308,
            182, 56, 322, 196, 70, 329, 203, 77, 343, 217, 91, 350, 224, 98, 364, 238, 112, 371,
            245, 119
        ]
    );
    assert_eq!((size_of(&e), size_of(&f)), (2264, 2264));
    add_all(&mut f, [3, 400]);
    assert_eq!(fingerprint(&f), (40, -5179717502212550936, 2264));
    // same-size slot-for-slot copy
    let g = set_of(&(0..40).step_by(3).collect::<Vec<_>>());
    let mut h = g.copy();
    h.add(ih(1000), 1000, |k| *k == 1000);
    assert_eq!(
        order(&h),
        [0, 33, 3, 36, 6, 39, 1000, 9, 12, 15, 18, 21, 24, 27, 30]
    );
    assert_eq!((size_of(&g), size_of(&h)), (728, 728));
    // the display {100, 3, 8, 16, 1, 2**40, -5}: a frozenset constant merged into set()
    let mut display = SetTable::new();
    assert!(display.merge_begin(&set_of(&[100, 3, 8, 16, 1, 1 << 40, -5])));
    assert_eq!(order(&display), [1 << 40, 1, 16, 3, 100, 8, -5]);
}

#[test]
fn big_set_growth_and_pop() {
    let vals: Vec<i128> = (0..60000i128)
        .map(|x| (x * 2654435761) % (1 << 40))
        .collect();
    let mut s = set_of(&vals);
    assert_eq!(fingerprint(&s), (60000, 1054023898425860771, 2097368));
    discard_all(&mut s, vals.iter().step_by(3).copied());
    let pops: Vec<i128> = (0..10).map(|_| s.pop().unwrap().1).collect();
    assert_eq!(
        pops,
        [
            534686334978,
            1069372669956,
            533625700359,
            1068312035337,
            532565065740,
            1067251400718,
            531504431121,
            1066190766099,
            530443796502,
            1065130131480
        ]
    );
    assert_eq!(fingerprint(&s), (39990, 32839490387536104, 2097368));
}

#[test]
fn set_handles_candidates_and_next_from() {
    // -1 and -2 both hash to -2: two candidates, in probe order
    let mut s = set_of(&[-2, 6, -1]);
    let c = s.candidates(-2);
    assert_eq!(c.iter().map(|e| e.1).collect::<Vec<_>>(), [-2, -1]);
    let v0 = s.version();
    let (slot, k) = c[1];
    assert_eq!(s.key_at(slot), Some(k));
    assert_eq!(s.hash_at(slot), Some(-2));
    assert_eq!(s.find(-2, |k| *k == -1), Some(slot));
    assert_eq!(s.remove(slot), Some(-1));
    assert_ne!(s.version(), v0);
    assert_eq!(s.key_at(slot), None);
    assert_eq!(s.remove(slot), None);
    assert!(s.candidates(12345).is_empty());
    let mut pos = 0;
    let mut seen = vec![];
    while let Some((next, k)) = s.next_from(pos) {
        seen.push(k);
        pos = next;
    }
    assert_eq!(seen, order(&s));
    // insert_new returns the final slot even when it triggers a resize
    let mut t = SetTable::new();
    for v in 0..100i128 {
        let h = t.insert_new(ih(v * 3), v * 3);
        assert_eq!(t.key_at(h), Some(v * 3));
    }
    assert!(!t.add(ih(9), 9, |k| *k == 9));
    // the user-__eq__ protocol (candidates, release, compare, insert_new) gives the
    // same table as add(), duplicates included
    let mut u = SetTable::new();
    for &v in A.iter().chain(&[100, 5, -100]) {
        let found = u.candidates(ih(v)).into_iter().find(|&(_, k)| k == v);
        if found.is_none_or(|(slot, k)| u.key_at(slot) != Some(k)) {
            u.insert_new(ih(v), v);
        }
    }
    assert_eq!(order(&u), order(&set_of(&[&A[..], &[100, -100]].concat())));
    assert_eq!(SetTable::<i128>::with_capacity(100).capacity(), 256);
}

#[test]
fn dict_order_delete_reinsert_popitem() {
    let mut d = DictTable::<i64, i64>::new();
    for i in 0..20i64 {
        let k = i * 13 % 7 - 3 + i * 100;
        d.insert(hash_i64(k), k, i, |x| *x == k);
    }
    let keys: Vec<i64> = d.keys().collect();
    for &k in keys.iter().step_by(3) {
        let h = d.find(hash_i64(k), |x| *x == k).unwrap();
        d.remove(h);
    }
    d.insert(hash_i64(-3), -3, -1, |x| *x == -3);
    d.insert(hash_i64(397), 397, -2, |x| *x == 397);
    assert_eq!(
        d.iter().map(|e| (e.1, e.2)).collect::<Vec<_>>(),
        [
            (103, 1),
            (202, 2),
            (400, 4),
            (499, 5),
            (697, 7),
            (803, 8),
            (1001, 10),
            (1100, 11),
            (1298, 13),
            (1397, 14),
            (1602, 16),
            (1701, 17),
            (1899, 19),
            (-3, -1),
            (397, -2)
        ]
    );
    let pops: Vec<(i64, i64)> = (0..3).map(|_| d.pop_last().unwrap()).collect();
    assert_eq!(pops, [(397, -2), (-3, -1), (1899, 19)]);
    assert_eq!(
        d.keys().collect::<Vec<_>>(),
        [103, 202, 400, 499, 697, 803, 1001, 1100, 1298, 1397, 1602, 1701]
    );
    // overwrite keeps position
    assert_eq!(d.insert(hash_i64(400), 400, 9, |x| *x == 400), Some(4));
    assert_eq!(d.values().nth(2), Some(9));
}

#[test]
fn dict_churn_compaction_and_api() {
    let mut d = DictTable::<i64, i64>::with_capacity(10);
    assert!(d.find(0, |_| true).is_none());
    let mut model: Vec<(i64, i64)> = vec![];
    // insert/delete churn: many compactions and dummy-filled indexes
    for round in 0..2000i64 {
        let k = (round * 7919) % 61 - 30;
        let h = hash_i64(k);
        match d.find(h, |x| *x == k) {
            Some(n) if round % 3 != 0 => {
                let v = d.get(n).unwrap().1;
                assert_eq!(d.remove(n), Some((k, v)));
                model.retain(|e| e.0 != k);
            }
            Some(n) => {
                d.set_value(n, round);
                model.iter_mut().find(|e| e.0 == k).unwrap().1 = round;
            }
            None => {
                let n = d.insert_new(h, k, round);
                assert_eq!(d.key_at(n), Some(k));
                model.push((k, round));
            }
        }
        if round % 97 == 0 {
            assert_eq!(d.pop_last(), model.pop());
        }
        assert_eq!(d.len(), model.len());
    }
    assert_eq!(d.iter().map(|e| (e.1, e.2)).collect::<Vec<_>>(), model);
    // next_from walks the same order without a borrow
    let mut pos = 0;
    let mut walked = vec![];
    while let Some((next, k, v)) = d.next_from(pos) {
        walked.push((k, v));
        pos = next;
    }
    assert_eq!(walked, model);
    // -1 and -2 collide (hash -2): candidates in probe order, both present
    let mut c = DictTable::<i64, ()>::new();
    c.insert_new(-2, -1, ());
    c.insert_new(-2, -2, ());
    let cands = c.candidates(-2);
    assert_eq!(cands.iter().map(|e| e.1).collect::<Vec<_>>(), [-1, -2]);
    assert_eq!(c.hash_at(cands[1].0), Some(-2));
    let v = c.version();
    c.clear();
    assert!(c.is_empty() && c.version() != v && c.pop_last().is_none());
}
