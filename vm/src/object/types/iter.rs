//! Built-in iterator states: sequence, range, dict, set, enumerate, zip, map, filter, ...

use std::rc::Rc;

use crate::object::types::dict::ViewKind;
use crate::object::types::{PyBytes, PyDict, PyList, PySet, PyStr, PyTuple};
use crate::object::Value;

/// What a built-in iterator walks and where it is.
pub enum IterState {
    List {
        list: Rc<PyList>,
        index: usize,
    },
    ListReverse {
        list: Rc<PyList>,
        remaining: usize,
    },
    Tuple {
        tuple: Rc<PyTuple>,
        index: usize,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Bytes {
        b: Rc<PyBytes>,
        index: usize,
    },
    ByteArray {
        b: Rc<crate::object::types::bytearray::PyByteArray>,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    BigRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
    },
    Dict {
        dict: Rc<PyDict>,
        index: usize,
        kind: ViewKind,
        len: usize,
        /// Entries still expected; finding one more means the keys changed.
        remaining: usize,
    },
    /// `reversed()` of a dict or one of its views: entries before `before`, last first.
    DictReverse {
        dict: Rc<PyDict>,
        before: usize,
        kind: ViewKind,
        len: usize,
    },
    Set {
        set: Rc<PySet>,
        slot: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// `reversed()` over a sequence with `__len__`/`__getitem__`.
    SeqReverse {
        seq: Value,
        remaining: i64,
    },
    /// Iteration through `__getitem__` with 0, 1, 2, ...
    SeqIndex {
        seq: Value,
        index: i64,
    },
    /// The awaitable `asend()`/`athrow()`/`aclose()` of an async generator returns.
    AsyncGenOp {
        gen: Rc<crate::object::types::PyGenerator>,
        op: AsyncGenOp,
        /// 0 not started, 1 running, 2 finished.
        step: u8,
    },
    /// `coroutine.__await__()`.
    CoroWrapper {
        coro: Rc<crate::object::types::PyGenerator>,
    },
    /// `anext(it, default)`: the awaitable of `__anext__()`, with StopAsyncIteration
    /// turned into `default`.
    AnextDefault {
        awaitable: Value,
        default: Value,
    },
    Exhausted,
}

/// What an async generator's awaitable does when first sent to.
pub enum AsyncGenOp {
    Send(Value),
    Throw(Value),
    Close,
}

impl IterState {
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::List { .. } => "list_iterator",
            IterState::ListReverse { .. } => "list_reverseiterator",
            IterState::Tuple { .. } => "tuple_iterator",
            IterState::Str { s, .. } => {
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                }
            }
            IterState::Bytes { .. } => "bytes_iterator",
            IterState::ByteArray { .. } => "bytearray_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::BigRange { .. } => "longrange_iterator",
            IterState::Dict { kind, .. } => match kind {
                ViewKind::Keys => "dict_keyiterator",
                ViewKind::Values => "dict_valueiterator",
                ViewKind::Items => "dict_itemiterator",
            },
            IterState::DictReverse { kind, .. } => match kind {
                ViewKind::Keys => "dict_reversekeyiterator",
                ViewKind::Values => "dict_reversevalueiterator",
                ViewKind::Items => "dict_reverseitemiterator",
            },
            IterState::Set { .. } => "set_iterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::SeqReverse { .. } => "reversed",
            IterState::SeqIndex { .. } | IterState::Exhausted => "iterator",
            IterState::CoroWrapper { .. } => "coroutine_wrapper",
            IterState::AnextDefault { .. } => "anext_awaitable",
            IterState::AsyncGenOp { op, .. } => match op {
                AsyncGenOp::Send(_) => "async_generator_asend",
                _ => "async_generator_athrow",
            },
        }
    }

    /// Every name `type_name` can return, for creating the type objects.
    pub const TYPE_NAMES: &'static [&'static str] = &[
        "list_iterator",
        "list_reverseiterator",
        "tuple_iterator",
        "str_ascii_iterator",
        "str_iterator",
        "bytes_iterator",
        "bytearray_iterator",
        "range_iterator",
        "longrange_iterator",
        "dict_keyiterator",
        "dict_valueiterator",
        "dict_itemiterator",
        "dict_reversekeyiterator",
        "dict_reversevalueiterator",
        "dict_reverseitemiterator",
        "set_iterator",
        "enumerate",
        "zip",
        "map",
        "filter",
        "callable_iterator",
        "reversed",
        "iterator",
        "async_generator_asend",
        "async_generator_athrow",
        "coroutine_wrapper",
        "anext_awaitable",
        "dict_keys",
        "dict_values",
        "dict_items",
    ];
}

impl IterState {
    /// The values this state keeps alive, for freeing without recursion.
    pub fn into_values(self) -> Vec<Value> {
        match self {
            IterState::List { list, .. } | IterState::ListReverse { list, .. } => {
                vec![Value::List(list)]
            }
            IterState::Tuple { tuple, .. } => vec![Value::Tuple(tuple)],
            IterState::Dict { dict, .. } | IterState::DictReverse { dict, .. } => {
                vec![Value::Dict(dict)]
            }
            IterState::Set { set, .. } => vec![Value::Set(set)],
            IterState::Enumerate { it, count } => vec![it, count],
            IterState::Zip { its, .. } => its,
            IterState::Map { func, mut its } => {
                its.push(func);
                its
            }
            IterState::Filter { func, it } | IterState::Callable { func, sentinel: it } => {
                vec![func, it]
            }
            IterState::SeqReverse { seq, .. } | IterState::SeqIndex { seq, .. } => vec![seq],
            IterState::CoroWrapper { coro } => vec![Value::Generator(coro)],
            IterState::AnextDefault { awaitable, default } => vec![awaitable, default],
            IterState::AsyncGenOp { gen, op, .. } => match op {
                AsyncGenOp::Send(v) | AsyncGenOp::Throw(v) => vec![Value::Generator(gen), v],
                AsyncGenOp::Close => vec![Value::Generator(gen)],
            },
            IterState::Str { .. }
            | IterState::Bytes { .. }
            | IterState::ByteArray { .. }
            | IterState::Range { .. }
            | IterState::BigRange { .. }
            | IterState::Exhausted => Vec::new(),
        }
    }
}

impl Drop for crate::object::types::PyIter {
    fn drop(&mut self) {
        // An iterator over a container someone else still holds only lets go of it, and a
        // text or a range holds no values: those drop here. The rest (a container freed
        // with its iterator, iterators over iterators) go through the queue, which frees a
        // chain of them without recursion.
        let direct = match self.state.get_mut() {
            IterState::List { list, .. } | IterState::ListReverse { list, .. } => {
                Rc::strong_count(list) > 1
            }
            IterState::Tuple { tuple, .. } => Rc::strong_count(tuple) > 1,
            IterState::Dict { dict, .. } | IterState::DictReverse { dict, .. } => {
                Rc::strong_count(dict) > 1
            }
            IterState::Set { set, .. } => Rc::strong_count(set) > 1,
            IterState::Str { .. }
            | IterState::Bytes { .. }
            | IterState::ByteArray { .. }
            | IterState::Range { .. }
            | IterState::BigRange { .. }
            | IterState::Exhausted => true,
            _ => false,
        };
        if !direct {
            let state = std::mem::replace(self.state.get_mut(), IterState::Exhausted);
            crate::object::types::defer_drop(state.into_values());
        }
    }
}
