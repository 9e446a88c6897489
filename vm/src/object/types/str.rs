//! `str`: repr and escaping, indexing by code point, and the methods (formatting lives in
//! `strformat.rs`).

use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::format::decimal_value;
use crate::object::types::{Args, NativeFn, PyStr};
use crate::object::Value;
use unicode_general_category::{get_general_category, GeneralCategory as Gc};

/// Python's `str.isspace` for one character.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Whether `repr()` shows `c` as itself: CPython's `isprintable`, every category but the
/// controls, formats, surrogates, private use, unassigned and separators (the ASCII space
/// excepted). The table is Unicode 15.0, the version CPython 3.12 uses.
fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !matches!(
        get_general_category(c),
        Gc::Control
            | Gc::Format
            | Gc::Surrogate
            | Gc::PrivateUse
            | Gc::Unassigned
            | Gc::LineSeparator
            | Gc::ParagraphSeparator
            | Gc::SpaceSeparator
    )
}

/// The number categories (Nd, Nl, No) of Unicode 15.0.
fn is_number(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    matches!(
        get_general_category(c),
        Gc::DecimalNumber | Gc::LetterNumber | Gc::OtherNumber
    )
}

/// Python's `str.isnumeric` for one character: the number categories, and the ideographs
/// Unicode 15.0 gives a numeric value (Numeric_Type=Numeric: 一, 二, 萬, 兆...).
fn is_numeric_char(c: char) -> bool {
    is_number(c)
        || matches!(c as u32, 0x3405 | 0x3483 | 0x382A | 0x3B4D | 0x4E00 | 0x4E03 | 0x4E07 | 0x4E09
            | 0x4E5D | 0x4E8C | 0x4E94 | 0x4E96 | 0x4EBF..=0x4EC0 | 0x4EDF | 0x4EE8 | 0x4F0D
            | 0x4F70 | 0x5104 | 0x5146 | 0x5169 | 0x516B | 0x516D | 0x5341 | 0x5343..=0x5345
            | 0x534C | 0x53C1..=0x53C4 | 0x56DB | 0x58F1 | 0x58F9 | 0x5E7A | 0x5EFE..=0x5EFF
            | 0x5F0C..=0x5F0E | 0x5F10 | 0x62FE | 0x634C | 0x67D2 | 0x6F06 | 0x7396 | 0x767E
            | 0x8086 | 0x842C | 0x8CAE | 0x8CB3 | 0x8D30 | 0x9621 | 0x9646 | 0x964C | 0x9678
            | 0x96F6 | 0xF96B | 0xF973 | 0xF978 | 0xF9B2 | 0xF9D1 | 0xF9D3 | 0xF9FD | 0x20001
            | 0x20064 | 0x200E2 | 0x20121 | 0x2092A | 0x20983 | 0x2098C | 0x2099C | 0x20AEA
            | 0x20AFD | 0x20B19 | 0x22390 | 0x22998 | 0x23B1B | 0x2626D | 0x2F890)
}

/// Python's `str.isalpha` for one character: the letter categories (not Rust's Alphabetic,
/// which adds letter numbers and combining vowel signs).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(
        get_general_category(c),
        Gc::UppercaseLetter
            | Gc::LowercaseLetter
            | Gc::TitlecaseLetter
            | Gc::ModifierLetter
            | Gc::OtherLetter
    )
}

/// `repr()` of a str, with CPython's choice of quotes and escapes.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c => out.push_str(&crate::codecs::escape(c)),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: escapes every non-ASCII character of an already-built repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if c.is_ascii() {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

/// `repr()` of bytes.
pub fn repr_bytes(data: &[u8]) -> String {
    repr_bytes_quoting(data, false)
}

/// The `b'...'` part of a bytearray's repr: like bytes, except that CPython escapes every
/// `'`, whichever quote it picked.
pub fn repr_bytearray_data(data: &[u8]) -> String {
    repr_bytes_quoting(data, true)
}

fn repr_bytes_quoting(data: &[u8], escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == quote || (escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// Byte offset of code point `i` (i ≤ length).
fn byte_offset(s: &PyStr, i: usize) -> usize {
    s.byte_offset(i)
}

fn char_at(s: &PyStr, i: usize) -> char {
    s.char_at(i)
}

/// `s[key]`.
pub fn getitem(vm: &mut Vm, s: &Rc<PyStr>, key: &Value) -> PyResult<Value> {
    if let Value::Slice(sl) = key {
        let len = s.char_len();
        let (start, _, step, count) = vm.slice_indices(sl, len)?;
        // The whole string is the string itself, as in CPython.
        if start == 0 && step == 1 && count == len {
            return Ok(Value::Str(s.clone()));
        }
        if step == 1 {
            let a = byte_offset(s, start as usize);
            let b = byte_offset(s, start as usize + count);
            return Ok(Value::str(&s.as_str()[a..b]));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let out: String = (0..count)
            .map(|k| chars[(start + k as i64 * step) as usize])
            .collect();
        return Ok(Value::string(out));
    }
    let i = vm.seq_index(key, s.char_len(), "string")?;
    let mut buf = [0u8; 4];
    Ok(Value::str(char_at(s, i).encode_utf8(&mut buf)))
}

/// `str(x)` / `str(bytes, encoding)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_params("str", &args, &["object", "encoding", "errors"])?;
    let Some(x) = args.arg(0, "object") else {
        return Ok(Value::str(""));
    };
    let encoding = args.arg(1, "encoding");
    let errors = args.arg(2, "errors");
    if encoding.is_some() || errors.is_some() {
        // str(bytes, encoding, errors) decodes.
        let text_arg = |vm: &mut Vm, v: Option<&Value>, what: &str, default: &str| match v {
            None => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(vm.type_error(format!(
                "str() argument '{what}' must be str, not {}",
                vm.arg_type_name(other)
            ))),
        };
        let enc = text_arg(vm, encoding, "encoding", "utf-8")?;
        let errs = text_arg(vm, errors, "errors", "strict")?;
        let Some(data) = crate::object::types::bytes::buffer_data(x) else {
            if matches!(x, Value::Str(_)) {
                return Err(vm.type_error("decoding str is not supported"));
            }
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(x)
            )));
        };
        let text = crate::object::types::bytes::decode(vm, &data, &enc, &errs)?;
        return Ok(Value::string(text));
    }
    match x {
        Value::Str(_) => Ok(x.clone()),
        // A `__str__` returning an instance of a str subclass gives that instance.
        Value::Instance(i)
            if !matches!(i.base, Some(Value::Set(_) | Value::ByteArray(_)))
                && vm.type_of(x).lookup_heap("__str__").is_some() =>
        {
            match vm.call_special(x, "__str__", &[])? {
                Some(r) if matches!(r.plain_text(), Value::Str(_)) => Ok(r),
                Some(other) => Err(vm.type_error(format!(
                    "__str__ returned non-string (type {})",
                    vm.type_name(&other)
                ))),
                None => Ok(Value::string(vm.to_str(x)?)),
            }
        }
        _ => Ok(Value::string(vm.to_str(x)?)),
    }
}

fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Rc<PyStr>> {
    // Only these methods take keyword arguments.
    const KEYWORDS: &[&str] = &[
        "split",
        "rsplit",
        "splitlines",
        "expandtabs",
        "encode",
        "format",
    ];
    if !args.kw.is_empty() && !KEYWORDS.contains(&name) {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
    }
}

fn str_param<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    i: usize,
    method: &str,
) -> PyResult<Option<&'a str>> {
    match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(vm.type_error(format!("{method} arg must be None or str"))),
    }
}

fn map_str(args: &Args<'_>, vm: &mut Vm, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    vm.check_count(name, args.pos.len() - 1, 0, 0)?;
    Ok(Value::string(f(s.as_str())))
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_str(&args, vm, "upper", str::to_uppercase)
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_str(&args, vm, "lower", str::to_lowercase)
}

fn casefold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_str(&args, vm, "casefold", |s| {
        let folds = crate::object::types::casefold::FOLDS;
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match folds.binary_search_by_key(&c, |&(k, _)| k) {
                Ok(i) => out.push_str(folds[i].1),
                Err(_) => out.extend(c.to_lowercase()),
            }
        }
        out
    })
}

fn swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_str(&args, vm, "swapcase", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for (i, &c) in chars.iter().enumerate() {
            if c.is_uppercase() {
                push_lower(&mut out, &chars, i);
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_str(&args, vm, "capitalize", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for (i, &c) in chars.iter().enumerate() {
            if i == 0 {
                push_title(&mut out, c);
            } else {
                push_lower(&mut out, &chars, i);
            }
        }
        out
    })
}

/// Appends the lowercase of `chars[i]`: a capital sigma ending a word (a cased letter
/// before it, none after, case-ignorable characters skipped) becomes the final sigma.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3A3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let cased = |c: &char| c.is_lowercase() || c.is_uppercase() || is_titlecase(*c);
    let ignorable = |c: &&char| {
        matches!(
            **c,
            '\'' | '.'
                | ':'
                | '^'
                | '`'
                | '\u{AD}'
                | '\u{B7}'
                | '\u{2018}'
                | '\u{2019}'
                | '\u{2024}'
                | '\u{2027}'
                | '\u{300}'..='\u{36F}'
        )
    };
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !ignorable(c))
        .is_some_and(cased);
    let after = chars[i + 1..]
        .iter()
        .find(|c| !ignorable(c))
        .is_some_and(cased);
    out.push(if before && !after {
        '\u{3C2}'
    } else {
        '\u{3C3}'
    });
}

/// Appends the titlecase of `c`: its uppercase, except for the characters Unicode gives a
/// titlecase of their own (digraphs, ligatures, Greek with iota subscript).
fn push_title(out: &mut String, c: char) {
    let special: Option<&str> = match c {
        '\u{1C4}'..='\u{1C6}' => Some("\u{1C5}"),
        '\u{1C7}'..='\u{1C9}' => Some("\u{1C8}"),
        '\u{1CA}'..='\u{1CC}' => Some("\u{1CB}"),
        '\u{1F1}'..='\u{1F3}' => Some("\u{1F2}"),
        '\u{DF}' => Some("Ss"),
        '\u{FB00}' => Some("Ff"),
        '\u{FB01}' => Some("Fi"),
        '\u{FB02}' => Some("Fl"),
        '\u{FB03}' => Some("Ffi"),
        '\u{FB04}' => Some("Ffl"),
        '\u{FB05}' | '\u{FB06}' => Some("St"),
        '\u{587}' => Some("\u{535}\u{582}"),
        '\u{FB13}' => Some("\u{544}\u{576}"),
        '\u{FB14}' => Some("\u{544}\u{565}"),
        '\u{FB15}' => Some("\u{544}\u{56B}"),
        '\u{FB16}' => Some("\u{54E}\u{576}"),
        '\u{FB17}' => Some("\u{544}\u{56D}"),
        '\u{1FB3}' | '\u{1FBC}' => Some("\u{1FBC}"),
        '\u{1FC3}' | '\u{1FCC}' => Some("\u{1FCC}"),
        '\u{1FF3}' | '\u{1FFC}' => Some("\u{1FFC}"),
        _ => None,
    };
    match special {
        Some(t) => out.push_str(t),
        // U+1F80..U+1FAF: each row of eight lowercase letters with iota subscript has its
        // titlecase in the next row.
        None if ('\u{1F80}'..='\u{1FAF}').contains(&c) => {
            let code = c as u32;
            let title = if code & 8 == 0 { code + 8 } else { code };
            out.extend(char::from_u32(title));
        }
        None => out.extend(c.to_uppercase()),
    }
}

/// The letters of Unicode's titlecase category (Lt).
fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        '\u{1C5}'
            | '\u{1C8}'
            | '\u{1CB}'
            | '\u{1F2}'
            | '\u{1F88}'..='\u{1F8F}'
            | '\u{1F98}'..='\u{1F9F}'
            | '\u{1FA8}'..='\u{1FAF}'
            | '\u{1FBC}'
            | '\u{1FCC}'
            | '\u{1FFC}'
    )
}

fn title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_str(&args, vm, "title", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for (i, &c) in chars.iter().enumerate() {
            if prev_cased {
                push_lower(&mut out, &chars, i);
            } else {
                push_title(&mut out, c);
            }
            prev_cased = c.is_alphabetic()
                && (c.is_uppercase() || c.is_lowercase() || c.to_lowercase().next() != Some(c));
        }
        out
    })
}

fn strip_impl(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    vm.check_count(name, args.pos.len() - 1, 0, 1)?;
    let chars = str_param(vm, args, 1, name)?;
    let pred = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    };
    let mut t = s.as_str();
    if left {
        t = t.trim_start_matches(pred);
    }
    if right {
        t = t.trim_end_matches(pred);
    }
    Ok(Value::str(t))
}

fn strip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, &args, "rstrip", false, true)
}

fn split_args<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<(Option<&'a str>, i64)> {
    let sep = match args.arg(1, "sep") {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            if s.as_str().is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s.as_str())
        }
        Some(other) => {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(other))))
        }
    };
    let maxsplit = match args.arg(2, "maxsplit") {
        Some(v) => vm.int_arg(v, "")?,
        None => -1,
    };
    let _ = name;
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "split")?.clone();
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let text = s.as_str();
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = text;
            let mut n = 0;
            while maxsplit < 0 || n < maxsplit {
                match rest.find(sep) {
                    Some(i) => {
                        out.push(Value::str(&rest[..i]));
                        rest = &rest[i + sep.len()..];
                        n += 1;
                    }
                    None => break,
                }
            }
            out.push(Value::str(rest));
        }
        None => {
            let mut rest = text.trim_start_matches(is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_space);
                n += 1;
            }
        }
    }
    Ok(Value::list(out))
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "rsplit")?.clone();
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let text = s.as_str();
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = text;
            let mut n = 0;
            while maxsplit < 0 || n < maxsplit {
                match rest.rfind(sep) {
                    Some(i) => {
                        out.push(Value::str(&rest[i + sep.len()..]));
                        rest = &rest[..i];
                        n += 1;
                    }
                    None => break,
                }
            }
            out.push(Value::str(rest));
        }
        None => {
            let mut rest = text.trim_end_matches(is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                let start = rest.rfind(is_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(Value::str(&rest[start..]));
                rest = rest[..start].trim_end_matches(is_space);
                n += 1;
            }
        }
    }
    out.reverse();
    Ok(Value::list(out))
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?.clone();
    let keep = match args.arg(1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let text = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
                end += 1;
            }
        }
        out.push(Value::str(if keep {
            &text[start..end]
        } else {
            &text[start..i]
        }));
        start = end;
    }
    if start < text.len() {
        out.push(Value::str(&text[start..]));
    }
    Ok(Value::list(out))
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "join")?.clone();
    one_argument(vm, "join", args.pos.len() - 1)?;
    let items = vm.collect_or(&args.pos[1], true, |vm| {
        vm.type_error("can only join an iterable")
    })?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(s.as_str());
        }
        let item = match item {
            Value::Instance(inst) => match &inst.base {
                Some(b @ Value::Str(_)) => b,
                _ => item,
            },
            _ => item,
        };
        match item {
            Value::Str(p) => out.push_str(p.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(other)
                )))
            }
        }
    }
    Ok(Value::string(out))
}

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "replace")?.clone();
    vm.check_count("replace", args.pos.len() - 1, 2, 3)?;
    let old = vm.str_arg(&args.pos[1], "replace", 1)?;
    let new = vm.str_arg(&args.pos[2], "replace", 2)?;
    let count = match args.pos.get(3) {
        Some(v) => vm.int_arg(v, "")?,
        None => -1,
    };
    if count < 0 {
        return Ok(Value::string(
            s.as_str().replace(old.as_str(), new.as_str()),
        ));
    }
    Ok(Value::string(s.as_str().replacen(
        old.as_str(),
        new.as_str(),
        usize::try_from(count).unwrap_or(usize::MAX),
    )))
}

/// The (start, end) char range of optional start/end arguments at positions i, i+1.
/// CPython's start/end adjustment for find/count/startswith: negative values count from the
/// end, `end` is clamped to the length, `start` may stay past it (then nothing matches).
fn range_args(vm: &mut Vm, args: &Args<'_>, i: usize, len: usize) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(Value::BigInt(b)) => Ok(if b.sign() == num_bigint::Sign::Minus {
                0
            } else {
                i64::MAX / 2
            }),
            Some(v) => match vm.index_value(v)? {
                Some(i) => Ok(if i < 0 { (i + len).max(0) } else { i }),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let start = bound(vm, args.pos.get(i), 0)?;
    let end = bound(vm, args.pos.get(i + 1), len)?.min(len);
    // Past-the-end starts stay past the end, without wrapping on 32-bit targets.
    Ok((start.min(len + 1) as usize, end as usize))
}

fn char_index_of_byte(s: &PyStr, b: usize) -> usize {
    s.char_index(b)
}

/// The substring of find/index/count (CPython's message names no argument).
fn substring_arg(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!("must be str, not {}", vm.type_name(other)))),
    }
}

/// find/rfind core: char index or -1.
fn find_impl(vm: &mut Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<i64> {
    let s = this(vm, args, name)?.clone();
    parsed_count(vm, name, args.pos.len() - 1, 1, 3)?;
    let sub = substring_arg(vm, &args.pos[1])?;
    let (start, end) = range_args(vm, args, 2, s.char_len())?;
    if start > s.char_len() || (end < start) {
        return Ok(-1);
    }
    let (a, b) = (byte_offset(&s, start), byte_offset(&s, end));
    let hay = &s.as_str()[a..b];
    let found = if reverse {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(match found {
        Some(i) => char_index_of_byte(&s, a + i) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, &args, "find", false).map(Value::Int)
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, &args, "rfind", true).map(Value::Int)
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "count")?.clone();
    parsed_count(vm, "count", args.pos.len() - 1, 1, 3)?;
    let sub = substring_arg(vm, &args.pos[1])?;
    let (start, end) = range_args(vm, &args, 2, s.char_len())?;
    if start > s.char_len() || end < start {
        return Ok(Value::Int(0));
    }
    let hay = &s.as_str()[byte_offset(&s, start)..byte_offset(&s, end)];
    let n = if sub.as_str().is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    Ok(Value::from(n))
}

fn affix_impl(vm: &mut Vm, args: &Args<'_>, name: &str, ends: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?.clone();
    parsed_count(vm, name, args.pos.len() - 1, 1, 3)?;
    let (start, end) = range_args(vm, args, 2, s.char_len())?;
    if start > s.char_len() || end < start {
        return Ok(Value::Bool(false));
    }
    let hay = &s.as_str()[byte_offset(&s, start)..byte_offset(&s, end.max(start))];
    let test = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match args.pos[1].plain_tuple() {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for item in t.items.iter() {
                match item.plain_text() {
                    Value::Str(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(other)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix_impl(vm, &args, "endswith", true)
}

fn predicate(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    Ok(Value::Bool(f(s.as_str())))
}

/// Digits that are not decimal (Numeric_Type=Digit): superscripts, subscripts, circled
/// digits, Ethiopic and Kharoshthi digits...
fn is_other_digit(c: char) -> bool {
    matches!(c as u32, 0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079
        | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA
        | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792
        | 0x10A40..=0x10A43 | 0x10E60..=0x10E68 | 0x11052..=0x1105A | 0x1F100..=0x1F10A)
}

fn isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isdigit", |s| {
        !s.is_empty()
            && s.chars()
                .all(|c| decimal_value(c).is_some() || is_other_digit(c))
    })
}

fn isdecimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(|c| decimal_value(c).is_some())
    })
}

fn isnumeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(is_numeric_char)
    })
}

fn isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(is_alpha)
    })
}

fn isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isalnum", |s| {
        !s.is_empty()
            && s.chars().all(|c| {
                is_alpha(c) || is_numeric_char(c) || decimal_value(c).is_some() || is_other_digit(c)
            })
    })
}

fn isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isspace", |s| {
        !s.is_empty() && s.chars().all(is_space)
    })
}

fn islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "islower", |s| {
        // A titlecase letter (ǅ) is neither lower nor upper case: it fails both.
        s.chars().any(char::is_lowercase) && !s.chars().any(|c| c.is_uppercase() || is_titlecase(c))
    })
}

fn isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isupper", |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(|c| c.is_lowercase() || is_titlecase(c))
    })
}

fn istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn isidentifier(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isidentifier", is_identifier)
}

fn isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isascii", str::is_ascii)
}

fn isprintable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    predicate(vm, &args, "isprintable", |s| {
        s.chars()
            .all(|c| c == ' ' || (!c.is_whitespace() && is_printable(c)))
    })
}

fn pad_args(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Rc<PyStr>, usize, char)> {
    let s = this(vm, args, name)?.clone();
    vm.check_count(name, args.pos.len() - 1, 1, 2)?;
    let width = vm.int_arg(&args.pos[1], "")?.max(0);
    if width > 1 << 28 {
        return Err(vm.memory_error());
    }
    let width = width as usize;
    let fill = match args.pos.get(2).map(Value::plain_text) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(other)
            )))
        }
    };
    if width > (1 << 28) {
        return Err(vm.memory_error());
    }
    Ok((s, width, fill))
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "center")?;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s));
    }
    let total = width - len;
    let left = total / 2 + (total & width & 1);
    let right = total - left;
    let f = fill.to_string();
    Ok(Value::string(format!(
        "{}{}{}",
        f.repeat(left),
        s.as_str(),
        f.repeat(right)
    )))
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "ljust")?;
    let pad = width.saturating_sub(s.char_len());
    Ok(Value::string(format!(
        "{}{}",
        s.as_str(),
        fill.to_string().repeat(pad)
    )))
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, &args, "rjust")?;
    let pad = width.saturating_sub(s.char_len());
    Ok(Value::string(format!(
        "{}{}",
        fill.to_string().repeat(pad),
        s.as_str()
    )))
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?.clone();
    one_argument(vm, "zfill", args.pos.len() - 1)?;
    let width = vm.int_arg(&args.pos[1], "")?.max(0);
    if width > 1 << 30 {
        return Err(vm.memory_error());
    }
    let width = width as usize;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s));
    }
    let text = s.as_str();
    let (sign, rest) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &text[1..]),
        _ => (String::new(), text),
    };
    Ok(Value::string(format!(
        "{sign}{}{rest}",
        "0".repeat(width - len)
    )))
}

fn partition_impl(vm: &mut Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?.clone();
    one_argument(vm, name, args.pos.len() - 1)?;
    let sep = match args.pos[1].plain_text() {
        Value::Str(sep) => sep.clone(),
        other => {
            let msg = format!("must be str, not {}", vm.type_name(other));
            return Err(vm.type_error(msg));
        }
    };
    if sep.as_str().is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&text[..i]),
            Value::Str(sep.clone()),
            Value::str(&text[i + sep.as_str().len()..]),
        ],
        None if reverse => vec![Value::str(""), Value::str(""), Value::Str(s.clone())],
        None => vec![Value::Str(s.clone()), Value::str(""), Value::str("")],
    }))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, &args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, &args, "rpartition", true)
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "removeprefix")?.clone();
    one_argument(vm, "removeprefix", args.pos.len() - 1)?;
    let p = vm.str_arg(&args.pos[1], "removeprefix", 0)?;
    Ok(Value::str(
        s.as_str().strip_prefix(p.as_str()).unwrap_or(s.as_str()),
    ))
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "removesuffix")?.clone();
    one_argument(vm, "removesuffix", args.pos.len() - 1)?;
    let p = vm.str_arg(&args.pos[1], "removesuffix", 0)?;
    Ok(Value::str(
        s.as_str().strip_suffix(p.as_str()).unwrap_or(s.as_str()),
    ))
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?.clone();
    let size = match args.arg(1, "tabsize") {
        Some(Value::BigInt(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        Some(v) => vm.int_arg(v, "")?,
        None => 8,
    };
    if i32::try_from(size).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let tabs = s.as_str().matches('\t').count() as u64;
    if tabs.saturating_mul(size.max(0) as u64) > 1 << 30 {
        return Err(vm.overflow_error("result too long"));
    }
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?.clone();
    let encoding = match args.arg(1, "encoding") {
        None => "utf-8".to_string(),
        Some(Value::Str(e)) => e.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "encode() argument 'encoding' must be str, not {}",
                vm.arg_type_name(other)
            )))
        }
    };
    let errors = match args.arg(2, "errors") {
        None => "strict".to_string(),
        Some(Value::Str(e)) => e.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "encode() argument 'errors' must be str, not {}",
                vm.arg_type_name(other)
            )))
        }
    };
    let data = crate::object::types::bytes::encode(vm, s.as_str(), &encoding, &errors)?;
    Ok(crate::object::types::bytes::new_bytes(data))
}

fn format_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "format")?.clone();
    if !s.as_str().contains(['{', '}']) {
        // CPython hands back the receiver itself (a str subclass's instance too) when the
        // text has no field, whatever the arguments.
        return Ok(args.pos[0].clone());
    }
    let out =
        crate::object::types::strformat::str_format(vm, s.as_str(), &args.pos[1..], args.kw, None)?;
    Ok(Value::string(out))
}

fn format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "format_map")?.clone();
    one_argument(vm, "format_map", args.pos.len() - 1)?;
    let out =
        crate::object::types::strformat::str_format(vm, s.as_str(), &[], &[], Some(&args.pos[1]))?;
    Ok(Value::string(out))
}

fn dunder_format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let spec = vm.format_spec_arg(&args)?;
    Ok(Value::string(vm.format(&args.pos[0], &spec)?))
}

fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("maketrans", args.pos.len(), 1, 3)?;
    let d = Rc::new(crate::object::types::PyDict::new());
    let ord = |c: char| Value::Int(i64::from(u32::from(c)));
    if let [x] = args.pos {
        let Value::Dict(src) = x else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let k = match &k {
                Value::Str(s) if s.char_len() == 1 => {
                    ord(s.as_str().chars().next().unwrap_or('\0'))
                }
                Value::Str(_) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1"))
                }
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            vm.dict_set(&d, k, v)?;
        }
        return Ok(Value::dict(d));
    }
    let plain: Vec<Value> = args.pos.iter().map(|v| v.plain_text().clone()).collect();
    let args = Args {
        pos: &plain,
        kw: args.kw,
    };
    for (i, v) in args.pos.iter().enumerate().skip(1) {
        if !matches!(v, Value::Str(_)) {
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                vm.arg_type_name(v)
            )));
        }
    }
    let (Value::Str(a), Value::Str(b)) = (&args.pos[0], &args.pos[1]) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if a.char_len() != b.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (x, y) in a.as_str().chars().zip(b.as_str().chars()) {
        vm.dict_set(&d, ord(x), ord(y))?;
    }
    if let Some(Value::Str(z)) = args.pos.get(2) {
        for c in z.as_str().chars() {
            vm.dict_set(&d, ord(c), Value::None)?;
        }
    }
    Ok(Value::dict(d))
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let s = this(vm, &args, "translate")?.clone();
    one_argument(vm, "translate", args.pos.len() - 1)?;
    let table = args.pos[1].clone();
    let mut out = String::new();
    for c in s.as_str().chars() {
        let key = Value::Int(i64::from(u32::from(c)));
        let mapped = match vm.getitem(&table, &key) {
            Ok(v) => Some(v),
            Err(e) if vm.err_matches(&e, ExcKind::LookupError) => None,
            Err(e) => return Err(e),
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(c) => out.push(c),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Some(Value::BigInt(_)) => {
                return Err(vm.value_error("character mapping must be in range(0x110000)"))
            }
            Some(_) => {
                return Err(vm.type_error("character mapping must return integer, None or str"))
            }
        }
    }
    Ok(Value::string(out))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("upper", upper),
    ("lower", lower),
    ("casefold", casefold),
    ("swapcase", swapcase),
    ("capitalize", capitalize),
    ("title", title),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("split", split),
    ("rsplit", rsplit),
    ("splitlines", splitlines),
    ("join", join),
    ("replace", replace),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("isdigit", isdigit),
    ("isdecimal", isdecimal),
    ("isnumeric", isnumeric),
    ("isalpha", isalpha),
    ("isalnum", isalnum),
    ("isspace", isspace),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("isidentifier", isidentifier),
    ("isascii", isascii),
    ("isprintable", isprintable),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("partition", partition),
    ("rpartition", rpartition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("expandtabs", expandtabs),
    ("encode", encode),
    ("format", format_method),
    ("format_map", format_map),
    ("__format__", dunder_format),
    ("translate", translate),
];

pub const STATIC_METHODS: &[(&str, NativeFn)] = &[("maketrans", maketrans)];

/// Whether `s` is a Python identifier (`str.isidentifier`).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {}
        _ => return false,
    }
    chars.all(unicode_ident::is_xid_continue)
}

/// A method taking one argument (CPython's `METH_O`): "str.join() takes exactly one argument
/// (0 given)".
fn one_argument(vm: &mut Vm, name: &str, n: usize) -> PyResult<()> {
    if n == 1 {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "str.{name}() takes exactly one argument ({n} given)"
    )))
}

/// The argument count of a method parsing a format of CPython's `PyArg_ParseTuple`
/// ("find() takes at least 1 argument (0 given)").
fn parsed_count(vm: &mut Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let (bound, which) = if n < min {
        (min, "at least")
    } else if n > max {
        (max, "at most")
    } else {
        return Ok(());
    };
    let s = if bound == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{name}() takes {which} {bound} argument{s} ({n} given)"
    )))
}
