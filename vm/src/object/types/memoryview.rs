//! `memoryview` over `bytes` and `bytearray`: indexing and slicing without copying,
//! `cast` to the common struct formats, `tolist`/`tobytes`/`hex`, item and slice assignment
//! on writable buffers, `release` and the context manager. While a view of a bytearray is
//! alive the bytearray cannot change size (`BufferError`), as in CPython.

use std::cell::Cell;
use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyInstance, PySlice, PyType};
use crate::object::Value;

/// A view: the exporting object and where its items are.
pub struct MemoryView {
    /// The exporter (`obj`): a bytes or bytearray object.
    pub source: Value,
    /// Byte offset of the first item.
    pub offset: usize,
    /// Items per dimension.
    pub shape: Vec<usize>,
    /// Bytes between items, per dimension.
    pub strides: Vec<isize>,
    pub format: String,
    pub itemsize: usize,
    pub readonly: bool,
    pub released: Cell<bool>,
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if !self.released.get() {
            unexport(&self.source);
        }
    }
}

fn export(source: &Value) {
    if let Value::ByteArray(b) = source {
        b.exports.set(b.exports.get() + 1);
    }
}

fn unexport(source: &Value) {
    if let Value::ByteArray(b) = source {
        b.exports.set(b.exports.get().saturating_sub(1));
    }
}

/// The size of one item of a struct format code pyrs's views support.
fn itemsize_of(format: &str) -> Option<usize> {
    let code = format.strip_prefix('@').unwrap_or(format);
    Some(match code {
        "B" | "b" | "c" | "?" => 1,
        "H" | "h" => 2,
        "I" | "i" | "f" => 4,
        "L" | "l" | "Q" | "q" | "d" | "N" | "n" | "P" => 8,
        "e" => 2,
        _ => return None,
    })
}

impl MemoryView {
    fn len(&self) -> usize {
        self.shape.first().copied().unwrap_or(1)
    }

    pub(crate) fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    /// The bytes of the exporter.
    fn data(&self) -> Vec<u8> {
        match &self.source {
            Value::Bytes(b) => b.data.to_vec(),
            Value::ByteArray(b) => b.data.borrow().clone(),
            _ => Vec::new(),
        }
    }

    /// Byte offsets of every item, in C order.
    pub(crate) fn offsets(&self) -> Vec<usize> {
        let mut out = vec![self.offset as isize];
        for (n, stride) in self.shape.iter().zip(&self.strides) {
            out = out
                .iter()
                .flat_map(|base| (0..*n).map(move |i| base + i as isize * stride))
                .collect();
        }
        out.into_iter().map(|o| o as usize).collect()
    }

    /// The items as Python values, in C order.
    fn items(&self) -> Vec<Value> {
        let data = self.data();
        self.offsets()
            .into_iter()
            .map(|o| unpack(&self.format, data.get(o..o + self.itemsize).unwrap_or(&[0])))
            .collect()
    }

    /// The view's bytes, contiguous.
    fn bytes(&self) -> Vec<u8> {
        let data = self.data();
        let mut out = Vec::with_capacity(self.nbytes());
        for o in self.offsets() {
            out.extend_from_slice(data.get(o..o + self.itemsize).unwrap_or(&[]));
        }
        out
    }

    pub(crate) fn contiguous(&self) -> bool {
        let mut expect = self.itemsize as isize;
        for (n, s) in self.shape.iter().zip(&self.strides).rev() {
            if *n > 1 && *s != expect {
                return false;
            }
            expect *= *n as isize;
        }
        true
    }
}

/// One item as a Python value.
fn unpack(format: &str, raw: &[u8]) -> Value {
    let code = format.strip_prefix('@').unwrap_or(format);
    let mut b8 = [0u8; 8];
    let n = raw.len().min(8);
    b8[..n].copy_from_slice(&raw[..n]);
    let u = u64::from_le_bytes(b8);
    match code {
        "B" | "H" | "I" | "L" | "Q" | "N" | "P" => {
            if u > i64::MAX as u64 {
                Value::from_bigint(num_bigint::BigInt::from(u))
            } else {
                Value::Int(u as i64)
            }
        }
        "b" => Value::Int(i64::from(raw[0] as i8)),
        "h" => Value::Int(i64::from(u as u16 as i16)),
        "i" => Value::Int(i64::from(u as u32 as i32)),
        "l" | "q" | "n" => Value::Int(u as i64),
        "c" => crate::object::types::bytes::new_bytes(raw.to_vec()),
        "?" => Value::Bool(raw[0] != 0),
        "f" => Value::Float(f64::from(f32::from_bits(u as u32))),
        "d" => Value::Float(f64::from_bits(u)),
        _ => Value::Int(u as i64),
    }
}

/// One Python value as the bytes of an item (TypeError/ValueError as CPython).
fn pack(vm: &mut Vm, format: &str, itemsize: usize, v: &Value) -> PyResult<Vec<u8>> {
    let code = format.strip_prefix('@').unwrap_or(format);
    let invalid =
        |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{format}'"));
    match code {
        "c" => match v {
            Value::Bytes(b) if b.data.len() == 1 => Ok(b.data.to_vec()),
            _ => Err(vm.value_error(format!("memoryview: invalid value for format '{format}'"))),
        },
        "f" | "d" => {
            let f = match v {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                _ => return Err(invalid(vm)),
            };
            Ok(if code == "f" {
                (f as f32).to_le_bytes().to_vec()
            } else {
                f.to_le_bytes().to_vec()
            })
        }
        "?" => Ok(vec![u8::from(vm.truthy(v)?)]),
        _ => {
            let n = match v {
                Value::Int(i) => i128::from(*i),
                Value::Bool(b) => i128::from(*b),
                Value::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b).unwrap_or(i128::MAX),
                _ => return Err(invalid(vm)),
            };
            let bits = itemsize * 8;
            let signed = code.chars().all(|c| c.is_ascii_lowercase());
            let (lo, hi) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if n < lo || n > hi {
                return Err(
                    vm.value_error(format!("memoryview: invalid value for format '{format}'"))
                );
            }
            Ok(n.to_le_bytes()[..itemsize].to_vec())
        }
    }
}

fn view_of(inst: &PyInstance) -> Option<Rc<MemoryView>> {
    inst.native::<MemoryView>()
}

/// The view behind `v` when it is a memoryview.
pub fn as_view(v: &Value) -> Option<Rc<MemoryView>> {
    match v {
        Value::Instance(i) => view_of(i),
        _ => None,
    }
}

/// The bytes a memoryview shows (for the APIs taking any bytes-like object).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let view = as_view(v)?;
    if view.released.get() {
        return None;
    }
    Some(view.bytes())
}

fn new_view(vm: &Vm, view: MemoryView) -> Value {
    export(&view.source);
    let inst = PyInstance::new(vm.types.memoryview.clone());
    inst.set_native(Rc::new(view));
    Value::Instance(Rc::new(inst))
}

/// `memoryview(obj)`.
pub fn construct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [obj] = vm.bind_args("memoryview", &args, &["object"], 1)?;
    let obj = obj.unwrap_or_default();
    if let Some(v) = as_view(&obj) {
        let v = live(vm, &v)?;
        return Ok(new_view(
            vm,
            MemoryView {
                source: v.source.clone(),
                offset: v.offset,
                shape: v.shape.clone(),
                strides: v.strides.clone(),
                format: v.format.clone(),
                itemsize: v.itemsize,
                readonly: v.readonly,
                released: Cell::new(false),
            },
        ));
    }
    // A subclass of bytes or bytearray is viewed through its built-in part; a Python class
    // with `__buffer__` (PEP 688) gives its own view.
    let obj = match &obj {
        Value::Instance(i) => match &i.base {
            Some(base @ (Value::Bytes(_) | Value::ByteArray(_))) => base.clone(),
            _ => {
                let key = vm.intern("__buffer__");
                if let Some(hook) = vm.getattr_opt(&obj, &key)? {
                    let view = vm.call_value(&hook, &[Value::Int(0)], &[])?;
                    if as_view(&view).is_none() {
                        return Err(vm.type_error("__buffer__ returned non-memoryview object"));
                    }
                    return Ok(view);
                }
                obj
            }
        },
        _ => obj,
    };
    let (len, readonly) = match &obj {
        Value::Bytes(b) => (b.data.len(), true),
        Value::ByteArray(b) => (b.data.borrow().len(), false),
        other => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(other)
            )))
        }
    };
    Ok(new_view(
        vm,
        MemoryView {
            source: obj,
            offset: 0,
            shape: vec![len],
            strides: vec![1],
            format: "B".into(),
            itemsize: 1,
            readonly,
            released: Cell::new(false),
        },
    ))
}

fn live(vm: &mut Vm, v: &Rc<MemoryView>) -> PyResult<Rc<MemoryView>> {
    if v.released.get() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(v.clone())
}

fn this(vm: &mut Vm, args: &Args<'_>) -> PyResult<Rc<MemoryView>> {
    match args.pos.first().and_then(as_view) {
        Some(v) => live(vm, &v),
        None => Err(vm.type_error("descriptor requires a 'memoryview' object")),
    }
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    Ok(Value::Int(v.len() as i64))
}

/// The byte offset of item `key`: an index of a 1-D view, or a tuple of one index per
/// dimension.
fn item_offset(vm: &mut Vm, v: &MemoryView, key: &Value) -> PyResult<usize> {
    let keys: Vec<Value> = match key {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    if keys.iter().any(|k| matches!(k, Value::Slice(_))) {
        return Err(vm.new_error(
            ExcKind::NotImplementedError,
            "multi-dimensional slicing is not implemented",
        ));
    }
    if keys.len() > v.shape.len() {
        return Err(vm.type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            v.shape.len(),
            keys.len()
        )));
    }
    if keys.len() < v.shape.len() {
        return Err(vm.new_error(
            ExcKind::NotImplementedError,
            "multi-dimensional sub-views are not implemented",
        ));
    }
    let mut offset = v.offset as isize;
    for (dim, k) in keys.iter().enumerate() {
        let Some(i) = vm.index_value(k)? else {
            return Err(vm.type_error("memoryview: invalid slice key"));
        };
        let n = v.shape[dim] as i64;
        let i = if i < 0 { i + n } else { i };
        if i < 0 || i >= n {
            return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
        }
        offset += i as isize * v.strides[dim];
    }
    Ok(offset as usize)
}

fn sliced(vm: &mut Vm, v: &MemoryView, s: &PySlice) -> PyResult<MemoryView> {
    let (start, _, step, count) = vm.slice_indices(s, v.len())?;
    let stride = v.strides.first().copied().unwrap_or(1);
    let mut shape = v.shape.clone();
    let mut strides = v.strides.clone();
    if let (Some(n), Some(st)) = (shape.first_mut(), strides.first_mut()) {
        *n = count;
        *st = stride * step as isize;
    }
    Ok(MemoryView {
        source: v.source.clone(),
        offset: (v.offset as isize + start as isize * stride) as usize,
        shape,
        strides,
        format: v.format.clone(),
        itemsize: v.itemsize,
        readonly: v.readonly,
        released: Cell::new(false),
    })
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    let key = args.pos.get(1).cloned().unwrap_or_default();
    if let Value::Slice(s) = &key {
        let view = sliced(vm, &v, s)?;
        return Ok(new_view(vm, view));
    }
    let o = item_offset(vm, &v, &key)?;
    let data = v.data();
    Ok(unpack(
        &v.format,
        data.get(o..o + v.itemsize).unwrap_or(&[0]),
    ))
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    let key = args.pos.get(1).cloned().unwrap_or_default();
    let value = args.pos.get(2).cloned().unwrap_or_default();
    if v.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Value::ByteArray(target) = &v.source else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let writes: Vec<(usize, Vec<u8>)> = if let Value::Slice(s) = &key {
        let view = sliced(vm, &v, s)?;
        // A temporary description, never exported: nothing to undo when it is dropped.
        view.released.set(true);
        let Some(src) = crate::object::types::bytes::buffer_data(&value) else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&value)
            )));
        };
        if src.len() != view.nbytes() {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let offsets = view.offsets();
        let chunks: Vec<Vec<u8>> = src.chunks(v.itemsize).map(<[u8]>::to_vec).collect();
        offsets.into_iter().zip(chunks).collect()
    } else {
        let o = item_offset(vm, &v, &key)?;
        vec![(o, pack(vm, &v.format, v.itemsize, &value)?)]
    };
    let mut data = target.data.borrow_mut();
    for (o, bytes) in writes {
        if let Some(dst) = data.get_mut(o..o + bytes.len()) {
            dst.copy_from_slice(&bytes);
        }
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    Err(vm.type_error(if v.readonly {
        "cannot modify read-only memory"
    } else {
        "cannot delete memory"
    }))
}

/// The items as nested lists, following the shape.
fn tolist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    let mut level = v.items();
    for n in v.shape.iter().skip(1).rev() {
        level = level
            .chunks((*n).max(1))
            .map(|c| Value::list(c.to_vec()))
            .collect();
    }
    if v.shape.is_empty() {
        return Ok(level.pop().unwrap_or_default());
    }
    Ok(Value::list(level))
}

fn tobytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    Ok(crate::object::types::bytes::new_bytes(v.bytes()))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    let b = crate::object::types::bytes::new_bytes(v.bytes());
    let hex = vm.intern("hex");
    let method = vm.getattr(&b, &hex)?;
    vm.call_value(&method, &args.pos[1..], args.kw)
}

fn toreadonly(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    Ok(new_view(
        vm,
        MemoryView {
            source: v.source.clone(),
            offset: v.offset,
            shape: v.shape.clone(),
            strides: v.strides.clone(),
            format: v.format.clone(),
            itemsize: v.itemsize,
            readonly: true,
            released: Cell::new(false),
        },
    ))
}

/// `view.cast(format[, shape])`: C-contiguous views only, through 'B' for multi-byte formats.
fn cast(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    let rest = Args {
        pos: &args.pos[1..],
        kw: args.kw,
    };
    let [format, shape] = vm.bind_args("cast", &rest, &["format", "shape"], 1)?;
    let format = match format {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let msg = format!(
                "cast() argument 'format' must be str, not {}",
                vm.arg_type_name(&other)
            );
            return Err(vm.type_error(msg));
        }
        None => return Err(vm.type_error("memoryview: format argument must be a string")),
    };
    let Some(itemsize) = itemsize_of(&format) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !v.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_formats = ["B", "b", "c"];
    let from_bytes = byte_formats.contains(&v.format.as_str());
    let to_bytes = byte_formats.contains(&format.as_str());
    if !from_bytes && !to_bytes {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = v.nbytes();
    if nbytes % itemsize != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let shape: Vec<usize> = match shape {
        None | Some(Value::None) => vec![nbytes / itemsize],
        Some(s) => {
            let mut dims: Vec<i64> = Vec::new();
            for d in vm.collect(&s)? {
                let n = match &d {
                    Value::BigInt(_) => {
                        return Err(
                            vm.overflow_error("Python int too large to convert to C ssize_t")
                        )
                    }
                    other => vm.index_value(other)?,
                };
                match n {
                    Some(n) if n > 0 => dims.push(n),
                    _ => {
                        return Err(vm.value_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        ))
                    }
                }
            }
            if v.shape.len() != 1 && dims.len() != 1 {
                return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            // The product is checked first (CPython's ssize_t), then against the buffer.
            let items = dims.iter().try_fold(1i64, |acc, d| acc.checked_mul(*d));
            let Some(items) = items else {
                return Err(vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX"));
            };
            let size = usize::try_from(items)
                .ok()
                .and_then(|n| n.checked_mul(itemsize));
            if size != Some(nbytes) {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            // Each dimension divides the buffer size, so it fits a usize.
            dims.into_iter().map(|d| d as usize).collect()
        }
    };
    let mut strides = vec![itemsize as isize; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * shape[i + 1] as isize;
    }
    Ok(new_view(
        vm,
        MemoryView {
            source: v.source.clone(),
            offset: v.offset,
            shape,
            strides,
            format,
            itemsize,
            readonly: v.readonly,
            released: Cell::new(false),
        },
    ))
}

fn release(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(v) = args.pos.first().and_then(as_view) {
        if !v.released.replace(true) {
            unexport(&v.source);
        }
    }
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(args.pos[0].clone())
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    release(
        vm,
        Args {
            pos: &args.pos[..1],
            kw: &[],
        },
    )
}

fn repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = &args.pos[0];
    let released = as_view(this).is_some_and(|v| v.released.get());
    let what = if released {
        "released memory"
    } else {
        "memory"
    };
    Ok(Value::string(format!("<{what} at {:#x}>", this.identity())))
}

fn eq(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.pos.first().and_then(as_view) else {
        return Ok(Value::NotImplemented);
    };
    let other = args.pos.get(1).cloned().unwrap_or_default();
    if args.pos[0].is(&other) {
        return Ok(Value::Bool(true));
    }
    if v.released.get() {
        return Ok(Value::Bool(false));
    }
    let theirs = match as_view(&other) {
        Some(o) if o.released.get() => return Ok(Value::Bool(false)),
        Some(o) => o.items(),
        None => match crate::object::types::bytes::buffer_data(&other) {
            Some(b) => b.iter().map(|x| Value::Int(i64::from(*x))).collect(),
            None => return Ok(Value::NotImplemented),
        },
    };
    let mine = v.items();
    if mine.len() != theirs.len() {
        return Ok(Value::Bool(false));
    }
    for (a, b) in mine.iter().zip(&theirs) {
        if !vm.eq(a, b)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = this(vm, &args)?;
    if !v.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    let b = crate::object::types::bytes::new_bytes(v.bytes());
    Ok(Value::Int(vm.hash(&b)?))
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = tolist(vm, args)?;
    vm.iter(&list)
}

fn attr(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let v = this(vm, args)?;
    let ints = |xs: Vec<i64>| Value::tuple(xs.into_iter().map(Value::Int).collect());
    Ok(match name {
        "nbytes" => Value::Int(v.nbytes() as i64),
        "itemsize" => Value::Int(v.itemsize as i64),
        "format" => Value::str(&v.format),
        "readonly" => Value::Bool(v.readonly),
        "ndim" => Value::Int(v.shape.len() as i64),
        "shape" => ints(v.shape.iter().map(|n| *n as i64).collect()),
        "strides" => ints(v.strides.iter().map(|n| *n as i64).collect()),
        "obj" => v.source.clone(),
        "suboffsets" => Value::tuple(Vec::new()),
        _ => Value::Bool(v.contiguous()),
    })
}

macro_rules! getter {
    ($f:ident, $name:literal) => {
        fn $f(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            attr(vm, &args, $name)
        }
    };
}
getter!(get_nbytes, "nbytes");
getter!(get_itemsize, "itemsize");
getter!(get_format, "format");
getter!(get_readonly, "readonly");
getter!(get_ndim, "ndim");
getter!(get_shape, "shape");
getter!(get_strides, "strides");
getter!(get_obj, "obj");
getter!(get_suboffsets, "suboffsets");
getter!(get_contiguous, "contiguous");

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iter__", iter),
    ("__eq__", eq),
    ("__hash__", hash),
    ("__repr__", repr),
    ("__enter__", enter),
    ("__exit__", exit),
    ("tolist", tolist),
    ("tobytes", tobytes),
    ("hex", hex),
    ("toreadonly", toreadonly),
    ("cast", cast),
    ("release", release),
];

pub const GETTERS: &[(&str, NativeFn)] = &[
    ("nbytes", get_nbytes),
    ("itemsize", get_itemsize),
    ("format", get_format),
    ("readonly", get_readonly),
    ("ndim", get_ndim),
    ("shape", get_shape),
    ("strides", get_strides),
    ("obj", get_obj),
    ("suboffsets", get_suboffsets),
    ("contiguous", get_contiguous),
    ("c_contiguous", get_contiguous),
    ("f_contiguous", get_contiguous),
];

/// Installs the properties of `memoryview`.
pub fn install(vm: &mut Vm, ty: &Rc<PyType>) {
    for (name, f) in GETTERS {
        let getter = Value::Builtin(Rc::new(crate::object::types::PyBuiltin {
            name,
            func: *f,
            owner: Some("memoryview"),
            kind: crate::object::types::TypeKind::Object,
            role: crate::object::types::Role::Plain,
        }));
        let property = crate::object::types::PyWrapper::Property {
            fget: getter,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
            name: std::cell::RefCell::new(None),
        };
        let _ = vm.dict_set(
            &ty.dict,
            Value::str(name),
            Value::Wrapper(Rc::new(property)),
        );
    }
}
