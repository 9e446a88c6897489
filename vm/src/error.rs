//! Exception kinds, the built-in hierarchy, and the `PyErr` that carries a raised exception.

use std::rc::Rc;

use crate::object::types::PyInstance;
use crate::object::Value;

/// A raised Python exception: always an instance of a `BaseException` subclass.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Rc<PyInstance>,
}

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }
}

pub type PyResult<T> = Result<T, PyErr>;

macro_rules! exception_kinds {
    ($($kind:ident : $parent:ident,)*) => {
        /// Every built-in exception type, in an order where parents come first.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum ExcKind { BaseException, $($kind,)* }

        impl ExcKind {
            /// (kind, parent) pairs in definition order; BaseException has no parent.
            pub const TABLE: &'static [(ExcKind, &'static str, Option<ExcKind>)] = &[
                (ExcKind::BaseException, "BaseException", None),
                $((ExcKind::$kind, stringify!($kind), Some(ExcKind::$parent)),)*
            ];
        }
    };
}

exception_kinds! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
}

impl ExcKind {
    pub fn index(self) -> usize {
        self as usize
    }
}
