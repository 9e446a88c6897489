//! String formatting: `str.format`/`format_map` (fields, conversions, nested specs) and the
//! `%` operator on str, with CPython's errors.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::format::{percent_float, percent_int, percent_str, PercentFlags};
use crate::object::types::str::ascii_escape;
use crate::object::types::PyStr;
use crate::object::Value;

// ----- str.format -----

/// `fmt.format(*args, **kwargs)` (or `format_map(mapping)`).
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
    mapping: Option<&Value>,
) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    format_inner(vm, fmt, args, kwargs, mapping, &mut auto, &mut manual, 2)
}

#[expect(
    clippy::too_many_arguments,
    reason = "recursion state for nested format specs"
)]
fn format_inner(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
    mapping: Option<&Value>,
    auto: &mut usize,
    manual: &mut bool,
    depth: u32,
) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the field's closing brace as CPython's markup iterator does: brackets in the
        // field name hide braces, a conversion takes the next character whatever it is, and
        // the spec may nest braces.
        if i + 1 >= chars.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        let mut j = i + 1;
        let mut in_bracket = false;
        while j < chars.len() {
            match chars[j] {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '}' | ':' | '!' if !in_bracket => break,
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        if chars[j] != '}' {
            if chars[j] == '!' {
                if j + 1 >= chars.len() {
                    return Err(
                        vm.value_error("end of string while looking for conversion specifier")
                    );
                }
                j += 1;
            }
            j += 1;
            let mut nest = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => nest += 1,
                    '}' => {
                        nest -= 1;
                        if nest == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("unmatched '{' in format spec"));
            }
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        // Split field into name, conversion and spec (brackets may contain ':' or '!').
        let mut name_end = field.len();
        let mut in_bracket = false;
        for (k, ch) in field.char_indices() {
            match ch {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '!' | ':' if !in_bracket => {
                    name_end = k;
                    break;
                }
                _ => {}
            }
        }
        let name = &field[..name_end];
        let rest = &field[name_end..];
        let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
            let mut it = r.chars();
            let conv = it.next();
            if conv.is_none() {
                return Err(vm.value_error("unmatched '{' in format spec"));
            }
            let after = it.as_str();
            if !(after.is_empty() || after.starts_with(':')) {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
            (conv, after.strip_prefix(':').unwrap_or(""))
        } else {
            (None, rest.strip_prefix(':').unwrap_or(""))
        };
        let value = lookup_field(vm, name, args, kwargs, mapping, auto, manual)?;
        let value = match conv {
            None => value,
            Some('r') => Value::string(vm.repr(&value)?),
            Some('s') => Value::string(vm.to_str(&value)?),
            Some('a') => Value::string(ascii_escape(&vm.repr(&value)?)),
            Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
        };
        let spec = if spec.contains('{') {
            // As CPython: the field's own spec is one level, a spec inside it the last.
            if depth <= 1 {
                return Err(vm.value_error("Max string recursion exceeded"));
            }
            format_inner(vm, spec, args, kwargs, mapping, auto, manual, depth - 1)?
        } else {
            spec.to_string()
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}

fn lookup_field(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
    mapping: Option<&Value>,
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let positional = first.is_empty() || first.bytes().all(|b| b.is_ascii_digit());
    if positional && mapping.is_some() {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    let mut value = if first.is_empty() {
        if *manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let idx = *auto;
        *auto += 1;
        match args.get(idx) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                )))
            }
        }
    } else if positional {
        let Ok(idx) = first.parse::<i64>() else {
            return Err(vm.value_error("Too many decimal digits in format string"));
        };
        if *auto > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        match usize::try_from(idx).ok().and_then(|i| args.get(i)) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                )))
            }
        }
    } else {
        let found = match mapping {
            Some(m) => Some(vm.getitem(m, &Value::str(first))?),
            None => kwargs
                .iter()
                .find(|(k, _)| k.as_str() == first)
                .map(|(_, v)| v.clone()),
        };
        match found {
            Some(v) => v,
            None => return Err(vm.key_error(Value::str(first))),
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let attr = Rc::new(PyStr::new(&r[..end]));
            value = vm.getattr(&value, &attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key_text = &r[..end];
            if key_text.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            // Only a run of digits is an index ('-1' is a str key, as in CPython).
            let digits = !key_text.is_empty() && key_text.bytes().all(|b| b.is_ascii_digit());
            let key = match key_text.parse::<i64>() {
                Ok(i) if digits => Value::Int(i),
                Err(_) if digits => {
                    return Err(vm.value_error("Too many decimal digits in format string"))
                }
                _ => Value::str(key_text),
            };
            value = vm.getitem(&value, &key)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}

// ----- % formatting -----

/// `fmt % values`.
pub fn percent_format(vm: &mut Vm, fmt: &str, values: &Value) -> PyResult<Value> {
    let chars: Vec<char> = fmt.chars().collect();
    percent_core(vm, &chars, values, false, &mut Texts::Native).map(Value::string)
}

/// Where `%s`, `%r` and `%a` of an instance get their text.
enum Texts {
    /// From calling `__str__`/`__repr__` natively.
    Native,
    /// Nowhere yet: the conversions and instances are recorded (the text made is thrown
    /// away); `aborted` when formatting would run other Python code or fail.
    Plan {
        found: Vec<(char, Value)>,
        aborted: bool,
    },
    /// From these texts, in order, made by the dispatch loop's helper (`interp/inline.py`).
    Given(std::vec::IntoIter<String>),
}

impl Texts {
    /// While planning, gives up when `cond` holds (formatting would run Python code the plan
    /// cannot defer); true when given up.
    fn abort_plan(&mut self, cond: bool) -> bool {
        match self {
            Texts::Plan { aborted, .. } if cond => {
                *aborted = true;
                true
            }
            _ => false,
        }
    }
}

/// The instances whose `%s`/`%r`/`%a` text `fmt % values` needs, with the conversion of
/// each, in order; None when the formatting would call Python code in another way (a
/// mapping, `*` or a numeric conversion of an instance, a container) or fails.
pub(crate) fn percent_plan(vm: &mut Vm, fmt: &str, values: &Value) -> Option<Vec<(char, Value)>> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut texts = Texts::Plan {
        found: Vec::new(),
        aborted: false,
    };
    let ok = percent_core(vm, &chars, values, false, &mut texts).is_ok();
    match texts {
        Texts::Plan { found, aborted } if ok && !aborted => Some(found),
        _ => None,
    }
}

/// `fmt % values` with the planned instances' texts given.
pub(crate) fn percent_apply(
    vm: &mut Vm,
    fmt: &str,
    values: &Value,
    texts: Vec<String>,
) -> PyResult<Value> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut texts = Texts::Given(texts.into_iter());
    percent_core(vm, &chars, values, false, &mut texts).map(Value::string)
}

/// Whether the repr and str of `v` are computed without running Python code.
fn plain_text(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_)
            | Value::BigInt(_)
            | Value::Bool(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::None
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Ellipsis
            | Value::NotImplemented
    )
}

/// `bytes % values` (and bytearray): the format's bytes are handled as latin-1 characters,
/// `%s`/`%b` insert bytes-like values, and the result is bytes again.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], values: &Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|&b| char::from(b)).collect();
    let out = percent_core(vm, &chars, values, true, &mut Texts::Native)?;
    // Every character came from a byte or from ASCII text.
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// The bytes a `%b`/`%s` conversion inserts: a bytes-like value or `__bytes__`.
fn percent_bytes_arg(vm: &mut Vm, value: &Value) -> PyResult<String> {
    let data = match crate::object::types::bytes::buffer_data(value) {
        Some(d) => Some(d),
        None if matches!(value, Value::Instance(_)) => {
            match vm.call_special(value, "__bytes__", &[])? {
                Some(r) => crate::object::types::bytes::buffer_data(&r),
                None => None,
            }
        }
        None => None,
    };
    match data {
        Some(d) => Ok(d.iter().map(|&b| char::from(b)).collect()),
        None => Err(vm.type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            vm.type_name(value)
        ))),
    }
}

fn percent_core(
    vm: &mut Vm,
    chars: &[char],
    values: &Value,
    bytes: bool,
    texts: &mut Texts,
) -> PyResult<String> {
    // A tuple subclass gives its items too.
    let values = values.plain_tuple();
    let (mut items, mapping): (Vec<Value>, Option<Value>) = match values {
        Value::Tuple(t) => (t.items.to_vec(), None),
        // As CPython's `PyMapping_Check`: anything subscriptable but str and tuple (bytes and
        // bytearray too when formatting bytes) takes `%(key)s`, and is not "an argument left
        // unconverted".
        Value::Bytes(_) | Value::ByteArray(_) if bytes => (vec![values.clone()], None),
        Value::Dict(_)
        | Value::List(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_) => (vec![values.clone()], Some(values.clone())),
        // A str, or a subclass of it, never is; nor bytes when formatting bytes.
        Value::Str(_) => (vec![values.clone()], None),
        Value::Instance(i)
            if matches!(i.base, Some(Value::Str(_)))
                || (bytes && matches!(i.base, Some(Value::Bytes(_) | Value::ByteArray(_)))) =>
        {
            (vec![values.clone()], None)
        }
        // Instances, `mappingproxy`, classes whose metaclass has `__getitem__` (an `Enum`).
        other if vm.type_of(other).lookup("__getitem__").is_some() => {
            (vec![values.clone()], Some(values.clone()))
        }
        other => (vec![other.clone()], None),
    };
    if texts.abort_plan(mapping.is_some()) {
        return Ok(String::new());
    }
    let mut next = 0usize;
    let mut out = String::new();
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if chars.get(i) == Some(&'(') {
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[i + 1..j - 1].iter().collect();
            let Some(m) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let key = if bytes {
                crate::object::types::bytes::new_bytes(
                    key.chars().map(|c| c as u32 as u8).collect(),
                )
            } else {
                Value::string(key)
            };
            // As CPython: the looked-up value becomes the one argument left to take (for a
            // `*` width, or the conversion); a second take finds none.
            items = vec![vm.getitem(m, &key)?];
            next = 0;
            used_mapping = true;
            i = j;
        }
        let mut flags = PercentFlags::default();
        while let Some(&f) = chars.get(i) {
            if !flags.set_flag(f) {
                break;
            }
            i += 1;
        }
        let mut take_next = |vm: &mut Vm| -> PyResult<Value> {
            match items.get(next) {
                Some(v) => {
                    next += 1;
                    Ok(v.clone())
                }
                _ => Err(vm.type_error("not enough arguments for format string")),
            }
        };
        if chars.get(i) == Some(&'*') {
            let w = take_next(vm)?;
            if texts.abort_plan(!plain_text(&w)) {
                return Ok(String::new());
            }
            if !matches!(
                w.plain_number(),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
            ) {
                return Err(vm.type_error("* wants int"));
            }
            let w = vm.int_arg(&w, "")?;
            if w < 0 {
                flags.left = true;
            }
            if w.unsigned_abs() > 1 << 28 {
                return Err(vm.memory_error());
            }
            flags.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = String::new();
            while let Some(&d) = chars.get(i).filter(|c| c.is_ascii_digit()) {
                w.push(d);
                i += 1;
            }
            if !w.is_empty() {
                let width = w.parse::<u64>().unwrap_or(u64::MAX);
                if width > i64::MAX as u64 {
                    return Err(vm.value_error("width too big"));
                }
                if width > 1 << 28 {
                    return Err(vm.memory_error());
                }
                flags.width = Some(width as usize);
            }
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                let p = take_next(vm)?;
                if texts.abort_plan(!plain_text(&p)) {
                    return Ok(String::new());
                }
                if !matches!(
                    p.plain_number(),
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
                ) {
                    return Err(vm.type_error("* wants int"));
                }
                let p = vm.int_arg(&p, "")?;
                if i32::try_from(p).is_err() {
                    return Err(vm.overflow_error("Python int too large to convert to C int"));
                }
                flags.precision = Some(p.clamp(0, 1 << 28) as usize);
                i += 1;
            } else {
                let mut p = String::new();
                while let Some(&d) = chars.get(i).filter(|c| c.is_ascii_digit()) {
                    p.push(d);
                    i += 1;
                }
                let precision = p.parse::<u64>().unwrap_or(u64::MAX);
                if precision > i32::MAX as u64 {
                    return Err(vm.value_error("precision too big"));
                }
                flags.precision = Some((precision as usize).min(1 << 28));
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            if i == start + 2 {
                out.push('%');
                continue;
            }
            // With a key, flags, width or precision, CPython takes an argument for it and
            // then refuses '%' as a conversion.
            take_next(vm)?;
            return Err(vm.value_error(format!(
                "unsupported format character '%' (0x25) at index {}",
                i - 1
            )));
        }
        let value = take_next(vm)?;
        if !bytes && !plain_text(&value) {
            let instance_text =
                matches!(value, Value::Instance(_)) && matches!(conv, 's' | 'r' | 'a');
            match texts {
                Texts::Native => {}
                Texts::Plan { found, aborted } => {
                    if !instance_text {
                        *aborted = true;
                        return Ok(String::new());
                    }
                    found.push((conv, value));
                    continue;
                }
                Texts::Given(given) => {
                    if instance_text {
                        let text = given.next().unwrap_or_default();
                        out.push_str(&percent_str(&text, &flags));
                        continue;
                    }
                }
            }
        }
        let piece = match conv {
            's' | 'b' if bytes => percent_str(&percent_bytes_arg(vm, &value)?, &flags),
            's' => percent_str(&vm.to_str(&value)?, &flags),
            'r' if !bytes => percent_str(&vm.repr(&value)?, &flags),
            'a' | 'r' => percent_str(&ascii_escape(&vm.repr(&value)?), &flags),
            'c' if bytes => {
                let byte = match &value {
                    Value::Bytes(_) | Value::ByteArray(_) => {
                        match crate::object::types::bytes::buffer_data(&value).as_deref() {
                            Some([b]) => Some(*b),
                            _ => None,
                        }
                    }
                    Value::BigInt(_) => {
                        return Err(vm.overflow_error("%c arg not in range(256)"));
                    }
                    _ => match vm.index_value(&value)? {
                        Some(n) => match u8::try_from(n) {
                            Ok(b) => Some(b),
                            Err(_) => {
                                return Err(vm.overflow_error("%c arg not in range(256)"));
                            }
                        },
                        None => None,
                    },
                };
                let Some(byte) = byte else {
                    return Err(
                        vm.type_error("%c requires an integer in range(256) or a single byte")
                    );
                };
                percent_str(
                    &char::from(byte).to_string(),
                    &PercentFlags {
                        precision: None,
                        ..flags
                    },
                )
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let big = percent_int_arg(vm, &value, conv)?;
                if matches!(conv, 'd' | 'i' | 'u') && crate::interp::exceeds_digit_limit(&big) {
                    return Err(vm.value_error(crate::interp::digit_limit_message()));
                }
                let conv = if conv == 'i' || conv == 'u' {
                    'd'
                } else {
                    conv
                };
                percent_int(&big, conv, &flags)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let value = value.plain_number().clone();
                let f = match &value {
                    Value::Float(f) => *f,
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                        crate::object::types::int::int_to_f64(vm, &value)?
                    }
                    // A number that converts through `__float__` or `__index__`.
                    Value::Instance(_)
                        if vm.type_of(&value).lookup("__float__").is_some()
                            || vm.type_of(&value).lookup("__index__").is_some() =>
                    {
                        crate::object::types::float::to_float(vm, &value)?
                    }
                    other => {
                        let what = if bytes {
                            "float argument required"
                        } else {
                            "must be real number"
                        };
                        return Err(vm.type_error(format!("{what}, not {}", vm.type_name(other))));
                    }
                };
                percent_float(f, conv, &flags)
            }
            'c' => {
                let ch = match &value {
                    Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                    Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                        Some(c) => c.to_string(),
                        None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    },
                    Value::Bool(b) => char::from(u8::from(*b)).to_string(),
                    Value::BigInt(_) => {
                        return Err(vm.overflow_error("%c arg not in range(0x110000)"))
                    }
                    Value::Instance(_) if vm.type_of(&value).lookup("__index__").is_some() => {
                        let code = vm.index_value(&value)?.unwrap_or(-1);
                        match u32::try_from(code).ok().and_then(char::from_u32) {
                            Some(c) => c.to_string(),
                            None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                        }
                    }
                    _ => return Err(vm.type_error("%c requires int or char")),
                };
                percent_str(
                    &ch,
                    &PercentFlags {
                        precision: None,
                        ..flags
                    },
                )
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        let _ = start;
        out.push_str(&piece);
    }
    if next < items.len() && mapping.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    let _ = used_mapping;
    Ok(out)
}

fn percent_int_arg(vm: &mut Vm, value: &Value, conv: char) -> PyResult<BigInt> {
    // An int subclass is its int; %d asks others `__int__` before `__index__` (as `int()`).
    let value = match value.plain_number() {
        v @ (Value::Int(_) | Value::BigInt(_)) => v,
        _ => value,
    };
    let found = match value {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
            let v = crate::object::types::int::float_to_int(vm, *f)?;
            Some(crate::object::types::int::to_big(&v).unwrap_or_default())
        }
        Value::Instance(_)
            if matches!(conv, 'd' | 'i' | 'u') && vm.type_of(value).lookup("__int__").is_some() =>
        {
            match vm.call_special(value, "__int__", &[])? {
                Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                    crate::object::types::int::to_big(&v)
                }
                Some(other) => {
                    return Err(vm.type_error(format!(
                        "__int__ returned non-int (type {})",
                        vm.type_name(&other)
                    )))
                }
                None => None,
            }
        }
        Value::Instance(_) => vm.index_value(value)?.map(BigInt::from),
        _ => None,
    };
    found.ok_or_else(|| {
        let what = if matches!(conv, 'd' | 'i' | 'u') {
            "a real number"
        } else {
            "an integer"
        };
        vm.type_error(format!(
            "%{conv} format: {what} is required, not {}",
            vm.type_name(value)
        ))
    })
}
