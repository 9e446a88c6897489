//! Pure numeric algorithms behind `int`, `float` and `complex`, with CPython 3.12's results:
//! byte conversion, hex floats, integer ratios, hashing, complex arithmetic, parsing,
//! repr and `format()`. No interpreter types; errors are [`NumError`] with CPython's text.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, Zero};

/// A numeric failure: the Python exception class and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    Overflow(String),
    Value(String),
    ZeroDivision(String),
}

fn overflow(msg: &str) -> NumError {
    NumError::Overflow(msg.to_string())
}

fn value_err(msg: &str) -> NumError {
    NumError::Value(msg.to_string())
}

// ---------------------------------------------------------------- int

/// `n.to_bytes(length, byteorder, signed=signed)`. The caller bounds `length` (CPython
/// raises MemoryError for absurd lengths; this function would try to allocate them).
pub fn int_to_bytes(
    n: &BigInt,
    length: usize,
    big_endian: bool,
    signed: bool,
) -> Result<Vec<u8>, NumError> {
    if !signed && n.is_negative() {
        return Err(overflow("can't convert negative int to unsigned"));
    }
    // Like CPython, -1 is all sign bits and so fits in zero bytes.
    let mut bytes = if n.is_zero() || (signed && n == &BigInt::from(-1)) {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_le()
    } else {
        n.magnitude().to_bytes_le()
    };
    if bytes.len() > length {
        return Err(overflow("int too big to convert"));
    }
    bytes.resize(length, if n.is_negative() { 0xff } else { 0 });
    if big_endian {
        bytes.reverse();
    }
    Ok(bytes)
}

/// `int.from_bytes(data, byteorder, signed=signed)`.
pub fn int_from_bytes(data: &[u8], big_endian: bool, signed: bool) -> BigInt {
    let mut le = data.to_vec();
    if big_endian {
        le.reverse();
    }
    if le.is_empty() {
        BigInt::zero()
    } else if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &le)
    }
}

/// `n.bit_count()`: the number of one bits in `abs(n)`.
pub fn int_bit_count(n: &BigInt) -> u64 {
    n.magnitude().count_ones()
}

// ---------------------------------------------------------------- float

/// `x.hex()`: `0x1.8000000000000p+1`, subnormals as `0x0.<13 digits>p-1022`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// Python's `str.isspace` restricted to the ASCII bytes CPython's C parsers skip.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn byte_at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// Skips an optional sign at `b[*i]`; true if it was `-`.
fn take_sign(b: &[u8], i: &mut usize) -> bool {
    let c = byte_at(b, *i);
    if c == b'+' || c == b'-' {
        *i += 1;
    }
    c == b'-'
}

/// The first index at or after `i` whose byte fails `pred` (`pred(0)` must be false).
fn skip(b: &[u8], mut i: usize, pred: impl Fn(u8) -> bool) -> usize {
    while pred(byte_at(b, i)) {
        i += 1;
    }
    i
}

/// CPython's `_Py_parse_inf_or_nan`: optional sign, then `inf`, `infinity` or `nan` in any
/// case. Returns the value and the index just past it.
fn parse_inf_nan(b: &[u8], mut i: usize) -> Option<(f64, usize)> {
    let negative = take_sign(b, &mut i);
    let has = |i: usize, word: &[u8]| {
        b.get(i..i + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    let (value, end) = if has(i, b"inf") {
        (
            f64::INFINITY,
            if has(i + 3, b"inity") { i + 8 } else { i + 3 },
        )
    } else if has(i, b"nan") {
        (f64::NAN, i + 3)
    } else {
        return None;
    };
    Some((if negative { -value } else { value }, end))
}

/// `m * 2**e` for an integer `m < 2**54` whose result is representable (no rounding).
fn scale_by_pow2(mut m: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e.abs() > 1000 {
        m *= pow2(1000 * e.signum());
        e -= 1000 * e.signum();
    }
    m * pow2(e)
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> Result<f64, NumError> {
    let invalid = || value_err("invalid hexadecimal floating-point string");
    let b = s.as_bytes();
    let start = skip(b, 0, is_c_space);
    let (value, end) = match parse_inf_nan(b, start) {
        Some(found) => found,
        None => hex_literal(b, start)?.ok_or_else(invalid)?,
    };
    if skip(b, end, is_c_space) != b.len() {
        return Err(invalid());
    }
    Ok(value)
}

/// The finite hex float at `b[i..]` and its end; `Ok(None)` if malformed. Like CPython, an
/// overflow is reported before any trailing garbage.
fn hex_literal(b: &[u8], mut i: usize) -> Result<Option<(f64, usize)>, NumError> {
    let negative = take_sign(b, &mut i);
    if byte_at(b, i) == b'0' && byte_at(b, i + 1) | 0x20 == b'x' {
        i += 2;
    }
    let mut end = skip(b, i, |c| c.is_ascii_hexdigit());
    let mut digits = b[i..end].to_vec();
    let mut frac_digits = 0;
    if byte_at(b, end) == b'.' {
        let frac_end = skip(b, end + 1, |c| c.is_ascii_hexdigit());
        digits.extend_from_slice(&b[end + 1..frac_end]);
        frac_digits = (frac_end - end - 1) as i128;
        end = frac_end;
    }
    if digits.is_empty() {
        return Ok(None);
    }
    let mut exp: i64 = 0;
    if byte_at(b, end) | 0x20 == b'p' {
        end += 1;
        let exp_negative = take_sign(b, &mut end);
        let exp_end = skip(b, end, |c| c.is_ascii_digit());
        if exp_end == end {
            return Ok(None);
        }
        let ten_times = |e: i64, d: &u8| e.saturating_mul(10).saturating_add(i64::from(d - b'0'));
        exp = b[end..exp_end].iter().fold(0, ten_times);
        exp = if exp_negative { -exp } else { exp };
        end = exp_end;
    }
    let n = BigUint::parse_bytes(&digits, 16).unwrap_or_default();
    let x = hex_value(&n, i128::from(exp) - 4 * frac_digits)
        .ok_or_else(|| overflow("hexadecimal value too large to represent as a float"))?;
    Ok(Some((if negative { -x } else { x }, end)))
}

/// `n * 2**exp` rounded half-even to a float; `None` on overflow.
fn hex_value(n: &BigUint, exp: i128) -> Option<f64> {
    let top_exp = exp + i128::from(n.bits());
    if n.is_zero() || top_exp < -1074 {
        return Some(0.0);
    }
    if top_exp > 1024 {
        return None;
    }
    let lsb = top_exp.max(-1021) - 53;
    let low_u64 = |q: &BigUint| q.iter_u64_digits().next().unwrap_or(0);
    if exp >= lsb {
        return Some(scale_by_pow2(low_u64(n) as f64, exp as i64));
    }
    let shift = (lsb - exp) as u64;
    let mut q = n >> shift;
    let rem = n - (&q << shift);
    let half = BigUint::one() << (shift - 1);
    if rem > half || (rem == half && q.bit(0)) {
        q += 1u32;
    }
    let m = low_u64(&q);
    if top_exp == 1024 && m == 1 << 53 {
        return None;
    }
    Some(scale_by_pow2(m as f64, lsb as i64))
}

/// `x.as_integer_ratio()` in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_infinite() {
        return Err(overflow("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(value_err("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (mut mantissa, mut exp) = decompose(x);
    let zeros = mantissa.trailing_zeros();
    mantissa >>= zeros;
    exp += zeros as i32;
    let mut num = BigInt::from(mantissa);
    if x < 0.0 {
        num = -num;
    }
    if exp >= 0 {
        Ok((num << exp as usize, BigInt::one()))
    } else {
        Ok((num, BigInt::one() << (-exp) as usize))
    }
}

/// `|x| == mantissa * 2**exp` for finite `x`, with an integer mantissa below `2**53`.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(x)` for a float (`sys.hash_info`: modulus 2**61-1, inf 314159). CPython hashes a
/// NaN by object identity; this returns 0 for NaN and the caller substitutes the id hash.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314_159 } else { -314_159 };
    }
    let (mantissa, exp) = decompose(x);
    // 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61).
    let rotate = exp.rem_euclid(61) as u32;
    let h = ((u128::from(mantissa) << rotate) % u128::from(HASH_MODULUS)) as i64;
    let h = if x < 0.0 { -h } else { h };
    h - i64::from(h == -1) // -1 is reserved for errors: it becomes -2
}

// ---------------------------------------------------------------- float text

/// The decimal digits of finite `|x|` and the point position: `|x| = 0.DIGITS * 10**decpt`.
/// `significant` is `None` for the shortest round-trip digits, else the digit count to round
/// to (half-even, trailing zeros dropped).
fn float_digits(x: f64, significant: Option<usize>) -> (String, i64) {
    let x = x.abs();
    let mut text = match significant {
        None => format!("{x:e}"),
        // A double's exact expansion has at most 767 significant digits; Rust's formatter
        // rejects precisions above u16::MAX, so longer requests are padded by `layout`.
        Some(n) => format!("{:.*e}", n.clamp(1, 800) - 1, x),
    };
    if significant.is_none() {
        // Among the shortest strings, CPython takes the correctly rounded one (ties to even);
        // Rust breaks an exact tie upwards.
        let n = text.find('e').unwrap_or(1).saturating_sub(1).max(1);
        let rounded = format!("{:.*e}", n - 1, x);
        if rounded != text && rounded.parse::<f64>() == Ok(x) {
            text = rounded;
        }
    }
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let mut digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    (digits, exp.parse::<i64>().unwrap_or(0) + 1)
}

/// Lays out `digits` (point at `decpt`) like CPython's `format_float_short`, padding with
/// zeros to at least `min_digits` digits.
fn layout(digits: &str, decpt: i64, use_exp: bool, min_digits: i64, alt: bool, e: char) -> String {
    let (point, exp) = if use_exp { (1, decpt - 1) } else { (decpt, 0) };
    let n = digits.len() as i64;
    let end = min_digits.max(n).max(point);
    let mut out = String::new();
    let zeros = |out: &mut String, k: i64| out.extend((0..k).map(|_| '0'));
    if point <= 0 {
        out.push_str("0.");
        zeros(&mut out, -point);
        out.push_str(digits);
        zeros(&mut out, end - n);
    } else {
        let mut padded = digits.to_string();
        zeros(&mut padded, end - n);
        out.push_str(&padded[..point as usize]);
        out.push('.');
        out.push_str(&padded[point as usize..]);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("{e}{sign}{:02}", exp.abs()));
    }
    out
}

/// CPython's `PyOS_double_to_string` without the sign: `(is_negative, body)`. `code` is one
/// of `e E f F g G r`; `precision` is ignored for `r`.
fn float_body(x: f64, code: char, precision: usize, alt: bool, no_neg_0: bool) -> (bool, String) {
    let upper = code.is_ascii_uppercase();
    if x.is_nan() {
        return (false, if upper { "NAN" } else { "nan" }.to_string());
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        return (negative, if upper { "INF" } else { "inf" }.to_string());
    }
    let e = if upper { 'E' } else { 'e' };
    let body = match code.to_ascii_lowercase() {
        'f' => {
            // At most 1074 fraction digits are nonzero.
            let mut s = format!("{:.*}", precision.min(1100), x.abs());
            s.extend(std::iter::repeat_n('0', precision.saturating_sub(1100)));
            if alt && precision == 0 {
                s.push('.');
            }
            s
        }
        'e' => {
            let (digits, decpt) = float_digits(x, Some(precision + 1));
            layout(&digits, decpt, true, precision as i64 + 1, alt, e)
        }
        'g' => {
            let p = precision.max(1);
            let (digits, decpt) = float_digits(x, Some(p));
            let use_exp = decpt <= -4 || decpt > p as i64;
            let min = if alt { p as i64 } else { 0 };
            layout(&digits, decpt, use_exp, min, alt, e)
        }
        _ => {
            let (digits, decpt) = float_digits(x, None);
            layout(&digits, decpt, decpt <= -4 || decpt > 16, 0, alt, e)
        }
    };
    let all_zero = !body.bytes().any(|c| (b'1'..=b'9').contains(&c));
    (negative && !(no_neg_0 && all_zero), body)
}

// ---------------------------------------------------------------- complex arithmetic

/// CPython's `_Py_c_quot` (Smith's method); `None` when dividing by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b`.
pub fn complex_div(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), NumError> {
    c_quot(a, b).ok_or_else(|| NumError::ZeroDivision("complex division by zero".to_string()))
}

/// `x ** n` by repeated squaring, for `0 <= n <= 100`.
fn c_powu(x: (f64, f64), n: u32) -> (f64, f64) {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u32);
    while mask <= n {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `a ** b` (no modulus). `None` stands for C's `EDOM`.
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i32;
        return if n > 0 {
            Some(c_powu(a, n.unsigned_abs()))
        } else {
            c_quot((1.0, 0.0), c_powu(a, n.unsigned_abs()))
        };
    }
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        return if b.1 != 0.0 || b.0 < 0.0 {
            None
        } else {
            Some((0.0, 0.0))
        };
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // The C library's cos/sin report EDOM for an infinite argument.
    if phase.is_infinite() {
        return None;
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` for complex numbers, with CPython's errors.
pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Result<(f64, f64), NumError> {
    let p = c_pow(a, b)
        .ok_or_else(|| NumError::ZeroDivision("0.0 to a negative or complex power".to_string()))?;
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(overflow("complex exponentiation"));
    }
    Ok(p)
}

/// `abs(z)`.
pub fn complex_abs(re: f64, im: f64) -> Result<f64, NumError> {
    if re.is_infinite() || im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if re.is_nan() || im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(overflow("absolute value too large"));
    }
    Ok(r)
}

/// `hash(z)`: `hash(re) + 1000003 * hash(im)` in wrapping unsigned arithmetic. A NaN part
/// hashes as 0 here (CPython uses the object's identity).
pub fn complex_hash(re: f64, im: f64) -> i64 {
    let h = (float_hash(re) as u64).wrapping_add(1_000_003u64.wrapping_mul(float_hash(im) as u64));
    h as i64 - i64::from(h as i64 == -1)
}

// ---------------------------------------------------------------- complex text

/// `repr(complex(re, im))`, also `str()`.
pub fn complex_repr(re: f64, im: f64) -> String {
    render_complex(re, im, &Spec::default())
}

/// The zeros of the Unicode decimal digit runs (category `Nd`, Unicode 15.0 as in CPython
/// 3.12); digits 0-9 of each run are ten consecutive code points.
const DIGIT_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

fn unicode_decimal(ch: char) -> Option<u8> {
    let c = ch as u32;
    let i = DIGIT_ZEROS.partition_point(|&z| z <= c).checked_sub(1)?;
    let d = c - DIGIT_ZEROS[i];
    (d < 10).then_some(d as u8)
}

/// Python's `repr(str)`. Rust's `Debug` escaping treats the same Unicode categories as
/// unprintable as `str.isprintable` does (up to the two Unicode versions).
fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let printable = |ch: char| {
        let escaped = String::from_iter(['a', ch]).escape_debug().to_string();
        !escaped.contains("\\u{")
    };
    let mut out = String::from(quote);
    for ch in s.chars() {
        let c = ch as u32;
        match ch {
            '\\' | '\n' | '\r' | '\t' => out.extend(ch.escape_default()),
            _ if ch == quote => out.extend(['\\', ch]),
            _ if c >= 0x20 && printable(ch) => out.push(ch),
            _ if c < 0x100 => out.push_str(&format!("\\x{c:02x}")),
            _ if c < 0x10000 => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    out.push(quote);
    out
}

/// Drops underscores that sit between digits; `None` if any is misplaced (or a NUL shows).
fn strip_underscores(b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == 0 {
            return None;
        }
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// The longest prefix of `b[i..]` that is a float literal (no leading space), as CPython's
/// `PyOS_string_to_double` with no overflow exception (overflow gives an infinity).
fn scan_float(b: &[u8], start: usize) -> Option<(f64, usize)> {
    let mut j = start;
    take_sign(b, &mut j);
    let int_end = skip(b, j, |c| c.is_ascii_digit());
    let mut any_digit = int_end > j;
    j = int_end;
    if byte_at(b, j) == b'.' {
        let frac_end = skip(b, j + 1, |c| c.is_ascii_digit());
        if any_digit || frac_end > j + 1 {
            (any_digit, j) = (true, frac_end);
        }
    }
    if !any_digit {
        return parse_inf_nan(b, start);
    }
    if byte_at(b, j) | 0x20 == b'e' {
        let mut k = j + 1;
        take_sign(b, &mut k);
        let exp_end = skip(b, k, |c| c.is_ascii_digit());
        if exp_end > k {
            j = exp_end;
        }
    }
    Some((parse_decimal(&b[start..j])?, j))
}

/// Parses a decimal literal checked by `scan_float`. Rust's parser saturates exponents, which
/// is wrong for huge digit strings, so the text is normalised to `0.DIGITSeN` first.
fn parse_decimal(text: &[u8]) -> Option<f64> {
    let text = std::str::from_utf8(text).ok()?;
    let (mantissa, exp) = text.split_once(['e', 'E']).unwrap_or((text, "0"));
    let unsigned = mantissa.trim_start_matches(['+', '-']);
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let all = format!("{int}{frac}");
    let digits = all.trim_start_matches('0');
    let (exp_negative, exp) = (exp.starts_with('-'), exp.trim_start_matches(['+', '-']));
    let ten_times = |e: i64, d: u8| e.saturating_mul(10).saturating_add(i64::from(d - b'0'));
    let exp = exp.bytes().fold(0, ten_times);
    let shift = int.len() as i64 - (all.len() - digits.len()) as i64;
    let exp = if exp_negative { -exp } else { exp }.saturating_add(shift);
    let sign = if mantissa.starts_with('-') { "-" } else { "" };
    let exp = exp.clamp(-100_000, 100_000);
    format!("{sign}0.{digits}0e{exp}").parse().ok()
}

/// CPython's `complex_from_string_inner` on ASCII text.
fn complex_from_ascii(b: &[u8]) -> Option<(f64, f64)> {
    let mut i = skip(b, 0, is_c_space);
    let bracket = byte_at(b, i) == b'(';
    if bracket {
        i = skip(b, i + 1, is_c_space);
    }
    let sign_one = |c: u8| if c == b'+' { 1.0 } else { -1.0 };
    let is_j = |c: u8| c == b'j' || c == b'J';
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, end)) = scan_float(b, i) {
        i = end;
        let c = byte_at(b, i);
        if c == b'+' || c == b'-' {
            x = z;
            match scan_float(b, i) {
                Some((v, end)) => (y, i) = (v, end),
                None => (y, i) = (sign_one(c), i + 1),
            }
            if !is_j(byte_at(b, i)) {
                return None;
            }
            i += 1;
        } else if is_j(c) {
            y = z;
            i += 1;
        } else {
            x = z;
        }
    } else {
        let c = byte_at(b, i);
        if c == b'+' || c == b'-' {
            y = sign_one(c);
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(byte_at(b, i)) {
            return None;
        }
        i += 1;
    }
    i = skip(b, i, is_c_space);
    if bracket {
        if byte_at(b, i) != b')' {
            return None;
        }
        i = skip(b, i + 1, is_c_space);
    }
    (i == b.len()).then_some((x, y))
}

/// `complex(s)` for a string argument.
pub fn complex_parse(s: &str) -> Result<(f64, f64), NumError> {
    let mut ascii: Vec<u8> = s
        .chars()
        .map(|ch| match ch {
            _ if (ch as u32) < 127 => ch as u8,
            _ if ch.is_whitespace() => b' ',
            _ => unicode_decimal(ch).map_or(b'?', |d| b'0' + d),
        })
        .collect();
    // CPython scans for '_' as a C string, so only up to the first NUL.
    if ascii.iter().take_while(|&&c| c != 0).any(|&c| c == b'_') {
        ascii = strip_underscores(&ascii).ok_or_else(|| {
            NumError::Value(format!(
                "could not convert string to complex: {}",
                str_repr(s)
            ))
        })?;
    }
    complex_from_ascii(&ascii).ok_or_else(|| value_err("complex() arg is a malformed string"))
}

/// A parsed standard format specifier.
struct Spec {
    fill: char,
    align: char,
    sign: char,
    no_neg_0: bool,
    alt: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

impl Default for Spec {
    fn default() -> Self {
        let (fill, align, sign) = (' ', '>', '-');
        let (no_neg_0, alt, width, grouping, precision, kind) = (false, false, 0, None, None, None);
        Spec {
            fill,
            align,
            sign,
            no_neg_0,
            alt,
            width,
            grouping,
            precision,
            kind,
        }
    }
}

/// Reads a decimal count at `chars[*i..]`; `Ok(None)` if there are no digits.
fn spec_integer(chars: &[char], i: &mut usize) -> Result<Option<usize>, NumError> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_err("Too many decimal digits in format string"))?;
        *i += 1;
    }
    Ok((*i > start).then_some(n))
}

/// A presentation type as CPython quotes it in messages.
fn code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// CPython's `parse_internal_render_format_spec` with numeric defaults.
fn parse_spec(spec: &str, type_name: &str) -> Result<Spec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let is_align = |c: Option<&char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let (fill_given, align_given) = (is_align(chars.get(1)), is_align(chars.first()));
    let mut i = 0;
    if fill_given {
        (s.fill, s.align, i) = (chars[0], chars[1], 2);
    } else if align_given {
        (s.align, i) = (chars[0], 1);
    }
    let eat = |i: &mut usize, options: &str| {
        let c = chars.get(*i).copied().filter(|c| options.contains(*c));
        *i += usize::from(c.is_some());
        c
    };
    s.sign = eat(&mut i, "+- ").unwrap_or('-');
    s.no_neg_0 = eat(&mut i, "z").is_some();
    s.alt = eat(&mut i, "#").is_some();
    if !fill_given && eat(&mut i, "0").is_some() {
        s.fill = '0';
        if !(fill_given || align_given) {
            s.align = '=';
        }
    }
    s.width = spec_integer(&chars, &mut i)?.unwrap_or(0);
    let comma = eat(&mut i, ",");
    let underscore = eat(&mut i, "_");
    if (comma.is_some() && underscore.is_some())
        || (underscore.is_some() && eat(&mut i, ",").is_some())
    {
        return Err(value_err("Cannot specify both ',' and '_'."));
    }
    s.grouping = comma.or(underscore);
    if eat(&mut i, ".").is_some() {
        s.precision = spec_integer(&chars, &mut i)?;
        if s.precision.is_none() {
            return Err(value_err("Format specifier missing precision"));
        }
    }
    if chars.len() - i > 1 {
        return Err(NumError::Value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    s.kind = chars.get(i).copied();
    if let Some(sep) = s.grouping {
        let allowed = match s.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !allowed {
            let kind = code_text(s.kind.unwrap_or('\0'));
            return Err(NumError::Value(format!(
                "Cannot specify '{sep}' with '{kind}'."
            )));
        }
    }
    Ok(s)
}

/// Inserts `sep` every three digits into the leading digit run of `body`.
fn group_digits(body: &str, sep: char) -> String {
    let run = body.bytes().take_while(u8::is_ascii_digit).count();
    let mut out = String::with_capacity(body.len() + run / 3);
    for (k, ch) in body[..run].chars().enumerate() {
        if k > 0 && (run - k) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out.push_str(&body[run..]);
    out
}

/// CPython's `format_complex_internal` without the padding.
fn render_complex(re: f64, im: f64, s: &Spec) -> String {
    let (mut code, mut precision) = (s.kind.unwrap_or('r'), s.precision.unwrap_or(6));
    let (mut skip_re, mut parens) = (false, false);
    if s.kind.is_none() {
        precision = s.precision.unwrap_or(0);
        if s.precision.is_some() {
            code = 'g';
        }
        skip_re = re == 0.0 && re.is_sign_positive();
        parens = !skip_re;
    }
    if code == 'n' {
        code = 'g';
    }
    let part = |x: f64, sign: char| {
        let (negative, body) = float_body(x, code, precision, s.alt, s.no_neg_0);
        let body = match s.grouping {
            Some(sep) => group_digits(&body, sep),
            None => body,
        };
        let sign = match (negative, sign) {
            (true, _) => "-",
            (false, '+') => "+",
            (false, ' ') => " ",
            _ => "",
        };
        format!("{sign}{body}")
    };
    let re_text = if skip_re {
        String::new()
    } else {
        part(re, s.sign)
    };
    let im_text = part(im, if skip_re { s.sign } else { '+' });
    if parens {
        format!("({re_text}{im_text}j)")
    } else {
        format!("{re_text}{im_text}j")
    }
}

/// `format(complex(re, im), spec)`. Locale-aware `n` behaves as `g` in the C locale.
/// Widths beyond `i32::MAX` give an Overflow error instead of CPython's MemoryError.
pub fn complex_format(re: f64, im: f64, spec: &str) -> Result<String, NumError> {
    let s = parse_spec(spec, "complex")?;
    if let Some(k) = s.kind.filter(|k| !"eEfFgGn".contains(*k)) {
        let code = code_text(k);
        let msg = format!("Unknown format code '{code}' for object of type 'complex'");
        return Err(NumError::Value(msg));
    }
    if s.fill == '0' {
        return Err(value_err(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == '=' {
        return Err(value_err(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_err("precision too big"));
    }
    if s.width > i32::MAX as usize {
        return Err(overflow("format width too big"));
    }
    let out = render_complex(re, im, &s);
    let pad = s.width.saturating_sub(out.len());
    let (left, right) = match s.align {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill = |k: usize| std::iter::repeat_n(s.fill, k).collect::<String>();
    Ok(format!("{}{out}{}", fill(left), fill(right)))
}

#[cfg(test)]
mod tests {
    //! Expected values were printed by CPython 3.12.1.
    use super::*;

    const INF: f64 = f64::INFINITY;
    const NAN: f64 = f64::NAN;

    fn ov<T>(m: &str) -> Result<T, NumError> {
        Err(NumError::Overflow(m.into()))
    }
    fn val<T>(m: &str) -> Result<T, NumError> {
        Err(NumError::Value(m.into()))
    }
    fn zd<T>(m: &str) -> Result<T, NumError> {
        Err(NumError::ZeroDivision(m.into()))
    }

    #[test]
    fn int_bytes() {
        let to = |n: i64, len, signed| int_to_bytes(&BigInt::from(n), len, true, signed);
        assert_eq!(to(-1, 3, true), Ok(vec![0xff; 3]));
        assert_eq!(to(-1, 0, true), Ok(vec![]));
        assert_eq!(to(-128, 1, true), Ok(vec![0x80]));
        assert_eq!(to(1000, 4, false), Ok(vec![0, 0, 3, 0xe8]));
        assert_eq!(
            int_to_bytes(&BigInt::from(1000), 3, false, false),
            Ok(vec![0xe8, 3, 0])
        );
        for (n, len, signed) in [(128, 1, true), (-129, 1, true), (1, 0, false)] {
            assert_eq!(to(n, len, signed), ov("int too big to convert"));
        }
        assert_eq!(
            to(-1, 8, false),
            ov("can't convert negative int to unsigned")
        );
        assert_eq!(int_from_bytes(&[0xff, 0], true, true), BigInt::from(-256));
        assert_eq!(int_from_bytes(&[0xff, 0], false, true), BigInt::from(255));
        assert_eq!(int_from_bytes(&[], true, true), BigInt::zero());
        assert_eq!(int_bit_count(&((BigInt::one() << 70usize) - 1)), 70);
        assert_eq!(int_bit_count(&BigInt::from(-255)), 8);
    }

    #[test]
    fn hex_round_trip() {
        for (x, text) in [
            (3.0, "0x1.8000000000000p+1"),
            (-0.0, "-0x0.0p+0"),
            (5e-324, "0x0.0000000000001p-1022"),
            (0.1, "0x1.999999999999ap-4"),
            (f64::MAX, "0x1.fffffffffffffp+1023"),
            (-INF, "-inf"),
        ] {
            assert_eq!((float_hex(x).as_str(), float_fromhex(text)), (text, Ok(x)));
        }
        assert_eq!(float_hex(NAN), "nan");
        for (text, x) in [
            (" -0X1.8P+1\n", -3.0),
            ("-Infinity", -INF),
            ("0x1.00000000000008p0", 1.0),
            ("0x1.00000000000018p0", 1.0000000000000004),
            ("0x1p-1075", 0.0),
            ("0x3p-1075", 1e-323),
            ("0x.8", 0.5),
            ("0x1.fffffffffffff7ffp1023", f64::MAX),
            ("0x0p99999999999999999999999", 0.0),
        ] {
            assert_eq!(float_fromhex(text), Ok(x), "{text:?}");
        }
        assert!(float_fromhex(" nan ").is_ok_and(f64::is_nan));
        for text in ["0x1.fffffffffffff8p1023", "0x1p9999 x"] {
            let msg = "hexadecimal value too large to represent as a float";
            assert_eq!(float_fromhex(text), ov(msg), "{text:?}");
        }
        for text in ["0x", "1p", "infi", "- 0x1p0", "\x1c1p1", ""] {
            let msg = "invalid hexadecimal floating-point string";
            assert_eq!(float_fromhex(text), val(msg), "{text:?}");
        }
    }

    #[test]
    fn ratio_and_hash() {
        let ratio = |x: f64| float_as_integer_ratio(x).map(|(n, d)| format!("{n}/{d}"));
        assert_eq!(
            ratio(0.1).as_deref(),
            Ok("3602879701896397/36028797018963968")
        );
        assert_eq!(
            ratio(-2.5e-3).as_deref(),
            Ok("-5764607523034235/2305843009213693952")
        );
        assert_eq!(ratio(1e20).as_deref(), Ok("100000000000000000000/1"));
        assert_eq!(ratio(-0.0).as_deref(), Ok("0/1"));
        assert_eq!(ratio(-INF), ov("cannot convert Infinity to integer ratio"));
        assert_eq!(ratio(NAN), val("cannot convert NaN to integer ratio"));
        for (x, h) in [
            (1.5, 1152921504606846977),
            (-1.0, -2),
            (0.1, 230584300921369408),
            (-2.5e-300, -52920977297143526),
            (INF, 314159),
            (5e-324, 16777216),
        ] {
            assert_eq!(float_hash(x), h, "{x}");
        }
        assert_eq!(complex_hash(1.0, 2.0), 2000007);
        assert_eq!(complex_hash(0.1, -0.2), -1152921504632447040);
        assert_eq!(complex_hash(-1.0, 0.0), -2);
        assert_eq!(complex_hash(1e300, INF), 1224995576915701641);
    }

    #[test]
    fn reprs() {
        for ((re, im), text) in [
            ((0.0, 1.0), "1j"),
            ((1.0, 2.0), "(1+2j)"),
            ((-0.0, -1.0), "(-0-1j)"),
            ((0.0, 0.0), "0j"),
            ((-0.0, -0.0), "(-0-0j)"),
            ((1.0, NAN), "(1+nanj)"),
            ((0.0, INF), "infj"),
            ((1e300, 1e-300), "(1e+300+1e-300j)"),
            ((1e16, 1e15), "(1e+16+1000000000000000j)"),
            ((0.0001, 0.00001), "(0.0001+1e-05j)"),
            ((NAN, -INF), "(nan-infj)"),
            // An exact tie between two shortest candidates goes to the even digit.
            (
                (-1282008486872077.0 - 0.25, 0.0),
                "(-1282008486872077.2+0j)",
            ),
        ] {
            assert_eq!(complex_repr(re, im), text);
        }
        let reprs =
            [1e16, -0.0, 123.0, 911597790062080.0 + 0.25].map(crate::object::format::float_repr);
        assert_eq!(reprs, ["1e+16", "-0.0", "123.0", "911597790062080.2"]);
    }

    #[test]
    fn parsing() {
        for (text, value) in [
            (" (1+2j) ", (1.0, 2.0)),
            ("-j", (0.0, -1.0)),
            ("1e3J", (0.0, 1000.0)),
            ("1_000.5-1_0j", (1000.5, -10.0)),
            ("1-j", (1.0, -1.0)),
            ("\u{2003}(\u{661}+2j)\u{2003}", (1.0, 2.0)),
            ("\x0b-infinityj", (0.0, -INF)),
            ("1e999", (INF, 0.0)),
            (".5j", (0.0, 0.5)),
        ] {
            assert_eq!(complex_parse(text), Ok(value), "{text:?}");
        }
        assert!(complex_parse("inf+nanj").is_ok_and(|(re, im)| re == INF && im.is_nan()));
        let long = format!("{}e-70300", "1".repeat(70000));
        assert_eq!(complex_parse(&long), Ok((1.1111111111111111e-301, 0.0)));
        for text in [
            "1+ 2j", "", "()", "1e", "1ej", "(1+2j", "\x1c1j", "1j\0", "1j1j", "j1",
        ] {
            assert_eq!(
                complex_parse(text),
                val("complex() arg is a malformed string")
            );
        }
        for (text, shown) in [
            ("1__2j", "'1__2j'"),
            ("_1j", "'_1j'"),
            ("1_0j\0'", "\"1_0j\\x00'\""),
        ] {
            let msg = format!("could not convert string to complex: {shown}");
            assert_eq!(complex_parse(text), val(&msg));
        }
    }

    #[test]
    fn arithmetic() {
        assert_eq!(complex_div((1.0, 2.0), (3.0, -4.0)), Ok((-0.2, 0.4)));
        assert_eq!(
            complex_div((1e300, 1e300), (1e-300, 1e300)),
            Ok((1.0, -1.0))
        );
        assert_eq!(
            complex_div((1.0, 1.0), (0.0, -0.0)),
            zd("complex division by zero")
        );
        let pow = complex_pow;
        assert_eq!(pow((2.0, 3.0), (2.0, 0.0)), Ok((-5.0, 12.0)));
        let cube = (-0.020937642239417388, -0.004096495220755576);
        assert_eq!(pow((2.0, 3.0), (-3.0, 0.0)), Ok(cube));
        let root = (1.0986841134678098, 0.45508986056222733);
        assert_eq!(pow((1.0, 1.0), (0.5, 0.0)), Ok(root));
        assert_eq!(pow((0.0, 1.0), (0.0, 1.0)), Ok((0.20787957635076193, 0.0)));
        assert_eq!(pow((0.0, 0.0), (0.0, 0.0)), Ok((1.0, 0.0)));
        for (a, b) in [
            ((0.0, 0.0), (-1.0, 0.0)),
            ((0.0, 0.0), (0.0, 1.0)),
            ((1e-200, 0.0), (-2.0, 0.0)),
            ((1.0, 1.0), (INF, 0.0)),
        ] {
            assert_eq!(
                pow(a, b),
                zd("0.0 to a negative or complex power"),
                "{a:?} {b:?}"
            );
        }
        assert_eq!(pow((1e200, 0.0), (2.0, 0.0)), ov("complex exponentiation"));
        assert!(pow((INF, 0.0), (2.0, 0.0)).is_ok_and(|(re, im)| re.is_nan() && im.is_nan()));
        assert_eq!(complex_abs(3.0, 4.0), Ok(5.0));
        assert_eq!(complex_abs(INF, NAN), Ok(INF));
        assert_eq!(
            complex_abs(1.5e308, 1.5e308),
            ov("absolute value too large")
        );
    }

    #[test]
    fn formatting() {
        for (spec, first, second) in [
            (".2f", "1234.50-0.00j", "0.00+2.00j"),
            ("10", "(1234.5-1e-05j)", "        2j"),
            ("<20", "(1234.5-1e-05j)     ", "2j                  "),
            ("+.3e", "+1.234e+03-1.000e-05j", "+0.000e+00+2.000e+00j"),
            ("g", "1234.5-1e-05j", "0+2j"),
            ("^12", "(1234.5-1e-05j)", "     2j     "),
            ("#", "(1234.5-1.e-05j)", "2.j"),
            (".3", "(1.23e+03-1e-05j)", "2j"),
            (",", "(1,234.5-1e-05j)", "2j"),
            ("z.1f", "1234.5+0.0j", "0.0+2.0j"),
            (
                "E",
                "1.234500E+03-1.000000E-05j",
                "0.000000E+00+2.000000E+00j",
            ),
            ("n", "1234.5-1e-05j", "0+2j"),
            ("", "(1234.5-1e-05j)", "2j"),
        ] {
            let pair = (
                complex_format(1234.5, -0.00001, spec),
                complex_format(0.0, 2.0, spec),
            );
            assert_eq!(pair, (Ok(first.into()), Ok(second.into())), "{spec:?}");
        }
        assert_eq!(complex_format(0.125, 2.5, ".2f"), Ok("0.12+2.50j".into()));
        let long = complex_format(0.5, 0.0, ".70000f").map(|text| text.len());
        assert_eq!(long, Ok(140006));
        assert_eq!(complex_format(NAN, -INF, "F"), Ok("NAN-INFj".into()));
        assert_eq!(complex_format(0.0, -0.0, "z"), Ok("0j".into()));
        assert_eq!(complex_format(1.0, 2.0, "é^9"), Ok("é(1+2j)éé".into()));
        for (spec, text) in [
            ("%", "Unknown format code '%' for object of type 'complex'"),
            (
                "\x01",
                "Unknown format code '\\x1' for object of type 'complex'",
            ),
            ("_x", "Unknown format code 'x' for object of type 'complex'"),
            (
                "010",
                "Zero padding is not allowed in complex format specifier",
            ),
            (
                "0<10",
                "Zero padding is not allowed in complex format specifier",
            ),
            (
                "=10",
                "'=' alignment flag is not allowed in complex format specifier",
            ),
            (
                "xx",
                "Invalid format specifier 'xx' for object of type 'complex'",
            ),
            (".", "Format specifier missing precision"),
            (",,", "Cannot specify ',' with ','."),
            (",_", "Cannot specify both ',' and '_'."),
            (",n", "Cannot specify ',' with 'n'."),
            (".2147483648", "precision too big"),
            (
                "99999999999999999999",
                "Too many decimal digits in format string",
            ),
        ] {
            assert_eq!(complex_format(1.0, 2.0, spec), val(text), "{spec:?}");
        }
    }
}
