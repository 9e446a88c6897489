//! Code objects: instructions plus their constants, names and the cold side tables
//! (line numbers, exception handlers).

use std::rc::Rc;

use crate::bytecode::Instr;
use crate::object::types::PyStr;
use crate::object::Value;

/// Flag bits of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    /// Runs with a locals dict (module and class bodies) instead of fast slots only.
    pub const NAMESPACE: u32 = 8;
    /// A comprehension; CPython 3.12 inlines these, so it shows no traceback line.
    pub const COMPREHENSION: u32 = 16;
    /// The body starts with a docstring, kept as `consts[0]` (`__doc__`).
    pub const HAS_DOC: u32 = 32;
    /// `async def`: calling it makes a coroutine (GENERATOR is set too).
    pub const COROUTINE: u32 = 64;
    /// `async def` with `yield`: calling it makes an async generator.
    pub const ASYNC_GENERATOR: u32 = 128;
    /// The interpreter's own Python code standing in for native code (`interp/inline.py`):
    /// its frames show no traceback line and do not count towards the recursion limit.
    pub const HIDDEN: u32 = 256;
    /// A generator function marked by `types.coroutine` (CPython's CO_ITERABLE_COROUTINE):
    /// its generators can be awaited and may `yield from` coroutines.
    pub const ITERABLE_COROUTINE: u32 = 512;

    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }

    /// A list, set or dict comprehension that CPython 3.12 runs inside its parent's frame
    /// (not a generator expression, nor an async comprehension).
    pub fn inlined(self) -> bool {
        self.has(Self::COMPREHENSION) && !self.has(Self::GENERATOR)
    }

    /// Whether a frame of this code counts towards the recursion limit: comprehensions run
    /// inline in CPython 3.12, and hidden code stands in for native code.
    pub fn counts_depth(self) -> bool {
        self.0 & (Self::COMPREHENSION | Self::HIDDEN) == 0
    }
}

/// One exception-table row: instructions in `start..end` jump to `target` on an exception,
/// with the value stack cut to `depth` (plus the offending instruction index when `lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Where a global name was last found: valid while both dicts keep their versions and the
/// entry still holds the same key object.
#[derive(Clone, Copy, Default, Debug)]
pub struct NameCache {
    pub globals: usize,
    pub globals_version: u64,
    pub builtins_version: u64,
    pub slot: u32,
    /// Address of the stored key, 0 when the cache is empty.
    pub key: usize,
    pub builtin: bool,
}

/// What an attribute name resolves to on one class, cached per name of a code object for
/// `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR`. Valid while `class` is the object's class and
/// the attribute cache's epoch is still `epoch` (any change to any class bumps it).
#[derive(Clone, Default)]
pub struct AttrCache {
    /// Address of the class, 0 when the cache is empty.
    pub class: usize,
    pub epoch: u64,
    pub kind: AttrKind,
    /// The method or property getter the class gives (kinds `Method` and `Property`).
    pub found: Option<CachedFn>,
}

/// Classes remembered per name: a site that sees several classes (a method of a base class
/// called on instances of its subclasses) keeps them all, most recent first.
pub const ATTR_WAYS: usize = 4;

/// How the attribute is found.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub enum AttrKind {
    /// Through the general path (descriptors, `__getattribute__`, built-in attributes...).
    #[default]
    General,
    /// In the instance's dict: the class has nothing of that name and nothing intervenes.
    Dict,
    /// A method on the class (a Python function or a built-in's method), unless the
    /// instance's dict has the name.
    Method,
    /// A `property` whose getter is a Python function.
    Property,
    /// A `__slots__` entry: the value is at this index of the instance's slots (the class
    /// has no `__setattr__`).
    Slot(u32),
    /// As `Dict` for reading, of a class with its own `__setattr__` (stores go through it).
    DictRead,
    /// As `Slot` for reading, of a class with its own `__setattr__`.
    SlotRead(u32),
    /// Read through the class itself (`Cls.CONSTANT`, `Cls.static_method`): the value the
    /// class gives, its metaclass being `type` with nothing of that name in the way.
    ClassValue,
    /// A class method read through its class: the cached function, bound to the class.
    ClassMethod,
    /// A namedtuple field of an instance of a tuple subclass: the item at the index the
    /// cached descriptor (`Vm::set_tuple_getter`'s class) holds.
    TupleItem,
    /// A plain value on the class (a number, str, None, or an object that is no descriptor):
    /// the instance's dict's value of that name if it has one, else the cached value.
    ClassAttr,
    /// `object.__class__` (a data descriptor nothing overrides): the instance's class.
    Class,
}

/// A function a cache entry found on a class. A Python function is held weakly: the class
/// keeps it alive while the entry is valid, and the cache must not keep it (or what it
/// references) alive after.
#[derive(Clone)]
pub enum CachedFn {
    Python(std::rc::Weak<crate::object::types::PyFunction>),
    /// An object a class attribute holds (held weakly too: it may have a `__del__`).
    Instance(std::rc::Weak<crate::object::types::PyInstance>),
    /// A built-in function or a value without identity-sensitive clean-up (numbers, str).
    Native(Value),
}

impl CachedFn {
    pub fn get(&self) -> Option<Value> {
        match self {
            CachedFn::Python(f) => f.upgrade().map(Value::Function),
            CachedFn::Instance(i) => i.upgrade().map(Value::Instance),
            CachedFn::Native(v) => Some(v.clone()),
        }
    }

    /// How a cache can hold `v`, if it can.
    pub fn of(v: &Value) -> Option<CachedFn> {
        Some(match v {
            Value::Function(f) => CachedFn::Python(std::rc::Rc::downgrade(f)),
            Value::Instance(i) => CachedFn::Instance(std::rc::Rc::downgrade(i)),
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Builtin(_) => CachedFn::Native(v.clone()),
            _ => return None,
        })
    }
}

/// A compiled function, class body or module.
pub struct Code {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub instrs: Box<[Instr]>,
    /// The source line of each instruction.
    pub lines: Box<[u32]>,
    /// The source byte range of each instruction's expression, for traceback carets.
    pub spans: Box<[(u32, u32)]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Rc<PyStr>]>,
    /// Per-name look-up cache for `LoadGlobal` (and `LoadName` at module level).
    pub name_cache: Box<[std::cell::Cell<NameCache>]>,
    /// Per-name cache for `LoadAttr`/`StoreAttr` on instances.
    pub attr_cache: Box<[std::cell::RefCell<[AttrCache; ATTR_WAYS]>]>,
    /// Per name and cache way (the class of `attr_cache`'s way of the same index), where in
    /// an instance's dict the attribute was last found: instances of a class usually add
    /// their attributes in the same order, so the next one has it there too.
    pub attr_hint: Box<[[std::cell::Cell<u32>; ATTR_WAYS]]>,
    /// Local slot names: parameters first, then other locals, then cells, then free vars.
    pub slot_names: Box<[Rc<PyStr>]>,
    /// Index of the first free-variable slot; slots from here are filled from the closure.
    pub free_start: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub exc_table: Box<[ExcEntry]>,
    pub max_stack: u32,
}

impl Code {
    /// The handler covering instruction `index`, innermost first.
    pub fn handler_for(&self, index: usize) -> Option<ExcEntry> {
        let index = u32::try_from(index).ok()?;
        self.exc_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
            .copied()
    }

    pub fn line_of(&self, index: usize) -> u32 {
        self.lines.get(index).copied().unwrap_or(self.first_line)
    }

    pub fn span_of(&self, index: usize) -> (u32, u32) {
        self.spans.get(index).copied().unwrap_or((0, 0))
    }

    pub fn slot_count(&self) -> usize {
        self.slot_names.len()
    }

    /// Number of free variables (the closure cells a function of this code needs).
    pub fn free_count(&self) -> usize {
        self.slot_count().saturating_sub(self.free_start as usize)
    }

    /// Number of parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags.has(CodeFlags::VARARGS) {
            n += 1;
        }
        if self.flags.has(CodeFlags::VARKEYWORDS) {
            n += 1;
        }
        n
    }
}
