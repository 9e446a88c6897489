//! The heap object structs behind `Value`'s handles; each type's methods live in its own file.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::Code;
use crate::error::PyResult;
use crate::interp::{Frame, Vm};
use crate::object::table::{DictTable, SetTable};
use crate::object::Value;

pub mod attr_cache;
pub mod builtin_fn;
pub mod bytearray;
pub mod bytes;
pub mod bytes_ops;
pub mod casefold;
pub mod complex;
pub mod coroutine;
pub mod dict;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod list_sort;
pub mod mappingproxy;
pub mod memoryview;
pub mod numeric;
pub mod range;
pub mod set;
pub mod slots;
pub mod str;
pub mod strformat;
pub mod surrogate;
pub mod tuple;
pub mod typeobj;
pub mod weakref;

thread_local! {
    /// Identifiers shared by every code object and the runtime, so that attribute and global
    /// look-ups compare names by address.
    static INTERNED: RefCell<hashbrown::HashMap<Box<str>, Rc<PyStr>>> =
        RefCell::new(hashbrown::HashMap::new());
}

/// The one shared `str` object for identifier `s` (names in code, attribute names).
pub fn intern_str(s: &str) -> Rc<PyStr> {
    INTERNED.with(|m| {
        if let Some(found) = m.borrow().get(s) {
            return found.clone();
        }
        let new = Rc::new(PyStr::new(s));
        m.borrow_mut().insert(s.into(), new.clone());
        new
    })
}

/// `sys.intern(s)`: the interned string equal to `s`, which becomes it when there is none.
pub fn intern_rc(s: &Rc<PyStr>) -> Rc<PyStr> {
    INTERNED.with(|m| {
        if let Some(found) = m.borrow().get(s.as_str()) {
            return found.clone();
        }
        m.borrow_mut().insert(s.as_str().into(), s.clone());
        s.clone()
    })
}

/// Whether a string constant is worth interning: it looks like an identifier.
pub fn is_identifier_like(s: &str) -> bool {
    s.len() <= 64 && !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A `str`: UTF-8 text with its code-point count and a cached hash.
pub struct PyStr {
    /// A `String` so that `s += t` on a string nothing else refers to appends in place.
    text: String,
    chars: usize,
    hash: Cell<i64>,
    /// For text that is not ASCII, once indexed by code point: the byte offset of every
    /// `STR_STRIDE`-th code point, so `s[i]` and slices cost a bounded walk.
    #[expect(clippy::box_collection, reason = "one pointer keeps every str small")]
    marks: std::cell::OnceCell<Box<Vec<u32>>>,
}

/// Code points between two entries of `PyStr::marks`.
const STR_STRIDE: usize = 32;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            chars: s.chars().count(),
            text: s.to_string(),
            hash: Cell::new(-1),
            marks: std::cell::OnceCell::new(),
        }
    }

    pub fn from_string(mut s: String) -> PyStr {
        s.shrink_to_fit();
        PyStr {
            chars: s.chars().count(),
            text: s,
            hash: Cell::new(-1),
            marks: std::cell::OnceCell::new(),
        }
    }

    /// Appends `tail` (the string must be referred to only by its owner: `s += t`). The
    /// text grows as a `String` does, so a loop of appends is linear.
    pub fn append(&mut self, tail: &PyStr) {
        self.text.push_str(&tail.text);
        self.chars += tail.chars;
        self.hash.set(-1);
        self.marks = std::cell::OnceCell::new();
    }

    /// The byte offsets of every `STR_STRIDE`-th code point (built on first use).
    fn marks(&self) -> &[u32] {
        self.marks.get_or_init(|| {
            let marks = self
                .text
                .char_indices()
                .step_by(STR_STRIDE)
                .map(|(b, _)| b as u32)
                .collect();
            Box::new(marks)
        })
    }

    /// The byte offset of code point `i` (the text's length for `i` ≥ the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.text.len());
        }
        if i >= self.chars {
            return self.text.len();
        }
        if i < STR_STRIDE {
            return self.text.char_indices().nth(i).map_or(0, |(b, _)| b);
        }
        let start = self.marks()[i / STR_STRIDE] as usize;
        self.text[start..]
            .char_indices()
            .nth(i % STR_STRIDE)
            .map_or(self.text.len(), |(b, _)| start + b)
    }

    /// Code point `i` (`i` < the length).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.text.as_bytes().get(i).map_or('\0', |&b| b as char);
        }
        let at = self.byte_offset(i);
        self.text[at..].chars().next().unwrap_or('\0')
    }

    /// The code-point index of byte offset `b` (a character boundary).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if b < 4 * STR_STRIDE {
            return self.text[..b].chars().count();
        }
        let marks = self.marks();
        let k = marks.partition_point(|&m| m as usize <= b) - 1;
        k * STR_STRIDE + self.text[marks[k] as usize..b].chars().count()
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points, as `len()` reports it.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// A stable string hash (FNV-1a); CPython randomises its own, so no program may rely on it.
    pub fn hash(&self) -> i64 {
        let cached = self.hash.get();
        if cached != -1 {
            return cached;
        }
        let h = text_hash(&self.text);
        self.hash.set(h);
        h
    }
}

/// The hash of str text, the same `PyStr::hash` caches: its UTF-8 bytes' hash.
pub fn text_hash(text: &str) -> i64 {
    bytes_hash(text.as_bytes())
}

/// The hash of `bytes` (FNV-1a); empty data hashes to 0, as in CPython.
pub fn bytes_hash(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A `bytes` object.
pub struct PyBytes {
    pub data: Box<[u8]>,
}

/// A `list`.
pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }
}

/// A `tuple`.
pub struct PyTuple {
    pub items: Box<[Value]>,
    /// The hash, once computed from items whose hashes cannot change (see `hash_stamp`).
    hash: Cell<i64>,
    /// When `hash` holds: 0 never, [`HASH_KEPT`] always, any other value while the class
    /// cache's epoch is that one (the items include instances of tuple subclasses whose
    /// classes gave them tuple's hash in that epoch).
    hash_stamp: Cell<u64>,
}

/// `PyTuple::hash_stamp` of a hash that depends only on the items' values.
pub const HASH_KEPT: u64 = u64::MAX;

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
            hash: Cell::new(0),
            hash_stamp: Cell::new(0),
        }
    }

    /// The hash kept by [`PyTuple::keep_hash`] and its stamp, while it still holds.
    pub fn kept_hash(&self) -> Option<(i64, u64)> {
        let stamp = self.hash_stamp.get();
        (stamp == HASH_KEPT || (stamp != 0 && stamp == attr_cache::epoch()))
            .then(|| (self.hash.get(), stamp))
    }

    /// Keeps `hash` for later calls; `stamp` as `hash_stamp` (0 keeps nothing).
    pub fn keep_hash(&self, hash: i64, stamp: u64) {
        self.hash.set(hash);
        self.hash_stamp.set(stamp);
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// A `dict`: CPython's compact, insertion-ordered table.
pub struct PyDict {
    pub table: RefCell<DictTable<Value, Value>>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            table: RefCell::new(DictTable::new()),
        }
    }

    /// An empty dict for about `n` items.
    pub fn with_room(n: usize) -> PyDict {
        PyDict {
            table: RefCell::new(DictTable::with_room(n)),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

/// A `set` or `frozenset`, laid out as CPython's so iteration order matches.
pub struct PySet {
    pub table: RefCell<SetTable<Value>>,
    pub frozen: bool,
}

impl PySet {
    pub fn new(frozen: bool) -> PySet {
        PySet {
            table: RefCell::new(SetTable::new()),
            frozen,
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A `range`. Bounds and length fitting in i64 live in the fields; otherwise `big` holds
/// (start, stop, step) and the small fields are unused.
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<[num_bigint::BigInt; 3]>>,
}

impl PyRange {
    pub fn len(&self) -> i64 {
        self.exact_len().unwrap_or(i64::MAX)
    }

    /// The length of the small form's bounds, None when it does not fit in an i64.
    pub fn exact_len(&self) -> Option<i64> {
        let (start, stop, step) = (
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        i64::try_from(n).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// A `slice` object.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A Python function: code plus the environment it closes over.
pub struct PyFunction {
    /// The code the function was made with; `__code__` assignment puts a replacement in
    /// `swapped_code` (read the current one through [`PyFunction::code`]).
    pub made_code: Rc<Code>,
    pub swapped_code: RefCell<Option<Rc<Code>>>,
    /// Whether `swapped_code` holds the code: one test on the call path.
    pub code_swapped: Cell<bool>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// `__defaults__` and `__kwdefaults__`, both assignable.
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Vec<Rc<PyCell>>,
    /// `__dict__`, created when first needed.
    pub dict: RefCell<Option<Rc<PyDict>>>,
    /// `__annotations__` and `__type_params__` (kept outside `__dict__`, as CPython).
    pub annotations: RefCell<Option<Value>>,
    pub type_params: RefCell<Option<Value>>,
    /// `__doc__` and `__module__` once assigned (the docstring and the globals' `__name__`
    /// until then).
    pub doc: RefCell<Option<Value>>,
    pub module: RefCell<Option<Value>>,
}

impl PyFunction {
    /// A function of `code` (named by it) over `globals`, with no annotations, dict or
    /// docstring assigned yet.
    pub fn new(
        code: Rc<Code>,
        globals: Rc<PyDict>,
        defaults: Vec<Value>,
        kwdefaults: Option<Rc<PyDict>>,
        closure: Vec<Rc<PyCell>>,
    ) -> PyFunction {
        PyFunction {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            made_code: code,
            swapped_code: RefCell::new(None),
            code_swapped: Cell::new(false),
            globals,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            dict: RefCell::new(None),
            annotations: RefCell::new(None),
            type_params: RefCell::new(None),
            doc: RefCell::new(None),
            module: RefCell::new(None),
        }
    }

    /// The function's code object (a new reference: `__code__` may be reassigned while it
    /// runs).
    #[inline(always)]
    pub fn code(&self) -> Rc<Code> {
        if self.code_swapped.get() {
            if let Some(code) = &*self.swapped_code.borrow() {
                return code.clone();
            }
        }
        self.made_code.clone()
    }

    /// The current code, borrowed when it is the one the function was made with (the call
    /// path then takes no reference).
    #[inline(always)]
    pub fn current_code(&self) -> std::borrow::Cow<'_, Rc<Code>> {
        if self.code_swapped.get() {
            std::borrow::Cow::Owned(self.code())
        } else {
            std::borrow::Cow::Borrowed(&self.made_code)
        }
    }

    /// The code's flags, without taking a reference.
    #[inline(always)]
    pub fn flags(&self) -> crate::bytecode::CodeFlags {
        if self.code_swapped.get() {
            return self.code().flags;
        }
        self.made_code.flags
    }

    /// `__code__ = code`.
    pub fn set_code(&self, code: Rc<Code>) {
        *self.swapped_code.borrow_mut() = Some(code);
        self.code_swapped.set(true);
    }

    /// The function's `__dict__`, created on first use.
    pub fn dict(&self) -> Rc<PyDict> {
        self.dict
            .borrow_mut()
            .get_or_insert_with(|| Rc::new(PyDict::new()))
            .clone()
    }
}

/// A native function's argument list: positional values and keyword pairs.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Rc<PyStr>, Value)],
}

impl<'a> Args<'a> {
    /// The arguments after the receiver (`self`) of a method.
    pub fn after_self(&self) -> Args<'a> {
        Args {
            pos: self.pos.get(1..).unwrap_or(&[]),
            kw: self.kw,
        }
    }
}

/// The signature of every function implemented in Rust.
pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// A built-in function or a built-in type's method.
pub struct PyBuiltin {
    pub name: &'static str,
    pub func: NativeFn,
    /// Set for methods: the type name, for `<method 'x' of 'T' objects>` and messages.
    pub owner: Option<&'static str>,
    /// For methods of the core built-in types, the layout the receiver must have (checked
    /// before the call); `Object` checks nothing.
    pub kind: TypeKind,
    /// What the dispatch loop does besides calling `func`.
    pub role: Role,
}

/// How the dispatch loop calls a built-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Natively, like any function.
    Plain,
    /// Reads the calling frame (`globals()`, `locals()`, `eval`, ...): the interpreter
    /// records it in `Vm::caller` before the call.
    ReadsFrame,
    /// Calls back into Python code it is given (a key function, a generator, `__len__`):
    /// the loop may run that code in place instead (`interp/inline.rs`).
    CallsBack(Callback),
    /// A method taking no argument besides its receiver (CPython's `METH_NOARGS`): the call
    /// refuses any other with CPython's message.
    NoArgs,
    /// A method taking exactly one argument (CPython's `METH_O`).
    One,
    /// A method taking positional arguments only (the method checks how many).
    NoKeywords,
    /// A method whose parameters are these, by position or by name.
    Keywords(&'static [&'static str]),
}

/// The methods of built-in types that take exactly one argument, by owner.
const ONE_ARG: &[(&str, &[&str])] = &[
    (
        "set",
        &[
            "add",
            "discard",
            "isdisjoint",
            "issubset",
            "issuperset",
            "remove",
            "symmetric_difference",
            "symmetric_difference_update",
        ],
    ),
    (
        "frozenset",
        &[
            "isdisjoint",
            "issubset",
            "issuperset",
            "symmetric_difference",
        ],
    ),
    ("list", &["append", "count", "remove"]),
];

/// The methods of built-in types that refuse keyword arguments, by owner.
const NO_KEYWORDS: &[(&str, &[&str])] = &[
    (
        "set",
        &[
            "difference",
            "difference_update",
            "intersection",
            "intersection_update",
            "union",
            "update",
        ],
    ),
    ("frozenset", &["difference", "intersection", "union"]),
    ("bytes", &["lstrip", "rstrip", "strip"]),
    ("bytearray", &["lstrip", "pop", "rstrip", "strip"]),
];

/// The parameters of the text methods that take them by name too.
fn text_keywords(owner: &str, name: &str) -> Option<&'static [&'static str]> {
    Some(match (owner, name) {
        (_, "split" | "rsplit") => &["sep", "maxsplit"],
        (_, "splitlines") => &["keepends"],
        (_, "expandtabs") => &["tabsize"],
        ("str", "encode") => &["encoding", "errors"],
        ("bytes" | "bytearray", "decode") => &["encoding", "errors"],
        _ => return None,
    })
}

/// The methods of built-in types that take no arguments, by owner.
const NO_ARGS: &[(&str, &[&str])] = &[
    (
        "dict",
        &["clear", "copy", "items", "keys", "popitem", "values"],
    ),
    ("list", &["clear", "copy", "reverse"]),
    ("set", &["clear", "copy", "pop"]),
    ("frozenset", &["copy"]),
    ("bytearray", &["clear", "copy", "reverse"]),
    (
        "int",
        &[
            "as_integer_ratio",
            "bit_count",
            "bit_length",
            "conjugate",
            "is_integer",
        ],
    ),
    (
        "float",
        &["as_integer_ratio", "conjugate", "hex", "is_integer"],
    ),
    ("complex", &["conjugate"]),
];

/// The text methods of str, bytes and bytearray that take no arguments.
const TEXT_NO_ARGS: &[&str] = &[
    "capitalize",
    "casefold",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "lower",
    "swapcase",
    "title",
    "upper",
];

/// The built-ins whose calls back into Python can run in the dispatch loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callback {
    Sum,
    Min,
    Max,
    Sorted,
    Any,
    All,
    Len,
    Repr,
    Join,
    /// `functools.reduce`, which lives in `_functools`.
    Reduce,
}

impl Role {
    /// The role of the built-in function or method `name` (of type `owner`).
    pub fn of(owner: Option<&str>, name: &str) -> Role {
        let cb = match (owner, name) {
            (None, "sum") => Callback::Sum,
            (None, "min") => Callback::Min,
            (None, "max") => Callback::Max,
            (None, "sorted") => Callback::Sorted,
            (None, "any") => Callback::Any,
            (None, "all") => Callback::All,
            (None, "len") => Callback::Len,
            (None, "repr") => Callback::Repr,
            (Some("str"), "join") => Callback::Join,
            (Some(owner), name) => {
                let text = matches!(owner, "str" | "bytes" | "bytearray");
                let listed = NO_ARGS
                    .iter()
                    .any(|(o, names)| *o == owner && names.contains(&name));
                if listed || (text && TEXT_NO_ARGS.contains(&name)) {
                    return Role::NoArgs;
                }
                let in_table = |table: &[(&str, &[&str])]| {
                    table
                        .iter()
                        .any(|(o, names)| *o == owner && names.contains(&name))
                };
                if in_table(ONE_ARG) || name == "__format__" {
                    return Role::One;
                }
                if in_table(NO_KEYWORDS) {
                    return Role::NoKeywords;
                }
                if let Some(names) = text.then(|| text_keywords(owner, name)).flatten() {
                    return Role::Keywords(names);
                }
                return Role::Plain;
            }
            _ => return Role::Plain,
        };
        Role::CallsBack(cb)
    }
}

/// A bound method: a callable with its first argument fixed.
pub struct PyMethod {
    pub func: Value,
    pub this: Value,
}

/// A closure cell.
pub struct PyCell {
    pub value: RefCell<Option<Value>>,
}

impl PyCell {
    pub fn new(value: Option<Value>) -> PyCell {
        PyCell {
            value: RefCell::new(value),
        }
    }
}

/// A module object.
pub struct PyModule {
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
    /// A `types.ModuleType` subclass it is an instance of (made by it, or assigned to
    /// `__class__`); None for a plain module.
    pub cls: RefCell<Option<Rc<PyType>>>,
}

impl PyModule {
    pub fn new(name: Rc<PyStr>, dict: Rc<PyDict>) -> PyModule {
        PyModule {
            name,
            dict,
            cls: RefCell::new(None),
        }
    }

    /// `__name__` as the module's namespace has it (a module made by a subclass is named
    /// by its `__init__`), else the name it was made with.
    pub fn display_name(&self) -> Rc<PyStr> {
        match self.dict.get_str("__name__") {
            Some(Value::Str(s)) => s,
            _ => self.name.clone(),
        }
    }
}

/// Which layout a type's instances have.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeKind {
    Object,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Type,
    Module,
    Iterator,
    Generator,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    Code,
    Cell,
    BaseException,
}

impl TypeKind {
    /// Whether Python classes may derive from built-in types of this kind.
    pub fn is_basetype(self) -> bool {
        matches!(
            self,
            TypeKind::Object
                | TypeKind::Int
                | TypeKind::Float
                | TypeKind::Complex
                | TypeKind::Str
                | TypeKind::Bytes
                | TypeKind::ByteArray
                | TypeKind::List
                | TypeKind::Tuple
                | TypeKind::Dict
                | TypeKind::Set
                | TypeKind::FrozenSet
                | TypeKind::Type
                | TypeKind::Module
                | TypeKind::Property
                | TypeKind::ClassMethod
                | TypeKind::StaticMethod
                | TypeKind::Super
                | TypeKind::BaseException
        )
    }
}

/// The most entries an instance's dict is made with room for (`PyType::attr_count`).
const MAX_ATTR_ROOM: usize = 12;

/// A type object, built-in or defined by a `class` statement.
pub struct PyType {
    /// `__name__`, which a class statement's class may have reassigned: read it with `name()`.
    pub name_cell: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub module: Rc<PyStr>,
    /// The direct bases; `__bases__` assignment replaces them.
    pub bases: RefCell<Vec<Rc<PyType>>>,
    /// The method resolution order after this type itself (a metaclass `mro()` or a
    /// `__bases__` assignment may replace it).
    pub mro: RefCell<Vec<Rc<PyType>>>,
    pub dict: PyDict,
    /// The layout of the instances: for a class defined in Python, that of the built-in
    /// type it derives from (`Object` for plain classes, `List` for a `list` subclass, ...).
    pub kind: TypeKind,
    /// Constructor used when the type is called (built-in types).
    pub ctor: Option<NativeFn>,
    /// True for types defined in Python.
    pub heap: bool,
    /// The metaclass, when it is not `type`.
    pub meta: Option<Rc<PyType>>,
    /// `TypeFlags` bits, recomputed when a special method is set on the class.
    pub flags: Cell<u32>,
    /// The most attributes an instance's dict has held (up to `MAX_ATTR_ROOM`): a new
    /// instance's dict is made with room for as many.
    pub attr_count: Cell<u8>,
    /// Classes deriving directly from this one (`__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<PyType>>>,
    /// What calling the class found at the attribute-cache epoch stored with it: `object`'s
    /// `__new__` and this Python `__init__` (weak: the class's namespace holds it), so a
    /// call of the class looks neither up again.
    pub init_cache: RefCell<Option<(u64, std::rc::Weak<PyFunction>)>>,
    /// Item access that a library class does natively (`array.array`), tried first for its
    /// own instances (not a subclass's); setting a special method on the class drops it.
    pub native_items: Cell<Option<&'static NativeItems>>,
}

/// The common cases of `obj[key]` and `obj[key] = value` for the instances of one library
/// class, done without running code.
pub struct NativeItems {
    /// `inst[key]`, or None for the class's `__getitem__` to handle.
    pub get: fn(&PyInstance, &Value) -> Option<Value>,
    /// `inst[key] = value` done (true), or false for the class's `__setitem__` to handle.
    pub set: fn(&PyInstance, &Value, &Value) -> bool,
}

/// Facts about a type that attribute access and calls check on every use.
pub struct TypeFlags;

impl TypeFlags {
    /// Defines or inherits a `__getattribute__` other than `object`'s.
    pub const GETATTRIBUTE: u32 = 1;
    /// Defines or inherits `__getattr__`.
    pub const GETATTR: u32 = 2;
    /// Defines or inherits a `__setattr__` other than `object`'s.
    pub const SETATTR: u32 = 4;
    /// Defines or inherits a `__delattr__` other than `object`'s.
    pub const DELATTR: u32 = 8;
    /// Instances have no `__dict__` (every class of the MRO has `__slots__` without it).
    pub const NO_DICT: u32 = 16;
    /// May be subclassed.
    pub const BASETYPE: u32 = 32;
    /// Has a non-empty `__abstractmethods__`: instantiation fails.
    pub const ABSTRACT: u32 = 64;
    /// Defines or inherits `__del__`.
    pub const FINALIZER: u32 = 128;
    /// Defines or inherits `__get__`: its instances are descriptors.
    pub const DESCR_GET: u32 = 256;
    /// Defines or inherits `__set__` or `__delete__`: its instances are data descriptors.
    pub const DESCR_SET: u32 = 512;
    /// Matches sequence patterns (CPython's `Py_TPFLAGS_SEQUENCE`, set through `abc`).
    pub const SEQUENCE: u32 = 1 << 10;
    /// Matches mapping patterns (`Py_TPFLAGS_MAPPING`).
    pub const MAPPING: u32 = 1 << 11;
    /// A class of the library that stands for one of CPython's C types: messages name it
    /// `module.name` (`'datetime.timedelta'`), as CPython names its static types. Not
    /// inherited: a subclass is an ordinary class.
    pub const STATIC_NAME: u32 = 1 << 12;
    /// `__eq__` and `__ne__` are `object`'s own: `==` and `!=` between its instances are
    /// identity tests (set only on classes defined in Python).
    pub const OBJECT_EQ: u32 = 1 << 13;
    /// A subclass of `tuple` whose six rich comparisons are `tuple`'s own (a namedtuple):
    /// comparing its instances compares their items (set only on classes defined in Python).
    pub const TUPLE_CMP: u32 = 1 << 14;
    /// Neither defines nor inherits `__bool__` or `__len__`: its instances are true (set only
    /// on classes defined in Python).
    pub const ALWAYS_TRUE: u32 = 1 << 15;
    /// Takes `__bool__` and `__len__` from no class defined in Python: an instance with a
    /// built-in base value (`class L(list)`) has that value's truth and length.
    pub const BASE_LEN: u32 = 1 << 16;
}

impl Drop for PyType {
    fn drop(&mut self) {
        // Its address may be reused by a new class.
        attr_cache::invalidate();
    }
}

impl PyType {
    /// The type's `__name__`.
    #[inline]
    pub fn name(&self) -> std::cell::Ref<'_, Rc<PyStr>> {
        self.name_cell.borrow()
    }

    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }
}

/// The extra state of an instance of a `BaseException` subclass.
pub struct ExcData {
    pub args: RefCell<Value>,
    /// (file name, line, function name), outermost frame last (printed reversed).
    pub traceback: RefCell<Vec<TracebackEntry>>,
    /// The `__traceback__` object last given out or assigned, with the number of entries it
    /// covers: the same object comes back while no frame was added.
    pub tb_object: RefCell<Option<(usize, Value)>>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// Thrown into a generator: its context was decided there (the generator's own handled
    /// exception, or none); frames it unwinds through later add none.
    pub context_fixed: Cell<bool>,
    /// A NameError's frame variables when it was raised (a dict), shown as `f_locals` of the
    /// innermost `tb_frame`: CPython's report looks there for a name to suggest.
    pub raise_locals: RefCell<Option<Value>>,
}

/// One frame of a traceback.
#[derive(Clone)]
pub struct TracebackEntry {
    pub filename: Rc<str>,
    pub line: u32,
    /// Source byte range of the failing instruction's expression.
    pub span: (u32, u32),
    pub name: Rc<PyStr>,
    /// The frame's code and globals, for `tb_frame`.
    pub code: Rc<Code>,
    pub globals: Rc<PyDict>,
    /// The instruction offset in bytes, as CPython counts it (`tb_lasti`).
    pub lasti: u32,
    /// The frame's variable slots once the exception left it (its `f_locals`, as CPython's
    /// traceback keeps the frame alive).
    pub locals: Option<Rc<Vec<Option<Value>>>>,
}

/// An instance of a class defined in Python, of an exception type, or of a class implemented
/// in Rust (whose state is in `native`).
pub struct PyInstance {
    cls: RefCell<Rc<PyType>>,
    pub dict: Rc<PyDict>,
    /// An exception's state, boxed so that other instances stay small.
    pub exc: Option<Box<ExcData>>,
    /// The Rust state of an instance of a class implemented in Rust (an io object, ...), set
    /// by that class's `__init__`; a Python subclass's instances carry it too.
    native: Cell<Option<Rc<dyn std::any::Any>>>,
    /// For an instance of a subclass of a built-in type (`class L(list)`), the built-in value
    /// it extends: the built-in type's methods work on it.
    pub base: Option<Value>,
    /// The values of `__slots__` entries, by member index (`None`: unset).
    pub slots: RefCell<Vec<Option<Value>>>,
}

impl PyInstance {
    fn make(class: Rc<PyType>, exc: Option<ExcData>, base: Option<Value>) -> PyInstance {
        let room = class.attr_count.get() as usize;
        PyInstance {
            cls: RefCell::new(class),
            dict: Rc::new(PyDict::with_room(room)),
            exc: exc.map(Box::new),
            native: Cell::new(None),
            base,
            slots: RefCell::new(Vec::new()),
        }
    }

    /// A plain instance of `class` with an empty `__dict__`.
    pub fn new(class: Rc<PyType>) -> PyInstance {
        PyInstance::make(class, None, None)
    }

    /// An instance of `class`, a subclass of a built-in type, extending `base`.
    pub fn with_base(class: Rc<PyType>, base: Value) -> PyInstance {
        PyInstance::make(class, None, Some(base))
    }

    /// An exception instance.
    pub fn with_exc(class: Rc<PyType>, exc: ExcData) -> PyInstance {
        PyInstance::make(class, Some(exc), None)
    }

    /// The instance's class (`type(obj)`).
    pub fn class(&self) -> Rc<PyType> {
        self.cls.borrow().clone()
    }

    /// The native item access of the class, without taking a reference to it.
    pub fn native_items(&self) -> Option<&'static NativeItems> {
        self.cls.borrow().native_items.get()
    }

    /// Whether the class has `flag` (`TypeFlags`), without taking a reference to it.
    pub fn class_has_flag(&self, flag: u32) -> bool {
        self.cls.borrow().has_flag(flag)
    }

    /// After an attribute was added to the instance's dict: its class remembers the most
    /// its instances held (up to `MAX_ATTR_ROOM`), so that the next instance's dict is made
    /// with room for them.
    pub(crate) fn note_dict_len(&self) {
        let n = self.dict.len().min(MAX_ATTR_ROOM) as u8;
        let cls = self.cls.borrow();
        if n > cls.attr_count.get() {
            cls.attr_count.set(n);
        }
    }

    /// Whether the instance's class is `cls` or a subclass of it (`PyObject_TypeCheck`),
    /// without taking a reference to the class.
    pub fn is_instance_of(&self, cls: &PyType) -> bool {
        let own = self.cls.borrow();
        std::ptr::eq(&**own, cls) || own.is_subtype(cls)
    }

    /// The address of the class, for caches keyed by class.
    pub fn class_addr(&self) -> usize {
        Rc::as_ptr(&*self.cls.borrow()) as usize
    }

    /// `obj.__class__ = cls` (checked by the caller).
    pub fn set_class(&self, class: Rc<PyType>) {
        *self.cls.borrow_mut() = class;
        // Attribute caches may hold this object as a plain class attribute that its new class
        // makes a descriptor, and tuples containing it may keep a hash its old class gave.
        attr_cache::invalidate();
    }

    /// Moves this instance's state into a new instance (for `__del__` after the last
    /// reference went away).
    pub(crate) fn take_state(&mut self) -> PyInstance {
        PyInstance {
            cls: RefCell::new(self.class()),
            dict: self.dict.clone(),
            exc: self.exc.take(),
            native: Cell::new(self.native.take()),
            base: self.base.take(),
            slots: RefCell::new(std::mem::take(self.slots.get_mut())),
        }
    }

    /// The Rust state of type `T`, when this instance carries one.
    pub fn native<T: 'static>(&self) -> Option<Rc<T>> {
        self.native_any()?.downcast::<T>().ok()
    }

    /// The Rust state this instance carries, of whatever type.
    pub fn native_any(&self) -> Option<Rc<dyn std::any::Any>> {
        let state = self.native.take();
        self.native.set(state.clone());
        state
    }

    /// Takes the instance's Rust state away.
    pub fn take_native(&self) -> Option<Rc<dyn std::any::Any>> {
        self.native.take()
    }

    /// Gives the instance its Rust state (replacing any it had).
    pub fn set_native(&self, state: Rc<dyn std::any::Any>) {
        drop(self.native.replace(Some(state)));
    }
}

/// The `__dict__` of a classmethod or staticmethod object: made when first needed, from
/// the attributes of the function it wraps (as CPython copies them when it is made).
#[derive(Default)]
pub struct WrapperDict(pub RefCell<Option<Rc<PyDict>>>);

/// property, classmethod, staticmethod and super.
pub enum PyWrapper {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
        /// The attribute name `__set_name__` gave it, for error messages.
        name: RefCell<Option<Value>>,
    },
    /// The function, and the object's own attributes (`__dict__`).
    ClassMethod(Value, WrapperDict),
    StaticMethod(Value, WrapperDict),
    Super {
        ty: Rc<PyType>,
        obj: Value,
    },
    /// `dict.keys()`, `.values()`, `.items()`.
    DictView {
        dict: Rc<PyDict>,
        kind: dict::ViewKind,
    },
    /// A data attribute of a type implemented in Rust (`type.__name__`, `int.real`).
    GetSet(&'static GetSetDef),
    /// An entry of a class's `__slots__`: the value lives under its name in the instance.
    Member {
        name: Rc<PyStr>,
        /// The name of the class that declared it, for its repr.
        owner: Rc<PyStr>,
        /// Where the value lives in the instance's `slots`.
        index: usize,
        /// The class, once created (`__objclass__`).
        class: RefCell<std::rc::Weak<PyType>>,
    },
    /// `cls.__dict__`: a read-only view of a class's namespace (a `Value::Type`) or of a dict.
    MappingProxy(Value),
}

/// Writes (or, with `None`, deletes) a data attribute implemented in Rust.
pub type SetterFn = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

/// A data attribute implemented in Rust: reads (and, when `set` is given, writes or deletes)
/// the attribute of an object of type `owner`.
pub struct GetSetDef {
    pub name: &'static str,
    pub owner: &'static str,
    pub get: fn(&mut Vm, &Value) -> PyResult<Value>,
    pub set: Option<SetterFn>,
}

/// A generator: a suspended frame.
pub struct PyGenerator {
    pub frame: RefCell<Option<Box<Frame>>>,
    /// `__name__` and `__qualname__`, both assignable.
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub running: Cell<bool>,
    pub kind: GenKind,
    /// The code, kept for `gi_code`/`cr_code` after the frame is gone.
    pub code: Rc<crate::bytecode::Code>,
    /// An async generator's `aclose()` or exhaustion has happened (no more `asend`).
    pub closed: Cell<bool>,
    /// An awaitable of this async generator (`asend`, `athrow`) is in progress.
    pub running_async: Cell<bool>,
    /// The exception being handled where the generator is suspended (inside `except`).
    pub exc_state: RefCell<Option<crate::error::PyErr>>,
    /// An async generator's `sys.set_asyncgen_hooks` finalizer, taken when its first
    /// awaitable was made (`hooks_ready`): called with it when it is dropped unfinished.
    pub finalizer: RefCell<Option<Value>>,
    pub hooks_ready: Cell<bool>,
}

impl PyGenerator {
    /// A generator-like object of `kind` running `frame`.
    pub fn new(frame: Box<Frame>, name: Rc<PyStr>, qualname: Rc<PyStr>, kind: GenKind) -> Self {
        let code = frame.code.clone();
        PyGenerator::with_parts(Some(frame), name, qualname, kind, code)
    }

    fn with_parts(
        frame: Option<Box<Frame>>,
        name: Rc<PyStr>,
        qualname: Rc<PyStr>,
        kind: GenKind,
        code: Rc<crate::bytecode::Code>,
    ) -> Self {
        PyGenerator {
            frame: RefCell::new(frame),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            running: Cell::new(false),
            kind,
            code,
            closed: Cell::new(false),
            running_async: Cell::new(false),
            exc_state: RefCell::new(None),
            finalizer: RefCell::new(None),
            hooks_ready: Cell::new(false),
        }
    }

    /// A new generator object taking over this dying one's state (its clean-up runs later).
    fn revive(&mut self) -> Rc<PyGenerator> {
        let g = PyGenerator::with_parts(
            self.frame.get_mut().take(),
            self.name.get_mut().clone(),
            self.qualname.get_mut().clone(),
            self.kind,
            self.code.clone(),
        );
        *g.exc_state.borrow_mut() = self.exc_state.get_mut().take();
        g.hooks_ready.set(true);
        Rc::new(g)
    }
}

/// What calling a generator-like function made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    pub fn type_name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

/// A built-in iterator's state.
pub struct PyIter {
    pub state: RefCell<iter::IterState>,
}

thread_local! {
    static DROP_QUEUE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Whether dropping `v` would free a container (and so recurse into its items).
fn frees_container(v: &Value) -> bool {
    match v {
        Value::List(r) => Rc::strong_count(r) == 1,
        Value::Tuple(r) => Rc::strong_count(r) == 1,
        Value::Dict(r) => Rc::strong_count(r) == 1,
        Value::Set(r) => Rc::strong_count(r) == 1,
        Value::Instance(r) => Rc::strong_count(r) == 1,
        Value::Cell(r) => Rc::strong_count(r) == 1,
        Value::Function(r) => Rc::strong_count(r) == 1,
        Value::Method(r) => Rc::strong_count(r) == 1,
        Value::Iter(r) => Rc::strong_count(r) == 1,
        Value::Generator(r) => Rc::strong_count(r) == 1,
        Value::Wrapper(r) => Rc::strong_count(r) == 1,
        _ => false,
    }
}

/// Drops the items of a container being freed without recursing on the Rust stack, so a
/// 100 000-deep nest of lists, tuples or objects is freed in a loop, not by deep recursion.
pub(crate) fn defer_drop(values: impl IntoIterator<Item = Value>) {
    // Values that are not queued are dropped after the queue's borrow ends: freeing them
    // may free a container, which comes back here.
    let mut rest = Vec::new();
    let queued = DROP_QUEUE.try_with(|q| {
        let mut q = q.borrow_mut();
        for v in values {
            if frees_container(&v) {
                q.push(v);
            } else {
                rest.push(v);
            }
        }
    });
    drop(rest);
    if queued.is_err() || DRAINING.with(Cell::get) {
        return;
    }
    DRAINING.with(|d| d.set(true));
    while let Some(v) = DROP_QUEUE.with(|q| q.borrow_mut().pop()) {
        drop(v);
    }
    DRAINING.with(|d| d.set(false));
}

// Containers holding no container that would be freed with them drop normally (no
// recursion risk); only the others go through the queue.

impl Drop for PyList {
    fn drop(&mut self) {
        if self.items.get_mut().iter().any(frees_container) {
            defer_drop(std::mem::take(self.items.get_mut()));
        }
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        if self.items.iter().any(frees_container) {
            defer_drop(std::mem::take(&mut self.items).into_vec());
        }
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        let table = self.table.get_mut();
        if !table
            .iter()
            .any(|(k, v)| frees_container(k) || frees_container(v))
        {
            return;
        }
        let mut table = std::mem::take(table);
        let mut items = Vec::with_capacity(table.len() * 2);
        while let Some((k, v)) = table.pop_last() {
            items.push(k);
            items.push(v);
        }
        defer_drop(items);
    }
}

impl Drop for PySet {
    fn drop(&mut self) {
        let table = self.table.get_mut();
        if !table.iter().any(frees_container) {
            return;
        }
        let mut table = std::mem::take(table);
        let mut items = Vec::with_capacity(table.len());
        while let Some(k) = table.pop() {
            items.push(k);
        }
        defer_drop(items);
    }
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        crate::object::finalize::referent_dying(self as *const PyGenerator as usize);
        // An unfinished async generator with a finalizer hook goes to the hook (asyncio
        // schedules its `aclose()`), as CPython's finalization does.
        let finalizer = self.finalizer.get_mut().take();
        if let Some(hook) =
            finalizer.filter(|_| !self.closed.get() && self.frame.get_mut().is_some())
        {
            let revived = self.revive();
            crate::object::finalize::hook_later(hook, revived);
            return;
        }
        // A coroutine that never ran was never awaited: CPython warns.
        let unawaited = self.kind == GenKind::Coroutine
            && !self.closed.get()
            && self.frame.get_mut().as_ref().is_some_and(|f| f.ip == 0);
        if unawaited {
            let revived = self.revive();
            crate::object::finalize::unawaited_later(revived);
            return;
        }
        // A generator suspended inside `try`/`with` is closed, so its clean-up runs.
        let suspended_in_handler = self
            .frame
            .get_mut()
            .as_ref()
            .is_some_and(|f| f.needs_close());
        if suspended_in_handler {
            let revived = self.revive();
            crate::object::finalize::close_later(revived);
            return;
        }
        if let Some(mut frame) = self.frame.get_mut().take() {
            let mut values = std::mem::take(&mut frame.stack);
            values.extend(frame.fast.drain(..).flatten());
            defer_drop(values);
        }
    }
}

impl Drop for PyInstance {
    fn drop(&mut self) {
        let addr = self as *const PyInstance as usize;
        if crate::object::finalize::instance_dying(self, addr) {
            return;
        }
        // Slots and a base value that free no container drop as fields do (the usual
        // instance: a dict and a few numbers), without the queue.
        let nests = self.exc.is_some()
            || self.base.as_ref().is_some_and(frees_container)
            || self.slots.get_mut().iter().flatten().any(frees_container);
        if !nests {
            return;
        }
        let mut values = Vec::new();
        if let Some(exc) = &mut self.exc {
            values.extend(exc.cause.get_mut().take());
            values.extend(exc.context.get_mut().take());
            values.push(std::mem::replace(exc.args.get_mut(), Value::None));
        }
        values.extend(self.base.take());
        values.extend(self.slots.get_mut().drain(..).flatten());
        if !values.is_empty() {
            defer_drop(values);
        }
    }
}

impl Drop for PyWrapper {
    fn drop(&mut self) {
        let values = match self {
            PyWrapper::DictView { dict, .. } => vec![Value::Dict(dict.clone())],
            PyWrapper::Property {
                fget,
                fset,
                fdel,
                doc,
                ..
            } => vec![
                std::mem::replace(fget, Value::None),
                std::mem::replace(fset, Value::None),
                std::mem::replace(fdel, Value::None),
                std::mem::replace(doc, Value::None),
            ],
            PyWrapper::ClassMethod(f, d) | PyWrapper::StaticMethod(f, d) => {
                let mut values = vec![std::mem::replace(f, Value::None)];
                values.extend(d.0.take().map(Value::Dict));
                values
            }
            PyWrapper::Super { obj, .. } => vec![std::mem::replace(obj, Value::None)],
            PyWrapper::MappingProxy(v) => vec![std::mem::replace(v, Value::None)],
            PyWrapper::GetSet(_) | PyWrapper::Member { .. } => return,
        };
        defer_drop(values);
    }
}

impl Drop for PyCell {
    fn drop(&mut self) {
        defer_drop(self.value.get_mut().take());
    }
}
