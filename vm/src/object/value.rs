//! The `Value` type: every Python value the interpreter handles, 16 bytes on wasm32 and x86-64.
//!
//! Small ints, floats, `None` and bools live inline; everything else is a handle to a
//! reference-counted heap object. Outside `vm` the enum is treated as opaque: the public API
//! offers constructors and accessors, so the representation can change.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::bytecode::Code;
use crate::object::types::bytearray::PyByteArray;
use crate::object::types::{
    PyBuiltin, PyBytes, PyCell, PyDict, PyFunction, PyGenerator, PyInstance, PyIter, PyList,
    PyMethod, PyModule, PyRange, PySet, PySlice, PyStr, PyTuple, PyType, PyWrapper,
};

/// A Python value. The tag is a full word so that every payload sits at offset 8: a value
/// is then copied as two words, never in pieces that a later whole-value load must wait for.
#[repr(u64)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits in 64 bits; wider ints are `BigInt`, never a small value.
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    /// A complex number (real, imaginary).
    Complex(Rc<(f64, f64)>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    ByteArray(Rc<PyByteArray>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<PyFunction>),
    Builtin(Rc<PyBuiltin>),
    Method(Rc<PyMethod>),
    Type(Rc<PyType>),
    Instance(Rc<PyInstance>),
    Module(Rc<PyModule>),
    Iter(Rc<PyIter>),
    Generator(Rc<PyGenerator>),
    /// property, classmethod, staticmethod and super objects.
    Wrapper(Rc<PyWrapper>),
    Code(Rc<Code>),
    Cell(Rc<PyCell>),
    /// The "no value" marker of the method-call protocol; never visible to Python code.
    Null,
}

impl Default for Value {
    /// `None`: what a missing value stands for (`unwrap_or_default` builds it only when
    /// needed, where `unwrap_or(Value::None)` would build and drop one on every call).
    #[inline(always)]
    fn default() -> Value {
        Value::None
    }
}

impl Clone for Value {
    /// Inline for the values that are copied bits; a reference count for the others.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            _ => self.clone_handle(),
        }
    }
}

/// Drops `v` without calling the drop glue when it holds no handle (ints, floats, bools,
/// None): the interpreter's hot paths drop many of those.
#[inline(always)]
pub fn discard(v: Value) {
    if holds_handle(&v) {
        drop(v);
    } else {
        std::mem::forget(v);
    }
}

/// Whether dropping `v` may free an object (it holds a reference): ints, floats, bools and
/// None hold none, so dropping them needs no safe point after.
#[inline(always)]
pub fn holds_handle(v: &Value) -> bool {
    !matches!(
        v,
        Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_)
    )
}

/// `discard` for an unset-or-set slot.
#[inline(always)]
pub fn discard_slot(v: Option<Value>) {
    if let Some(v) = v {
        discard(v);
    }
}

impl Value {
    /// The str or bytes value an instance of a Python subclass of `str`/`bytes` extends;
    /// any other value itself. Where CPython takes "a str" it accepts subclasses by their text.
    pub fn plain_text(&self) -> &Value {
        self.base_if(|b| matches!(b, Value::Str(_) | Value::Bytes(_)))
    }

    /// The tuple an instance of a Python subclass of `tuple` extends; any other value
    /// itself (`isinstance` and `except` take tuple subclasses as tuples).
    pub fn plain_tuple(&self) -> &Value {
        self.base_if(|b| matches!(b, Value::Tuple(_)))
    }

    /// The int or float an instance of a Python subclass of `int`/`float` extends; any
    /// other value itself (what CPython's `PyFloat_AsDouble`/`PyLong_Check` paths see).
    pub fn plain_number(&self) -> &Value {
        self.base_if(|b| matches!(b, Value::Int(_) | Value::BigInt(_) | Value::Float(_)))
    }

    /// The list an instance of a Python subclass of `list` extends; any other value itself
    /// (what CPython's `PyList_Check` paths take).
    pub fn plain_list(&self) -> &Value {
        self.base_if(|b| matches!(b, Value::List(_)))
    }

    /// The built-in value an instance of a Python subclass extends, when `kind` accepts it;
    /// this value otherwise.
    fn base_if(&self, kind: impl Fn(&Value) -> bool) -> &Value {
        match self {
            Value::Instance(i) => match &i.base {
                Some(b) if kind(b) => b,
                _ => self,
            },
            _ => self,
        }
    }

    #[inline(never)]
    fn clone_handle(&self) -> Value {
        match self {
            Value::None => Value::None,
            Value::NotImplemented => Value::NotImplemented,
            Value::Ellipsis => Value::Ellipsis,
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::BigInt(x) => Value::BigInt(x.clone()),
            Value::Complex(x) => Value::Complex(x.clone()),
            Value::Str(x) => Value::Str(x.clone()),
            Value::Bytes(x) => Value::Bytes(x.clone()),
            Value::ByteArray(x) => Value::ByteArray(x.clone()),
            Value::List(x) => Value::List(x.clone()),
            Value::Tuple(x) => Value::Tuple(x.clone()),
            Value::Dict(x) => Value::Dict(x.clone()),
            Value::Set(x) => Value::Set(x.clone()),
            Value::Range(x) => Value::Range(x.clone()),
            Value::Slice(x) => Value::Slice(x.clone()),
            Value::Function(x) => Value::Function(x.clone()),
            Value::Builtin(x) => Value::Builtin(x.clone()),
            Value::Method(x) => Value::Method(x.clone()),
            Value::Type(x) => Value::Type(x.clone()),
            Value::Instance(x) => Value::Instance(x.clone()),
            Value::Module(x) => Value::Module(x.clone()),
            Value::Iter(x) => Value::Iter(x.clone()),
            Value::Generator(x) => Value::Generator(x.clone()),
            Value::Wrapper(x) => Value::Wrapper(x.clone()),
            Value::Code(x) => Value::Code(x.clone()),
            Value::Cell(x) => Value::Cell(x.clone()),
        }
    }

    pub fn str(s: &str) -> Value {
        if s.is_empty() {
            return Value::empty_str();
        }
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        if s.is_empty() {
            return Value::empty_str();
        }
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// The one empty `str`, as CPython's: every empty result is the same object.
    pub fn empty_str() -> Value {
        thread_local! {
            static EMPTY: Rc<PyStr> = Rc::new(PyStr::new(""));
        }
        Value::Str(EMPTY.with(Rc::clone))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        let v = Value::Tuple(Rc::new(PyTuple::new(items)));
        crate::object::gc::track_tuple(&v);
        v
    }

    pub fn list(items: Vec<Value>) -> Value {
        let v = Value::List(Rc::new(PyList::new(items)));
        crate::object::gc::track(&v);
        v
    }

    /// A new dict, registered with the cycle collector.
    pub fn dict(d: Rc<crate::object::types::PyDict>) -> Value {
        let v = Value::Dict(d);
        crate::object::gc::track(&v);
        v
    }

    /// An int from a big integer, kept inline when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match i64::try_from(&b) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(b)),
        }
    }

    /// A built-in function that belongs to no type (`len`, `math.floor`): stored in a class,
    /// it does not bind to the instance, unlike a built-in type's method.
    pub fn builtin_function(&self) -> bool {
        matches!(self, Value::Builtin(b) if b.owner.is_none())
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        use Value as V;
        match (self, other) {
            (V::None, V::None)
            | (V::NotImplemented, V::NotImplemented)
            | (V::Ellipsis, V::Ellipsis)
            | (V::Null, V::Null) => true,
            (V::Bool(a), V::Bool(b)) => a == b,
            (V::Int(a), V::Int(b)) => a == b,
            (V::Float(a), V::Float(b)) => a.to_bits() == b.to_bits(),
            (V::Complex(a), V::Complex(b)) => Rc::ptr_eq(a, b),
            (V::BigInt(a), V::BigInt(b)) => Rc::ptr_eq(a, b),
            (V::Str(a), V::Str(b)) => Rc::ptr_eq(a, b),
            (V::Bytes(a), V::Bytes(b)) => Rc::ptr_eq(a, b),
            (V::ByteArray(a), V::ByteArray(b)) => Rc::ptr_eq(a, b),
            (V::List(a), V::List(b)) => Rc::ptr_eq(a, b),
            (V::Tuple(a), V::Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (V::Dict(a), V::Dict(b)) => Rc::ptr_eq(a, b),
            (V::Set(a), V::Set(b)) => Rc::ptr_eq(a, b),
            (V::Range(a), V::Range(b)) => Rc::ptr_eq(a, b),
            (V::Slice(a), V::Slice(b)) => Rc::ptr_eq(a, b),
            (V::Function(a), V::Function(b)) => Rc::ptr_eq(a, b),
            (V::Builtin(a), V::Builtin(b)) => Rc::ptr_eq(a, b),
            (V::Method(a), V::Method(b)) => Rc::ptr_eq(a, b),
            (V::Type(a), V::Type(b)) => Rc::ptr_eq(a, b),
            (V::Instance(a), V::Instance(b)) => Rc::ptr_eq(a, b),
            (V::Module(a), V::Module(b)) => Rc::ptr_eq(a, b),
            (V::Iter(a), V::Iter(b)) => Rc::ptr_eq(a, b),
            (V::Generator(a), V::Generator(b)) => Rc::ptr_eq(a, b),
            (V::Wrapper(a), V::Wrapper(b)) => Rc::ptr_eq(a, b),
            (V::Code(a), V::Code(b)) => Rc::ptr_eq(a, b),
            (V::Cell(a), V::Cell(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A number standing for the object's identity, for `id()` and default hashes.
    pub fn identity(&self) -> usize {
        use Value as V;
        fn addr<T: ?Sized>(rc: &Rc<T>) -> usize {
            Rc::as_ptr(rc).cast::<u8>() as usize
        }
        match self {
            // Small and even: neither an object's address nor an int's or float's id.
            V::None => 2,
            V::NotImplemented => 4,
            V::Ellipsis => 6,
            V::Null => 8,
            V::Bool(b) => 10 + 2 * usize::from(*b),
            // Odd, so never an object's (aligned) address: `deepcopy`'s memo keys on these.
            V::Int(i) => ((*i as usize) << 1) | 1,
            V::Float(f) => {
                let bits = f.to_bits();
                (((bits ^ (bits >> 32)) as usize) << 1) | 1
            }
            V::BigInt(r) => addr(r),
            V::Complex(r) => addr(r),
            V::Str(r) => addr(r),
            V::Bytes(r) => addr(r),
            V::ByteArray(r) => addr(r),
            V::List(r) => addr(r),
            V::Tuple(r) => addr(r),
            V::Dict(r) => addr(r),
            V::Set(r) => addr(r),
            V::Range(r) => addr(r),
            V::Slice(r) => addr(r),
            V::Function(r) => addr(r),
            V::Builtin(r) => addr(r),
            V::Method(r) => addr(r),
            V::Type(r) => addr(r),
            V::Instance(r) => addr(r),
            V::Module(r) => addr(r),
            V::Iter(r) => addr(r),
            V::Generator(r) => addr(r),
            V::Wrapper(r) => addr(r),
            V::Code(r) => addr(r),
            V::Cell(r) => addr(r),
        }
    }

    /// How many references hold this object (`sys.getrefcount`); values pyrs keeps inline
    /// count as CPython's immortal objects.
    pub fn ref_count(&self) -> usize {
        use Value as V;
        match self {
            V::BigInt(r) => Rc::strong_count(r),
            V::Complex(r) => Rc::strong_count(r),
            V::Str(r) => Rc::strong_count(r),
            V::Bytes(r) => Rc::strong_count(r),
            V::ByteArray(r) => Rc::strong_count(r),
            V::List(r) => Rc::strong_count(r),
            V::Tuple(r) => Rc::strong_count(r),
            V::Dict(r) => Rc::strong_count(r),
            V::Set(r) => Rc::strong_count(r),
            V::Range(r) => Rc::strong_count(r),
            V::Slice(r) => Rc::strong_count(r),
            V::Function(r) => Rc::strong_count(r),
            V::Builtin(r) => Rc::strong_count(r),
            V::Method(r) => Rc::strong_count(r),
            V::Type(r) => Rc::strong_count(r),
            V::Instance(r) => Rc::strong_count(r),
            V::Module(r) => Rc::strong_count(r),
            V::Iter(r) => Rc::strong_count(r),
            V::Generator(r) => Rc::strong_count(r),
            V::Wrapper(r) => Rc::strong_count(r),
            V::Code(r) => Rc::strong_count(r),
            V::Cell(r) => Rc::strong_count(r),
            _ => u32::MAX as usize - 1,
        }
    }

    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<u64> for Value {
    fn from(i: u64) -> Value {
        i64::try_from(i).map_or_else(|_| Value::from_bigint(BigInt::from(i)), Value::Int)
    }
}

impl From<usize> for Value {
    fn from(i: usize) -> Value {
        i64::try_from(i).map_or_else(|_| Value::from_bigint(BigInt::from(i)), Value::Int)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<Rc<PyStr>> for Value {
    fn from(s: Rc<PyStr>) -> Value {
        Value::Str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn value_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
        // An instance with its reference counts fits the allocator's 64-byte class on
        // wasm32 (`pool.rs`); a field more and every object of a Python class grows by 16.
        if cfg!(target_pointer_width = "32") {
            let counted = std::mem::size_of::<crate::object::types::PyInstance>() + 8;
            assert!(
                counted <= 64,
                "PyInstance takes {counted} bytes with its counts"
            );
        }
    }
}
