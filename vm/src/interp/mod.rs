//! The interpreter state (`Vm`) and the dispatch loop: one `loop { match op }`, each arm a
//! line calling into a category file.

mod attr;
mod binary;
mod build;
mod call;
pub(crate) mod classes;
mod compare;
mod coroutine;
mod descr;
mod frame;
mod imports;
mod inline;
mod iter;
mod pattern;
mod protocol;
mod unwind;

use hashbrown::HashMap;
use std::rc::Rc;

pub(crate) use attr::register_subclass_globals;
pub(crate) use binary::float_divmod;
pub use frame::{Frame, GenExit};
pub use imports::{ModuleSource, Registered, LIBRARY_PATH};
pub use iter::GenResult;
pub(crate) use iter::{plain_generator, SinkKind};
pub use protocol::{
    adjust_slice, clamp_slice, digit_limit_message, exceeds_digit_limit, has_python_type,
    int_max_str_digits, set_int_max_str_digits,
};

use crate::bytecode::{BinOp, CmpOp, Op};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::types::{PyDict, PyModule, PyStr, PyType};
use crate::object::Value;

/// How an instruction leaves the loop's control.
pub(crate) enum Flow {
    Next,
    /// Enter a new Python frame.
    Call(Box<Frame>),
    Return(Value),
    Yield(Value),
    Raise(PyErr),
    /// Re-raise keeping the traceback as it is.
    Reraise(PyErr),
}

impl From<PyResult<()>> for Flow {
    #[inline]
    fn from(r: PyResult<()>) -> Flow {
        match r {
            Ok(()) => Flow::Next,
            Err(e) => Flow::Raise(e),
        }
    }
}

/// `collections`' namedtuple field descriptor class, as `Vm::set_tuple_getter` recorded it.
pub(crate) struct TupleGetter {
    pub(crate) class: std::rc::Weak<PyType>,
    /// The class's `__get__` then: the cache is used only while it is still that one.
    pub(crate) get: Value,
    /// The slot of a descriptor instance that holds its item index (`_index`).
    pub(crate) slot: usize,
}

/// How a frame run by `run_frame` ended.
pub enum FrameExit {
    Return(Value),
    /// A generator frame suspended itself.
    Yield(Value, Box<Frame>),
}

/// Where a dispatch loop is: its current frame's code and globals, and the instruction it
/// dispatched last. A loop entered from native code (a property, `__getattr__`, a `__call__`
/// run by a built-in) keeps the interrupted loop's position, so that Python code sees that
/// frame among its callers (`sys._getframe`, warnings, `inspect.stack`).
#[derive(Clone, Default)]
pub(crate) struct LoopPosition {
    pub code: Option<Rc<crate::bytecode::Code>>,
    pub globals: Option<Rc<PyDict>>,
    pub ip: usize,
}

impl LoopPosition {
    fn of(frame: &Frame) -> LoopPosition {
        LoopPosition {
            code: Some(frame.code.clone()),
            globals: Some(frame.globals.clone()),
            ip: frame.ip,
        }
    }
}

/// The namespaces of the frame calling a built-in that reads them (`locals()`, `eval`).
#[derive(Clone)]
pub struct CallerFrame {
    pub globals: Rc<PyDict>,
    /// The local namespace: a module or class body's mapping, or a snapshot of a
    /// function's variables.
    pub locals: Value,
    /// The frame's code and current line (None when called from native code).
    pub position: Option<(Rc<crate::bytecode::Code>, u32)>,
}

/// A module implemented in Rust: called once on first import.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Rc<PyModule>>;

/// The built-in type objects.
pub struct Types {
    pub object: Rc<PyType>,
    pub type_: Rc<PyType>,
    pub none: Rc<PyType>,
    pub not_implemented: Rc<PyType>,
    pub ellipsis: Rc<PyType>,
    pub bool_: Rc<PyType>,
    pub int: Rc<PyType>,
    pub float: Rc<PyType>,
    pub complex: Rc<PyType>,
    pub memoryview: Rc<PyType>,
    /// `weakref.ref` (`weakref.ReferenceType`).
    pub weakref: Rc<PyType>,
    pub str_: Rc<PyType>,
    pub bytes: Rc<PyType>,
    pub bytearray: Rc<PyType>,
    pub list: Rc<PyType>,
    pub tuple: Rc<PyType>,
    pub dict: Rc<PyType>,
    pub set: Rc<PyType>,
    pub frozenset: Rc<PyType>,
    pub range: Rc<PyType>,
    pub slice: Rc<PyType>,
    pub function: Rc<PyType>,
    pub builtin_function: Rc<PyType>,
    pub method: Rc<PyType>,
    /// Built-in methods as found on their type: `list.append`, `int.__add__`.
    pub method_descriptor: Rc<PyType>,
    pub wrapper_descriptor: Rc<PyType>,
    /// A built-in class method as found on its type: `dict.__dict__['fromkeys']`.
    pub classmethod_descriptor: Rc<PyType>,
    /// A bound special method of a built-in value: `(5).__add__`.
    pub method_wrapper: Rc<PyType>,
    pub getset_descriptor: Rc<PyType>,
    pub member_descriptor: Rc<PyType>,
    pub mappingproxy: Rc<PyType>,
    pub module: Rc<PyType>,
    pub generator: Rc<PyType>,
    pub coroutine: Rc<PyType>,
    pub async_generator: Rc<PyType>,
    pub property: Rc<PyType>,
    pub classmethod: Rc<PyType>,
    pub staticmethod: Rc<PyType>,
    pub super_: Rc<PyType>,
    pub code: Rc<PyType>,
    pub cell: Rc<PyType>,
    /// The class of `exc.__traceback__` objects.
    pub traceback: Rc<PyType>,
    /// The class of the frame snapshots `gi_frame`/`cr_frame` return.
    pub frame: Rc<PyType>,
    /// Iterator types by name (list_iterator, range_iterator, ...).
    pub iterators: HashMap<&'static str, Rc<PyType>>,
    /// Built-in exception types, indexed by `ExcKind`.
    pub exceptions: Vec<Rc<PyType>>,
}

/// Steps between two checks of an embedder's memory cap.
const CHECK_EVERY: u64 = 4096;

/// A name `Vm::intern` gave: the address and length of its literal, and the str.
type InternedName = ((usize, usize), Rc<PyStr>);

/// The entries of `Vm::interned_recent`.
const INTERNED_RECENT: usize = 64;

/// The whole interpreter state.
pub struct Vm {
    /// Suspended caller frames of the running dispatch loops.
    #[expect(
        clippy::vec_box,
        reason = "frames move between the loop and this stack by pointer"
    )]
    pub(crate) frames: Vec<Box<Frame>>,
    pub types: Types,
    pub(crate) builtins: Rc<PyDict>,
    /// `sys.modules`.
    pub(crate) modules: Rc<PyDict>,
    /// The modules `stdlib` registered, by name.
    pub(crate) native_modules: imports::Registry,
    /// Unpacks the stored form of a frozen module into `bytecode::marshal` bytes (the library
    /// stores them compressed); `None` when they are stored as they are.
    pub(crate) frozen_decoder: Option<crate::FrozenDecoder>,
    /// Where built-in objects' docstrings come from.
    pub(crate) doc_source: Option<crate::builtins::DocSource>,
    /// The docstring table's two parts (see `DocSource`), once read.
    pub(crate) doc_tables: [Option<crate::builtins::DocTable>; 2],
    /// Modules being executed by an import (for the circular-import message).
    pub(crate) importing: Vec<String>,
    /// The classes of `ModuleSpec` and the loaders.
    pub import_types: imports::ImportTypes,
    pub(crate) recursion_limit: usize,
    /// The highest recursion limit a program may set (an embedder's cap).
    pub(crate) recursion_cap: usize,
    /// Steps left before the next check of the limits (`refuel`): one step is a call of a
    /// Python function or a loop's back edge. `u64::MAX` when no limit is set.
    pub(crate) fuel: u64,
    /// Steps of the embedder's budget not yet handed to `fuel`; `None` without a budget.
    pub(crate) budget: Option<u64>,
    /// The budget as set, for the message of `StepLimitExceeded`.
    pub(crate) budget_set: u64,
    /// Python frames active plus native re-entries.
    pub(crate) depth: usize,
    /// The wasm stack native recursion (re-entry, container repr/compare) is estimated to
    /// use, in bytes, kept within `NATIVE_STACK_BUDGET`.
    pub(crate) native_stack: usize,
    /// Levels of native recursion (container repr and comparison, `__instancecheck__`...)
    /// active, kept below `C_RECURSION_LIMIT` as CPython 3.12 keeps its C recursion.
    pub(crate) native_depth: usize,
    /// The exception being handled (`sys.exc_info()`).
    pub(crate) handling: Option<PyErr>,
    /// Source text of compiled files, for tracebacks.
    pub(crate) sources: crate::traceback::SourceCache,
    /// The standard streams (`sys.__stdin__`, ...), made when first needed (so that an
    /// interpreter built ahead of time has asked nothing of the streams it will get).
    pub(crate) stdin_obj: Value,
    pub(crate) stdout_obj: Value,
    pub(crate) stderr_obj: Value,
    /// `-u`: stdout and stderr are made unbuffered.
    pub(crate) unbuffered: bool,
    /// The `_io` classes.
    pub io: crate::io::IoTypes,
    /// Buffered writers alive, flushed at exit.
    pub(crate) open_writers: Vec<std::rc::Weak<std::cell::RefCell<crate::io::Buffered>>>,
    /// Text writers alive, whose pending text is passed on at exit.
    pub(crate) open_texts: Vec<std::rc::Weak<std::cell::RefCell<crate::io::TextIo>>>,
    pub argv: Vec<String>,
    /// Directories searched for `.py` modules.
    pub path: Vec<String>,
    /// Names interned for attribute look-ups, by the address and length of their literal
    /// (hashing the text on every use costs more than the look-up saves).
    pub(crate) interned: hashbrown::HashMap<(usize, usize), Rc<PyStr>>,
    /// The same, direct-mapped by address in front of the map: the names asked for in a
    /// loop (`__add__`, `__str__`...) are found without hashing.
    interned_recent: Box<[Option<InternedName>]>,
    /// `__new__` and `__init__` interned, and `object`'s own two, for class calls.
    pub(crate) new_name: Rc<PyStr>,
    pub(crate) init_name: Rc<PyStr>,
    pub(crate) object_new: Value,
    pub(crate) object_init: Value,
    /// `collections`' namedtuple field descriptor class (`set_tuple_getter`): reads of a
    /// field through it are cached as the tuple item they give.
    pub(crate) tuple_getter: Option<TupleGetter>,
    /// Finished frames whose allocations are reused by the next calls.
    #[expect(clippy::vec_box, reason = "pooled frames are handed out boxed")]
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Containers whose repr is being built, to print `[...]` for cycles.
    pub(crate) repr_active: Vec<usize>,
    /// Set while a built-in that reads its caller's namespaces runs.
    pub(crate) caller: Option<CallerFrame>,
    /// For `sys._getframe` called from a function: its caller's variables, put in a frame
    /// object's `f_locals` only if Python code reads it (the caller's `locals` is then None).
    pub(crate) caller_slots: Option<crate::traceback::PendingLocals>,
    /// The innermost dispatch loop's position, and for each loop entered from native code
    /// the position of the loop it interrupted with the number of suspended frames then.
    pub(crate) running: LoopPosition,
    pub(crate) interrupted: Vec<(LoopPosition, usize)>,
    /// The source being compiled was a str (or a script file): CPython counts a
    /// SyntaxError's columns in characters then, in bytes for bytes source and imports.
    pub(crate) char_columns: bool,
    /// The globals of the frame calling a metaclass or `__build_class__`: `type.__new__`
    /// takes `__module__` from them.
    pub(crate) call_globals: Option<Rc<PyDict>>,
    /// Set by `AsyncGenWrap`: the yield that follows is an async generator's own value,
    /// not one passing through from an `await`.
    pub(crate) agen_wrapped: bool,
    /// `sys.set_asyncgen_hooks`: (firstiter, finalizer), None when unset.
    asyncgen_hooks: (Value, Value),
    /// Set once the shutdown of `__main__` began.
    pub(crate) finalizing: bool,
    /// The functions of `inline.py`, compiled on first use.
    helpers: Vec<Rc<crate::object::types::PyFunction>>,
    /// A built-in draining a generator without Python code per item (`iter::YieldSink`).
    pub(crate) sink: Option<iter::YieldSink>,
}

/// The part of wasmtime's default 512 KiB wasm stack that native recursion may use before
/// RecursionError; the rest is left to the outermost frames and to raising the error.
pub(crate) const NATIVE_STACK_BUDGET: usize = 470 * 1024;
/// Upper bounds of the wasm stack one level of native recursion costs, measured under
/// wasmtime 48 on the deepest paths found (`tests/programs/recursion_native_paths.py` and
/// `robust_reentry_unbounded.py` run them all): the trap backtrace of a build without the
/// budget gives each path's cycle of functions, `wasmtime compile` output their frames. A
/// Python function called from native code: the worst is `str.format` of an object whose
/// `__str__` formats it (2.18 KB), then `sorted` comparing with a Python `__lt__` (2.02 KB)
/// and `list(filter(f, ...))` (2.0 KB). Built-ins whose callbacks run in the loop
/// (`inline.rs`) cost nothing here.
pub(crate) const PY_CALL_STACK: usize = 2300;
/// A generator resumed from native code: the worst is `dict(genexpr)`, about 1.9 KB.
pub(crate) const RESUME_STACK: usize = 2000;
/// CPython 3.12's limit on C-level recursion (`Py_C_RECURSION_LIMIT`), separate from the
/// recursion limit of Python frames.
pub(crate) const C_RECURSION_LIMIT: usize = 1500;
/// A step of an iterator made by a built-in (`map`, `zip`, `filter`, `enumerate`...) asking
/// its source: about 400 bytes (490 for `enumerate`).
pub(crate) const ITER_STACK: usize = 500;
/// `close()`/`throw()` passed down one level of `yield from`: about 400 bytes.
pub(crate) const DELEGATE_STACK: usize = 420;
/// A list's or tuple's repr or equality going into an item: about 390 bytes.
pub(crate) const CONTAINER_STACK: usize = 430;
/// A dict's or set's comparison, or a list's or tuple's ordering, going into an item:
/// about 720 bytes for dicts, 1.1 KB for frozensets.
pub(crate) const COMPARE_STACK: usize = 1200;

impl Vm {
    pub fn new() -> Vm {
        let types = crate::object::types::typeobj::builtin_types();
        let import_types = imports::ImportTypes::new(&types.object);
        let io = crate::io::io_types(
            &types.object,
            types.exceptions[ExcKind::OSError.index()].clone(),
            types.exceptions[ExcKind::ValueError.index()].clone(),
        );
        let mut vm = Vm {
            frames: Vec::new(),
            types,
            builtins: Rc::new(PyDict::new()),
            modules: Rc::new(PyDict::new()),
            native_modules: HashMap::new(),
            frozen_decoder: None,
            doc_source: None,
            doc_tables: [None, None],
            importing: Vec::new(),
            import_types,
            recursion_limit: 1000,
            recursion_cap: usize::MAX,
            fuel: u64::MAX,
            budget: None,
            budget_set: 0,
            depth: 0,
            native_stack: 0,
            native_depth: 0,
            handling: None,
            argv: Vec::new(),
            path: Vec::new(),
            interned: hashbrown::HashMap::new(),
            interned_recent: vec![None; INTERNED_RECENT].into_boxed_slice(),
            tuple_getter: None,
            new_name: crate::object::types::intern_str("__new__"),
            init_name: crate::object::types::intern_str("__init__"),
            object_new: Value::None,
            object_init: Value::None,
            repr_active: Vec::new(),
            caller: None,
            caller_slots: None,
            running: LoopPosition::default(),
            interrupted: Vec::new(),
            sink: None,
            char_columns: false,
            call_globals: None,
            finalizing: false,
            agen_wrapped: false,
            asyncgen_hooks: (Value::None, Value::None),
            helpers: Vec::new(),
            frame_pool: Vec::new(),
            sources: crate::traceback::SourceCache::default(),
            stdin_obj: Value::None,
            stdout_obj: Value::None,
            stderr_obj: Value::None,
            unbuffered: false,
            io,
            open_writers: Vec::new(),
            open_texts: Vec::new(),
        };
        crate::object::types::typeobj::install_methods(&mut vm);
        crate::object::types::exception::install_os_fields(&mut vm);
        crate::traceback::install_frame_fields(&mut vm);
        crate::io::install_methods(&mut vm);
        vm.register_builtin_module("_io", crate::io::init_module);
        vm.register_builtin_module("builtins", builtins_module);
        imports::install_import_methods(&mut vm);
        crate::builtins::install(&mut vm);
        let object = vm.types.object.clone();
        let own = |name: &str| object.dict.get_str(name).unwrap_or_default();
        (vm.object_new, vm.object_init) = (own("__new__"), own("__init__"));
        crate::object::types::attr_cache::invalidate();
        vm
    }

    /// An interned str for a name used by the runtime itself.
    pub fn intern(&mut self, name: &'static str) -> Rc<PyStr> {
        let key = (name.as_ptr() as usize, name.len());
        let at = (key.0 ^ key.1) % INTERNED_RECENT;
        if let Some((k, s)) = &self.interned_recent[at] {
            if *k == key {
                return s.clone();
            }
        }
        let s = self
            .interned
            .entry(key)
            .or_insert_with(|| crate::object::types::intern_str(name))
            .clone();
        self.interned_recent[at] = Some((key, s.clone()));
        s
    }

    /// Records the class of `collections`' namedtuple field descriptors: an instance of it
    /// keeps its item index in its `_index` slot and its `__get__` returns that item of a
    /// tuple (so a field read through the attribute cache takes the item directly).
    pub fn set_tuple_getter(&mut self, class: &Rc<PyType>) {
        let get = class.dict.get_str("__get__").unwrap_or_default();
        let slot = match class.dict.get_str("_index") {
            Some(Value::Wrapper(w)) => match &*w {
                crate::object::types::PyWrapper::Member { index, .. } => *index,
                _ => return,
            },
            _ => return,
        };
        self.tuple_getter = Some(TupleGetter {
            class: Rc::downgrade(class),
            get,
            slot,
        });
    }

    /// Whether `g` is a namedtuple field descriptor whose class still has the `__get__` it
    /// was recorded with (`set_tuple_getter`).
    pub(crate) fn is_tuple_getter(&mut self, g: &crate::object::types::PyInstance) -> bool {
        let Some(getter) = &self.tuple_getter else {
            return false;
        };
        let Some(class) = getter.class.upgrade() else {
            return false;
        };
        if Rc::as_ptr(&class) as usize != g.class_addr() {
            return false;
        }
        let get = getter.get.clone();
        let name = self.intern("__get__");
        crate::object::types::attr_cache::lookup(&class, &name).is_some_and(|f| f.is(&get))
            && !class.has_flag(crate::object::types::TypeFlags::GETATTRIBUTE)
    }

    pub fn exc_type(&self, kind: ExcKind) -> Rc<PyType> {
        self.types.exceptions[kind.index()].clone()
    }

    /// Runs `frame` until it returns (or, for a generator, yields). Python calls made inside
    /// stay in this loop; only native code calling back into Python nests another one.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<FrameExit> {
        let base = self.frames.len();
        let counts = frame.code.flags.counts_depth();
        if counts {
            self.enter_frame()?;
        }
        let result = self.run_loop(frame, base);
        self.leave_loop();
        if counts {
            self.depth -= 1;
        }
        result
    }

    /// Resumes a suspended frame by raising `err` at the point where it stopped
    /// (`generator.throw`).
    pub fn run_frame_raising(&mut self, frame: Box<Frame>, err: PyErr) -> PyResult<FrameExit> {
        let base = self.frames.len();
        let counts = frame.code.flags.counts_depth();
        if counts {
            self.enter_frame()?;
        }
        let result = match self.unwind(frame, err, base, false) {
            Ok(frame) => {
                let result = self.run_loop(frame, base);
                self.leave_loop();
                result
            }
            Err(e) => Err(e),
        };
        if counts {
            self.depth -= 1;
        }
        result
    }

    fn enter_frame(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.step()?;
        self.depth += 1;
        Ok(())
    }

    /// Spends one step of the limits' fuel (a call or a loop's back edge).
    #[inline(always)]
    pub(crate) fn step(&mut self) -> PyResult<()> {
        self.fuel -= 1;
        if self.fuel == 0 {
            return self.refuel();
        }
        Ok(())
    }

    /// The fuel ran out: checks the memory cap and the step budget, and hands out the next
    /// stretch of steps.
    #[cold]
    #[inline(never)]
    fn refuel(&mut self) -> PyResult<()> {
        if crate::limits::over_cap() {
            self.fuel = CHECK_EVERY;
            return Err(self.memory_error());
        }
        if self.budget == Some(0) {
            // Every later check fails too, until the embedder sets a new budget.
            self.fuel = 1;
            let msg = format!("the step budget of {} steps is spent", self.budget_set);
            return Err(self.new_error(ExcKind::StepLimitExceeded, msg));
        }
        self.hand_out_fuel();
        Ok(())
    }

    /// Moves the next stretch of the budget into `fuel`: all of it, or `CHECK_EVERY` steps
    /// when a memory cap must be checked that often.
    pub(crate) fn hand_out_fuel(&mut self) {
        let stretch = if crate::limits::capped() {
            CHECK_EVERY
        } else {
            u64::MAX
        };
        match self.budget {
            None => self.fuel = stretch,
            Some(0) => self.fuel = 1,
            Some(left) => {
                let take = left.min(stretch);
                self.budget = Some(left - take);
                self.fuel = take;
            }
        }
    }

    /// `s = s + t` or `s += t` with str operands, when the result is stored back in the
    /// local `s` and nothing else refers to its string: `t` is appended in place (CPython
    /// does the same), so building a string in a loop is linear.
    #[inline(never)]
    fn append_to_local(&mut self, frame: &mut Frame) -> bool {
        let Some(next) = frame.code.instrs.get(frame.ip) else {
            return false;
        };
        let slot = next.arg as usize;
        let len = frame.stack.len();
        let same = next.op == Op::StoreFast
            && matches!(
                (&frame.fast[slot], &frame.stack[len - 2]),
                (Some(Value::Str(a)), Value::Str(b)) if Rc::ptr_eq(a, b)
            );
        if !same {
            return false;
        }
        // The local lets go of the string; the store that follows puts the result back.
        let local = frame.fast[slot].take();
        drop(local);
        let [.., Value::Str(left), Value::Str(right)] = &mut frame.stack[..] else {
            return false;
        };
        if let Some(text) = Rc::get_mut(left) {
            text.append(right);
            crate::object::discard_slot(frame.stack.pop());
            return true;
        }
        frame.fast[slot] = Some(frame.stack[len - 2].clone());
        false
    }

    /// A jump to `to`. One back is a loop's back edge (conditional jumps only go forward): a
    /// step, whose error is raised at the jump itself, so its handlers lie ahead and a spent
    /// budget cannot loop through them.
    #[inline(always)]
    fn jump_to(&mut self, frame: &mut Frame, to: usize) -> PyResult<()> {
        if to < frame.ip {
            self.step()?;
        }
        frame.ip = to;
        Ok(())
    }

    /// A dispatch loop returned: the loop it interrupted runs again.
    fn leave_loop(&mut self) {
        if let Some((outer, _)) = self.interrupted.pop() {
            self.running = outer;
        }
    }

    /// The frame the loop now runs (after a call, a return or an exception changed it).
    #[inline(always)]
    fn now_running(&mut self, frame: &Frame) {
        // Often the same module, and for recursion the same code: no count to change then.
        if !matches!(&self.running.code, Some(c) if Rc::ptr_eq(c, &frame.code)) {
            self.running.code = Some(frame.code.clone());
        }
        if !matches!(&self.running.globals, Some(g) if Rc::ptr_eq(g, &frame.globals)) {
            self.running.globals = Some(frame.globals.clone());
        }
    }

    /// `unwind` in the dispatch loop: the frame it lands in (a handler's) runs next.
    fn unwind_running(
        &mut self,
        frame: Box<Frame>,
        err: PyErr,
        base: usize,
        reraise: bool,
    ) -> PyResult<Box<Frame>> {
        let frame = self.unwind(frame, err, base, reraise)?;
        self.now_running(&frame);
        Ok(frame)
    }

    /// `Flow::Yield` in the dispatch loop: the frame that runs next, or how the loop ends.
    #[inline(never)]
    fn yield_out(
        &mut self,
        mut frame: Box<Frame>,
        v: Value,
        base: usize,
    ) -> PyResult<Result<Box<Frame>, FrameExit>> {
        loop {
            if self.frames.len() == base {
                // A built-in draining this generator takes the value, and the
                // generator goes on as if resumed by `next()`.
                let level = self.interrupted.len();
                let v = match self.sink.as_mut().filter(|s| s.level == level) {
                    Some(sink) => match sink.kind.accept(v) {
                        Ok(()) => {
                            frame.stack.push(Value::None);
                            return Ok(Ok(frame));
                        }
                        Err(v) => v,
                    },
                    None => v,
                };
                return Ok(Err(FrameExit::Yield(v, frame)));
            }
            if let Some(g) = frame.generator.take() {
                // A generator resumed in this loop suspends back into its object.
                frame.gen_exit = GenExit::None;
                if frame.code.flags.counts_depth() {
                    self.depth -= 1;
                }
                let mut caller = self.frames.pop().expect("caller frame");
                if !caller.delegating.is_empty() {
                    self.end_delegation(&mut caller.delegating);
                }
                let mut suspended = std::mem::replace(&mut frame, caller);
                self.now_running(&frame);
                g.running.set(false);
                let inside = std::mem::replace(&mut self.handling, suspended.saved_handling.take());
                let own = inside.filter(|e| {
                    !self
                        .handling
                        .as_ref()
                        .is_some_and(|s| Rc::ptr_eq(&s.exc, &e.exc))
                });
                *g.exc_state.borrow_mut() = own;
                *g.frame.borrow_mut() = Some(suspended);
                if yields_through(&frame) {
                    // The caller delegates with `yield from` and is itself a
                    // generator: its `YIELD_VALUE` runs here, without a dispatch.
                    frame.ip += 1;
                    self.running.ip = frame.ip;
                    continue;
                }
                frame.stack.push(v);
                return Ok(Ok(frame));
            }
            let e = self.new_error(ExcKind::SystemError, "yield outside a generator frame");
            return self.unwind_running(frame, e, base, false).map(Ok);
        }
    }

    /// The dispatch loop. The caller pops the position it pushes on `interrupted` when it
    /// returns (`leave_loop`).
    fn run_loop(&mut self, mut frame: Box<Frame>, base: usize) -> PyResult<FrameExit> {
        let outer = std::mem::replace(&mut self.running, LoopPosition::of(&frame));
        self.interrupted.push((outer, base));
        loop {
            let Some(&instr) = frame.code.instrs.get(frame.ip) else {
                return Err(
                    self.new_error(ExcKind::SystemError, "instruction pointer out of range")
                );
            };
            frame.ip += 1;
            self.running.ip = frame.ip;
            let arg = instr.arg;
            let flow = match instr.op {
                Op::Nop => Flow::Next,
                Op::PopTop => {
                    if let Some(v) = frame.stack.pop() {
                        crate::object::discard(v);
                    }
                    frame = self.safe_point_at(frame);
                    continue;
                }
                Op::Copy => {
                    let v = frame.stack[frame.stack.len() - arg as usize].clone();
                    frame.stack.push(v);
                    continue;
                }
                Op::Swap => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - arg as usize);
                    continue;
                }
                Op::LoadConst => {
                    frame.stack.push(frame.code.consts[arg as usize].clone());
                    continue;
                }
                Op::LoadFast => match &frame.fast[arg as usize] {
                    // An int pushed as itself: no clone's switch over every kind of value.
                    Some(Value::Int(i)) => {
                        let i = *i;
                        frame.stack.push(Value::Int(i));
                        continue;
                    }
                    Some(v) => {
                        frame.stack.push(v.clone());
                        continue;
                    }
                    None => Flow::Raise(self.unbound_local(&frame, arg)),
                },
                Op::StoreFast => {
                    let old = std::mem::replace(&mut frame.fast[arg as usize], frame.stack.pop());
                    match old {
                        Some(v) if crate::object::holds_handle(&v) => {
                            drop(v);
                            frame = self.safe_point_at(frame);
                        }
                        other => crate::object::discard_slot(other),
                    }
                    continue;
                }
                Op::DeleteFast => {
                    let flow: Flow = self.delete_fast(&mut frame, arg).into();
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::LoadDeref => self.load_deref(&mut frame, arg).into(),
                Op::StoreDeref => self.store_deref(&mut frame, arg).into(),
                Op::DeleteDeref => self.delete_deref(&mut frame, arg).into(),
                Op::LoadClassDeref => self.load_class_deref(&mut frame, arg).into(),
                Op::LoadLocals => {
                    let ns = match (&frame.locals_map, &frame.locals) {
                        (Some(map), _) => map.clone(),
                        (None, Some(dict)) => Value::Dict(dict.clone()),
                        (None, None) => Value::None,
                    };
                    frame.stack.push(ns);
                    Flow::Next
                }
                Op::LoadFromDictOrGlobals => self.load_from_dict_or_globals(&mut frame, arg).into(),
                Op::MakeCell => self.make_cell(&mut frame, arg).into(),
                Op::LoadClosure => {
                    let v = frame.fast[arg as usize].clone().unwrap_or_default();
                    frame.stack.push(v);
                    Flow::Next
                }
                Op::LoadGlobal => self.load_global(&mut frame, arg).into(),
                Op::StoreGlobal => {
                    let flow: Flow = self.store_global(&mut frame, arg).into();
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::DeleteGlobal => {
                    let flow: Flow = self.delete_global(&mut frame, arg).into();
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::LoadName => self.load_name(&mut frame, arg).into(),
                Op::StoreName => {
                    let flow: Flow = self.store_name(&mut frame, arg).into();
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::DeleteName => {
                    let flow: Flow = self.delete_name(&mut frame, arg).into();
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::LoadAttr => self.load_attr_instr(&mut frame, arg),
                Op::LoadFastAttr => self.load_fast_attr(&mut frame, arg),
                Op::StoreFastAttr => {
                    let flow = self.store_fast_attr(&mut frame, arg);
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::LoadMethod => self.load_method_instr(&mut frame, arg).into(),
                Op::LoadSuperAttr => self.load_super_attr(&mut frame, arg, false).into(),
                Op::LoadSuperMethod => self.load_super_attr(&mut frame, arg, true).into(),
                Op::StoreAttr => {
                    let flow: Flow = self.store_attr_instr(&mut frame, arg).into();
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::DeleteAttr => self.delete_attr_instr(&mut frame, arg).into(),
                Op::BinarySubscr => self.subscr_instr(&mut frame).into(),
                Op::StoreSubscr => {
                    let flow: Flow = self.store_subscr_instr(&mut frame).into();
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::DeleteSubscr => {
                    let flow: Flow = self.delete_subscr_instr(&mut frame).into();
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::BinaryOp | Op::InplaceOp if let Some(r) = scalar_arith(&frame.stack, arg) => {
                    // Two ints or floats: the result replaces them in place.
                    crate::object::discard_slot(frame.stack.pop());
                    if let Some(top) = frame.stack.last_mut() {
                        crate::object::discard(std::mem::replace(top, r));
                    }
                    continue;
                }
                Op::BinaryOp | Op::InplaceOp => {
                    let (op, inplace) = (BinOp::from_arg(arg), instr.op == Op::InplaceOp);
                    let len = frame.stack.len();
                    if op == BinOp::Add
                        && matches!(frame.stack[len - 2], Value::Str(_))
                        && matches!(frame.stack[len - 1], Value::Str(_))
                        && self.append_to_local(&mut frame)
                    {
                        Flow::Next
                    } else if matches!(frame.stack[len - 2], Value::Instance(_))
                        && self.depth >= inline::INLINE_DEPTH
                    {
                        self.binary_in_loop(&mut frame, op, inplace)
                    } else if op == BinOp::Mod {
                        self.mod_instr(&mut frame, inplace)
                    } else {
                        self.binary_instr(&mut frame, op, inplace).into()
                    }
                }
                Op::UnaryNegative | Op::UnaryPositive | Op::UnaryInvert => {
                    self.unary_instr(&mut frame, instr.op).into()
                }
                Op::UnaryNot => self.not_instr(&mut frame).into(),
                Op::Compare if let Some(r) = scalar_compare(&frame.stack, arg) => {
                    // Numbers compared, then usually a conditional jump: taken directly.
                    for _ in 0..2 {
                        if let Some(v) = frame.stack.pop() {
                            crate::object::discard(v);
                        }
                    }
                    match frame.code.instrs.get(frame.ip) {
                        Some(next) if next.op == Op::PopJumpIfFalse => {
                            frame.ip = if r { frame.ip + 1 } else { next.arg as usize };
                        }
                        Some(next) if next.op == Op::PopJumpIfTrue => {
                            frame.ip = if r { next.arg as usize } else { frame.ip + 1 };
                        }
                        _ => frame.stack.push(Value::Bool(r)),
                    }
                    Flow::Next
                }
                Op::Compare => match &frame.stack[frame.stack.len() - 2] {
                    Value::Instance(_) | Value::List(_) | Value::Tuple(_) => {
                        self.compare_in_loop(&mut frame, CmpOp::from_arg(arg))
                    }
                    _ => self.compare_instr(&mut frame, CmpOp::from_arg(arg)).into(),
                },
                Op::IsOp => {
                    let b = frame.stack.pop().unwrap_or_default();
                    let a = frame.stack.pop().unwrap_or_default();
                    // `x is None` most often: a tag compared, no call.
                    let same = match (&a, &b) {
                        (_, Value::None) => matches!(a, Value::None),
                        _ => a.is(&b),
                    };
                    let r = same != (arg == 1);
                    crate::object::discard(a);
                    crate::object::discard(b);
                    // Usually a conditional jump follows: taken directly.
                    match frame.code.instrs.get(frame.ip) {
                        Some(next) if next.op == Op::PopJumpIfFalse => {
                            frame.ip = if r { frame.ip + 1 } else { next.arg as usize };
                        }
                        Some(next) if next.op == Op::PopJumpIfTrue => {
                            frame.ip = if r { next.arg as usize } else { frame.ip + 1 };
                        }
                        _ => frame.stack.push(Value::Bool(r)),
                    }
                    Flow::Next
                }
                Op::ContainsOp => self.contains_instr(&mut frame, arg == 1).into(),
                Op::Jump => match self.jump_to(&mut frame, arg as usize) {
                    // The back edge of a `for` loop runs its `FOR_ITER` without a dispatch.
                    Ok(()) => match frame.code.instrs.get(frame.ip).copied() {
                        Some(next) if next.op == Op::ForIter => {
                            frame.ip += 1;
                            self.running.ip = frame.ip;
                            let flow = self.for_iter_instr(&mut frame, next.arg);
                            if matches!(flow, Flow::Next) {
                                frame = self.safe_point_at(frame);
                            }
                            flow
                        }
                        _ => Flow::Next,
                    },
                    Err(e) => Flow::Raise(e),
                },
                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                    self.pop_jump(&mut frame, instr.op, arg).into()
                }
                Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                    self.jump_or_pop(&mut frame, instr.op, arg).into()
                }
                Op::GetIter => self.get_iter_instr(&mut frame).into(),
                Op::ForIter => {
                    let flow = self.for_iter_instr(&mut frame, arg);
                    if matches!(flow, Flow::Next) {
                        frame = self.safe_point_at(frame);
                    }
                    flow
                }
                Op::BuildTuple => self.build_tuple(&mut frame, arg).into(),
                Op::BuildList => {
                    let items = frame.stack.split_off(frame.stack.len() - arg as usize);
                    frame.stack.push(Value::list(items));
                    Flow::Next
                }
                Op::BuildSet => self.build_set(&mut frame, arg).into(),
                Op::BuildMap => self.build_map(&mut frame, arg).into(),
                Op::BuildString => self.build_string(&mut frame, arg).into(),
                Op::BuildSlice => self.build_slice(&mut frame, arg).into(),
                Op::ListAppend => self.list_append(&mut frame, arg).into(),
                Op::SetAdd => self.set_add_instr(&mut frame, arg).into(),
                Op::MapAdd => self.map_add(&mut frame, arg).into(),
                Op::ListExtend => self.list_extend_instr(&mut frame, arg).into(),
                Op::SetUpdate => self.set_update_instr(&mut frame, arg).into(),
                Op::DictUpdate => self.dict_update_instr(&mut frame, arg, false).into(),
                Op::DictMerge => self.dict_update_instr(&mut frame, arg, true).into(),
                Op::ListToTuple => self.list_to_tuple(&mut frame).into(),
                Op::UnpackSequence => self.unpack_sequence(&mut frame, arg).into(),
                Op::UnpackToFast => self.unpack_to_fast(&mut frame, arg).into(),
                Op::UnpackEx => self.unpack_ex(&mut frame, arg).into(),
                Op::Call => self.call_instr(&mut frame, arg as usize, 0),
                Op::CallMethod => self.call_method_instr(&mut frame, arg as usize),
                Op::CallKw => self.call_kw_instr(&mut frame, arg as usize),
                Op::CallEx => self.call_ex_instr(&mut frame),
                Op::MakeFunction => self.make_function(&mut frame, arg).into(),
                Op::ReturnValue => Flow::Return(frame.stack.pop().unwrap_or_default()),
                Op::YieldValue => Flow::Yield(frame.stack.pop().unwrap_or_default()),
                Op::Raise => self.raise_instr(&mut frame, arg),
                Op::Reraise => self.reraise_instr(&mut frame),
                Op::PushExcInfo => self.push_exc_info(&mut frame).into(),
                Op::PopExcept => {
                    let flow: Flow = self.pop_except(&mut frame).into();
                    frame = self.safe_point_at(frame);
                    flow
                }
                Op::CheckExcMatch => self.check_exc_match(&mut frame).into(),
                Op::LoadAssertionError => {
                    frame
                        .stack
                        .push(Value::Type(self.exc_type(ExcKind::AssertionError)));
                    Flow::Next
                }
                Op::LoadBuildClass => self.load_build_class(&mut frame).into(),
                Op::PrintExpr => self.print_expr(&mut frame).into(),
                Op::ImportName => {
                    let flow;
                    (frame, flow) = self.import_name_instr(frame, arg);
                    flow
                }
                Op::ImportFrom => self.import_from_instr(&mut frame, arg).into(),
                Op::ImportStar => self.import_star_instr(&mut frame).into(),
                Op::FormatValue if arg == 2 => self.format_repr_instr(&mut frame),
                Op::FormatValue => self.format_value(&mut frame, arg).into(),
                Op::BeforeWith => self.before_with(&mut frame, false),
                Op::WithExceptStart => self.with_except_start(&mut frame, arg).into(),
                Op::GetYieldFromIter => self.get_yield_from_iter(&mut frame).into(),
                Op::Send => self.send_instr(&mut frame, arg),
                Op::Insert => {
                    let v = frame.stack.pop().unwrap_or_default();
                    let at = frame.stack.len() - arg as usize;
                    frame.stack.insert(at, v);
                    Flow::Next
                }
                Op::RotUp => {
                    let at = frame.stack.len() - arg as usize;
                    let v = frame.stack.remove(at);
                    frame.stack.push(v);
                    Flow::Next
                }
                Op::MatchSequence => self.match_sequence(&mut frame).into(),
                Op::MatchMapping => self.match_mapping(&mut frame).into(),
                Op::GetLen => self.get_len(&mut frame).into(),
                Op::MatchKeys => self.match_keys(&mut frame).into(),
                Op::DictWithoutKeys => self.dict_without_keys(&mut frame).into(),
                Op::MatchClass => self.match_class(&mut frame, arg).into(),
                Op::ExcStarMatch => self.exc_star_match_instr(&mut frame).into(),
                Op::ExcStarReraise => self.exc_star_reraise_instr(&mut frame).into(),
                Op::GetAwaitable => self.get_awaitable(&mut frame, arg).into(),
                Op::BeforeAsyncWith => self.before_with(&mut frame, true),
                Op::GetAIter => self.get_aiter(&mut frame).into(),
                Op::GetANext => self.get_anext(&mut frame).into(),
                Op::EndAsyncFor => self.end_async_for(&mut frame),
                Op::AsyncGenWrap => {
                    self.agen_wrapped = true;
                    Flow::Next
                }
            };
            match flow {
                Flow::Next => {}
                Flow::Call(mut callee) => {
                    let entered = if callee.code.flags.counts_depth() {
                        self.enter_frame()
                    } else {
                        share_namespace(&frame, &mut callee);
                        Ok(())
                    };
                    if let Err(e) = entered {
                        if let Some(g) = callee.generator.take() {
                            // The generator stays suspended where it was.
                            if callee.ip > 0 {
                                callee.stack.pop();
                            }
                            callee.gen_exit = GenExit::None;
                            g.running.set(false);
                            *g.frame.borrow_mut() = Some(callee);
                        }
                        frame = self.unwind_running(frame, e, base, false)?;
                        continue;
                    }
                    self.frames.push(std::mem::replace(&mut frame, callee));
                    self.now_running(&frame);
                }
                Flow::Return(v) => {
                    if self.frames.len() == base {
                        self.recycle_frame(frame);
                        self.safe_point();
                        return Ok(FrameExit::Return(v));
                    }
                    if frame.code.flags.counts_depth() {
                        self.depth -= 1;
                    }
                    let mut caller = self.frames.pop().expect("caller frame");
                    if !caller.delegating.is_empty() {
                        // The value goes to the generator that delegated to this one.
                        if let Some(delegator) =
                            iter::step_out_of_delegation(&mut caller, &mut frame)
                        {
                            self.frames.push(std::mem::replace(&mut caller, delegator));
                        }
                    }
                    let mut done = std::mem::replace(&mut frame, caller);
                    self.now_running(&frame);
                    let finished = done.generator.take().map(|g| (g, done.gen_exit));
                    if finished.is_some() {
                        self.handling = done.saved_handling.take();
                    }
                    let init = done.gen_exit == GenExit::Init;
                    self.recycle_frame(done);
                    frame = self.safe_point_at(frame);
                    if init {
                        if let Err(e) = self.init_result(&v) {
                            frame = self.unwind_running(frame, e, base, false)?;
                        }
                        continue;
                    }
                    match finished {
                        Some((g, GenExit::ForIter(exit))) => {
                            g.running.set(false);
                            frame.stack.pop();
                            frame.ip = exit as usize;
                        }
                        Some((g, GenExit::Send(exit))) => {
                            g.running.set(false);
                            frame.stack.pop();
                            frame.stack.push(v);
                            frame.ip = exit as usize;
                        }
                        Some((g, GenExit::None | GenExit::Init)) => {
                            g.running.set(false);
                            frame.stack.push(v);
                        }
                        None => frame.stack.push(v),
                    }
                }
                Flow::Yield(v) => match self.yield_out(frame, v, base)? {
                    Ok(running) => frame = running,
                    Err(exit) => return Ok(exit),
                },
                Flow::Raise(e) => frame = self.unwind_running(frame, e, base, false)?,
                Flow::Reraise(e) => frame = self.unwind_running(frame, e, base, true)?,
            }
        }
    }
}

/// Whether `frame` (the caller a generator just yielded to) is in a `yield from` or `await`
/// loop: it sent into that generator and yields what came back next.
#[inline(always)]
fn yields_through(frame: &Frame) -> bool {
    let at = |i: usize| frame.code.instrs.get(i).map(|i| i.op);
    at(frame.ip) == Some(Op::YieldValue) && frame.ip > 0 && at(frame.ip - 1) == Some(Op::Send)
}

/// The `builtins` module: its namespace is the interpreter's built-in namespace itself.
fn builtins_module(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    Ok(vm.builtins_module())
}

impl Vm {
    /// The `builtins` module object.
    pub fn builtins_module(&mut self) -> Rc<PyModule> {
        if let Some(Value::Module(m)) = self.modules.get_str("builtins") {
            return m;
        }
        Rc::new(PyModule::new(
            Rc::new(PyStr::new("builtins")),
            self.builtins.clone(),
        ))
    }

    /// The namespaces of `frame`, for a built-in that reads them.
    pub(crate) fn capture_caller(&mut self, frame: &mut Frame) -> CallerFrame {
        if let Some(c) = self.capture_comprehension(frame) {
            return c;
        }
        let locals = if let Some(map) = &frame.locals_map {
            map.clone()
        } else if let Some(l) = &frame.locals {
            Value::Dict(l.clone())
        } else {
            let d = frame
                .snapshot
                .get_or_insert_with(|| Rc::new(PyDict::new()))
                .clone();
            self.fill_snapshot(&d, &frame.code, &frame.fast);
            Value::Dict(d)
        };
        CallerFrame {
            globals: frame.globals.clone(),
            locals,
            position: Some((frame.code.clone(), frame.line())),
        }
    }

    /// Puts the variables of `slots` (a function frame's, running `code`) in its snapshot
    /// dict `d`: set ones replace theirs, unset ones are removed.
    pub(crate) fn fill_snapshot(
        &mut self,
        d: &Rc<PyDict>,
        code: &crate::bytecode::Code,
        slots: &[Option<Value>],
    ) {
        let vars: Vec<_> = named_slots(code, slots).collect();
        for (name, v) in &vars {
            let key = Value::Str((*name).clone());
            let _ = match v {
                Some(v) => self.dict_set(d, key, v.clone()),
                // An inline comprehension's slot shares its name with a variable of the
                // function: unset, it leaves the other's value in place.
                None if vars
                    .iter()
                    .any(|(n, v)| n.as_str() == name.as_str() && v.is_some()) =>
                {
                    Ok(())
                }
                None => self.dict_remove(d, &key).map(|_| ()),
            };
        }
    }

    /// The namespaces seen from a list, set or dict comprehension, which CPython 3.12 runs
    /// inline in its parent: the parent's locals (the function's own `locals()` dict, or a
    /// copy of a module or class namespace) with the comprehension's variables added.
    fn capture_comprehension(&mut self, frame: &mut Frame) -> Option<CallerFrame> {
        if !frame.code.flags.inlined() {
            return None;
        }
        let mut parent = self.frames.pop()?;
        let nested = parent
            .code
            .consts
            .iter()
            .any(|c| matches!(c, Value::Code(c) if Rc::ptr_eq(c, &frame.code)));
        let namespace = parent.locals.is_some();
        let outer = nested.then(|| self.capture_caller(&mut parent));
        self.frames.push(parent);
        let outer = outer?;
        let Value::Dict(d) = &outer.locals else {
            return None;
        };
        let d = if namespace {
            match crate::object::types::dict::dict_copy_value(d) {
                Value::Dict(copy) => copy,
                _ => return None,
            }
        } else {
            d.clone()
        };
        for (name, v) in frame_variables(frame) {
            if let Some(v) = v {
                let _ = self.dict_set(&d, Value::Str(name.clone()), v);
            }
        }
        Some(CallerFrame {
            globals: outer.globals,
            locals: Value::Dict(d),
            position: Some((frame.code.clone(), frame.line())),
        })
    }

    /// A point where the finalizers of objects freed so far run (as CPython runs `__del__`
    /// the moment the last reference goes), and a due collection.
    #[inline]
    pub(crate) fn safe_point(&mut self) {
        if crate::object::finalize::pending() {
            self.run_finalizers();
        }
    }

    /// `safe_point` in the dispatch loop: the running frame is on the frame stack while the
    /// finalizers run, so they see it as their caller (`sys._getframe`, warnings).
    #[inline(always)]
    fn safe_point_at(&mut self, frame: Box<Frame>) -> Box<Frame> {
        if !crate::object::finalize::pending() {
            return frame;
        }
        self.finalize_above(frame)
    }

    #[cold]
    #[inline(never)]
    fn finalize_above(&mut self, frame: Box<Frame>) -> Box<Frame> {
        let depth = self.frames.len();
        self.frames.push(frame);
        // The frame is among the suspended ones while the finalizers run.
        let running = std::mem::take(&mut self.running);
        self.run_finalizers();
        self.running = running;
        self.frames.truncate(depth + 1);
        match self.frames.pop() {
            Some(frame) => frame,
            None => unreachable!("pushed above"),
        }
    }

    /// Runs the `__del__` methods and weak-reference callbacks of objects that died; an
    /// exception they raise is reported as CPython's "Exception ignored in" and dropped.
    #[cold]
    #[inline(never)]
    pub(crate) fn run_finalizers(&mut self) {
        use crate::object::finalize;
        if crate::object::gc::due() {
            self.collect_due();
        }
        // A finalizer may free more objects: loop until the queue stays empty.
        for _ in 0..1000 {
            let work = finalize::take();
            if work.is_empty() {
                return;
            }
            for f in work {
                self.finalize(f);
            }
        }
    }

    /// Runs one finalizer outside any handled exception; what it raises is reported as
    /// CPython's "Exception ignored in" and dropped.
    pub(crate) fn finalize(&mut self, f: crate::object::finalize::Finalizer) {
        use crate::object::finalize::Finalizer;
        let saved = self.handling.take();
        let (what, r) = match f {
            Finalizer::Del(obj) => {
                let method = self.type_of(&obj).lookup("__del__");
                let r = match &method {
                    Some(m) => self.call_value(m, std::slice::from_ref(&obj), &[]),
                    None => Ok(Value::None),
                };
                (method.unwrap_or_default(), r)
            }
            Finalizer::Callback(cb, weakref) => {
                let r = self.call_value(&cb, &[weakref], &[]);
                (cb, r)
            }
            Finalizer::Close(g) => {
                let r = self.close_generator(&g);
                // Whatever happened, it is not finalized twice.
                drop(g.frame.borrow_mut().take());
                (Value::Generator(g), r)
            }
            Finalizer::Unawaited(g) => {
                // Closed first: freed again after the warning, it says nothing more.
                drop(g.frame.borrow_mut().take());
                g.closed.set(true);
                let msg = format!(
                    "coroutine '{}' was never awaited",
                    g.qualname.borrow().as_str()
                );
                let g = Value::Generator(g);
                let r = self.warn_with_source(ExcKind::RuntimeWarning, &msg, &g);
                (g, r.map(|()| Value::None))
            }
            // The hook (asyncio's) schedules `aclose()`: the generator lives on. A failure
            // is reported against the generator, as CPython's.
            Finalizer::Hook(hook, g) => {
                let g = Value::Generator(g);
                let r = self.call_value(&hook, std::slice::from_ref(&g), &[]);
                (g, r)
            }
        };
        self.handling = saved;
        if let Err(e) = r {
            self.report_unraisable(&what, &e);
        }
    }

    /// At exit, as CPython's shutdown: `__main__`'s names are cleared (those starting with
    /// one underscore first), so the objects only they hold run their `__del__`.
    /// Runs the `atexit` callbacks, when the program imported the module.
    pub(crate) fn run_atexit(&mut self) {
        let Some(Value::Module(m)) = self.modules.get_str("atexit") else {
            return;
        };
        if let Some(run) = m.dict.get_str("_run_exitfuncs") {
            if let Err(e) = self.call_value(&run, &[], &[]) {
                let text = self.format_exception(&e);
                self.flush_std();
                self.write_stderr(&text);
            }
        }
        self.safe_point();
    }

    pub(crate) fn finalize_main(&mut self) {
        self.finalizing = true;
        let Some(Value::Module(main)) = self.modules.get_str("__main__") else {
            return;
        };
        // CPython 3.12 first takes the modules out of `sys.modules` and collects: what only
        // `__main__` kept alive (a suspended generator, an object with `__del__`) is finalized
        // while every global is still bound. What survives has its globals set to None.
        let globals = Rc::downgrade(&main.dict);
        crate::object::gc::track(&Value::Dict(main.dict.clone()));
        drop(main);
        // Pooled frames still name the globals they last ran with.
        self.frame_pool.clear();
        let _ = self.dict_remove(&self.modules.clone(), &Value::str("__main__"));
        self.collect_garbage(2);
        self.run_finalizers();
        let Some(globals) = globals.upgrade() else {
            return;
        };
        let names: Vec<Value> = globals.items().into_iter().map(|(k, _)| k).collect();
        let single_underscore = |k: &Value| matches!(k, Value::Str(s) if s.as_str().starts_with('_') && !s.as_str().starts_with("__"));
        for pass in [true, false] {
            for k in &names {
                if single_underscore(k) != pass {
                    continue;
                }
                if matches!(k, Value::Str(s) if s.as_str() == "__builtins__") {
                    continue;
                }
                let _ = self.dict_set(&globals, k.clone(), Value::None);
                self.safe_point();
            }
        }
        // Then, as CPython's shutdown, a collection finalizes the cycles left behind.
        self.collect_garbage(2);
        self.run_finalizers();
    }

    /// An exception nobody can catch (raised in `__del__`, a callback): handed to
    /// `sys.unraisablehook` when a program replaced it, else reported as CPython's default
    /// hook does.
    pub(crate) fn report_unraisable(&mut self, what: &Value, e: &crate::error::PyErr) {
        if let Some(Value::Module(sys)) = self.modules.get_str("sys") {
            let hook = sys.dict.get_str("unraisablehook");
            let default = sys.dict.get_str("__unraisablehook__");
            let replaced = matches!((&hook, &default), (Some(h), Some(d)) if !h.is(d));
            if let (true, Some(call)) = (replaced, sys.dict.get_str("_unraisable")) {
                let args = [e.value(), Value::None, what.clone()];
                if let Err(failed) = self.call_value(&call, &args, &[]) {
                    let hook = hook.unwrap_or_default();
                    self.write_unraisable(
                        Some("Exception ignored in sys.unraisablehook"),
                        &hook,
                        &failed,
                    );
                }
                return;
            }
        }
        self.write_unraisable(None, what, e);
    }

    /// The default hook's report: `MESSAGE: repr(obj)` (the message alone when `obj` is
    /// None), then the traceback.
    pub fn write_unraisable(&mut self, msg: Option<&str>, obj: &Value, e: &crate::error::PyErr) {
        let msg = msg.unwrap_or("Exception ignored in");
        let head = if obj.is_none() {
            format!("{msg}\n")
        } else {
            let shown = self.repr(obj).unwrap_or_default();
            format!("{msg}: {shown}\n")
        };
        let report = self.format_exception(e);
        let err = self.sys_stream("stderr");
        let _ = self.write_to(&err, &format!("{head}{report}"));
    }

    /// Whether the interpreter is shutting down (`sys.is_finalizing()`).
    pub fn is_finalizing(&self) -> bool {
        self.finalizing
    }

    /// `PrintExpr`: `sys.displayhook(value)`, or print its repr and keep it as `builtins._`.
    #[inline(never)]
    fn print_expr(&mut self, frame: &mut Frame) -> PyResult<()> {
        let v = frame.stack.pop().unwrap_or_default();
        if let Some(Value::Module(sys)) = self.modules.get_str("sys") {
            if let Some(hook) = sys.dict.get_str("displayhook") {
                self.call_value(&hook, &[v], &[])?;
                return Ok(());
            }
        }
        if v.is_none() {
            return Ok(());
        }
        self.dict_set(&self.builtins.clone(), Value::str("_"), v.clone())?;
        let text = self.repr(&v)?;
        let out = self.sys_stream("stdout");
        self.write_to(&out, &format!("{text}\n"))
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// A frame's named variables (not the compiler's hidden `.` slots) with their values: a
/// cell's content for cells, None when unbound.
fn frame_variables(frame: &Frame) -> impl Iterator<Item = (&Rc<PyStr>, Option<Value>)> {
    named_slots(&frame.code, &frame.fast)
}

/// [`frame_variables`] of `slots`, the variables of a frame running `code`.
pub(crate) fn named_slots<'a>(
    code: &'a crate::bytecode::Code,
    slots: &'a [Option<Value>],
) -> impl Iterator<Item = (&'a Rc<PyStr>, Option<Value>)> {
    code.slot_names
        .iter()
        .zip(slots)
        .filter(|(name, _)| !name.as_str().starts_with('.'))
        .map(|(name, slot)| {
            let v = match slot {
                Some(Value::Cell(c)) => c.value.borrow().clone(),
                Some(v) => Some(v.clone()),
                None => None,
            };
            (name, v)
        })
}

/// `a + b`, `a - b` or `a * b` for two ints (without overflow) or two floats, the two top
/// stack values; `a / b` for two floats. None for anything else.
#[inline(always)]
fn scalar_arith(stack: &[Value], arg: u32) -> Option<Value> {
    let [a, b] = stack.get(stack.len().wrapping_sub(2)..)? else {
        return None;
    };
    let op = BinOp::from_arg(arg);
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(*y),
            BinOp::Sub => x.checked_sub(*y),
            BinOp::Mul => x.checked_mul(*y),
            _ => None,
        }
        .map(Value::Int),
        (Value::Float(x), Value::Float(y)) => match op {
            BinOp::Add => Some(x + y),
            BinOp::Sub => Some(x - y),
            BinOp::Mul => Some(x * y),
            BinOp::TrueDiv if *y != 0.0 => Some(x / y),
            _ => None,
        }
        .map(Value::Float),
        _ => None,
    }
}

/// `a op b` for two ints or two floats (the two top stack values), without the general
/// comparison.
#[inline(always)]
fn scalar_compare(stack: &[Value], arg: u32) -> Option<bool> {
    let [a, b] = stack.get(stack.len().wrapping_sub(2)..)? else {
        return None;
    };
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.partial_cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        _ => return None,
    };
    let op = CmpOp::from_arg(arg);
    Some(match ord {
        Some(o) => match op {
            CmpOp::Lt => o.is_lt(),
            CmpOp::Le => o.is_le(),
            CmpOp::Eq => o.is_eq(),
            CmpOp::Ne => o.is_ne(),
            CmpOp::Gt => o.is_gt(),
            CmpOp::Ge => o.is_ge(),
        },
        // A NaN: only != holds.
        None => op == CmpOp::Ne,
    })
}

/// An inlined comprehension sees the namespace of the code that runs it (`exec` with
/// separate locals). Out of the loop: only comprehensions and hidden code come here.
#[inline(never)]
fn share_namespace(caller: &Frame, callee: &mut Frame) {
    if callee.code.flags.inlined() && caller.locals.is_some() {
        callee.locals = caller.locals.clone();
        callee.locals_map = caller.locals_map.clone();
    }
}
