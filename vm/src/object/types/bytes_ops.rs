//! The methods `bytes` and `bytearray` share: searching, splitting, stripping, padding, case
//! and character-class tests, `translate`. Each works on the receiver's bytes and returns a
//! result of the receiver's type, with CPython's argument errors.

use std::borrow::Cow;

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::bytearray::new_bytearray;
use crate::object::types::bytes::{buffer_data, new_bytes};
use crate::object::types::{Args, NativeFn};
use crate::object::Value;

/// The receiver of a shared method: its bytes and whether it is a `bytearray`.
struct Recv<'a> {
    data: Cow<'a, [u8]>,
    mutable: bool,
}

impl Recv<'_> {
    fn make(&self, data: Vec<u8>) -> Value {
        if self.mutable {
            new_bytearray(data)
        } else {
            new_bytes(data)
        }
    }
}

fn recv<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<Recv<'a>> {
    match args.pos.first() {
        Some(Value::Bytes(b)) => Ok(Recv {
            data: Cow::Borrowed(&b.data),
            mutable: false,
        }),
        Some(Value::ByteArray(b)) => Ok(Recv {
            data: Cow::Owned(b.data.borrow().clone()),
            mutable: true,
        }),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object"))),
    }
}

/// A bytes-like argument.
fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::object::types::bytes::bytes_like(vm, v)
}

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(data) = crate::object::types::bytes::exported_bytes(vm, v)? {
        return Ok(data);
    }
    if matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
        let n = vm.int_arg(v, "")?;
        return u8::try_from(n)
            .map(|b| vec![b])
            .map_err(|_| vm.value_error("byte must be in range(0, 256)"));
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

/// Optional start/end arguments as clamped byte indexes.
fn range_args(vm: &mut Vm, args: &Args<'_>, from: usize, len: usize) -> PyResult<(usize, usize)> {
    // A start past the end stays past it (as `len + 1`), so that an empty needle is not
    // found there, as CPython's ADJUST_INDICES leaves it.
    let bound = |vm: &mut Vm, i: usize, default: usize, most: usize| -> PyResult<usize> {
        match args.pos.get(i) {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let n = vm.int_arg(v, "")?;
                let n = if n < 0 { n + len as i64 } else { n };
                Ok(n.clamp(0, most as i64) as usize)
            }
        }
    };
    let start = bound(vm, from, 0, len + 1)?;
    let end = bound(vm, from + 1, len, len)?;
    Ok((start, end))
}

pub(crate) fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => memchr::memchr(*b, hay),
        _ => memchr::memmem::find(hay, needle),
    }
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(hay.len()),
        [b] => memchr::memrchr(*b, hay),
        _ => memchr::memmem::rfind(hay, needle),
    }
}

/// find/rfind/index/rindex: the position of the needle in `[start:end]`.
fn search(vm: &mut Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let r = recv(vm, args, name)?;
    vm.check_count(name, args.pos.len().saturating_sub(1), 1, 3)?;
    let needle = needle_arg(vm, &args.pos[1])?;
    let (start, end) = range_args(vm, args, 2, r.data.len())?;
    if start > end || (needle.is_empty() && start > r.data.len()) {
        return Ok(None);
    }
    let hay = &r.data[start..end];
    let found = if reverse {
        rfind_sub(hay, &needle)
    } else {
        find_sub(hay, &needle)
    };
    Ok(found.map(|i| i + start))
}

fn find(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, &args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, &args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match search(vm, &args, "index", false)? {
        Some(i) => Ok(Value::from(i)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match search(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::from(i)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "count")?;
    vm.check_count("count", args.pos.len().saturating_sub(1), 1, 3)?;
    let needle = needle_arg(vm, &args.pos[1])?;
    let (start, end) = range_args(vm, &args, 2, r.data.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = &r.data[start..end];
    if needle.is_empty() {
        return Ok(Value::from(hay.len() + 1));
    }
    let (mut n, mut i) = (0usize, 0usize);
    while let Some(p) = find_sub(&hay[i..], &needle) {
        n += 1;
        i += p + needle.len();
    }
    Ok(Value::from(n))
}

fn affix(vm: &mut Vm, args: &Args<'_>, name: &str, ends: bool) -> PyResult<Value> {
    let r = recv(vm, args, name)?;
    vm.check_count(name, args.pos.len().saturating_sub(1), 1, 3)?;
    let candidates: Vec<Value> = match args.pos[1].plain_tuple() {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let (start, end) = range_args(vm, args, 2, r.data.len())?;
    let hay = if start <= end {
        &r.data[start..end]
    } else {
        &[][..]
    };
    for c in &candidates {
        let Some(p) = buffer_data(c) else {
            let msg = if matches!(args.pos[1].plain_tuple(), Value::Tuple(_)) {
                format!("a bytes-like object is required, not '{}'", vm.type_name(c))
            } else {
                format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    vm.type_name(c)
                )
            };
            return Err(vm.type_error(msg));
        };
        if start > end {
            continue;
        }
        if (ends && hay.ends_with(&p)) || (!ends && hay.starts_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    affix(vm, &args, "endswith", true)
}

/// `(sep=None, maxsplit=-1)` of split/rsplit.
fn split_args(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let [sep, maxsplit] = vm.bind_args(name, &rest, &["sep", "maxsplit"], 0)?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = bytes_arg(vm, &v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => vm.int_arg(&v, "")?,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "split")?;
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let mut parts = Vec::new();
    let mut rest: &[u8] = &r.data;
    let mut splits = 0;
    match sep {
        None => loop {
            let start = rest.iter().position(|b| !py_space(b));
            let Some(start) = start else { break };
            rest = &rest[start..];
            if maxsplit >= 0 && splits >= maxsplit {
                parts.push(r.make(rest.to_vec()));
                break;
            }
            let end = rest.iter().position(py_space).unwrap_or(rest.len());
            parts.push(r.make(rest[..end].to_vec()));
            rest = &rest[end..];
            splits += 1;
        },
        Some(sep) => {
            while maxsplit < 0 || splits < maxsplit {
                let Some(p) = find_sub(rest, &sep) else { break };
                parts.push(r.make(rest[..p].to_vec()));
                rest = &rest[p + sep.len()..];
                splits += 1;
            }
            parts.push(r.make(rest.to_vec()));
        }
    }
    Ok(Value::list(parts))
}

fn rsplit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let mut parts = Vec::new();
    let mut rest: &[u8] = &r.data;
    let mut splits = 0;
    match sep {
        None => loop {
            let end = rest.iter().rposition(|b| !py_space(b));
            let Some(end) = end else { break };
            rest = &rest[..=end];
            if maxsplit >= 0 && splits >= maxsplit {
                parts.push(r.make(rest.to_vec()));
                break;
            }
            let start = rest.iter().rposition(py_space).map_or(0, |i| i + 1);
            parts.push(r.make(rest[start..].to_vec()));
            rest = &rest[..start];
            splits += 1;
        },
        Some(sep) => {
            while maxsplit < 0 || splits < maxsplit {
                let Some(p) = rfind_sub(rest, &sep) else {
                    break;
                };
                parts.push(r.make(rest[p + sep.len()..].to_vec()));
                rest = &rest[..p];
                splits += 1;
            }
            parts.push(r.make(rest.to_vec()));
        }
    }
    parts.reverse();
    Ok(Value::list(parts))
}

fn partition_impl(vm: &mut Vm, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Value> {
    let r = recv(vm, args, name)?;
    vm.check_count(name, args.pos.len().saturating_sub(1), 1, 1)?;
    let sep = bytes_arg(vm, &args.pos[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse {
        rfind_sub(&r.data, &sep)
    } else {
        find_sub(&r.data, &sep)
    };
    let parts = match found {
        Some(p) => [
            r.data[..p].to_vec(),
            sep.clone(),
            r.data[p + sep.len()..].to_vec(),
        ],
        None if reverse => [Vec::new(), Vec::new(), r.data.to_vec()],
        None => [r.data.to_vec(), Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(parts.into_iter().map(|p| r.make(p)).collect()))
}

fn partition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, &args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, &args, "rpartition", true)
}

fn join(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "join")?;
    vm.check_count("join", args.pos.len().saturating_sub(1), 1, 1)?;
    let items = vm.collect_or(&args.pos[1], true, |vm| {
        vm.type_error("can only join an iterable")
    })?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&r.data);
        }
        match buffer_data(item) {
            Some(p) => out.extend_from_slice(&p),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    Ok(r.make(out))
}

/// strip/lstrip/rstrip with an optional set of bytes (whitespace by default).
fn strip_impl(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let r = recv(vm, args, name)?;
    vm.check_count(name, args.pos.len().saturating_sub(1), 0, 1)?;
    let chars = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip = |b: &u8| match &chars {
        None => b.is_ascii_whitespace() || *b == 0x0b,
        Some(c) => c.contains(b),
    };
    let mut data: &[u8] = &r.data;
    if left {
        let start = data.iter().position(|b| !strip(b)).unwrap_or(data.len());
        data = &data[start..];
    }
    if right {
        let end = data.iter().rposition(|b| !strip(b)).map_or(0, |i| i + 1);
        data = &data[..end];
    }
    Ok(r.make(data.to_vec()))
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

fn replace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "replace")?;
    vm.check_count("replace", args.pos.len().saturating_sub(1), 2, 3)?;
    let old = bytes_arg(vm, &args.pos[1])?;
    let new = bytes_arg(vm, &args.pos[2])?;
    let mut limit = match args.pos.get(3) {
        Some(v) => vm.int_arg(v, "")?,
        None => -1,
    };
    let mut out = Vec::new();
    if old.is_empty() {
        for (i, &b) in r.data.iter().enumerate() {
            if limit != 0 {
                out.extend_from_slice(&new);
                limit -= 1;
            }
            out.push(b);
            if i + 1 == r.data.len() && limit != 0 {
                out.extend_from_slice(&new);
            }
        }
        if r.data.is_empty() && limit != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(r.make(out));
    }
    let mut rest: &[u8] = &r.data;
    while limit != 0 {
        let Some(p) = find_sub(rest, &old) else { break };
        out.extend_from_slice(&rest[..p]);
        out.extend_from_slice(&new);
        rest = &rest[p + old.len()..];
        limit -= 1;
    }
    out.extend_from_slice(rest);
    Ok(r.make(out))
}

fn fix_prefix(vm: &mut Vm, args: &Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let r = recv(vm, args, name)?;
    vm.check_count(name, args.pos.len().saturating_sub(1), 1, 1)?;
    let affix = bytes_arg(vm, &args.pos[1])?;
    let data: &[u8] = &r.data;
    let out = if suffix {
        data.strip_suffix(affix.as_slice()).unwrap_or(data)
    } else {
        data.strip_prefix(affix.as_slice()).unwrap_or(data)
    };
    Ok(r.make(out.to_vec()))
}

fn removeprefix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fix_prefix(vm, &args, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    fix_prefix(vm, &args, "removesuffix", true)
}

/// center/ljust/rjust: `(width, fillbyte=b' ')`.
fn pad(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let r = recv(vm, args, name)?;
    vm.check_count(name, args.pos.len().saturating_sub(1), 1, 2)?;
    let width = vm.int_arg(&args.pos[1], "")?;
    let fill = match args.pos.get(2) {
        None => b' ',
        Some(v) => match buffer_data(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.arg_type_name(v)
                )))
            }
        },
    };
    let len = r.data.len();
    let width = usize::try_from(width).unwrap_or(0);
    if width <= len {
        return Ok(r.make(r.data.to_vec()));
    }
    let total = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => total,
        _ => total / 2 + (total & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&r.data);
    out.resize(width, fill);
    Ok(r.make(out))
}

fn center(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad(vm, &args, "center")
}

fn ljust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad(vm, &args, "ljust")
}

fn rjust(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pad(vm, &args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "zfill")?;
    vm.check_count("zfill", args.pos.len().saturating_sub(1), 1, 1)?;
    let width = usize::try_from(vm.int_arg(&args.pos[1], "")?).unwrap_or(0);
    let len = r.data.len();
    if width <= len {
        return Ok(r.make(r.data.to_vec()));
    }
    let sign = matches!(r.data.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if sign {
        out.push(r.data[0]);
    }
    out.resize(out.len() + width - len, b'0');
    out.extend_from_slice(&r.data[usize::from(sign)..]);
    Ok(r.make(out))
}

fn map_case(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let r = recv(vm, args, name)?;
    vm.check_count(name, args.pos.len().saturating_sub(1), 0, 0)?;
    Ok(r.make(f(&r.data)))
}

fn title_case(data: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    data.iter()
        .map(|&b| {
            let out = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn capitalize_case(data: &[u8]) -> Vec<u8> {
    data.iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn swap_case(data: &[u8]) -> Vec<u8> {
    data.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

fn upper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_case(vm, &args, "upper", <[u8]>::to_ascii_uppercase)
}

fn lower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_case(vm, &args, "lower", <[u8]>::to_ascii_lowercase)
}

fn title(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_case(vm, &args, "title", title_case)
}

fn capitalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_case(vm, &args, "capitalize", capitalize_case)
}

fn swapcase(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    map_case(vm, &args, "swapcase", swap_case)
}

/// The character-class tests (`isalpha`, ...): false for empty data unless noted.
fn test_all(vm: &mut Vm, args: &Args<'_>, name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let r = recv(vm, args, name)?;
    Ok(Value::Bool(!r.data.is_empty() && r.data.iter().all(f)))
}

fn isalnum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_all(vm, &args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isalpha(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_all(vm, &args, "isalpha", u8::is_ascii_alphabetic)
}

/// CPython's ASCII whitespace for bytes: Rust's set and the vertical tab.
fn py_space(b: &u8) -> bool {
    b.is_ascii_whitespace() || *b == 0x0b
}

fn isdigit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_all(vm, &args, "isdigit", u8::is_ascii_digit)
}

fn isspace(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    test_all(vm, &args, "isspace", py_space)
}

fn isascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "isascii")?;
    Ok(Value::Bool(r.data.is_ascii()))
}

fn islower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "islower")?;
    let d = &r.data;
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isupper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "isupper")?;
    let d = &r.data;
    Ok(Value::Bool(
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase),
    ))
}

fn istitle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for b in r.data.iter() {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn splitlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "splitlines")?;
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let [keepends] = vm.bind_args("splitlines", &rest, &["keepends"], 0)?;
    let keep = match keepends {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let d = &r.data;
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < d.len() {
        let eol = match d[i] {
            b'\r' if d.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        parts.push(r.make(d[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < d.len() {
        parts.push(r.make(d[start..].to_vec()));
    }
    Ok(Value::list(parts))
}

fn expandtabs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "expandtabs")?;
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let [tabsize] = vm.bind_args("expandtabs", &rest, &["tabsize"], 0)?;
    let tabsize = match tabsize {
        Some(v) => vm.int_arg(&v, "")?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for &b in r.data.iter() {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(r.make(out))
}

fn translate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "translate")?;
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let [table, delete] = vm.bind_args("translate", &rest, &["table", "delete"], 1)?;
    let table = match table {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = bytes_arg(vm, &v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete {
        None => Vec::new(),
        Some(v) => bytes_arg(vm, &v)?,
    };
    let mut dropped = [false; 256];
    for &b in &delete {
        dropped[usize::from(b)] = true;
    }
    let out = r
        .data
        .iter()
        .filter(|&&b| !dropped[usize::from(b)])
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(r.make(out))
}

fn decode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "decode")?;
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let [encoding, errors] = vm.bind_args("decode", &rest, &["encoding", "errors"], 0)?;
    let text_arg = |vm: &mut Vm, v: Option<Value>, name: &str, default: &str| match v {
        None => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "decode() argument '{name}' must be str, not {}",
            vm.arg_type_name(&other)
        ))),
    };
    let encoding = text_arg(vm, encoding, "encoding", "utf-8")?;
    let errors = text_arg(vm, errors, "errors", "strict")?;
    crate::object::types::bytes::decode(vm, &r.data, &encoding, &errors).map(Value::string)
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "hex")?;
    let rest = Args {
        pos: args.pos.get(1..).unwrap_or(&[]),
        kw: args.kw,
    };
    let [sep, per] = vm.bind_args("hex", &rest, &["sep", "bytes_per_sep"], 0)?;
    let Some(sep) = sep else {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::with_capacity(r.data.len() * 2);
        for &b in r.data.iter() {
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
        return Ok(Value::string(out));
    };
    let digits: Vec<String> = r.data.iter().map(|x| format!("{x:02x}")).collect();
    let sep = match &sep {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(_) | Value::ByteArray(_) => {
            String::from_utf8_lossy(&bytes_arg(vm, &sep)?).into_owned()
        }
        other => {
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                vm.type_name(other)
            )))
        }
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let per = match per {
        Some(v) => vm.int_arg(&v, "")?,
        None => 1,
    };
    if per == 0 {
        return Ok(Value::string(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups are counted from the right.
        let first = digits.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for chunk in digits[first..].chunks(n) {
            groups.push(chunk.concat());
        }
    } else {
        for chunk in digits.chunks(n) {
            groups.push(chunk.concat());
        }
    }
    Ok(Value::string(groups.join(&sep)))
}

fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let r = recv(vm, &args, "__getnewargs__")?;
    Ok(Value::tuple(vec![new_bytes(r.data.to_vec())]))
}

/// `bytes.maketrans(from, to)` / `bytearray.maketrans`.
pub(crate) fn maketrans(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = match args.pos {
        [Value::Type(_), rest @ ..] => rest,
        rest => rest,
    };
    vm.check_count("maketrans", pos.len(), 2, 2)?;
    let from = bytes_arg(vm, &pos[0])?;
    let to = bytes_arg(vm, &pos[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)`.
pub(crate) fn fromhex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let plain: Vec<Value> = args.pos.iter().map(|v| v.plain_text().clone()).collect();
    let (cls, text) = match plain.as_slice() {
        [Value::Type(t), Value::Str(s)] => (Some(t.clone()), s.clone()),
        [Value::Str(s)] => (None, s.clone()),
        [.., other] => {
            return Err(vm.type_error(format!(
                "fromhex() argument must be str, not {}",
                vm.arg_type_name(other)
            )))
        }
        [] => return Err(vm.type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let bytes = text.as_str().as_bytes();
    let mut data = Vec::with_capacity(bytes.len() / 2);
    let mut i = 0;
    while i < bytes.len() {
        if py_space(&bytes[i]) {
            i += 1;
            continue;
        }
        let hi = (bytes[i] as char).to_digit(16);
        let lo = bytes.get(i + 1).and_then(|&b| (b as char).to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => data.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            _ => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
        }
        i += 2;
    }
    let is_bytearray = cls
        .as_ref()
        .is_some_and(|t| t.kind == crate::object::types::TypeKind::ByteArray);
    let made = if is_bytearray {
        new_bytearray(data)
    } else {
        new_bytes(data)
    };
    match cls {
        // A subclass is called with the result, as in CPython.
        Some(t) if t.heap => vm.call_value(&Value::Type(t), &[made], &[]),
        _ => Ok(made),
    }
}

/// The methods both types have.
pub const METHODS: &[(&str, NativeFn)] = &[
    ("decode", decode),
    ("hex", hex),
    ("find", find),
    ("rfind", rfind),
    ("index", index),
    ("rindex", rindex),
    ("count", count),
    ("startswith", startswith),
    ("endswith", endswith),
    ("split", split),
    ("rsplit", rsplit),
    ("partition", partition),
    ("rpartition", rpartition),
    ("join", join),
    ("strip", strip),
    ("lstrip", lstrip),
    ("rstrip", rstrip),
    ("replace", replace),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("center", center),
    ("ljust", ljust),
    ("rjust", rjust),
    ("zfill", zfill),
    ("upper", upper),
    ("lower", lower),
    ("title", title),
    ("capitalize", capitalize),
    ("swapcase", swapcase),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("isspace", isspace),
    ("isascii", isascii),
    ("islower", islower),
    ("isupper", isupper),
    ("istitle", istitle),
    ("splitlines", splitlines),
    ("expandtabs", expandtabs),
    ("translate", translate),
    ("__getnewargs__", getnewargs),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searching() {
        assert_eq!(find_sub(b"hello", b"ll"), Some(2));
        assert_eq!(rfind_sub(b"abab", b"ab"), Some(2));
        assert_eq!(rfind_sub(b"ab", b""), Some(2));
        assert_eq!(title_case(b"hello wORLD"), b"Hello World");
    }
}
