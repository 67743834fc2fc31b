//! `_time`: the clocks and calendar conversions under `time` (which is
//! `modules/time.py`; it adds `struct_time` and the tuple-taking wrappers).
//!
//! Clocks are Rust's (`SystemTime`, `Instant`) and the process CPU clock.
//! Calendar conversions use the C library, as CPython does: `localtime_r`,
//! `mktime` and `strftime` (so the time zone and the `%` directives behave as
//! CPython's, in the "C" locale); `gmtime` is computed here.

use num_bigint::BigInt;

use crate::builtins::check_args;
use crate::objects::{ObjRef, Payload, Value};
use crate::vm::{PyErr, PyResult, Vm};

type Kw<'a> = &'a [(ObjRef, Value)];

/// The C library's calendar functions.
#[allow(unsafe_code)]
mod libc_time {
    use std::ffi::{c_char, c_int, c_long};

    /// `struct tm` of glibc on 64-bit Linux.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct Tm {
        pub tm_sec: c_int,
        pub tm_min: c_int,
        pub tm_hour: c_int,
        pub tm_mday: c_int,
        pub tm_mon: c_int,
        pub tm_year: c_int,
        pub tm_wday: c_int,
        pub tm_yday: c_int,
        pub tm_isdst: c_int,
        pub tm_gmtoff: c_long,
        pub tm_zone: *const c_char,
    }

    impl Tm {
        pub fn zeroed() -> Tm {
            Tm {
                tm_sec: 0,
                tm_min: 0,
                tm_hour: 0,
                tm_mday: 0,
                tm_mon: 0,
                tm_year: 0,
                tm_wday: 0,
                tm_yday: 0,
                tm_isdst: 0,
                tm_gmtoff: 0,
                tm_zone: std::ptr::null(),
            }
        }

        /// The zone abbreviation, if the C library set one.
        pub fn zone(&self) -> Option<String> {
            if self.tm_zone.is_null() {
                return None;
            }
            // SAFETY: glibc points tm_zone at a NUL-terminated static string.
            let s = unsafe { std::ffi::CStr::from_ptr(self.tm_zone) };
            Some(s.to_string_lossy().into_owned())
        }
    }

    extern "C" {
        fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
        fn mktime(tm: *mut Tm) -> i64;
        fn strftime(s: *mut c_char, max: usize, fmt: *const c_char, tm: *const Tm) -> usize;
        fn tzset();
        fn clock_gettime(clock: c_int, ts: *mut [i64; 2]) -> c_int;
    }

    /// Local broken-down time of `t` seconds since the epoch.
    pub fn local(t: i64) -> Option<Tm> {
        let mut out = Tm::zeroed();
        // SAFETY: valid pointers to a time_t and a struct tm for the call.
        let r = unsafe {
            tzset();
            localtime_r(&t, &mut out)
        };
        (!r.is_null()).then_some(out)
    }

    /// `mktime`: seconds since the epoch of a local broken-down time (-1 on error).
    pub fn make(tm: &mut Tm) -> i64 {
        // SAFETY: a valid struct tm; mktime normalizes it in place.
        unsafe { mktime(tm) }
    }

    /// `strftime` into a growing buffer; None when the result stays empty for a
    /// non-empty format even with a large buffer (as CPython gives up).
    pub fn format(fmt: &std::ffi::CStr, tm: &Tm) -> Vec<u8> {
        let mut cap = 256;
        loop {
            let mut buf = vec![0u8; cap];
            // SAFETY: buf has `cap` writable bytes; fmt is NUL-terminated.
            let n = unsafe { strftime(buf.as_mut_ptr() as *mut c_char, cap, fmt.as_ptr(), tm) };
            if n > 0 || cap >= 1 << 20 || fmt.to_bytes().is_empty() {
                buf.truncate(n);
                return buf;
            }
            cap *= 16;
        }
    }

    /// CLOCK_PROCESS_CPUTIME_ID in nanoseconds.
    pub fn process_ns() -> i128 {
        let mut ts = [0i64; 2];
        // SAFETY: a valid timespec-sized buffer; clock 2 is CLOCK_PROCESS_CPUTIME_ID.
        let r = unsafe { clock_gettime(2, &mut ts) };
        if r != 0 {
            return 0;
        }
        ts[0] as i128 * 1_000_000_000 + ts[1] as i128
    }
}

use libc_time::Tm;

fn now_ns() -> i128 {
    match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn mono_ns() -> i128 {
    thread_local! {
        static START: std::time::Instant = std::time::Instant::now();
    }
    START.with(|s| s.elapsed().as_nanos() as i128)
}

fn int_value(vm: &mut Vm, n: i128) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => vm.new_int(BigInt::from(n)),
    }
}

fn time_time(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(now_ns() as f64 * 1e-9))
}

fn time_time_ns(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(int_value(vm, now_ns()))
}

fn time_perf(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(mono_ns() as f64 * 1e-9))
}

fn time_perf_ns(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(int_value(vm, mono_ns()))
}

fn time_process(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(libc_time::process_ns() as f64 * 1e-9))
}

fn time_process_ns(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(int_value(vm, libc_time::process_ns()))
}

fn time_sleep(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("sleep", args, 1, 1)?;
    let s = match Vm::unboxed(args[0]) {
        Value::Float(x) => x,
        v => vm.to_index(v)? as f64,
    };
    if s.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e9)));
    Ok(Value::None)
}

/// Seconds since the epoch from an optional argument (None: now), truncated
/// toward negative infinity like CPython's `_PyTime_ObjectToTime_t`.
fn seconds_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v.copied() {
        None | Some(Value::None) => Ok(now_ns().div_euclid(1_000_000_000) as i64),
        Some(v) => match Vm::unboxed(v) {
            Value::Float(x) => {
                if x.is_nan() {
                    return Err(PyErr::value_error("Invalid value NaN (not a number)"));
                }
                let f = x.floor();
                if !(-9.2e18..9.2e18).contains(&f) {
                    return Err(PyErr::overflow_error(
                        "timestamp out of range for platform time_t",
                    ));
                }
                Ok(f as i64)
            }
            _ => vm.to_index(v),
        },
    }
}

/// Days since 1970-01-01 to (year, month 1-12, day 1-31) (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The 11 fields of a struct_time: the 9 tuple items, tm_zone and tm_gmtoff.
fn fields(vm: &mut Vm, f: [i64; 9], zone: &str, gmtoff: i64) -> Value {
    let mut items: Vec<Value> = f.iter().map(|&x| Value::Int(x)).collect();
    let z = vm.new_str(zone);
    items.push(z);
    items.push(Value::Int(gmtoff));
    vm.new_tuple(items)
}

fn gmtime(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("gmtime", args, 0, 1)?;
    let t = seconds_arg(vm, args.first())?;
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    if !(-2_147_483_648 + 1900..=2_147_483_647).contains(&y) {
        return Err(PyErr::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    const CUM: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = CUM[(m - 1) as usize] + d + i64::from(m > 2 && is_leap(y));
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (wday 3)
    let f = [
        y,
        m,
        d,
        secs / 3600,
        secs % 3600 / 60,
        secs % 60,
        wday,
        yday,
        0,
    ];
    Ok(fields(vm, f, "GMT", 0))
}

fn tm_fields(vm: &mut Vm, tm: &Tm) -> Value {
    let f = [
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
    ];
    let zone = tm.zone().unwrap_or_default();
    fields(vm, f, &zone, tm.tm_gmtoff)
}

fn localtime(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("localtime", args, 0, 1)?;
    let t = seconds_arg(vm, args.first())?;
    let tm = libc_time::local(t)
        .ok_or_else(|| PyErr::overflow_error("timestamp out of range for platform time_t"))?;
    Ok(tm_fields(vm, &tm))
}

/// A `struct tm` from the 9 items of a time tuple (checked by `modules/time.py`).
fn tm_from(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Tm> {
    let items = match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            return Err(PyErr::type_error(format!(
                "Tuple or struct_time argument required"
            )))
        }
    };
    if items.len() < 9 {
        return Err(PyErr::type_error(format!(
            "{fname}(): illegal time tuple argument"
        )));
    }
    let mut f = [0i64; 9];
    for (slot, v) in f.iter_mut().zip(&items) {
        *slot = vm.to_index(*v)?;
    }
    let c = |x: i64| x.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    let mut tm = Tm::zeroed();
    tm.tm_year = c(f[0] - 1900);
    tm.tm_mon = c(f[1] - 1);
    tm.tm_mday = c(f[2]);
    tm.tm_hour = c(f[3]);
    tm.tm_min = c(f[4]);
    tm.tm_sec = c(f[5]);
    tm.tm_wday = c((f[6] + 1).rem_euclid(7));
    tm.tm_yday = c(f[7] - 1);
    tm.tm_isdst = c(f[8]);
    Ok(tm)
}

fn mktime(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("mktime", args, 1, 1)?;
    let mut tm = tm_from(vm, args[0], "mktime")?;
    tm.tm_wday = -1; // set by mktime on success
    let t = libc_time::make(&mut tm);
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

/// `strftime(format, tuple)`: the tuple already checked and normalized by
/// `modules/time.py` (months 1-12 and so on).
fn strftime(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args("strftime", args, 2, 2)?;
    let fmt = match args[0].payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        _ => {
            return Err(PyErr::type_error(format!(
                "strftime() argument 1 must be str, not {}",
                vm.type_name(args[0])
            )))
        }
    };
    let mut tm = tm_from(vm, args[1], "strftime")?;
    // The zone of a local time tuple, for %Z and %z.
    if let Some(Payload::Tuple(t)) = args[1].payload() {
        if t.len() >= 11 {
            if let Value::Int(off) = t[10] {
                tm.tm_gmtoff = off as std::ffi::c_long;
            }
        }
    }
    let zone_keep;
    if let Some(Payload::Tuple(t)) = args[1].payload() {
        if let Some(Payload::Str(z)) = t.get(9).and_then(|v| v.payload()) {
            zone_keep = std::ffi::CString::new(z.as_str()).unwrap_or_default();
            tm.tm_zone = zone_keep.as_ptr();
            return run_strftime(vm, &fmt, &tm);
        }
    }
    if let Some(local) = libc_time::local(0) {
        tm.tm_zone = local.tm_zone;
    }
    run_strftime(vm, &fmt, &tm)
}

fn run_strftime(vm: &mut Vm, fmt: &str, tm: &Tm) -> PyResult<Value> {
    if fmt.contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    let c = std::ffi::CString::new(fmt).expect("no NUL checked above");
    let out = libc_time::format(&c, tm);
    Ok(vm.new_str(String::from_utf8_lossy(&out).into_owned()))
}

/// Create the `_time` module.
pub fn make(vm: &mut Vm) -> Value {
    let m = vm.new_module("_time");
    let d = vm.instance_dict(m).unwrap();
    let fns: &[(&'static str, crate::objects::NativeFn)] = &[
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("perf_counter", time_perf),
        ("perf_counter_ns", time_perf_ns),
        ("monotonic", time_perf),
        ("monotonic_ns", time_perf_ns),
        ("process_time", time_process),
        ("process_time_ns", time_process_ns),
        ("sleep", time_sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("strftime", strftime),
    ];
    for (n, f) in fns {
        let v = vm.new_builtin(n, *f);
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, v);
    }
    // The zone: offsets west of UTC in seconds and names (standard, summer).
    let now = now_ns().div_euclid(1_000_000_000) as i64;
    let year_start = now - now.rem_euclid(365 * 86_400);
    let jan = libc_time::local(year_start);
    let jul = libc_time::local(year_start + 182 * 86_400);
    let (std_tm, dst_tm) = match (jan, jul) {
        (Some(a), Some(b)) if a.tm_isdst > 0 => (b, a),
        (Some(a), Some(b)) => (a, b),
        _ => (Tm::zeroed(), Tm::zeroed()),
    };
    let consts = [
        ("timezone", Value::Int(-(std_tm.tm_gmtoff as i64))),
        ("altzone", Value::Int(-(dst_tm.tm_gmtoff as i64))),
        (
            "daylight",
            Value::Int((std_tm.tm_gmtoff != dst_tm.tm_gmtoff) as i64),
        ),
    ];
    for (n, v) in consts {
        let k = vm.intern(n);
        let _ = vm.dict_set_str(d, k, v);
    }
    let a = vm.new_str(std_tm.zone().unwrap_or_else(|| "UTC".into()));
    let b = vm.new_str(dst_tm.zone().unwrap_or_else(|| "UTC".into()));
    let names = vm.new_tuple(vec![a, b]);
    let k = vm.intern("tzname");
    let _ = vm.dict_set_str(d, k, names);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
    }
}
