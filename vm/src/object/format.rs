//! Owns number/string text formatting: float repr, format specs, %-formatting, int()/float() parsing.
//!
//! Behaviour follows CPython 3.12 (`Objects/stringlib/unicode_format.h`, `Python/formatter_unicode.c`,
//! `Python/pystrtod.c`, `Objects/unicodeobject.c`, `Objects/longobject.c`). Error strings are
//! CPython's messages; the caller chooses the exception class (see [`FormatError`]).
//! Digit generation uses Rust's exact/shortest float formatting, then CPython's layout rules.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Largest width/precision honoured. Beyond this the `format_*` functions return an error
/// (`"width too large"` / `"precision too large"`, where CPython would raise MemoryError) and the
/// `percent_*` functions clamp, so callers should reject larger values themselves.
pub const MAX_WIDTH: usize = 100_000_000;

/// Error from [`format_int`] / [`format_i64`]: `Value` → ValueError, `Overflow` → OverflowError.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    Value(String),
    Overflow(String),
}

impl FormatError {
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m,
        }
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

impl From<String> for FormatError {
    fn from(m: String) -> Self {
        FormatError::Value(m)
    }
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
/// `fill` is `' '` unless given; the legacy `0` flag sets `zero_pad` and `fill = '0'`.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub coerce_neg_zero: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            coerce_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// First code point of every run of Unicode decimal digits (Unicode 15.0, as in CPython 3.12).
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// Value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`).
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = DECIMAL_ZEROS[idx.checked_sub(1)?];
    (cp - zero < 10).then_some(cp - zero)
}

/// `'%c'` in CPython messages for printable ASCII, else `'\x%x'`.
fn code_repr(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

fn unknown_code(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(c),
        type_name
    )
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of decimal digits; `None` if there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: u64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        if acc > (i64::MAX as u64 - u64::from(d)) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + u64::from(d);
        *pos += 1;
    }
    Ok((*pos > start).then(|| usize::try_from(acc).unwrap_or(usize::MAX)))
}

/// Parses a format spec; `type_name` is only used in the "Invalid format specifier" message.
/// Errors are ValueError messages.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.coerce_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        out.fill = '0';
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    const BOTH: &str = "Cannot specify both ',' and '_'.";
    if pos < end && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err(BOTH.to_string());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.grouping == Some('_') {
        return Err(BOTH.to_string());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    if let (Some(g), Some(t)) = (out.grouping, out.ty) {
        let ok = matches!(t, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F')
            || (g == '_' && matches!(t, 'b' | 'o' | 'x' | 'X'));
        if !ok {
            return Err(format!("Cannot specify '{g}' with '{}'.", code_repr(t)));
        }
    }
    Ok(out)
}

fn check_width(width: Option<usize>) -> Result<i64, String> {
    match width {
        None => Ok(-1),
        Some(w) if w > MAX_WIDTH => Err("width too large".to_string()),
        Some(w) => Ok(w as i64),
    }
}

fn push_n(out: &mut String, c: char, n: i64) {
    out.extend(std::iter::repeat_n(c, usize::try_from(n).unwrap_or(0)));
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII) from the right,
/// adding leading zeros (and separators) until `min_width` characters are reached.
fn group_digits(digits: &str, min_width: i64, group: Option<(char, usize)>) -> String {
    // Built right to left, then reversed; everything here is ASCII.
    let digits = digits.as_bytes();
    let sep = group.map_or(b',', |g| g.0 as u8);
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len().max(min_width.max(0) as usize) + 8);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut use_sep = false;
    let mut put = |len: i64, remaining: &mut i64, use_sep: bool| {
        if use_sep {
            rev.push(sep);
        }
        let n = (*remaining).min(len).max(0);
        let end = *remaining as usize;
        rev.extend(digits[end - n as usize..end].iter().rev());
        rev.extend(std::iter::repeat_n(b'0', (len - n).max(0) as usize));
        *remaining -= n;
    };
    let mut broken = false;
    if let Some((_, size)) = group {
        loop {
            let len = (size as i64).min(remaining.max(min_width).max(1));
            put(len, &mut remaining, use_sep);
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        put(remaining.max(min_width).max(1), &mut remaining, use_sep);
    }
    rev.iter().rev().map(|&b| b as char).collect()
}

/// CPython's `calc_number_widths` + `fill_number`: sign, prefix, padding, grouped digits,
/// decimal point and remainder (fraction/exponent/`%`/`c` char).
fn layout_number(
    neg: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    spec: &FormatSpec,
    group: Option<(char, usize)>,
) -> Result<String, String> {
    let width = check_width(spec.width)?;
    let sign = match spec.sign {
        _ if neg => Some('-'),
        Some('+') => Some('+'),
        Some(' ') => Some(' '),
        _ => None,
    };
    let align = spec.align.unwrap_or(if spec.zero_pad { '=' } else { '>' });
    let fill = spec.fill;
    let fixed = i64::from(sign.is_some())
        + prefix.len() as i64
        + i64::from(has_decimal)
        + remainder.chars().count() as i64;
    let min_width = if fill == '0' && align == '=' {
        width - fixed
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, group)
    };
    let pad = (width - fixed - grouped.len() as i64).max(0);
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let mut out = String::with_capacity((fixed + pad) as usize + grouped.len());
    push_n(&mut out, fill, lpad);
    out.extend(sign);
    out.push_str(prefix);
    push_n(&mut out, fill, spad);
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    push_n(&mut out, fill, rpad);
    Ok(out)
}

/// format(str, spec). Errors are ValueError messages.
pub fn format_str(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match spec.ty {
        None => {
            if let Some(g) = spec.grouping {
                return Err(format!("Cannot specify '{g}' with 's'."));
            }
        }
        Some('s') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".into()),
        Some(_) => return Err("Sign not allowed in string format specifier".into()),
        None => {}
    }
    if spec.coerce_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let width = check_width(spec.width)?;
    let text = match spec.precision {
        Some(p) => match value.char_indices().nth(p) {
            Some((i, _)) => &value[..i],
            None => value,
        },
        None => value,
    };
    let pad = (width - text.chars().count() as i64).max(0);
    let (lpad, rpad) = match spec.align.unwrap_or('<') {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(text.len() + pad as usize);
    push_n(&mut out, spec.fill, lpad);
    out.push_str(text);
    push_n(&mut out, spec.fill, rpad);
    Ok(out)
}

/// Digit string without trailing zeros ("0" for zero) and decimal-point position, as dtoa.
enum DigitMode {
    Shortest,
    Significant(usize),
    Fixed(usize),
}

fn float_digits(x: f64, mode: DigitMode) -> (String, i64) {
    let text = match mode {
        DigitMode::Shortest => {
            // Rust breaks ties between equally short candidates upwards; dtoa picks the
            // correctly rounded (half-even) one whenever it round-trips.
            let shortest = format!("{x:e}");
            let n = shortest.split('e').next().map_or(1, |m| m.len().max(2) - 1);
            let exact = format!("{:.*e}", n - 1, x);
            if exact != shortest && exact.parse::<f64>() == Ok(x) {
                exact
            } else {
                shortest
            }
        }
        // A double has at most 767 significant and 1074 fractional decimal digits, so capping
        // keeps the result exact (and within Rust's u16 precision limit).
        DigitMode::Significant(n) => format!("{:.*e}", n.clamp(1, 1100) - 1, x),
        DigitMode::Fixed(n) => format!("{:.*}", n.min(1100), x),
    };
    let (mantissa, exp) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text.as_str(), 0),
    };
    let int_len = mantissa.find('.').unwrap_or(mantissa.len()) as i64;
    let all: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let trimmed = all.trim_start_matches('0');
    let decpt = exp + int_len - (all.len() - trimmed.len()) as i64;
    let trimmed = trimmed.trim_end_matches('0');
    if trimmed.is_empty() {
        ("0".to_string(), 1)
    } else {
        (trimmed.to_string(), decpt)
    }
}

#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    alt: bool,
    add_dot_0: bool,
    upper: bool,
    no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string` for codes 'e', 'f', 'g', 'r' (lowercase; `flags.upper`
/// selects 'E'/"INF"). `precision` must be at most [`MAX_WIDTH`].
fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    if x.is_nan() {
        return if flags.upper { "NAN" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        let s = if flags.upper { "INF" } else { "inf" };
        return if x < 0.0 {
            format!("-{s}")
        } else {
            s.to_string()
        };
    }
    let (precision, mode) = match code {
        'e' => (precision + 1, DigitMode::Significant(precision + 1)),
        'f' => (precision, DigitMode::Fixed(precision)),
        'g' => (precision.max(1), DigitMode::Significant(precision.max(1))),
        _ => (0, DigitMode::Shortest),
    };
    let precision = precision as i64;
    let (digits, mut decpt) = float_digits(x.abs(), mode);
    let neg = x.is_sign_negative() && !(flags.no_neg_0 && digits == "0");
    let dlen = digits.len() as i64;
    let mut use_exp = false;
    let mut vend = dlen;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vend = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    let mut s = String::with_capacity((vend - vstart + 8).max(0) as usize);
    if neg {
        s.push('-');
    }
    if decpt <= 0 {
        push_n(&mut s, '0', decpt - vstart);
        s.push('.');
        push_n(&mut s, '0', -decpt);
    } else {
        push_n(&mut s, '0', -vstart);
    }
    if 0 < decpt && decpt <= dlen {
        s.push_str(&digits[..decpt as usize]);
        s.push('.');
        s.push_str(&digits[decpt as usize..]);
    } else {
        s.push_str(&digits);
    }
    if dlen < decpt {
        push_n(&mut s, '0', decpt - dlen);
        s.push('.');
        push_n(&mut s, '0', vend - decpt);
    } else {
        push_n(&mut s, '0', vend - dlen);
    }
    if s.ends_with('.') && !flags.alt {
        s.pop();
    }
    if use_exp {
        s.push(if flags.upper { 'E' } else { 'e' });
        s.push_str(&format!("{exp:+03}"));
    }
    s
}

/// CPython's repr() of a float (shortest round-trip digits, exponent when exp < -4 or >= 16).
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// format(float, spec). `type_name` names the object in messages. Errors are ValueError messages.
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(t, type_name));
        }
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    if spec.precision.is_some_and(|p| p > MAX_WIDTH) {
        return Err("precision too large".to_string());
    }
    let flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.coerce_neg_zero,
        upper: matches!(ty, Some('E' | 'F' | 'G')),
        add_dot_0: ty.is_none(),
    };
    let mut value = value;
    let mut code = match ty {
        None => 'r',
        Some('%') => {
            value *= 100.0;
            'f'
        }
        Some('n') => 'g',
        Some(t) => t.to_ascii_lowercase(),
    };
    let precision = match spec.precision {
        None if code == 'r' => 0,
        None => 6,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(value, code, precision, flags);
    if ty == Some('%') {
        buf.push('%');
    }
    let (neg, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(ndig);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let group = match (ty, spec.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(g)) => Some((g, 3)),
    };
    layout_number(neg, "", digits, has_decimal, remainder, spec, group)
}

#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    fn magnitude_str(self, base: u32) -> String {
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                match base {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(base),
        }
    }

    fn to_f64(self) -> Option<f64> {
        let f = match self {
            IntRef::Small(v) => v as f64,
            IntRef::Big(b) => b.to_f64()?,
        };
        f.is_finite().then_some(f)
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

fn format_int_impl(v: IntRef, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v.to_f64().ok_or_else(|| {
                FormatError::Overflow("int too large to convert to float".to_string())
            })?;
            return Ok(format_float(f, spec, type_name)?);
        }
        t => return Err(FormatError::Value(unknown_code(t, type_name))),
    }
    let value_err = |m: &str| Err(FormatError::Value(m.to_string()));
    if spec.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if spec.coerce_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let x = v.to_i64().ok_or_else(|| {
            FormatError::Overflow("Python int too large to convert to C long".to_string())
        })?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(FormatError::Overflow(
                "%c arg not in range(0x110000)".to_string(),
            ));
        }
        let Some(c) = char::from_u32(x as u32) else {
            return value_err("surrogate code points are not supported by format 'c'");
        };
        return Ok(layout_number(
            false,
            "",
            "",
            false,
            c.encode_utf8(&mut [0; 4]),
            spec,
            None,
        )?);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude_str(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let group = match (ty, spec.grouping) {
        ('n', _) | (_, None) => None,
        (_, Some(g)) => Some((g, if base == 10 { 3 } else { 4 })),
    };
    let neg = v.is_negative();
    Ok(layout_number(neg, prefix, &digits, false, "", spec, group)?)
}

/// format(int, spec) for types b c d o x X n e E f F g G % and none. `type_name` names the
/// object in messages (e.g. "bool"). The caller must enforce the int max-str-digits limit.
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    format_int_impl(IntRef::Big(value), spec, type_name)
}

/// Same as [`format_int`] for a machine integer.
pub fn format_i64(value: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_int_impl(IntRef::Small(value), spec, type_name)
}

/// Flags of one printf-style conversion. Width and precision above [`MAX_WIDTH`] are clamped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    pub left: bool,
    pub sign: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
}

fn percent_pad(neg: bool, prefix: &str, body: &str, flags: &PercentFlags) -> String {
    let sign = match (neg, flags.sign, flags.space) {
        (true, _, _) => "-",
        (_, true, _) => "+",
        (_, _, true) => " ",
        _ => "",
    };
    let len = sign.len() + prefix.len() + body.chars().count();
    let pad = flags.width.unwrap_or(0).min(MAX_WIDTH).saturating_sub(len) as i64;
    let mut out = String::with_capacity(len + pad as usize);
    if !flags.left && !flags.zero {
        push_n(&mut out, ' ', pad);
    }
    out.push_str(sign);
    out.push_str(prefix);
    if !flags.left && flags.zero {
        push_n(&mut out, '0', pad);
    }
    out.push_str(body);
    if flags.left {
        push_n(&mut out, ' ', pad);
    }
    out
}

/// `%d %i %u %x %X %o` applied to an int.
impl PercentFlags {
    /// Applies one `%`-conversion flag character; false when `c` is not a flag.
    pub fn set_flag(&mut self, c: char) -> bool {
        match c {
            '-' => self.left = true,
            '+' => self.sign = true,
            ' ' => self.space = true,
            '#' => self.alternate = true,
            '0' => self.zero = true,
            _ => return false,
        }
        true
    }
}

pub fn percent_int(value: &BigInt, conv: char, flags: &PercentFlags) -> String {
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude().to_str_radix(base);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let prec = flags.precision.unwrap_or(0).min(MAX_WIDTH);
    if prec > digits.len() {
        digits.insert_str(0, &"0".repeat(prec - digits.len()));
    }
    let prefix = if flags.alternate { prefix } else { "" };
    percent_pad(value.is_negative(), prefix, &digits, flags)
}

/// `%e %E %f %F %g %G` applied to a float.
pub fn percent_float(value: f64, conv: char, flags: &PercentFlags) -> String {
    let dflags = DtoaFlags {
        alt: flags.alternate,
        upper: conv.is_ascii_uppercase(),
        ..DtoaFlags::default()
    };
    let code = match conv.to_ascii_lowercase() {
        c @ ('e' | 'f') => c,
        _ => 'g',
    };
    let prec = flags.precision.unwrap_or(6).min(MAX_WIDTH);
    let s = double_to_string(value, code, prec, dflags);
    match s.strip_prefix('-') {
        Some(body) => percent_pad(true, "", body, flags),
        None => percent_pad(false, "", &s, flags),
    }
}

/// Padding for `%s`/`%r`/`%a` results: precision truncates (in code points), width pads with
/// spaces (left-justified with the `-` flag); the `0` flag is ignored.
pub fn percent_str(value: &str, flags: &PercentFlags) -> String {
    let spec = FormatSpec {
        align: Some(if flags.left { '<' } else { '>' }),
        width: flags.width.map(|w| w.min(MAX_WIDTH)),
        precision: flags.precision,
        ..FormatSpec::default()
    };
    format_str(value, &spec, "str").unwrap_or_else(|_| value.to_string())
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII` followed by stripping ASCII
/// whitespace: non-ASCII spaces become ' ', Unicode decimals become ASCII digits; any other
/// non-ASCII character makes the text invalid.
fn to_ascii_number(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if c.is_whitespace() {
            out.push(' ');
        } else {
            out.push(char::from_digit(decimal_value(c)?, 10)?);
        }
    }
    let trimmed = out.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    Some(trimmed.to_string())
}

/// float(str) parsing as CPython; `None` when invalid.
pub fn parse_float(text: &str) -> Option<f64> {
    let s = to_ascii_number(text)?;
    let b = s.as_bytes();
    let mut clean = String::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            clean.push(c as char);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    let (neg, body) = match clean.as_bytes().first() {
        Some(b'-') => (true, &clean[1..]),
        Some(b'+') => (false, &clean[1..]),
        _ => (false, clean.as_str()),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let bytes = body.as_bytes();
    let mut i = 0;
    let count = |i: &mut usize| {
        let start = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mant_digits = count(&mut i);
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        mant_digits += count(&mut i);
    }
    if mant_digits == 0 {
        return None;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if count(&mut i) == 0 {
            return None;
        }
    }
    if i != bytes.len() {
        return None;
    }
    let v: f64 = body.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// int(str, base) parsing as CPython (base 0 or 2..=36); `None` when invalid.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let s = to_ascii_number(text)?;
    let (neg, mut s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s.as_str()),
    };
    let b = s.as_bytes();
    let second = b.get(1).map(u8::to_ascii_lowercase);
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (b.first(), second) {
            (Some(b'0'), Some(b'x')) => 16,
            (Some(b'0'), Some(b'o')) => 8,
            (Some(b'0'), Some(b'b')) => 2,
            (Some(b'0'), _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let has_prefix = b.first() == Some(&b'0')
        && matches!(
            (base, second),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        );
    if has_prefix {
        s = &s[2..];
        s = s.strip_prefix('_').unwrap_or(s);
    }
    let mut digits = Vec::with_capacity(s.len());
    let mut prev_underscore = true;
    for c in s.chars() {
        if c == '_' && !prev_underscore {
            prev_underscore = true;
        } else if c.is_digit(base) {
            digits.push(c as u8);
            prev_underscore = false;
        } else {
            return None;
        }
    }
    if prev_underscore {
        return None;
    }
    let value = BigInt::parse_bytes(&digits, base)?;
    if error_if_nonzero && digits.iter().any(|&d| d != b'0') {
        return None;
    }
    Some(if neg { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find("\\u{") {
            out.push_str(&rest[..i]);
            let end = rest[i..].find('}').unwrap() + i;
            let cp = u32::from_str_radix(&rest[i + 3..end], 16).unwrap();
            out.push(char::from_u32(cp).unwrap());
            rest = &rest[end + 1..];
        }
        out + rest
    }

    fn show<E: std::fmt::Display>(r: Result<String, E>, overflow: bool) -> String {
        match r {
            Ok(s) => format!("={s}"),
            Err(e) if overflow => format!("O:{e}"),
            Err(e) => format!("V:{e}"),
        }
    }

    fn show_int(r: Result<String, FormatError>) -> String {
        let overflow = matches!(r, Err(FormatError::Overflow(_)));
        show(r, overflow)
    }

    fn percent(fmt: &str, value: &str) -> String {
        let mut flags = PercentFlags::default();
        let mut chars = fmt[1..].chars().peekable();
        while let Some(&c) = chars.peek() {
            if !flags.set_flag(c) {
                break;
            }
            chars.next();
        }
        let rest: String = chars.collect();
        let (spec, conv) = rest.split_at(rest.len() - 1);
        let (w, p) = spec
            .split_once('.')
            .map_or((spec, None), |(w, p)| (w, Some(p)));
        flags.width = w.parse().ok();
        flags.precision = p.map(|p| p.parse().unwrap());
        let conv = conv.chars().next().unwrap();
        match conv {
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => percent_int(&value.parse().unwrap(), conv, &flags),
            's' => percent_str(value, &flags),
            _ => percent_float(value.parse().unwrap(), conv, &flags),
        }
    }

    /// One table line `kind|value|spec|expected`; returns a description on mismatch.
    fn check_line(line: &str) -> Option<String> {
        let f: Vec<String> = line.split('|').map(unescape).collect();
        let (kind, v, spec, want) = (f[0].as_str(), f[1].as_str(), f[2].as_str(), &f[3]);
        let tn = match kind {
            "i" => "int",
            "b" => "bool",
            "f" => "float",
            _ => "str",
        };
        let got = match kind {
            "I" => parse_int(v, spec.parse().unwrap()).map_or("None".into(), |n| format!("={n}")),
            "F" => parse_float(v).map_or("None".into(), |x| format!("={}", float_repr(x))),
            "p" => format!("={}", percent(spec, v)),
            _ => match parse_format_spec(spec, tn) {
                Err(e) => format!("V:{e}"),
                Ok(s) if kind == "f" => {
                    let x: f64 = v.parse().unwrap();
                    if spec.is_empty() && format!("={}", float_repr(x)) != *want {
                        return Some(format!("float_repr({v}) = {}", float_repr(x)));
                    }
                    show(format_float(x, &s, tn), false)
                }
                Ok(s) if kind == "s" => show(format_str(v, &s, tn), false),
                Ok(s) => {
                    let big: BigInt = v.parse().unwrap();
                    let got = show_int(format_int(&big, &s, tn));
                    if let Ok(small) = v.parse::<i64>() {
                        let got_small = show_int(format_i64(small, &s, tn));
                        if got_small != got {
                            return Some(format!("i64 path differs: {got_small} vs {got}"));
                        }
                    }
                    got
                }
            },
        };
        (got != *want).then(|| format!("{line}\n   got: {got}"))
    }

    fn run_table(table: &str) {
        let failures: Vec<String> = table
            .lines()
            .filter(|l| !l.is_empty())
            .filter_map(check_line)
            .collect();
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn no_panics_on_random_specs() {
        let alphabet: Vec<char> = "<>=^+- z#0123456789,_.bcdoxXneEfFgGs%\u{e9}\u{665}\0"
            .chars()
            .collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
        for _ in 0..20_000 {
            let mut spec = String::new();
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            for k in 0..(seed >> 60) {
                spec.push(alphabet[((seed >> (k * 4 % 56)) % alphabet.len() as u64) as usize]);
            }
            if let Ok(s) = parse_format_spec(&spec, "x") {
                if s.width.unwrap_or(0) > 1000 || s.precision.unwrap_or(0) > 1000 {
                    continue;
                }
                let _ = format_int(&big, &s, "int");
                let _ = format_i64(i64::MIN, &s, "int");
                let _ = format_float(-1.5e300, &s, "float");
                let _ = format_float(f64::NAN, &s, "float");
                let _ = format_str("h\u{e9}llo", &s, "str");
            }
        }
    }

    /// `kind|value|spec|expected` cases separated by ` ¦ `, generated with CPython 3.12.1.
    /// Kinds: i int, b bool (int value), f float, s str, p printf (`spec` is the `%` format),
    /// I int(value, base=spec), F float(value). Expected: `=result`, `V:`/`O:` error, `None`.
    /// `\u{..}` escapes non-printable or special characters.
    const TABLE: &str = r"
i|1234|010,|=00,001,234 ¦ i|1234|09,|=0,001,234 ¦ i|1234|08,|=0,001,234 ¦ i|1234|0=10,|=00,001,234
i|1234| =010,|=     1,234 ¦ i|1|..|V:Format specifier missing precision
i|1|.|V:Format specifier missing precision ¦ i|1|,_|V:Cannot specify both ',' and '_'.
i|1|_,|V:Cannot specify both ',' and '_'. ¦ i|1|__|V:Cannot specify '_' with '_'.
i|1|,,|V:Cannot specify ',' with ','.
i|1|99999999999999999999|V:Too many decimal digits in format string
i|1|.99999999999999999999|V:Too many decimal digits in format string
i|1|xx|V:Invalid format specifier 'xx' for object of type 'int' ¦ i|65|c|=A ¦ i|65|05c|=0000A
i|65|+c|V:Sign not allowed with integer format specifier 'c'
i|65|#c|V:Alternate form (#) not allowed with integer format specifier 'c'
i|-1|c|O:%c arg not in range(0x110000)
i|1180591620717411303424|c|O:Python int too large to convert to C long ¦ i|1|\u{665}|=    1
i|1|.2|V:Precision not allowed in integer format specifier
i|1|z|V:Negative zero coercion (z) not allowed in integer format specifier
i|1|\u{e9}|V:Unknown format code '\u{5c}xe9' for object of type 'int'
i|1|\u{1}|V:Unknown format code '\u{5c}x1' for object of type 'int'
i|1|,c|V:Cannot specify ',' with 'c'. ¦ i|1|_n|V:Cannot specify '_' with 'n'. ¦ i|1|_x|=1
i|1|,x|V:Cannot specify ',' with 'x'. ¦ i|1|,\u{e9}|V:Cannot specify ',' with '\u{5c}xe9'.
i|1|<05|=10000 ¦ i|255|#010x|=0x000000ff ¦ i|255|#010_x|=0x000_00ff ¦ i|-255|#X|=-0XFF
i|-1234|015,|=-00,000,001,234 ¦ i|1234|#014_b|=0b100_1101_0010 ¦ i|-3|#07x|=-0x0003
i|5|0^7|=0005000 ¦ i|1|<<5|=1<<<< ¦ i|65|-c|V:Sign not allowed with integer format specifier 'c'
i|12345678901234567890|_|=12_345_678_901_234_567_890 ¦ i|1234567|010n|=0001234567
i|1|\u{661}\u{660}|=         1 ¦ i|1|9223372036854775808|V:Too many decimal digits in format string
i|5|=+8|=+      5 ¦ i|0|#b|=0b0 ¦ b|1|q|V:Unknown format code 'q' for object of type 'bool'
b|0|5|=    0 ¦ b|1|.2f|=1.00 ¦ f|inf|010|=0000000inf ¦ f|inf|010,|=0000000inf
f|-inf|+010|=-000000inf ¦ f|nan|+|=+nan ¦ f|1e+16|#|=1.e+16 ¦ f|1.0|#|=1.0 ¦ f|1.5|.0|=2e+00
f|1.0|.3|=1.0 ¦ f|1e+16||=1e+16 ¦ f|123.0|.2|=1.2e+02 ¦ f|1.5||=1.5 ¦ f|1.0|z|=1.0 ¦ f|-0.0|z|=0.0
f|-0.0001|z.2f|=0.00 ¦ f|-0.0001|.2f|=-0.00 ¦ f|1.0|.3000000000f|V:precision too big
f|1.0|abc|V:Invalid format specifier 'abc' for object of type 'float' ¦ f|1.5|%|=150.000000%
f|0.1|.30g|=0.100000000000000005551115123126 ¦ f|2.5|.0f|=2 ¦ f|1e+300|n|=1e+300
f|12345.678|n|=12345.7 ¦ f|1.0|#g|=1.00000 ¦ f|1.0|#.0e|=1.e+00 ¦ f|1.0|#.0f|=1.
f|-1234.5|=+12,.2f|=-   1,234.50 ¦ f|1234.5|*^13,|=***1,234.5*** ¦ f|1.0|\u{0}>5|=\u{0}\u{0}1.0
f|-0.0|z%|=0.000000% ¦ f|1e-07|%|=0.000010% ¦ f|0.125|.2%|=12.50% ¦ f|1e+16|.17|=1e+16
f|1000000000000000.0|.16|=1e+15 ¦ f|0.0|.0|=0e+00 ¦ f|5e-324|.3|=4.94e-324 ¦ f|1.5|#.0|=2.e+00
f|100.0|#.3|=1.00e+02 ¦ f|3.0|0<8|=3.000000 ¦ f|1e-20|G|=1E-20
f|1.0|.2147483648f|V:precision too big ¦ f|1234.5|_|=1_234.5 ¦ f|1e+22|.0f|=10000000000000000000000
f|0.5|.0f|=0 ¦ f|1.5|.0f|=2 ¦ f|2.675|.2f|=2.67 ¦ f|1e-10|.3|=1e-10 ¦ f|-1.5| 010|=-0000001.5
f|1.5|+010|=+0000001.5 ¦ f|1.25|_.1f|=1.2
f|1.1805916207174113e+21|,.0f|=1,180,591,620,717,411,303,424
s|a|z|V:Negative zero coercion (z) not allowed in string format specifier
s|a|,|V:Cannot specify ',' with 's'. ¦ s|a|+,|V:Cannot specify ',' with 's'.
s|a| |V:Space not allowed in string format specifier
s|a|+|V:Sign not allowed in string format specifier
s|a|xx|V:Invalid format specifier 'xx' for object of type 'str' ¦ s|ab|05|=ab000 ¦ s|ab|<05|=ab000
s|a|=5|V:'=' alignment not allowed in string format specifier
s|a|#|V:Alternate form (#) not allowed in string format specifier
s|a|-|V:Sign not allowed in string format specifier ¦ s|abc|^6|= abc\u{20}\u{20}
s|abc|x^7.2|=xxabxxx ¦ s|abc|.0|= ¦ s|a|_x|V:Unknown format code 'x' for object of type 'str'
s|a|x|V:Unknown format code 'x' for object of type 'str' ¦ s|\u{e9}\u{e9}\u{e9}|.2|=\u{e9}\u{e9}
s|ab|\u{e9}>6|=\u{e9}\u{e9}\u{e9}\u{e9}ab
s|a|.99999999999999999999|V:Too many decimal digits in format string
s|a|,s|V:Cannot specify ',' with 's'. ¦ f|-inf|*^01.3%|=-inf%
i|1000000|x= 0,.17o|V:Cannot specify ',' with 'o'.
i|-987654321|=1.1c|V:Precision not allowed in integer format specifier ¦ i|1000000|0=#0d|=1000000
f|1.1756999501909698e-203|.5|=1.1757e-203 ¦ f|3.14159|*<+#0,e|=+3.141590e+00
s|\u{e9}t\u{e9}|>-0,.3|V:Cannot specify ',' with 's'.
i|1114112|x=-#5,.17d|V:Precision not allowed in integer format specifier
f|1.536505425537459e-08|.3|=1.54e-08 ¦ f|0.05|*^-z20.3E|=*****5.000E-02******
f|-1.9504238863520592e-296|.0e|=-2e-296 ¦ f|3.114404495071219e+25|.6e|=3.114404e+25
f|3.14159||=3.14159
i|-1000000000000000000000000000000| z#0_.0x|V:Precision not allowed in integer format specifier
f|-1.480389082153257e-10|.1f|=-0.0 ¦ f|4.4795816060609996e-15|.6e|=4.479582e-15 ¦ p|-3|%05d|=-0003
p|-3|%-05d|=-3\u{20}\u{20}\u{20} ¦ p|3|%+5d|=   +3 ¦ p|3|% 5d|=    3 ¦ p|3|%+ d|=+3
p|255|%#x|=0xff ¦ p|255|%#010x|=0x000000ff ¦ p|-255|%#10x|=     -0xff ¦ p|255|%#.5x|=0x000ff
p|-255|%#010.5x|=-0x00000ff ¦ p|-42|%.5d|=-00042 ¦ p|-42|%08.5d|=-0000042 ¦ p|8|%#o|=0o10
p|255|%+#08X|=+0X000FF ¦ p|8|% #8o|=    0o10
p|5|%0-8d|=5\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20} ¦ p|inf|%05f|=00inf ¦ p|-inf|%+05f|=-0inf
p|nan|%05.1f|=00nan ¦ p|-0.0|%f|=-0.000000 ¦ p|1e+16|%g|=1e+16 ¦ p|1.0|%#g|=1.00000
p|1.5|%.0e|=2e+00 ¦ p|2.5|%#.0f|=2. ¦ p|-1234.5|%010.3e|=-1.234e+03 ¦ p|0.0001234|%+.3g|=+0.000123
p|1e-10|%G|=1E-10 ¦ p|inf|%E|=INF ¦ p|abc|%5.2s|=   ab ¦ p|ab|%-5s|=ab\u{20}\u{20}\u{20}
p|ab|%05s|=   ab ¦ p|ab|%.0s|= ¦ p|0.1|%.20g|=0.10000000000000000555 ¦ p|100000.0|%#.3g|=1.00e+05
p|0|%#x|=0x0 ¦ p|0|%.0d|=0 ¦ p|-42|%u|=-42 ¦ p|inf|%+1e|=+inf ¦ p|1|%-#d|=1 ¦ p|7|%1.0o|=7
I|0_7|0|None ¦ I|0_0|0|=0 ¦ I|00|0|=0 ¦ I|010|0|None ¦ I|0x_1f|0|=31 ¦ I|0x_1f|16|=31
I|0x1f|16|=31 ¦ I|0x|16|None ¦ I|0b1|16|=177 ¦ I|0b|16|=11 ¦ I|1__0|10|None ¦ I|_1|10|None
I|1_|10|None ¦ I| \u{a0}12\u{2003}|10|=12 ¦ I|\u{661}\u{662}|10|=12 ¦ I|+-1|10|None ¦ I|- 1|10|None
I|-0x10|0|=-16 ¦ I|0X10|0|=16 ¦ I|0o17|8|=15 ¦ I|0o17|0|=15 ¦ I|0o17|10|None ¦ I|z|36|=35
I|Z|36|=35 ¦ I||10|None ¦ I| |10|None ¦ I|1 2|10|None ¦ I|0x1_f|0|=31 ¦ I|0_x1|0|None
I|0b102|2|None ¦ I|0\u{661}|0|None ¦ I|0_|0|None ¦ I|0x_|0|None ¦ I|\u{1c}5\u{1f}|10|None
I|000_000|0|=0 ¦ I|09|0|None ¦ I|0.|10|None ¦ I|  -12_345  |10|=-12345
I|123456789012345678901234567890|0|=123456789012345678901234567890 ¦ I|-0b_1010|0|=-10
I|1\u{0}|10|None ¦ I|\u{85} 7\u{9}|10|=7 ¦ I|+0|0|=0 ¦ I|-0|0|=0 ¦ I|zz|35|None ¦ I|1e5|10|None
I|ff|16|=255 ¦ I|FF|16|=255 ¦ I|-FF|0|None ¦ I|0x__1|16|None ¦ I|7|8|=7 ¦ I|8|8|None
I|1_2_3|0|=123 ¦ I|\u{ff11}\u{ff12}|10|=12 ¦ F|1_0.5||=10.5 ¦ F|1.5_5||=1.55
F|1e1_0||=10000000000.0 ¦ F|1_.5||None ¦ F|_1||None ¦ F|1__0||None ¦ F|1_||None ¦ F|.5||=0.5
F|5.||=5.0 ¦ F|.||None ¦ F|e5||None ¦ F|1e||None ¦ F|1e+||None ¦ F|1e+5||=100000.0
F| -inf ||=-inf ¦ F|+Infinity||=inf ¦ F|nAn||=nan ¦ F|-nan||=nan ¦ F|infinit||None
F|1.5e-5_0||=1.5e-50 ¦ F|0x10||None ¦ F|\u{661}.\u{665}||=1.5 ¦ F|1_e5||None ¦ F|1e_5||None
F|1._5||None ¦ F|1.5\u{1c}||None ¦ F|\u{2003}1.5||=1.5 ¦ F|in_f||None ¦ F|1.0e309||=inf
F|-1e-400||=-0.0 ¦ F|++1||None ¦ F|1.5j||None ¦ F|||None ¦ F|  ||None
F|1e99999999999999999999||=inf ¦ F|1e-99999999999999999999||=0.0 ¦ F|0.1||=0.1 ¦ F|-0||=-0.0
F|+.5e-3||=0.0005 ¦ F|3.141592653589793238462643383279||=3.141592653589793
F|2.2250738585072011e-308||=2.225073858507201e-308 ¦ F|4.9406564584124654e-324||=5e-324
F|1E5||=100000.0 ¦ F|-iNF||=-inf ¦ F|nan ||=nan ¦ F|1 .5||None
F|1_000_000.000_001||=1000000.000001
";

    #[test]
    fn cpython_table() {
        let table = TABLE.replace(" ¦ ", "\n");
        assert!(table.lines().count() > 250);
        run_table(&table);
    }

    #[test]
    fn edge_cases() {
        let spec = |s: &str| parse_format_spec(s, "int").unwrap();
        let too_wide = FormatError::Value("width too large".to_string());
        assert_eq!(format_i64(1, &spec("99999999999"), "int"), Err(too_wide));
        let s = format_str("a", &spec("99999999999"), "str");
        assert_eq!(s, Err("width too large".into()));
        let p = format_float(1.0, &spec(".200000000f"), "float");
        assert_eq!(p, Err("precision too large".to_string()));
        let s = format_i64(1, &spec("01000000,"), "int").unwrap();
        assert!(s.len() == 1_000_001 && s.starts_with("0,000,000,00") && s.ends_with("00,001"));
        let s = format_float(-2.5, &spec("01000000_.3f"), "float").unwrap();
        assert!(s.len() == 1_000_000 && s.starts_with("-000_000_000") && s.ends_with("_002.500"));
        let s = format_float(1.0, &spec(".1000000f"), "float").unwrap();
        assert_eq!(s.len(), 1_000_002);
        let s = format_float(1.0, &spec(".1000000e"), "float").unwrap();
        assert!(s.len() == 1_000_006 && s.ends_with("00e+00"));
        assert_eq!(format_float(1.0, &spec(".1000000g"), "float").unwrap(), "1");
        let big = BigInt::from(10).pow(400);
        let overflow = FormatError::Overflow("int too large to convert to float".to_string());
        assert_eq!(format_int(&big, &spec("e"), "int"), Err(overflow));
        let s = format_int(&big, &spec(","), "int").unwrap();
        assert!(s.len() == 534 && s.starts_with("10,000,000,000,000,0"));
        let surrogate = format_i64(0xd800, &spec("c"), "int");
        assert!(matches!(surrogate, Err(FormatError::Value(_))));
        assert_eq!(spec(""), FormatSpec::default());
        let (fill, align, sign, width, grouping) = ('*', Some('<'), Some('+'), Some(12), Some(','));
        let (precision, ty) = (Some(3), Some('f'));
        let (coerce_neg_zero, alternate, zero_pad) = (true, true, false);
        let want = FormatSpec {
            fill,
            align,
            sign,
            coerce_neg_zero,
            alternate,
            zero_pad,
            width,
            grouping,
            precision,
            ty,
        };
        assert_eq!(spec("*<+z#012,.3f"), want);
        let (fill, zero_pad, width) = ('0', true, Some(8));
        assert_eq!(
            spec("08"),
            FormatSpec {
                fill,
                zero_pad,
                width,
                ..FormatSpec::default()
            }
        );
        let reprs = "0.1 1e+16 1.5e-05 100.0 inf -inf nan -0.0 1.7976931348623157e+308 5e-324 \
                     2056655888558458.2 0.0001 9999999999999998.0 1234567890123456.8 1.5e-323";
        for r in reprs.split(' ') {
            assert_eq!(float_repr(r.parse().unwrap()), r);
        }
    }
}
