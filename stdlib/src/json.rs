//! `_json`: native paths for the common cases of `json.loads` (no hooks, strict) and
//! `json.dumps` (every option at its default): they build the result directly, or give up
//! (return None) on anything unusual or wrong, and the Python decoder or encoder then does
//! the work, with CPython's messages and positions.

use std::rc::Rc;

use num_bigint::BigInt;
use pyrs_vm::{Args, PyDict, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_json");
    vm.add_function(&m, "loads_plain", loads_plain);
    vm.add_function(&m, "dumps_plain", dumps_plain);
    Ok(m)
}

/// Nesting beyond this is left to the Python decoder (its limits and errors).
const MAX_DEPTH: usize = 200;

/// Python's limit on the digits of an int made from text.
const MAX_INT_DIGITS: usize = 4300;

/// `loads_plain(s)`: `(value,)` for a well-formed JSON document, else None.
fn loads_plain(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(text) = args.pos.first().and_then(Value::as_str) else {
        return Ok(Value::None);
    };
    let mut reader = Reader {
        src: text.as_str().as_bytes(),
        pos: 0,
    };
    reader.skip_ws();
    let Some(value) = reader.value(vm, 0)? else {
        return Ok(Value::None);
    };
    reader.skip_ws();
    if reader.pos != reader.src.len() {
        return Ok(Value::None);
    }
    Ok(Value::tuple(vec![value]))
}

struct Reader<'a> {
    src: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn skip_ws(&mut self) {
        while matches!(self.src.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        if self.src[self.pos..].starts_with(word) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// The value at the current position; None to give up.
    fn value(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Option<Value>> {
        if depth > MAX_DEPTH {
            return Ok(None);
        }
        let Some(&first) = self.src.get(self.pos) else {
            return Ok(None);
        };
        Ok(match first {
            b'"' => self.string().map(Value::string),
            b'{' => return self.object(vm, depth),
            b'[' => return self.array(vm, depth),
            b't' if self.eat(b"true") => Some(Value::from(true)),
            b'f' if self.eat(b"false") => Some(Value::from(false)),
            b'n' if self.eat(b"null") => Some(Value::None),
            b'N' if self.eat(b"NaN") => Some(Value::Float(f64::NAN)),
            b'I' if self.eat(b"Infinity") => Some(Value::Float(f64::INFINITY)),
            b'-' if self.src[self.pos..].starts_with(b"-Infinity") => {
                self.pos += 9;
                Some(Value::Float(f64::NEG_INFINITY))
            }
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        })
    }

    fn object(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Option<Value>> {
        self.pos += 1;
        let dict = Rc::new(PyDict::new());
        self.skip_ws();
        if self.eat(b"}") {
            return Ok(Some(Value::dict(dict)));
        }
        loop {
            if self.src.get(self.pos) != Some(&b'"') {
                return Ok(None);
            }
            let Some(key) = self.string() else {
                return Ok(None);
            };
            self.skip_ws();
            if !self.eat(b":") {
                return Ok(None);
            }
            self.skip_ws();
            let Some(value) = self.value(vm, depth + 1)? else {
                return Ok(None);
            };
            vm.dict_set(&dict, Value::string(key), value)?;
            self.skip_ws();
            if self.eat(b"}") {
                return Ok(Some(Value::dict(dict)));
            }
            if !self.eat(b",") {
                return Ok(None);
            }
            self.skip_ws();
        }
    }

    fn array(&mut self, vm: &mut Vm, depth: usize) -> PyResult<Option<Value>> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat(b"]") {
            return Ok(Some(Value::list(items)));
        }
        loop {
            let Some(value) = self.value(vm, depth + 1)? else {
                return Ok(None);
            };
            items.push(value);
            self.skip_ws();
            if self.eat(b"]") {
                return Ok(Some(Value::list(items)));
            }
            if !self.eat(b",") {
                return Ok(None);
            }
            self.skip_ws();
        }
    }

    /// A string's text (the position is at its opening quote); None for control characters
    /// (strict mode), bad escapes or an escaped lone surrogate.
    fn string(&mut self) -> Option<String> {
        let start = self.pos + 1;
        let mut i = start;
        // The common case: no escapes.
        while let Some(&b) = self.src.get(i) {
            match b {
                b'"' => {
                    self.pos = i + 1;
                    return std::str::from_utf8(&self.src[start..i])
                        .ok()
                        .map(str::to_string);
                }
                b'\\' => break,
                0..=0x1f => return None,
                _ => i += 1,
            }
        }
        let mut out = std::str::from_utf8(self.src.get(start..i)?)
            .ok()?
            .to_string();
        loop {
            let b = *self.src.get(i)?;
            match b {
                b'"' => {
                    self.pos = i + 1;
                    return Some(out);
                }
                b'\\' => {
                    let esc = *self.src.get(i + 1)?;
                    i += 2;
                    match esc {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let unit = hex4(self.src.get(i..i + 4)?)?;
                            i += 4;
                            let c = if (0xd800..0xdc00).contains(&unit) {
                                // A pair; a lone half is left to the Python decoder.
                                if self.src.get(i..i + 2) != Some(b"\\u") {
                                    return None;
                                }
                                let low = hex4(self.src.get(i + 2..i + 6)?)?;
                                if !(0xdc00..0xe000).contains(&low) {
                                    return None;
                                }
                                i += 6;
                                0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
                            } else if (0xdc00..0xe000).contains(&unit) {
                                return None;
                            } else {
                                unit
                            };
                            out.push(char::from_u32(c)?);
                        }
                        _ => return None,
                    }
                }
                0..=0x1f => return None,
                _ => {
                    // Copy the run up to the next quote or backslash.
                    let run_end = self.src[i..]
                        .iter()
                        .position(|&c| c == b'"' || c == b'\\' || c < 0x20)
                        .map_or(self.src.len(), |p| i + p);
                    out.push_str(std::str::from_utf8(&self.src[i..run_end]).ok()?);
                    i = run_end;
                }
            }
        }
    }

    /// A number as JSON writes it: an int, or a float with a fraction or an exponent.
    fn number(&mut self) -> Option<Value> {
        let start = self.pos;
        let mut i = start;
        let digits = |i: &mut usize, src: &[u8]| {
            let from = *i;
            while src.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i - from
        };
        if self.src.get(i) == Some(&b'-') {
            i += 1;
        }
        let int_digits = digits(&mut i, self.src);
        if int_digits == 0 || (int_digits > 1 && self.src[i - int_digits] == b'0') {
            return None;
        }
        let mut is_float = false;
        if self.src.get(i) == Some(&b'.') {
            i += 1;
            if digits(&mut i, self.src) == 0 {
                return None;
            }
            is_float = true;
        }
        if matches!(self.src.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(self.src.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if digits(&mut i, self.src) == 0 {
                return None;
            }
            is_float = true;
        }
        let text = std::str::from_utf8(&self.src[start..i]).ok()?;
        self.pos = i;
        if is_float {
            return text.parse::<f64>().ok().map(Value::Float);
        }
        if let Ok(n) = text.parse::<i64>() {
            return Some(Value::from(n));
        }
        if int_digits > MAX_INT_DIGITS {
            return None;
        }
        text.parse::<BigInt>().ok().map(Value::from_bigint)
    }
}

/// Four hex digits.
fn hex4(digits: &[u8]) -> Option<u32> {
    let text = std::str::from_utf8(digits).ok()?;
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(text, 16).ok()
}

/// `dumps_plain(obj)`: `json.dumps(obj)` with every option at its default, for values made
/// only of dicts with str keys, lists, tuples, str, int, float, bool and None; None to
/// decline (another type, a subclass, a key of another type, deep nesting, a lone
/// surrogate, a huge int), and the Python encoder then does the work.
fn dumps_plain(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Ok(Value::None);
    };
    let mut out = String::new();
    if !write_value(vm, obj, &mut out, 0)? {
        return Ok(Value::None);
    }
    Ok(Value::tuple(vec![Value::string(out)]))
}

/// Appends `v` as JSON; false to decline.
fn write_value(vm: &mut Vm, v: &Value, out: &mut String, depth: usize) -> PyResult<bool> {
    if depth > MAX_DEPTH {
        return Ok(false);
    }
    match v {
        Value::None => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::BigInt(b) => {
            let text = b.to_string();
            if text.trim_start_matches('-').len() > MAX_INT_DIGITS {
                return Ok(false);
            }
            out.push_str(&text);
        }
        Value::Float(f) if f.is_nan() => out.push_str("NaN"),
        Value::Float(f) if f.is_infinite() => {
            out.push_str(if *f > 0.0 { "Infinity" } else { "-Infinity" })
        }
        Value::Float(_) => out.push_str(&vm.repr(v)?),
        Value::Str(s) => {
            if !write_str(s.as_str(), out) {
                return Ok(false);
            }
        }
        Value::List(l) => {
            // No Python code runs while writing (a float's repr is native), so the list
            // cannot change under the borrow.
            let items = l.items.borrow();
            if !write_items(vm, &items, out, depth)? {
                return Ok(false);
            }
        }
        Value::Tuple(t) => {
            if !write_items(vm, &t.items, out, depth)? {
                return Ok(false);
            }
        }
        Value::Dict(d) => {
            let items = d.items();
            out.push('{');
            for (n, (k, value)) in items.iter().enumerate() {
                let Value::Str(key) = k else {
                    return Ok(false);
                };
                if n > 0 {
                    out.push_str(", ");
                }
                if !write_str(key.as_str(), out) {
                    return Ok(false);
                }
                out.push_str(": ");
                if !write_value(vm, value, out, depth + 1)? {
                    return Ok(false);
                }
            }
            out.push('}');
        }
        _ => return Ok(false),
    }
    Ok(true)
}

fn write_items(vm: &mut Vm, items: &[Value], out: &mut String, depth: usize) -> PyResult<bool> {
    out.push('[');
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        if !write_value(vm, item, out, depth + 1)? {
            return Ok(false);
        }
    }
    out.push(']');
    Ok(true)
}

/// A str as an ASCII JSON string; false for a lone surrogate (pyrs keeps those as
/// characters U+10D800..U+10DFFF).
fn write_str(s: &str, out: &mut String) -> bool {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            '\u{10d800}'..='\u{10dfff}' => return false,
            _ => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
        }
    }
    out.push('"');
    true
}
