//! `_pickle_native`: pickling (protocols 4 and 5) and unpickling of the common object graphs
//! in Rust, for the `_pickle` accelerator: the same bytes and objects as `pickle`'s Python
//! pickler and unpickler. What they do not cover (other protocols, persistent ids, large
//! payloads, extension codes, reduce recipes with items or setters, unknown opcodes,
//! malformed data) makes them give up (return None) before anything is written or built,
//! and the Python code then does the work with its messages. Reductions, global names and
//! class look-ups call back into `pickle` (`_call_reduce`, `_native_global`, `find_class`), so
//! their checks and errors are the Python pickler's own.

use hashbrown::HashMap;
use std::rc::Rc;

use pyrs_vm::object::types::bytes::new_bytes;
use pyrs_vm::object::types::{intern_str, surrogate, PySet};
use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_pickle_native");
    vm.add_function(&m, "dumps", dumps);
    vm.add_function(&m, "loads", loads);
    Ok(m)
}

/// A frame is closed once it holds this much; shorter ones than `FRAME_MIN` get no header.
const FRAME_TARGET: usize = 64 * 1024;
const FRAME_MIN: usize = 4;
/// Items per APPENDS / SETITEMS / ADDITEMS group.
const BATCH: usize = 1000;
/// Containers nested deeper than this are left to the Python pickler (its recursion limit).
const MAX_DEPTH: usize = 200;

// The opcodes used here.
const MARK: u8 = b'(';
const STOP: u8 = b'.';
const POP: u8 = b'0';
const POP_MARK: u8 = b'1';
const BININT: u8 = b'J';
const BININT1: u8 = b'K';
const BININT2: u8 = b'M';
const NONE: u8 = b'N';
const REDUCE: u8 = b'R';
const BINUNICODE: u8 = b'X';
const APPEND: u8 = b'a';
const BUILD: u8 = b'b';
const EMPTY_DICT: u8 = b'}';
const APPENDS: u8 = b'e';
const BINGET: u8 = b'h';
const LONG_BINGET: u8 = b'j';
const EMPTY_LIST: u8 = b']';
const BINPUT: u8 = b'q';
const LONG_BINPUT: u8 = b'r';
const SETITEM: u8 = b's';
const TUPLE: u8 = b't';
const EMPTY_TUPLE: u8 = b')';
const SETITEMS: u8 = b'u';
const BINFLOAT: u8 = b'G';
const BINBYTES: u8 = b'B';
const SHORT_BINBYTES: u8 = b'C';
const PROTO: u8 = 0x80;
const NEWOBJ: u8 = 0x81;
const TUPLE1: u8 = 0x85;
const TUPLE2: u8 = 0x86;
const TUPLE3: u8 = 0x87;
const NEWTRUE: u8 = 0x88;
const NEWFALSE: u8 = 0x89;
const LONG1: u8 = 0x8a;
const SHORT_BINUNICODE: u8 = 0x8c;
const BINUNICODE8: u8 = 0x8d;
const BINBYTES8: u8 = 0x8e;
const EMPTY_SET: u8 = 0x8f;
const ADDITEMS: u8 = 0x90;
const FROZENSET: u8 = 0x91;
const STACK_GLOBAL: u8 = 0x93;
const MEMOIZE: u8 = 0x94;
const FRAME: u8 = 0x95;

/// Giving up: the Python code does the work.
struct Decline;

/// What saving returns: done, declined, or the error Python code raised.
type Saved = Result<(), Result<Decline, pyrs_vm::PyErr>>;

fn decline<T>() -> Result<T, Result<Decline, pyrs_vm::PyErr>> {
    Err(Ok(Decline))
}

fn raised<T>(r: PyResult<T>) -> Result<T, Result<Decline, pyrs_vm::PyErr>> {
    r.map_err(Err)
}

/// `dumps(obj, proto, call_reduce, global_name, dispatch_table, with_memo)`: the pickle, or
/// with `with_memo` `(data, memo, names)` — with the memoized objects in memo order and the
/// global names used (`pickle.Pickler._names` entries) — or None to give up.
fn dumps(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj, proto, call_reduce, global_name, table, with_memo] = args.pos else {
        return Ok(Value::None);
    };
    let (Value::Int(proto @ 4..=5), Value::Dict(table)) = (proto, table) else {
        return Ok(Value::None);
    };
    let mut w = Writer {
        out: vec![PROTO, *proto as u8],
        frame_start: 2,
        memo: HashMap::new(),
        memo_order: Vec::new(),
        names: HashMap::new(),
        proto: *proto,
        call_reduce: call_reduce.clone(),
        global_name: global_name.clone(),
        table: table.clone(),
    };
    match w.save(vm, obj, 0) {
        Ok(()) => {}
        Err(Ok(Decline)) => return Ok(Value::None),
        Err(Err(e)) => return Err(e),
    }
    w.out.push(STOP);
    w.end_frame();
    if !matches!(with_memo, Value::Bool(true)) {
        return Ok(new_bytes(w.out));
    }
    let names = w
        .names
        .into_iter()
        .map(|((role, text), v)| {
            Value::tuple(vec![
                Value::tuple(vec![Value::Int(role), Value::string(text)]),
                v,
            ])
        })
        .collect();
    Ok(Value::tuple(vec![
        new_bytes(w.out),
        Value::list(w.memo_order),
        Value::list(names),
    ]))
}

struct Writer {
    out: Vec<u8>,
    /// Where the open frame's data starts.
    frame_start: usize,
    /// Memo index by object identity; `memo_order` holds the objects (alive, in order).
    memo: HashMap<usize, u32>,
    memo_order: Vec<Value>,
    /// The global names written, one str object per text as a module name (0) or as an
    /// object's name (1), so each is memoized once: `pickle.Pickler._names`.
    names: HashMap<(i64, String), Value>,
    proto: i64,
    call_reduce: Value,
    global_name: Value,
    table: Rc<pyrs_vm::PyDict>,
}

impl Writer {
    /// Closes the open frame: a FRAME header when it is long enough; a new frame starts.
    fn end_frame(&mut self) {
        let size = self.out.len() - self.frame_start;
        if size >= FRAME_MIN {
            let mut head = vec![FRAME];
            head.extend_from_slice(&(size as u64).to_le_bytes());
            self.out.splice(self.frame_start..self.frame_start, head);
        }
        self.frame_start = self.out.len();
    }

    fn memoize(&mut self, v: &Value) {
        self.out.push(MEMOIZE);
        self.memo.insert(v.identity(), self.memo_order.len() as u32);
        self.memo_order.push(v.clone());
    }

    fn fetch(&mut self, index: u32) {
        if index < 256 {
            self.out.extend_from_slice(&[BINGET, index as u8]);
        } else {
            self.out.push(LONG_BINGET);
            self.out.extend_from_slice(&index.to_le_bytes());
        }
    }

    fn seen(&self, v: &Value) -> Option<u32> {
        self.memo.get(&v.identity()).copied()
    }

    /// An opcode with a payload; large payloads (kept out of frames) are left to Python.
    fn payload(&mut self, small: u8, four: u8, eight: u8, data: &[u8]) -> Saved {
        if data.len() >= FRAME_TARGET {
            return decline();
        }
        let n = data.len();
        match (u8::try_from(n), u32::try_from(n)) {
            (Ok(n), _) => self.out.extend_from_slice(&[small, n]),
            (_, Ok(n)) => {
                self.out.push(four);
                self.out.extend_from_slice(&n.to_le_bytes());
            }
            _ => {
                self.out.push(eight);
                self.out.extend_from_slice(&(n as u64).to_le_bytes());
            }
        }
        self.out.extend_from_slice(data);
        Ok(())
    }

    fn save(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> Saved {
        if depth > MAX_DEPTH {
            return decline();
        }
        if self.out.len() - self.frame_start >= FRAME_TARGET {
            self.end_frame();
        }
        match v {
            Value::None => self.out.push(NONE),
            Value::Bool(b) => self.out.push(if *b { NEWTRUE } else { NEWFALSE }),
            Value::Int(n) => self.int(*n),
            Value::BigInt(n) => {
                let raw = n.to_signed_bytes_le();
                if raw.len() >= 256 {
                    return decline();
                }
                self.out.extend_from_slice(&[LONG1, raw.len() as u8]);
                self.out.extend_from_slice(&raw);
            }
            Value::Float(f) => {
                self.out.push(BINFLOAT);
                self.out.extend_from_slice(&f.to_be_bytes());
            }
            _ => {
                if let Some(index) = self.seen(v) {
                    self.fetch(index);
                    return Ok(());
                }
                return self.save_object(vm, v, depth);
            }
        }
        Ok(())
    }

    fn int(&mut self, n: i64) {
        match n {
            0..=0xff => self.out.extend_from_slice(&[BININT1, n as u8]),
            0x100..=0xffff => {
                self.out.push(BININT2);
                self.out.extend_from_slice(&(n as u16).to_le_bytes());
            }
            -0x8000_0000..=0x7fff_ffff => {
                self.out.push(BININT);
                self.out.extend_from_slice(&(n as i32).to_le_bytes());
            }
            _ => {
                // LONG1: the shortest two's complement, little-endian.
                let mut raw = n.to_le_bytes().to_vec();
                while raw.len() > 1 {
                    let (last, prev) = (raw[raw.len() - 1], raw[raw.len() - 2]);
                    let redundant =
                        (last == 0 && prev & 0x80 == 0) || (last == 0xff && prev & 0x80 != 0);
                    if !redundant {
                        break;
                    }
                    raw.pop();
                }
                self.out.extend_from_slice(&[LONG1, raw.len() as u8]);
                self.out.extend_from_slice(&raw);
            }
        }
    }

    /// Saves `items` (a snapshot: saving may run Python code).
    fn save_all(&mut self, vm: &mut Vm, items: &[Value], depth: usize) -> Saved {
        items.iter().try_for_each(|x| self.save(vm, x, depth + 1))
    }

    /// An object that is not memoized yet.
    fn save_object(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> Saved {
        match v {
            Value::Str(s) => {
                if surrogate::contains(s.as_str()) {
                    return decline();
                }
                self.payload(
                    SHORT_BINUNICODE,
                    BINUNICODE,
                    BINUNICODE8,
                    s.as_str().as_bytes(),
                )?;
                self.memoize(v);
            }
            Value::Bytes(b) => {
                self.payload(SHORT_BINBYTES, BINBYTES, BINBYTES8, &b.data)?;
                self.memoize(v);
            }
            Value::Tuple(t) if t.items.is_empty() => self.out.push(EMPTY_TUPLE),
            Value::Tuple(t) => {
                let n = t.items.len();
                if n > 3 {
                    self.out.push(MARK);
                }
                self.save_all(vm, &t.items, depth)?;
                if self.seen(v).is_some() {
                    // Reached through its own items: the Python pickler's recovery.
                    return decline();
                }
                self.out.push(match n {
                    1 => TUPLE1,
                    2 => TUPLE2,
                    3 => TUPLE3,
                    _ => TUPLE,
                });
                self.memoize(v);
            }
            Value::List(l) => {
                self.out.push(EMPTY_LIST);
                self.memoize(v);
                let len = l.items.borrow().len();
                if len == 1 {
                    let first = l.items.borrow().first().cloned().unwrap_or_default();
                    self.save(vm, &first, depth + 1)?;
                    self.out.push(APPEND);
                } else {
                    let mut start = 0;
                    while start < l.items.borrow().len() {
                        let chunk: Vec<Value> = {
                            let items = l.items.borrow();
                            items[start..(start + BATCH).min(items.len())].to_vec()
                        };
                        self.out.push(MARK);
                        self.save_all(vm, &chunk, depth)?;
                        self.out.push(APPENDS);
                        start += BATCH;
                    }
                }
            }
            Value::Dict(d) => {
                self.out.push(EMPTY_DICT);
                self.memoize(v);
                let pairs = d.items();
                if pairs.len() == 1 {
                    let (k, x) = &pairs[0];
                    self.save(vm, k, depth + 1)?;
                    self.save(vm, x, depth + 1)?;
                    self.out.push(SETITEM);
                } else if !pairs.is_empty() {
                    // Groups of BATCH; a size that is a multiple of BATCH ends with an
                    // empty group (as CPython writes it).
                    let groups = if pairs.len() < BATCH {
                        1
                    } else {
                        pairs.len() / BATCH + 1
                    };
                    for g in 0..groups {
                        let end = ((g + 1) * BATCH).min(pairs.len());
                        self.out.push(MARK);
                        for (k, x) in &pairs[g * BATCH..end] {
                            self.save(vm, k, depth + 1)?;
                            self.save(vm, x, depth + 1)?;
                        }
                        self.out.push(SETITEMS);
                    }
                }
            }
            Value::Set(s) => {
                let members: Vec<Value> = s.table.borrow().iter().cloned().collect();
                if s.frozen {
                    self.out.push(MARK);
                    self.save_all(vm, &members, depth)?;
                    if self.seen(v).is_some() {
                        return decline();
                    }
                    self.out.push(FROZENSET);
                    self.memoize(v);
                    return Ok(());
                }
                self.out.push(EMPTY_SET);
                self.memoize(v);
                if !members.is_empty() {
                    for g in 0..members.len() / BATCH + 1 {
                        let end = ((g + 1) * BATCH).min(members.len());
                        self.out.push(MARK);
                        self.save_all(vm, &members[g * BATCH..end], depth)?;
                        self.out.push(ADDITEMS);
                    }
                }
            }
            Value::Type(t) => {
                // NoneType, NotImplementedType and ellipsis are reduced to type(x).
                let odd = [Value::None, Value::NotImplemented, Value::Ellipsis];
                if odd.iter().any(|x| Rc::ptr_eq(&vm.type_of(x), t)) {
                    return decline();
                }
                self.save_global(vm, v, depth)?
            }
            Value::Function(_) => self.save_global(vm, v, depth)?,
            Value::Instance(i) if i.base.is_none() && i.exc.is_none() => {
                self.save_reduced(vm, v, depth)?
            }
            _ => return decline(),
        }
        Ok(())
    }

    /// A class or function by its module and qualified name (STACK_GLOBAL), as
    /// `pickle._native_global` checks and names it.
    fn save_global(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> Saved {
        let named = match raised(plain_global(vm, v))? {
            Some(named) => named,
            None => raised(vm.call_value(&self.global_name, std::slice::from_ref(v), &[]))?,
        };
        let Value::Tuple(parts) = named else {
            return decline();
        };
        let [Value::Str(module), Value::Str(name)] = &parts.items[..] else {
            return decline();
        };
        if let Some(index) = self.seen(v) {
            self.fetch(index);
            return Ok(());
        }
        for (role, part) in [(0, module), (1, name)] {
            let key = (role, part.as_str().to_string());
            let canonical = self
                .names
                .entry(key)
                .or_insert_with(|| Value::Str(part.clone()))
                .clone();
            self.save(vm, &canonical, depth + 1)?;
        }
        self.out.push(STACK_GLOBAL);
        self.memoize(v);
        Ok(())
    }

    /// An instance through `pickle._call_reduce`: (callable, args) or a `__newobj__`
    /// recipe, with a state for BUILD; other recipes are left to Python.
    fn save_reduced(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> Saved {
        let class = Value::Type(vm.type_of(v));
        if raised(vm.dict_get(&self.table, &class))?.is_some() {
            return decline();
        }
        let proto = Value::Int(self.proto);
        let recipe = raised(vm.call_value(&self.call_reduce, &[v.clone(), proto], &[]))?;
        let Value::Tuple(recipe) = recipe else {
            return decline();
        };
        let (func, cargs, state) = match &recipe.items[..] {
            [f, a] => (f, a, None),
            [f, a, s, rest @ ..] if rest.iter().all(|x| matches!(x, Value::None)) => {
                (f, a, Some(s).filter(|s| !matches!(s, Value::None)))
            }
            _ => return decline(),
        };
        let Value::Tuple(cargs) = cargs else {
            return decline();
        };
        let func_name = raised(vm.getattr_opt(func, &intern_str("__name__")))?;
        let func_name = func_name.as_ref().and_then(Value::as_str);
        match func_name.map(|n| n.as_str()) {
            Some("__newobj_ex__") => return decline(),
            Some("__newobj__") => {
                let Some(cls @ Value::Type(_)) = cargs.items.first() else {
                    return decline();
                };
                let own = raised(vm.getattr(v, &intern_str("__class__")))?;
                if !own.is(cls) {
                    return decline();
                }
                self.save(vm, cls, depth + 1)?;
                let rest = Value::tuple(cargs.items[1..].to_vec());
                self.save(vm, &rest, depth + 1)?;
                self.out.push(NEWOBJ);
            }
            _ => {
                if !matches!(func, Value::Type(_) | Value::Function(_)) {
                    return decline();
                }
                self.save(vm, func, depth + 1)?;
                self.save(vm, &Value::Tuple(cargs.clone()), depth + 1)?;
                self.out.push(REDUCE);
            }
        }
        match self.seen(v) {
            Some(index) => {
                self.out.push(POP);
                self.fetch(index);
            }
            None => self.memoize(v),
        }
        if let Some(state) = state {
            self.save(vm, state, depth + 1)?;
            self.out.push(BUILD);
        }
        Ok(())
    }
}

/// `(module name, name)` of a class or function that `__module__` and `__qualname__` name
/// directly (a module already imported, one attribute of it that is the object itself, no
/// copyreg extension code): what `pickle._native_global` answers then, without Python code
/// beyond the attribute reads. None: ask `pickle._native_global`.
fn plain_global(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let module = vm.getattr_opt(v, &intern_str("__module__"))?;
    let name = vm.getattr_opt(v, &intern_str("__qualname__"))?;
    let (Some(Value::Str(module)), Some(Value::Str(name))) = (module, name) else {
        return Ok(None);
    };
    if name.as_str().contains('.') || name.as_str().contains('<') {
        return Ok(None);
    }
    let Some(owner) = vm.modules_dict().get_str(module.as_str()) else {
        return Ok(None);
    };
    if !matches!(owner, Value::Module(_)) {
        return Ok(None);
    }
    match vm.getattr_opt(&owner, &name)? {
        Some(found) if found.is(v) => {}
        _ => return Ok(None),
    }
    let registry = vm
        .modules_dict()
        .get_str("copyreg")
        .map(|m| vm.getattr_opt(&m, &intern_str("_extension_registry")))
        .transpose()?
        .flatten();
    if !matches!(&registry, Some(Value::Dict(d)) if d.is_empty()) {
        return Ok(None);
    }
    Ok(Some(Value::tuple(vec![
        Value::Str(module),
        Value::Str(name),
    ])))
}

/// `loads(data, helpers)`: the object `data` (bytes of protocol 4 or 5 with nothing after
/// STOP) holds, as `(obj,)`, or None to give up. The whole stream is checked first (opcodes,
/// arguments, frames, the stack and marks, memo indices, and that STACK_GLOBAL gets strs and
/// REDUCE a tuple), so giving up never follows a call of Python code. `helpers` are
/// `pickle`'s own steps for what is not a plain list, dict or set: `(find_class, add_to,
/// set_items, add_items, build, newobj, frozenset)`.
fn loads(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [Value::Bytes(data), Value::Tuple(helpers)] = args.pos else {
        return Ok(Value::None);
    };
    let Ok(helpers) = <&[Value; 7]>::try_from(&helpers.items[..]) else {
        return Ok(Value::None);
    };
    let data = &data.data;
    let Some(ops) = scan(data) else {
        return Ok(Value::None);
    };
    let mut r = Reader {
        stack: Vec::new(),
        marks: Vec::new(),
        memo: Vec::new(),
    };
    r.run(vm, data, &ops, helpers)
        .map(|v| Value::tuple(vec![v]))
}

/// One decoded instruction: the opcode and its argument's place in the data.
#[derive(Clone, Copy)]
struct Op {
    code: u8,
    at: usize,
    len: usize,
}

/// What the check knows of a stack entry.
#[derive(Clone, Copy, PartialEq)]
enum Tag {
    Str,
    Tuple,
    Other,
}

/// Decodes and checks the whole stream (see `loads`). None: not a stream this reader takes.
fn scan(data: &[u8]) -> Option<Vec<Op>> {
    if data.first() != Some(&PROTO) || !matches!(data.get(1), Some(4 | 5)) {
        return None;
    }
    let mut ops = Vec::new();
    let mut pos = 2;
    let mut frame_end: Option<usize> = None;
    // The stack since the last MARK, the ones before it, and the memo, as tags.
    let mut stack: Vec<Tag> = Vec::new();
    let mut marks: Vec<Vec<Tag>> = Vec::new();
    let mut memo: Vec<Option<Tag>> = Vec::new();
    loop {
        if frame_end == Some(pos) {
            frame_end = None;
        }
        let code = *data.get(pos)?;
        pos += 1;
        let sized = |width: usize| -> Option<(usize, usize)> {
            let raw = data.get(pos..pos + width)?;
            let mut le = [0u8; 8];
            le[..width].copy_from_slice(raw);
            Some((pos + width, usize::try_from(u64::from_le_bytes(le)).ok()?))
        };
        let (at, len) = match code {
            FRAME => {
                if frame_end.is_some() {
                    return None;
                }
                let (at, len) = sized(8)?;
                frame_end = Some(at.checked_add(len)?);
                pos = at;
                continue;
            }
            BININT1 | BINGET | BINPUT => (pos, 1),
            BININT2 => (pos, 2),
            BININT | LONG_BINGET | LONG_BINPUT => (pos, 4),
            BINFLOAT => (pos, 8),
            LONG1 | SHORT_BINUNICODE | SHORT_BINBYTES => sized(1)?,
            BINUNICODE | BINBYTES => sized(4)?,
            BINUNICODE8 | BINBYTES8 => sized(8)?,
            _ => (pos, 0),
        };
        let end = at.checked_add(len)?;
        if end > data.len() || frame_end.is_some_and(|e| end > e) {
            return None;
        }
        let arg = &data[at..end];
        let index = || {
            let mut le = [0u8; 8];
            le[..arg.len()].copy_from_slice(arg);
            u64::from_le_bytes(le) as usize
        };
        let take = |n: usize, stack: &mut Vec<Tag>| -> Option<Vec<Tag>> {
            let from = stack.len().checked_sub(n)?;
            Some(stack.split_off(from))
        };
        match code {
            STOP => {
                stack.pop()?;
                ops.push(Op { code, at, len });
                return (end == data.len() && frame_end.is_none_or(|e| e == end)).then_some(ops);
            }
            MARK => marks.push(std::mem::take(&mut stack)),
            NONE | NEWTRUE | NEWFALSE | BININT1 | BININT2 | BININT | LONG1 | BINFLOAT
            | SHORT_BINBYTES | BINBYTES | BINBYTES8 | EMPTY_LIST | EMPTY_DICT | EMPTY_SET => {
                stack.push(Tag::Other)
            }
            SHORT_BINUNICODE | BINUNICODE | BINUNICODE8 => {
                std::str::from_utf8(arg).ok()?;
                stack.push(Tag::Str);
            }
            EMPTY_TUPLE => stack.push(Tag::Tuple),
            TUPLE1 | TUPLE2 | TUPLE3 => {
                take(usize::from(code - TUPLE1 + 1), &mut stack)?;
                stack.push(Tag::Tuple);
            }
            TUPLE | FROZENSET => {
                stack = marks.pop()?;
                stack.push(if code == TUPLE {
                    Tag::Tuple
                } else {
                    Tag::Other
                });
            }
            APPEND => {
                take(1, &mut stack)?;
                stack.last()?;
            }
            SETITEM => {
                take(2, &mut stack)?;
                stack.last()?;
            }
            APPENDS | SETITEMS | ADDITEMS => {
                if code == SETITEMS && !stack.len().is_multiple_of(2) {
                    return None;
                }
                stack = marks.pop()?;
                stack.last()?;
            }
            MEMOIZE | BINPUT | LONG_BINPUT => {
                let i = if code == MEMOIZE { memo.len() } else { index() };
                if memo.len() <= i {
                    memo.resize(i + 1, None);
                }
                memo[i] = Some(*stack.last()?);
            }
            BINGET | LONG_BINGET => stack.push((*memo.get(index())?)?),
            POP => {
                if stack.pop().is_none() {
                    stack = marks.pop()?;
                }
            }
            POP_MARK => stack = marks.pop()?,
            STACK_GLOBAL => {
                if take(2, &mut stack)? != [Tag::Str, Tag::Str] {
                    return None;
                }
                stack.push(Tag::Other);
            }
            REDUCE | NEWOBJ => {
                if take(2, &mut stack)?[1] != Tag::Tuple {
                    return None;
                }
                stack.push(Tag::Other);
            }
            BUILD => {
                take(1, &mut stack)?;
                stack.last()?;
            }
            _ => return None,
        }
        ops.push(Op { code, at, len });
        pos = end;
    }
}

struct Reader {
    stack: Vec<Value>,
    /// The stack's length at each open MARK.
    marks: Vec<usize>,
    memo: Vec<Option<Value>>,
}

impl Reader {
    /// The checked stream cannot underflow: these only guard against a broken check.
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    fn pop_mark(&mut self) -> Vec<Value> {
        let from = self.marks.pop().unwrap_or(0).min(self.stack.len());
        self.stack.split_off(from)
    }

    fn top(&self) -> Value {
        self.stack.last().cloned().unwrap_or_default()
    }

    fn put(&mut self, index: usize) {
        if self.memo.len() <= index {
            self.memo.resize(index + 1, None);
        }
        self.memo[index] = Some(self.top());
    }

    /// Runs the checked instructions.
    fn run(
        &mut self,
        vm: &mut Vm,
        data: &[u8],
        ops: &[Op],
        helpers: &[Value; 7],
    ) -> PyResult<Value> {
        let [find_class, add_to, set_items, add_items, build, newobj, frozenset] = helpers;
        for op in ops {
            let arg = &data[op.at..op.at + op.len];
            let uint = || {
                let mut le = [0u8; 8];
                le[..arg.len()].copy_from_slice(arg);
                u64::from_le_bytes(le) as usize
            };
            let v = match op.code {
                STOP => return Ok(self.pop()),
                MARK => {
                    self.marks.push(self.stack.len());
                    continue;
                }
                NONE => Value::None,
                NEWTRUE => Value::Bool(true),
                NEWFALSE => Value::Bool(false),
                BININT1 | BININT2 => Value::Int(uint() as i64),
                BININT => Value::Int(i64::from(i32::from_le_bytes([
                    arg[0], arg[1], arg[2], arg[3],
                ]))),
                LONG1 => {
                    let n = num_bigint::BigInt::from_signed_bytes_le(arg);
                    match i64::try_from(&n) {
                        Ok(i) => Value::Int(i),
                        Err(_) => Value::BigInt(Rc::new(n)),
                    }
                }
                BINFLOAT => {
                    let mut be = [0u8; 8];
                    be.copy_from_slice(arg);
                    Value::Float(f64::from_be_bytes(be))
                }
                SHORT_BINUNICODE | BINUNICODE | BINUNICODE8 => {
                    Value::str(std::str::from_utf8(arg).unwrap_or_default())
                }
                SHORT_BINBYTES | BINBYTES | BINBYTES8 => new_bytes(arg.to_vec()),
                EMPTY_TUPLE => Value::tuple(Vec::new()),
                TUPLE1 | TUPLE2 | TUPLE3 => {
                    let n = usize::from(op.code - TUPLE1 + 1);
                    let items = self.stack.split_off(self.stack.len().saturating_sub(n));
                    Value::tuple(items)
                }
                TUPLE => Value::tuple(self.pop_mark()),
                EMPTY_LIST => Value::list(Vec::new()),
                EMPTY_DICT => Value::dict(Rc::new(pyrs_vm::PyDict::new())),
                EMPTY_SET => Value::Set(Rc::new(PySet::new(false))),
                APPEND | APPENDS => {
                    let items = if op.code == APPEND {
                        vec![self.pop()]
                    } else {
                        self.pop_mark()
                    };
                    match self.top() {
                        Value::List(l) => l.items.borrow_mut().extend(items),
                        target => {
                            vm.call_value(add_to, &[target, Value::list(items)], &[])?;
                        }
                    }
                    continue;
                }
                SETITEM | SETITEMS => {
                    let items = if op.code == SETITEM {
                        let x = self.pop();
                        vec![self.pop(), x]
                    } else {
                        self.pop_mark()
                    };
                    match self.top() {
                        Value::Dict(d) => {
                            let mut it = items.into_iter();
                            while let (Some(k), Some(x)) = (it.next(), it.next()) {
                                vm.dict_set(&d, k, x)?;
                            }
                        }
                        target => {
                            vm.call_value(set_items, &[target, Value::list(items)], &[])?;
                        }
                    }
                    continue;
                }
                ADDITEMS => {
                    let items = Value::list(self.pop_mark());
                    vm.call_value(add_items, &[self.top(), items], &[])?;
                    continue;
                }
                FROZENSET => {
                    let items = Value::list(self.pop_mark());
                    vm.call_value(frozenset, &[items], &[])?
                }
                MEMOIZE => {
                    self.put(self.memo.len());
                    continue;
                }
                BINPUT | LONG_BINPUT => {
                    self.put(uint());
                    continue;
                }
                BINGET | LONG_BINGET => {
                    self.memo.get(uint()).cloned().flatten().unwrap_or_default()
                }
                POP => {
                    let floor = self.marks.last().copied().unwrap_or(0);
                    if self.stack.len() > floor {
                        self.pop();
                    } else {
                        self.pop_mark();
                    }
                    continue;
                }
                POP_MARK => {
                    self.pop_mark();
                    continue;
                }
                STACK_GLOBAL => {
                    let name = self.pop();
                    let module = self.pop();
                    vm.call_value(find_class, &[module, name], &[])?
                }
                REDUCE => {
                    let fargs = self.pop();
                    let func = self.pop();
                    let Value::Tuple(fargs) = fargs else {
                        return Err(vm.type_error("REDUCE arguments must be a tuple"));
                    };
                    vm.call_value(&func, &fargs.items, &[])?
                }
                NEWOBJ => {
                    let cargs = self.pop();
                    let cls = self.pop();
                    vm.call_value(newobj, &[cls, cargs], &[])?
                }
                BUILD => {
                    let state = self.pop();
                    vm.call_value(build, &[self.top(), state], &[])?;
                    continue;
                }
                _ => return Err(vm.type_error("unchecked pickle opcode")),
            };
            self.stack.push(v);
        }
        Ok(Value::None)
    }
}
