//! pyrs-vm: a Python 3.12 interpreter core. The public API is `Interpreter` (run a file, exec
//! a string, eval an expression), `Value`, `PyErr`, and what native modules need to define
//! functions.

pub mod builtins;
pub mod bytecode;
pub mod codecs;
pub mod compile;
pub mod error;
pub mod interp;
pub mod io;
pub mod limits;
pub mod object;
pub mod pool;
pub mod source;
mod suggest;
mod traceback;

use std::rc::Rc;

pub use error::{ExcKind, PyErr, PyResult};
pub use interp::{ModuleInit, Vm, LIBRARY_PATH};
pub use object::types::{Args, NativeFn, PyDict, PyModule, PyStr};
pub use object::Value;
pub use suggest::HintStyle;
pub use traceback::caret_row;

/// Turns a frozen module's stored bytes into `bytecode::marshal` bytes.
pub type FrozenDecoder = fn(&[u8]) -> Result<Vec<u8>, String>;

use interp::{Frame, FrameExit};

impl Vm {
    /// A SyntaxError (or IndentationError) instance carrying CPython's location attributes.
    pub fn syntax_error(
        &mut self,
        indentation: bool,
        msg: &str,
        filename: &str,
        line: u32,
        offset: u32,
        text: &str,
    ) -> PyErr {
        let kind = if indentation && msg.starts_with("inconsistent use of tabs") {
            ExcKind::TabError
        } else if indentation {
            ExcKind::IndentationError
        } else {
            ExcKind::SyntaxError
        };
        let err = self.new_error(kind, msg.to_string());
        let d = &err.exc.dict;
        let _ = self.dict_set(d, Value::str("msg"), Value::str(msg));
        let _ = self.dict_set(d, Value::str("filename"), Value::str(filename));
        let _ = self.dict_set(d, Value::str("lineno"), Value::Int(i64::from(line)));
        let _ = self.dict_set(d, Value::str("offset"), Value::Int(i64::from(offset)));
        // Only the start known: the error covers one character.
        let (end_line, end_offset) = if line == 0 {
            (Value::None, Value::None)
        } else {
            (Value::Int(i64::from(line)), Value::Int(i64::from(offset)))
        };
        let _ = self.dict_set(d, Value::str("end_lineno"), end_line);
        let _ = self.dict_set(d, Value::str("end_offset"), end_offset);
        let _ = self.dict_set(
            d,
            Value::str("text"),
            if text.is_empty() && line == 0 {
                Value::None
            } else {
                Value::str(text)
            },
        );
        crate::object::types::exception::syntax_args_from_fields(&err.exc);
        err
    }

    /// Decodes, checks and compiles source bytes into a module code object.
    pub fn compile_bytes(&mut self, bytes: &[u8], filename: &str) -> PyResult<Rc<bytecode::Code>> {
        let text = source::decode_source(bytes, filename)
            .map_err(|e| self.source_error(&e, filename, ""))?;
        self.compile_text(&text, filename)
    }

    fn source_error(&mut self, e: &source::SourceError, filename: &str, text: &str) -> PyErr {
        let indentation = e.kind == source::SourceErrorKind::IndentationError;
        let line_text = compile::source_line(text, e.lineno as u32);
        self.syntax_error(
            indentation,
            &e.msg,
            filename,
            e.lineno as u32,
            e.offset as u32,
            &line_text,
        )
    }

    /// Compiles decoded source text.
    pub fn compile_text(&mut self, text: &str, filename: &str) -> PyResult<Rc<bytecode::Code>> {
        self.compile_text_mode(text, filename, compile::Mode::Exec)
    }

    /// Compiles source text in a `compile()` mode.
    pub fn compile_text_mode(
        &mut self,
        text: &str,
        filename: &str,
        mode: compile::Mode,
    ) -> PyResult<Rc<bytecode::Code>> {
        self.compile_text_flags(text, filename, mode, 0, true)
    }

    /// `compile_text_mode` with `compile()`'s flags (the future features it honours);
    /// `from_file`: the text is the file's (else, as for `compile()` of a string, a
    /// traceback shows its lines only if a file of that name exists).
    pub fn compile_text_flags(
        &mut self,
        text: &str,
        filename: &str,
        mode: compile::Mode,
        flags: u32,
        from_file: bool,
    ) -> PyResult<Rc<bytecode::Code>> {
        // CPython finds the lines of a traceback in the file: a pseudo-file such as
        // `<string>` shows none (unless `linecache` has it, for the `traceback` module).
        let pseudo = filename.starts_with('<') && filename.ends_with('>');
        if !pseudo && (from_file || pyrs_wasi_sys::is_file(filename)) {
            self.sources.insert(filename, text);
        } else {
            self.sources.insert_pseudo(filename, text);
        }
        source::check_nesting(text).map_err(|e| self.source_error(&e, filename, text))?;
        match compile::compile_source_flags(text, filename, mode, flags) {
            Ok(code) => {
                for (line, msg) in compile::take_warnings() {
                    self.syntax_warning(filename, line, &msg)?;
                }
                Ok(Rc::new(code))
            }
            Err(e) => Err(self.compile_error(e, filename)),
        }
    }

    /// `compile(..., PyCF_ONLY_AST)`: the parse tree of `text` as nested tuples (see
    /// `compile::pyast`), with the SyntaxErrors and warnings CPython's parser gives.
    pub fn parse_text_ast(
        &mut self,
        text: &str,
        filename: &str,
        mode: compile::Mode,
    ) -> PyResult<Value> {
        self.sources.insert_pseudo(filename, text);
        source::check_nesting(text).map_err(|e| self.source_error(&e, filename, text))?;
        match compile::pyast::ast_tree(text, mode) {
            Ok(tree) => {
                for (line, msg) in compile::take_warnings() {
                    self.syntax_warning(filename, line, &msg)?;
                }
                Ok(tree)
            }
            Err(e) => Err(self.compile_error(e, filename)),
        }
    }

    /// `compile(..., 'func_type', PyCF_ONLY_AST)`: a signature type comment's tree.
    pub fn parse_func_type_ast(&mut self, text: &str, filename: &str) -> PyResult<Value> {
        self.sources.insert_pseudo(filename, text);
        compile::pyast::func_type_tree(text).map_err(|e| self.compile_error(e, filename))
    }

    /// A compile error as the exception CPython raises: SyntaxError (or IndentationError)
    /// with its fields, or MemoryError/RecursionError for source nested too deep.
    pub(crate) fn compile_error(&mut self, e: compile::CompileError, filename: &str) -> PyErr {
        if e.too_complex {
            let kind = if e.msg.starts_with("maximum recursion") {
                ExcKind::RecursionError
            } else {
                ExcKind::MemoryError
            };
            return self.new_error(kind, e.msg);
        }
        let mut e = e;
        // The parser's errors count characters in str source; the compiler's (found
        // late, and a repeated keyword) count bytes; an unmatched bracket always counts
        // characters (the tokenizer reports it).
        let chars =
            (self.char_columns && !e.late && !e.msg.starts_with("keyword argument repeated"))
                || e.msg.starts_with("unmatched '");
        char_columns(&mut e, chars);
        let err = self.syntax_error(e.indentation, &e.msg, filename, e.line, e.column, &e.text);
        if e.late {
            // As CPython: the line as the file on disk has it, if there is one.
            let text = pyrs_wasi_sys::read_file(filename)
                .ok()
                .and_then(|bytes| {
                    let all = String::from_utf8_lossy(&bytes).into_owned();
                    all.lines()
                        .nth(e.line.saturating_sub(1) as usize)
                        .map(str::to_string)
                })
                .map_or(Value::None, |line| Value::string(format!("{line}\n")));
            let _ = self.dict_set(&err.exc.dict, Value::str("text"), text);
        }
        if e.line == 0 {
            // An empty expression: CPython places the error at line 0 with empty text.
            let d = &err.exc.dict;
            let _ = self.dict_set(d, Value::str("text"), Value::str(""));
            let _ = self.dict_set(d, Value::str("end_lineno"), Value::Int(0));
            let _ = self.dict_set(d, Value::str("end_offset"), Value::Int(0));
        }
        if e.end_line != 0 || e.end_column != 0 {
            let d = &err.exc.dict;
            let _ = self.dict_set(d, Value::str("end_lineno"), Value::Int(e.end_line.into()));
            let end = match e.end_column {
                compile::UNKNOWN_COLUMN => Value::None,
                c => Value::Int(c.into()),
            };
            let _ = self.dict_set(d, Value::str("end_offset"), end);
        }
        if e.msg == "unexpected indent" || e.msg.starts_with("unindent does not match") {
            // CPython's tokenizer gives these no end; a bad unindent is placed just
            // after the line.
            let d = &err.exc.dict;
            let _ = self.dict_set(d, Value::str("end_offset"), Value::Int(-1));
            if e.msg.starts_with("unindent") {
                let width = e.text.trim_end_matches('\n').chars().count() as i64;
                let _ = self.dict_set(d, Value::str("offset"), Value::Int(width + 1));
            }
        }
        crate::object::types::exception::syntax_args_from_fields(&err.exc);
        err
    }

    /// Issues a compiler's SyntaxWarning through `warnings.warn_explicit` (shown on stderr
    /// once per place by the default filters).
    #[cold]
    fn syntax_warning(&mut self, filename: &str, line: u32, msg: &str) -> PyResult<()> {
        let Ok(warnings) = self.import_module("warnings") else {
            return Ok(());
        };
        let name = self.intern("warn_explicit");
        let warn = self.getattr(&warnings, &name)?;
        let category = Value::Type(self.exc_type(ExcKind::SyntaxWarning));
        let args = [
            Value::str(msg),
            category,
            Value::str(filename),
            Value::Int(i64::from(line)),
        ];
        self.call_value(&warn, &args, &[])?;
        Ok(())
    }

    /// `warnings.warn(msg, category)` from native code: the warning is attributed to the
    /// Python code running now (the default filters show a DeprecationWarning only when
    /// that is `__main__`).
    #[cold]
    pub fn warn(&mut self, category: ExcKind, msg: &str) -> PyResult<()> {
        self.warn_with(category, msg, &[])
    }

    /// `warnings.warn(msg, category, source=source)`: a warning about the object `source`
    /// (the report suggests tracemalloc to find where it was made).
    pub fn warn_with_source(
        &mut self,
        category: ExcKind,
        msg: &str,
        source: &Value,
    ) -> PyResult<()> {
        let kw = [(self.intern("source"), source.clone())];
        self.warn_with(category, msg, &kw)
    }

    /// `warnings.warn(msg, category, **kw)`.
    fn warn_with(
        &mut self,
        category: ExcKind,
        msg: &str,
        kw: &[(Rc<PyStr>, Value)],
    ) -> PyResult<()> {
        let warnings = self.import_module("warnings")?;
        let name = self.intern("warn");
        let warn = self.getattr(&warnings, &name)?;
        let category = Value::Type(self.exc_type(category));
        self.call_value(&warn, &[Value::str(msg), category], kw)?;
        Ok(())
    }

    /// Runs a module code object with `globals` as its namespace.
    pub fn run_module_code(
        &mut self,
        code: Rc<bytecode::Code>,
        globals: Rc<PyDict>,
    ) -> PyResult<Value> {
        let frame = Frame::new(code, globals.clone(), Some(globals));
        match self.run_frame(Box::new(frame))? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(..) => Err(self.new_error(ExcKind::SystemError, "module yielded")),
        }
    }

    /// Reads, compiles and runs the file at `path` in `globals`.
    pub fn run_path_in(&mut self, path: &str, globals: Rc<PyDict>) -> PyResult<()> {
        let bytes =
            pyrs_wasi_sys::read_file(path).map_err(|e| self.os_error_path(e, &Value::str(path)))?;
        let code = self.compile_bytes(&bytes, path)?;
        self.run_module_code(code, globals)?;
        Ok(())
    }

    /// Runs `compile` with SyntaxError columns counted in characters (a str source).
    pub fn with_char_columns<T>(&mut self, compile: impl FnOnce(&mut Vm) -> T) -> T {
        let saved = std::mem::replace(&mut self.char_columns, true);
        let result = compile(self);
        self.char_columns = saved;
        result
    }

    /// A code object as bytes in pyrs's own format (`bytecode::marshal`, not CPython's):
    /// None when `v` is no code object, an error for a constant the format cannot hold.
    pub fn code_to_bytes(v: &Value) -> Option<Result<Vec<u8>, String>> {
        let Value::Code(code) = v else { return None };
        let mut out = Vec::new();
        Some(bytecode::marshal::dump(code, &mut out).map(|()| out))
    }

    /// The code object `code_to_bytes` wrote, each code object in it named as from `filename`.
    /// The bytes may come from anywhere, so the code is checked (`bytecode::verify`) before
    /// it can run.
    pub fn code_from_bytes(bytes: &[u8], filename: &str) -> Result<Value, String> {
        let mut code = bytecode::marshal::load(bytes, filename)?;
        bytecode::verify::verify(&mut code)?;
        Ok(Value::Code(Rc::new(code)))
    }

    /// Runs the module `name` compiled at build time (`bytecode::marshal`) in `globals`.
    pub fn run_frozen_in(&mut self, code: &[u8], name: &str, globals: Rc<PyDict>) -> PyResult<()> {
        let filename = format!("<frozen {name}>");
        let unpacked = self.frozen_decoder.map(|decode| decode(code));
        let code = match unpacked {
            Some(Ok(bytes)) => bytecode::marshal::load(&bytes, &filename),
            Some(Err(e)) => Err(e),
            None => bytecode::marshal::load(code, &filename),
        }
        .map_err(|e| self.new_error(ExcKind::SystemError, format!("frozen module {name}: {e}")))?;
        self.run_module_code(Rc::new(code), globals)?;
        Ok(())
    }

    /// How frozen modules' stored bytes become `bytecode::marshal` bytes (see
    /// `register_frozen_module`), for a library that stores them compressed.
    pub fn set_frozen_decoder(&mut self, decode: FrozenDecoder) {
        self.frozen_decoder = Some(decode);
    }

    /// Where the docstrings of built-in functions, types and methods come from (the library
    /// embeds the table).
    pub fn set_doc_source(&mut self, source: builtins::DocSource) {
        self.doc_source = Some(source);
    }

    /// `sys.modules`.
    pub fn modules_dict(&self) -> Rc<PyDict> {
        self.modules.clone()
    }

    /// The namespace of `__main__`, created on first use.
    pub fn main_globals(&mut self) -> Rc<PyDict> {
        if let Some(Value::Module(m)) = self.dict_get_str(&self.modules.clone(), "__main__") {
            return m.dict.clone();
        }
        let globals = Rc::new(PyDict::new());
        let _ = self.dict_set(&globals, Value::str("__name__"), Value::str("__main__"));
        for name in ["__doc__", "__package__", "__spec__"] {
            let _ = self.dict_set(&globals, Value::str(name), Value::None);
        }
        // As CPython: code given as a string is loaded by the built-in importer, and
        // `__main__` sees the builtins module itself.
        let loader = Value::Type(self.import_types.builtin_importer.clone());
        let _ = self.dict_set(&globals, Value::str("__loader__"), loader);
        let builtins = self
            .import_absolute("builtins")
            .unwrap_or_else(|_| Value::Dict(self.builtins.clone()));
        let _ = self.dict_set(&globals, Value::str("__builtins__"), builtins);
        let module = Rc::new(PyModule::new(
            Rc::new(PyStr::new("__main__")),
            globals.clone(),
        ));
        let modules = self.modules.clone();
        let _ = self.dict_set(&modules, Value::str("__main__"), Value::Module(module));
        globals
    }

    /// Creates a module object for a native module.
    pub fn new_module(&mut self, name: &str) -> Rc<PyModule> {
        let dict = Rc::new(PyDict::new());
        let _ = self.dict_set(&dict, Value::str("__name__"), Value::str(name));
        Rc::new(PyModule::new(Rc::new(PyStr::new(name)), dict))
    }

    /// Adds a native function to a module.
    pub fn add_function(&mut self, module: &PyModule, name: &'static str, func: NativeFn) {
        let f = object::types::builtin_fn::builtin(name, func);
        let _ = self.dict_set(&module.dict, Value::str(name), f);
    }

    /// Adds a native method to a module: stored in a class (`__getitem__ = _m.__getitem__`)
    /// it binds to the instance as the methods of built-in types do; `owner` names the type
    /// in its repr.
    pub fn add_method(
        &mut self,
        module: &PyModule,
        name: &'static str,
        owner: &'static str,
        func: NativeFn,
    ) {
        let f = Value::Builtin(Rc::new(object::types::PyBuiltin {
            name,
            func,
            owner: Some(owner),
            kind: object::types::TypeKind::Object,
            role: object::types::Role::Plain,
        }));
        let _ = self.dict_set(&module.dict, Value::str(name), f);
    }

    /// Adds a built-in function that reads the calling frame (`sys._getframe`).
    pub fn add_frame_function(&mut self, module: &PyModule, name: &'static str, func: NativeFn) {
        let f = Value::Builtin(Rc::new(object::types::PyBuiltin {
            name,
            func,
            owner: None,
            kind: object::types::TypeKind::Object,
            role: object::types::Role::ReadsFrame,
        }));
        let _ = self.dict_set(&module.dict, Value::str(name), f);
    }

    /// The `_functools` module: `reduce` (its calls run the function in the dispatch loop).
    pub fn functools_module(&mut self) -> Rc<PyModule> {
        let m = self.new_module("_functools");
        let reduce = Value::Builtin(Rc::new(object::types::PyBuiltin {
            name: "reduce",
            func: builtins::functions::reduce,
            owner: None,
            kind: object::types::TypeKind::Object,
            role: object::types::Role::CallsBack(object::types::Callback::Reduce),
        }));
        self.set_attr(&m, "reduce", reduce);
        m
    }

    /// The `_weakref` module: `ref`, `getweakrefcount`, `getweakrefs`.
    pub fn weakref_module(&mut self) -> Rc<PyModule> {
        let m = self.new_module("_weakref");
        let r = Value::Type(self.types.weakref.clone());
        self.set_attr(&m, "ref", r.clone());
        self.set_attr(&m, "ReferenceType", r);
        self.add_function(
            &m,
            "getweakrefcount",
            object::types::weakref::getweakrefcount,
        );
        self.add_function(&m, "getweakrefs", object::types::weakref::getweakrefs);
        m
    }

    /// Sets a module attribute.
    pub fn set_attr(&mut self, module: &PyModule, name: &str, value: Value) {
        let _ = self.dict_set(&module.dict, Value::str(name), value);
    }

    /// Sets the step budget of what runs next (`None`: no budget). A step is a call of a
    /// Python function, a loop's back edge, or an item native code takes from an iterator;
    /// when the budget is spent, every later step
    /// raises `StepLimitExceeded` (a `BaseException`) until a new budget is set.
    pub fn set_step_budget(&mut self, steps: Option<u64>) {
        self.budget_set = steps.unwrap_or(0);
        self.budget = steps;
        // The memory cap is first checked a stretch of steps in, so code that frees memory
        // (`big = None`) can run in a session that went over its cap.
        self.hand_out_fuel();
    }

    /// Caps the recursion limit a program may set with `sys.setrecursionlimit`, and lowers
    /// the current one to it.
    pub fn set_recursion_cap(&mut self, cap: usize) {
        self.recursion_cap = cap.max(1);
        self.recursion_limit = self.recursion_limit.min(self.recursion_cap);
    }

    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit
    }

    /// Sets the recursion limit; CPython refuses values below the current depth.
    pub fn set_recursion_limit(&mut self, limit: i64) -> PyResult<()> {
        if limit < 1 {
            return Err(self.value_error("recursion limit must be greater or equal than 1"));
        }
        let limit = usize::try_from(limit)
            .unwrap_or(usize::MAX)
            .min(self.recursion_cap);
        if limit <= self.depth {
            return Err(self.new_error(
                ExcKind::RecursionError,
                format!(
                    "cannot set the recursion limit to {limit} at the recursion depth {}: the limit is too low",
                    self.depth
                ),
            ));
        }
        self.recursion_limit = limit;
        Ok(())
    }

    /// The standard stream objects (`sys.stdin`, `sys.stdout`, `sys.stderr`).
    pub fn std_streams(&mut self) -> (Value, Value, Value) {
        self.open_std_streams();
        (
            self.stdin_obj.clone(),
            self.stdout_obj.clone(),
            self.stderr_obj.clone(),
        )
    }

    /// Makes the standard stream objects the first time they are needed.
    pub(crate) fn open_std_streams(&mut self) {
        if !self.stdout_obj.is_none() {
            return;
        }
        let unbuffered = self.unbuffered;
        self.stdin_obj = crate::io::std_stream(self, 0, false);
        self.stdout_obj = crate::io::std_stream(self, 1, unbuffered);
        self.stderr_obj = crate::io::std_stream(self, 2, unbuffered);
    }

    /// Makes `sys.stdout` and `sys.stderr` unbuffered (`-u`); call before `sys` is imported.
    pub fn set_unbuffered(&mut self) {
        self.unbuffered = true;
        if !self.stdout_obj.is_none() {
            self.stdout_obj = crate::io::std_stream(self, 1, true);
            self.stderr_obj = crate::io::std_stream(self, 2, true);
        }
    }

    /// Writes text to `sys.stderr` (to file descriptor 2 when that fails), flushed.
    pub fn write_stderr(&mut self, text: &str) {
        let stderr = self.sys_stream("stderr");
        if stderr.is_none() {
            return;
        }
        if self.write_to(&stderr, text).is_err() || self.flush_file(&stderr).is_err() {
            let _ = pyrs_wasi_sys::write_all(pyrs_wasi_sys::STDERR, text.as_bytes());
        }
    }

    /// The exception being handled, for `sys.exc_info()`.
    pub fn handled_exception(&self) -> Option<PyErr> {
        self.handling.clone()
    }
}

/// An interpreter: the embedding surface used by the CLI and the component.
pub struct Interpreter {
    pub vm: Vm,
}

impl Interpreter {
    pub fn new() -> Interpreter {
        Interpreter { vm: Vm::new() }
    }

    /// Runs a script file as `__main__`.
    pub fn run_file(&mut self, path: &str) -> PyResult<()> {
        let globals = self.vm.main_globals();
        let vm = &mut self.vm;
        let _ = vm.dict_set(&globals, Value::str("__file__"), Value::str(path));
        let loader_class = Value::Type(vm.import_types.source_loader.clone());
        let loader = vm.call_value(
            &loader_class,
            &[Value::str("__main__"), Value::str(path)],
            &[],
        )?;
        let _ = vm.dict_set(&globals, Value::str("__loader__"), loader);
        let bytes =
            pyrs_wasi_sys::read_file(path).map_err(|e| vm.os_error_path(e, &Value::str(path)))?;
        // The script's tokenizer decodes the file: columns are counted in characters.
        let code = vm.with_char_columns(|vm| vm.compile_bytes(&bytes, path))?;
        vm.run_module_code(code, globals)?;
        Ok(())
    }

    /// Runs source text as `__main__`.
    pub fn exec(&mut self, source: &str, filename: &str) -> PyResult<()> {
        let code = self
            .vm
            .with_char_columns(|vm| vm.compile_text(source, filename))?;
        let globals = self.vm.main_globals();
        self.vm.run_module_code(code, globals)?;
        Ok(())
    }

    /// Evaluates an expression in `__main__`'s namespace.
    pub fn eval(&mut self, expr: &str) -> PyResult<Value> {
        let code = self
            .vm
            .compile_text_mode(expr, "<string>", compile::Mode::Eval)?;
        let globals = self.vm.main_globals();
        self.vm.run_module_code(code, globals)
    }

    /// Handles an uncaught exception like CPython's top level: prints it (or SystemExit's
    /// message) to stderr and returns the exit status.
    pub fn report(&mut self, err: &PyErr) -> i32 {
        let vm = &mut self.vm;
        if vm.err_matches(err, ExcKind::SystemExit) {
            // The `code` attribute, which a program may have replaced.
            let name = vm.intern("code");
            let code = vm.getattr(&err.value(), &name).unwrap_or(Value::None);
            // An int subclass (an `IntEnum` member) is its int.
            let code = match code {
                Value::Instance(i) if matches!(&i.base, Some(Value::Int(_) | Value::BigInt(_))) => {
                    i.base.clone().unwrap_or_default()
                }
                other => other,
            };
            return match code {
                Value::None => 0,
                Value::Int(i) => i.rem_euclid(256) as i32,
                Value::Bool(b) => i32::from(b),
                Value::BigInt(_) => {
                    // CPython's C long conversion fails: it reports that and exits with -1.
                    vm.flush_std();
                    vm.write_stderr("OverflowError: Python int too large to convert to C long\n");
                    255
                }
                other => {
                    let text = vm.to_str(&other).unwrap_or_default();
                    vm.flush_std();
                    vm.write_stderr(&format!("{text}\n"));
                    1
                }
            };
        }
        // A program's own `sys.excepthook` reports the exception instead.
        if let Some(Value::Module(sys)) = vm.modules.get_str("sys") {
            let original = sys.dict.get_str("__excepthook__");
            match sys.dict.get_str("excepthook") {
                Some(hook) if !original.is_some_and(|o| o.is(&hook)) => {
                    let exc = err.value();
                    let ty = Value::Type(vm.type_of(&exc));
                    let tb = vm.traceback_object(&err.exc);
                    let failed = vm.call_value(&hook, &[ty, exc, tb], &[]).err();
                    vm.flush_std();
                    if let Some(e) = failed {
                        let text = format!(
                            "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
                            vm.format_exception(&e),
                            vm.format_exception(err)
                        );
                        vm.write_stderr(&text);
                    }
                    return 1;
                }
                None => {
                    vm.flush_std();
                    vm.write_stderr("sys.excepthook is missing\n");
                }
                _ => {}
            }
        }
        let text = vm.format_exception_limited(err);
        vm.flush_std();
        vm.write_stderr(&text);
        1
    }

    /// Frees what the interpreter holds, for an embedder about to drop it: `__main__` is
    /// finalized as at exit, then every module's globals are cleared and the cycles left
    /// behind (functions and classes refer to their module's globals) are collected.
    pub fn shutdown(&mut self) {
        let vm = &mut self.vm;
        vm.finalize_main();
        let modules: Vec<Value> = vm.modules.items().into_iter().map(|(_, m)| m).collect();
        for m in &modules {
            if let Value::Module(m) = m {
                let globals = std::mem::take(&mut *m.dict.table.borrow_mut());
                drop(globals);
            }
        }
        drop(modules);
        let modules = std::mem::take(&mut *vm.modules.table.borrow_mut());
        drop(modules);
        vm.collect_garbage(2);
        vm.run_finalizers();
    }

    /// Flushes buffered output at exit: `sys.stdout`, `sys.stderr`, and every file still open
    /// for writing, so nothing written is lost on any way out.
    pub fn flush(&mut self) {
        self.vm.run_atexit();
        self.vm.finalize_main();
        self.vm.flush_std();
        self.vm.flush_open_files();
    }
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

/// Converts a compile error's columns (1-based byte columns on its line) as CPython reports
/// them: an end inside a character moves to the character's end; with `chars` (a str
/// source) both become character columns.
fn char_columns(e: &mut compile::CompileError, chars: bool) {
    let text = e.text.as_str();
    // The byte index a 1-based column points at, moved forward to a character boundary.
    let boundary = |col: u32| -> usize {
        let at = (col as usize).saturating_sub(1).min(text.len());
        (at..=text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len())
    };
    let to_char = |col: u32| text[..boundary(col)].chars().count() as u32 + 1;
    let same_line = e.end_line == e.line;
    let end_known = e.end_column != compile::UNKNOWN_COLUMN && e.end_column != 0;
    if same_line && end_known && (e.end_column as usize) <= text.len() + 1 {
        e.end_column = boundary(e.end_column) as u32 + 1;
    }
    if chars && text.len() != text.chars().count() {
        if e.column > 0 && (e.column as usize) <= text.len() + 1 {
            e.column = to_char(e.column);
        }
        if same_line && end_known && (e.end_column as usize) <= text.len() + 1 {
            e.end_column = to_char(e.end_column);
        }
    }
}
