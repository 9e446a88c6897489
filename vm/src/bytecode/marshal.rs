//! Code objects as bytes: the library's Python modules are compiled when pyrs is built
//! (`stdlib/build.rs` calls `dump`) and loaded from those bytes on first import (`load`),
//! so importing them parses nothing.
//!
//! The format is our own, little-endian with LEB128 varints. Source spans are not kept: a
//! frozen module has no source to point into. `load` checks every index it reads, so bad
//! bytes give an error and never a panic.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};

use crate::bytecode::{Code, CodeFlags, ExcEntry, Instr, Op};
use crate::object::types::{intern_str, is_identifier_like, PyStr};
use crate::object::Value;

/// The first bytes of a dump; a change of format changes them.
const MAGIC: &[u8; 4] = b"pyc1";

const NONE: u8 = 0;
const ELLIPSIS: u8 = 1;
const FALSE: u8 = 2;
const TRUE: u8 = 3;
const INT: u8 = 4;
const FLOAT: u8 = 5;
const BIGINT: u8 = 6;
const COMPLEX: u8 = 7;
const STR: u8 = 8;
const BYTES: u8 = 9;
const TUPLE: u8 = 10;
const CODE: u8 = 11;

/// Appends `code` (and the code nested in its constants) to `out`. Fails on a constant that
/// the compiler does not make.
pub fn dump(code: &Code, out: &mut Vec<u8>) -> Result<(), String> {
    out.extend_from_slice(MAGIC);
    dump_code(code, out)
}

/// Rebuilds the code object `dump` wrote, every code object in it having `filename`.
pub fn load(bytes: &[u8], filename: &str) -> Result<Code, String> {
    let rest = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or("not a pyrs code dump")?;
    let mut r = Reader {
        bytes: rest,
        pos: 0,
        filename: Rc::from(filename),
    };
    let code = r.code(0)?;
    if r.pos != r.bytes.len() {
        return Err("trailing bytes after the code object".into());
    }
    Ok(code)
}

fn put_uint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn put_int(out: &mut Vec<u8>, n: i64) {
    put_uint(out, ((n << 1) ^ (n >> 63)) as u64);
}

fn put_len(out: &mut Vec<u8>, n: usize) {
    put_uint(out, n as u64);
}

fn put_text(out: &mut Vec<u8>, s: &str) {
    put_len(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

fn dump_code(code: &Code, out: &mut Vec<u8>) -> Result<(), String> {
    put_text(out, code.name.as_str());
    put_text(out, code.qualname.as_str());
    for n in [
        code.first_line,
        code.flags.0,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.free_start,
        code.max_stack,
    ] {
        put_uint(out, u64::from(n));
    }
    put_len(out, code.instrs.len());
    for i in code.instrs.iter() {
        out.push(i.op as u8);
        put_uint(out, u64::from(i.arg));
    }
    // Lines as runs of equal deltas from the previous line.
    let mut runs: Vec<(u64, i64)> = Vec::new();
    let mut prev = i64::from(code.first_line);
    for &line in code.lines.iter() {
        let delta = i64::from(line) - prev;
        prev = i64::from(line);
        match runs.last_mut() {
            Some((n, d)) if *d == delta && delta == 0 => *n += 1,
            _ => runs.push((1, delta)),
        }
    }
    put_len(out, runs.len());
    for (n, d) in runs {
        put_uint(out, n);
        put_int(out, d);
    }
    put_len(out, code.consts.len());
    for c in code.consts.iter() {
        dump_const(c, out)?;
    }
    for names in [&code.names, &code.slot_names] {
        put_len(out, names.len());
        for n in names.iter() {
            put_text(out, n.as_str());
        }
    }
    put_len(out, code.exc_table.len());
    for e in code.exc_table.iter() {
        for n in [e.start, e.end, e.target, e.depth] {
            put_uint(out, u64::from(n));
        }
        out.push(u8::from(e.lasti));
    }
    Ok(())
}

fn dump_const(v: &Value, out: &mut Vec<u8>) -> Result<(), String> {
    match v {
        Value::None => out.push(NONE),
        Value::Ellipsis => out.push(ELLIPSIS),
        Value::Bool(false) => out.push(FALSE),
        Value::Bool(true) => out.push(TRUE),
        Value::Int(i) => {
            out.push(INT);
            put_int(out, *i);
        }
        Value::Float(f) => {
            out.push(FLOAT);
            out.extend_from_slice(&f.to_le_bytes());
        }
        Value::BigInt(b) => {
            out.push(BIGINT);
            let bytes = b.to_signed_bytes_le();
            put_len(out, bytes.len());
            out.extend_from_slice(&bytes);
        }
        Value::Complex(c) => {
            out.push(COMPLEX);
            out.extend_from_slice(&c.0.to_le_bytes());
            out.extend_from_slice(&c.1.to_le_bytes());
        }
        Value::Str(s) => {
            out.push(STR);
            put_text(out, s.as_str());
        }
        Value::Bytes(b) => {
            out.push(BYTES);
            put_len(out, b.data.len());
            out.extend_from_slice(&b.data);
        }
        Value::Tuple(t) => {
            out.push(TUPLE);
            put_len(out, t.items.len());
            for item in t.items.iter() {
                dump_const(item, out)?;
            }
        }
        Value::Code(c) => {
            out.push(CODE);
            dump_code(c, out)?;
        }
        _ => return Err("a constant of a kind the compiler does not make".into()),
    }
    Ok(())
}

/// Nesting deeper than this is refused: the compiler never makes it.
const MAX_DEPTH: usize = 200;

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    filename: Rc<str>,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.pos).ok_or("truncated code dump")?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or("truncated code dump")?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn uint(&mut self) -> Result<u64, String> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err("varint too long".into())
    }

    fn int(&mut self) -> Result<i64, String> {
        let n = self.uint()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    fn u32(&mut self) -> Result<u32, String> {
        u32::try_from(self.uint()?).map_err(|_| "number out of range".to_string())
    }

    /// A count of items that each take at least one byte, so it cannot exceed what is left.
    fn len(&mut self) -> Result<usize, String> {
        let n = usize::try_from(self.uint()?).map_err(|_| "length out of range")?;
        if n > self.bytes.len() - self.pos {
            return Err("length beyond the end of the dump".into());
        }
        Ok(n)
    }

    fn text(&mut self) -> Result<&str, String> {
        let n = self.len()?;
        std::str::from_utf8(self.take(n)?).map_err(|_| "invalid UTF-8 in code dump".into())
    }

    fn f64(&mut self) -> Result<f64, String> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    fn code(&mut self, depth: usize) -> Result<Code, String> {
        if depth > MAX_DEPTH {
            return Err("code nested too deeply".into());
        }
        let name = Rc::new(PyStr::new(self.text()?));
        let qualname = Rc::new(PyStr::new(self.text()?));
        let first_line = self.u32()?;
        let flags = CodeFlags(self.u32()?);
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let free_start = self.u32()?;
        let max_stack = self.u32()?;
        let n = self.len()?;
        let mut instrs = Vec::with_capacity(n);
        for _ in 0..n {
            let op = Op::from_u8(self.byte()?).ok_or("unknown opcode")?;
            let arg = self.u32()?;
            if op.is_jump() && arg as usize > n {
                return Err("jump out of the code".into());
            }
            instrs.push(Instr { op, arg });
        }
        let mut lines = Vec::with_capacity(n);
        let mut line = i64::from(first_line);
        for _ in 0..self.len()? {
            let count = self.uint()?;
            let delta = self.int()?;
            if count as usize > n - lines.len() {
                return Err("line table longer than the code".into());
            }
            line = line.checked_add(delta).ok_or("line out of range")?;
            let line = u32::try_from(line).map_err(|_| "line out of range")?;
            lines.extend(std::iter::repeat_n(line, count as usize));
        }
        if lines.len() != n {
            return Err("line table shorter than the code".into());
        }
        let consts = (0..self.len()?)
            .map(|_| self.constant(depth))
            .collect::<Result<Vec<_>, _>>()?;
        let names = self.names()?;
        let slot_names = self.names()?;
        let mut exc_table = Vec::new();
        for _ in 0..self.len()? {
            let entry = ExcEntry {
                start: self.u32()?,
                end: self.u32()?,
                target: self.u32()?,
                depth: self.u32()?,
                lasti: self.byte()? != 0,
            };
            if entry.target as usize >= n || entry.depth > max_stack {
                return Err("exception handler out of the code".into());
            }
            exc_table.push(entry);
        }
        if free_start as usize > slot_names.len() {
            return Err("free variables out of the slots".into());
        }
        Ok(Code {
            name,
            qualname,
            filename: self.filename.clone(),
            first_line,
            instrs: instrs.into_boxed_slice(),
            lines: lines.into_boxed_slice(),
            spans: Box::new([]),
            consts: consts.into_boxed_slice(),
            name_cache: names.iter().map(|_| Default::default()).collect(),
            attr_cache: names.iter().map(|_| Default::default()).collect(),
            attr_hint: names.iter().map(|_| Default::default()).collect(),
            names: names.into_boxed_slice(),
            slot_names: slot_names.into_boxed_slice(),
            free_start,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            exc_table: exc_table.into_boxed_slice(),
            max_stack,
        })
    }

    /// Names, interned as the compiler interns them.
    fn names(&mut self) -> Result<Vec<Rc<PyStr>>, String> {
        let n = self.len()?;
        let mut names = Vec::with_capacity(n);
        for _ in 0..n {
            names.push(intern_str(self.text()?));
        }
        Ok(names)
    }

    fn constant(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err("constant nested too deeply".into());
        }
        Ok(match self.byte()? {
            NONE => Value::None,
            ELLIPSIS => Value::Ellipsis,
            FALSE => Value::Bool(false),
            TRUE => Value::Bool(true),
            INT => Value::Int(self.int()?),
            FLOAT => Value::Float(self.f64()?),
            BIGINT => {
                let n = self.len()?;
                let b = BigInt::from_signed_bytes_le(self.take(n)?);
                match i64::try_from(&b) {
                    Ok(small) => Value::Int(small),
                    Err(_) if b.sign() == Sign::NoSign => Value::Int(0),
                    Err(_) => Value::BigInt(Rc::new(b)),
                }
            }
            COMPLEX => {
                let re = self.f64()?;
                let im = self.f64()?;
                crate::object::types::complex::new_complex(re, im)
            }
            STR => {
                let t = self.text()?;
                if is_identifier_like(t) {
                    Value::Str(intern_str(t))
                } else {
                    Value::str(t)
                }
            }
            BYTES => {
                let n = self.len()?;
                crate::object::types::bytes::new_bytes(self.take(n)?.to_vec())
            }
            TUPLE => {
                let n = self.len()?;
                let items = (0..n)
                    .map(|_| self.constant(depth + 1))
                    .collect::<Result<Vec<_>, _>>()?;
                Value::tuple(items)
            }
            CODE => Value::Code(Rc::new(self.code(depth + 1)?)),
            _ => return Err("unknown constant kind".into()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compile::{compile_source, Mode};

    fn listing(code: &Code) -> String {
        crate::bytecode::dis::disassemble(code)
    }

    #[test]
    fn round_trip_keeps_the_listing() {
        let src = "import os\nx = (1, 2.5, 3j, b'x', 'a b', None, ..., True, 10**30)\n\
                   def f(a, /, b=2, *c, d, **e):\n    try:\n        return [i for i in a]\n    \
                   except E as z:\n        pass\nclass K:\n    def m(self): return __class__\n";
        let code = compile_source(src, "<frozen t>", Mode::Exec).unwrap();
        let mut out = Vec::new();
        dump(&code, &mut out).unwrap();
        let back = load(&out, "<frozen t>").unwrap();
        assert_eq!(listing(&code), listing(&back));
        assert_eq!(code.lines, back.lines);
    }

    #[test]
    fn bad_bytes_are_refused_without_panic() {
        let code = compile_source("def f(x):\n    return x + 1\n", "<t>", Mode::Exec).unwrap();
        let mut out = Vec::new();
        dump(&code, &mut out).unwrap();
        for cut in 0..out.len() {
            assert!(load(&out[..cut], "<t>").is_err());
        }
        for i in 4..out.len() {
            for b in [0u8, 0x7f, 0x80, 0xff] {
                let mut bad = out.clone();
                bad[i] = b;
                let _ = load(&bad, "<t>");
            }
        }
    }
}
