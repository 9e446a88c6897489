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
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
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
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    RuntimeWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
    BaseExceptionGroup: BaseException,
    // Also derives from Exception: its bases are fixed up where the types are built.
    ExceptionGroup: BaseExceptionGroup,
    // pyrs's own: an embedder's step budget ran out (not a name in `builtins`).
    StepLimitExceeded: BaseException,
}

impl ExcKind {
    pub fn index(self) -> usize {
        self as usize
    }

    /// The `OSError` subclass CPython picks for a Linux errno number.
    pub fn for_errno(errno: i64) -> ExcKind {
        match errno {
            11 | 114 | 115 => ExcKind::BlockingIOError,
            10 => ExcKind::ChildProcessError,
            32 | 108 => ExcKind::BrokenPipeError,
            103 => ExcKind::ConnectionAbortedError,
            111 => ExcKind::ConnectionRefusedError,
            104 => ExcKind::ConnectionResetError,
            17 => ExcKind::FileExistsError,
            2 => ExcKind::FileNotFoundError,
            4 => ExcKind::InterruptedError,
            21 => ExcKind::IsADirectoryError,
            20 => ExcKind::NotADirectoryError,
            1 | 13 => ExcKind::PermissionError,
            3 => ExcKind::ProcessLookupError,
            110 => ExcKind::TimeoutError,
            _ => ExcKind::OSError,
        }
    }
}
