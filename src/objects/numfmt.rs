//! Placeholder until the full formatting module lands.
use num_bigint::BigInt;
pub struct FmtError { pub kind: ErrKind, pub msg: String }
pub enum ErrKind { Value, Type, Overflow }
pub fn float_repr(x: f64) -> String {
    if x.is_nan() { return "nan".into(); }
    if x.is_infinite() { return if x > 0.0 { "inf".into() } else { "-inf".into() }; }
    format!("{x:?}")
}
pub fn complex_repr(re: f64, im: f64) -> String { format!("({}+{}j)", float_repr(re), float_repr(im)) }
#[derive(Default)]
pub struct FormatSpec { pub fill: char, pub align: Option<char>, pub sign: Option<char>, pub no_neg_zero: bool, pub alternate: bool, pub zero_pad: bool, pub width: Option<usize>, pub grouping: Option<char>, pub precision: Option<usize>, pub ty: Option<char> }
pub fn parse_format_spec(_spec: &str) -> Result<FormatSpec, FmtError> { Ok(FormatSpec::default()) }
pub fn format_int(v: &BigInt, _spec: &FormatSpec, _t: &str) -> Result<String, FmtError> { Ok(v.to_string()) }
pub fn format_float(v: f64, _spec: &FormatSpec, _t: &str) -> Result<String, FmtError> { Ok(float_repr(v)) }
pub fn format_complex(re: f64, im: f64, _spec: &FormatSpec) -> Result<String, FmtError> { Ok(complex_repr(re, im)) }
pub fn format_str(s: &str, _spec: &FormatSpec, _t: &str) -> Result<String, FmtError> { Ok(s.to_string()) }
pub fn parse_float(s: &str) -> Option<f64> { s.trim().parse().ok() }
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> { BigInt::parse_bytes(s.trim().as_bytes(), if base == 0 { 10 } else { base }) }
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FmtError> { let m = 10f64.powi(ndigits as i32); Ok((x * m).round() / m) }
pub fn int_to_prefixed(v: &BigInt, base: u32) -> String { format!("{}", v.to_str_radix(base)) }
pub enum PctPiece { Literal(String), Spec(PctSpec) }
pub struct PctSpec { pub key: Option<String>, pub flags: PctFlags, pub width: PctNum, pub precision: PctNum, pub conv: char }
#[derive(Clone, Copy, Default)]
pub struct PctFlags { pub left: bool, pub plus: bool, pub space: bool, pub alt: bool, pub zero: bool }
#[derive(Clone, Copy)]
pub enum PctNum { None, Star, Num(usize) }
pub fn parse_percent(fmt: &str) -> Result<Vec<PctPiece>, FmtError> { Ok(vec![PctPiece::Literal(fmt.to_string())]) }
pub enum PctValue<'a> { Int(&'a BigInt), Float(f64), Str(&'a str) }
pub fn apply_percent(_spec: &PctSpec, _w: Option<usize>, _p: Option<usize>, v: PctValue) -> Result<String, FmtError> {
    Ok(match v { PctValue::Int(b) => b.to_string(), PctValue::Float(f) => float_repr(f), PctValue::Str(s) => s.to_string() })
}
