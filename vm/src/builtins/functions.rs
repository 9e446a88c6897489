//! Built-in functions: I/O, introspection, iteration helpers, sorting.

use std::rc::Rc;

use crate::error::{ExcKind, PyResult};
use crate::interp::{plain_generator, GenResult, SinkKind, Vm};
use crate::object::types::{Args, NativeFn, PyStr, PyWrapper};
use crate::object::Value;

impl Vm {
    /// The object `print` writes to by default: `sys.stdout` when set.
    pub fn sys_stream(&mut self, name: &str) -> Value {
        if let Some(Value::Module(sys)) = self.dict_get_str(&self.modules.clone(), "sys") {
            if let Some(v) = sys.dict.get_str(name) {
                return v;
            }
        }
        self.open_std_streams();
        match name {
            "stderr" => self.stderr_obj.clone(),
            "stdin" => self.stdin_obj.clone(),
            _ => self.stdout_obj.clone(),
        }
    }

    /// Writes text to a file object (a `TextIOWrapper` directly, else via its `write` method).
    pub fn write_to(&mut self, file: &Value, text: &str) -> PyResult<()> {
        if let Value::Instance(inst) = file {
            let class = inst.class_addr();
            if class == Rc::as_ptr(&self.io.text_io_wrapper) as usize {
                return crate::io::write_text(self, inst, text);
            }
            if class == Rc::as_ptr(&self.io.string_io) as usize {
                return crate::io::write_string_io(self, file, text);
            }
        }
        // An interned name: the class-attribute cache answers the look-up.
        let name = self.intern("write");
        let write = self.getattr(file, &name)?;
        self.call_value(&write, &[Value::str(text)], &[])?;
        Ok(())
    }

    /// Calls `file.flush()` (a `TextIOWrapper` directly).
    pub fn flush_file(&mut self, file: &Value) -> PyResult<()> {
        if let Value::Instance(inst) = file {
            if Rc::ptr_eq(&inst.class(), &self.io.text_io_wrapper) {
                return crate::io::flush_text(self, inst);
            }
        }
        if file.is_none() {
            return Ok(());
        }
        let name = self.intern("flush");
        let flush = self.getattr(file, &name)?;
        self.call_value(&flush, &[], &[])?;
        Ok(())
    }

    /// Flushes `sys.stdout` and `sys.stderr`, ignoring errors (at exit, before tracebacks).
    pub fn flush_std(&mut self) {
        for name in ["stdout", "stderr"] {
            let stream = self.sys_stream(name);
            let _ = self.flush_file(&stream);
        }
    }
}

fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let text_arg = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match args.kwarg(name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            Some(other) => Err(vm.type_error(format!(
                "{name} must be None or a string, not {}",
                vm.type_name(other)
            ))),
        }
    };
    for (k, _) in args.kw {
        if !matches!(k.as_str(), "sep" | "end" | "file" | "flush") {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for print()",
                k.as_str()
            )));
        }
    }
    let sep = text_arg(vm, "sep", " ")?;
    let end = text_arg(vm, "end", "\n")?;
    let file = match args.kwarg("file") {
        None | Some(Value::None) => vm.sys_stream("stdout"),
        Some(f) => f.clone(),
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    // A TextIOWrapper takes the whole line at once; any other file sees CPython's calls to
    // `write`, one per argument, separator and end.
    let whole =
        matches!(&file, Value::Instance(i) if Rc::ptr_eq(&i.class(), &vm.io.text_io_wrapper));
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
            if !whole {
                vm.write_to(&file, &std::mem::take(&mut out))?;
            }
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            other => match vm.to_str(other) {
                Ok(text) => out.push_str(&text),
                Err(e) => {
                    // What came before the failing argument was written already.
                    if !out.is_empty() {
                        vm.write_to(&file, &out)?;
                    }
                    return Err(e);
                }
            },
        }
        if !whole {
            vm.write_to(&file, &std::mem::take(&mut out))?;
        }
    }
    out.push_str(&end);
    vm.write_to(&file, &out)?;
    if let Some(f) = args.kwarg("flush") {
        if vm.truthy(f)? {
            vm.flush_file(&file)?;
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("len", &args, 1, 1)?;
    // A range's length may exceed the machine word on wasm32.
    if let Value::Range(r) = &args.pos[0] {
        let n = crate::object::types::range::length(r);
        return match i64::try_from(&n) {
            Ok(n) => Ok(Value::Int(n)),
            Err(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        };
    }
    vm.len(&args.pos[0]).map(Value::from)
}

pub(crate) fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("repr", &args, 1, 1)?;
    vm.repr(&args.pos[0]).map(Value::string)
}

fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("ascii", &args, 1, 1)?;
    let r = vm.repr(&args.pos[0])?;
    Ok(Value::string(crate::object::types::str::ascii_escape(&r)))
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("iter", &args, 1, 2)?;
    if let Some(sentinel) = args.pos.get(1) {
        if !vm.is_callable(&args.pos[0]) {
            return Err(vm.type_error("iter(object, sentinel): object must be callable"));
        }
        return Ok(
            vm.new_iter(crate::object::types::iter::IterState::Callable {
                func: args.pos[0].clone(),
                sentinel: sentinel.clone(),
            }),
        );
    }
    vm.iter(&args.pos[0])
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("next", &args, 1, 2)?;
    let it = &args.pos[0];
    let generator =
        matches!(it, Value::Generator(g) if g.kind == crate::object::types::GenKind::Generator);
    if !(generator || matches!(it, Value::Iter(_))) && vm.type_of(it).lookup("__next__").is_none() {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    let (item, returned) = match it {
        Value::Generator(g) => match vm.resume(g, Value::None)? {
            crate::interp::GenResult::Yield(v) => (Some(v), Value::None),
            crate::interp::GenResult::Return(v) => (None, v),
        },
        // A Python `__next__`'s own StopIteration (with its value) is what `next` raises.
        Value::Instance(_) => match vm.call_special(it, "__next__", &[]) {
            Ok(v) => (v, Value::None),
            Err(e) if args.pos.len() == 2 && vm.err_matches(&e, ExcKind::StopIteration) => {
                (None, Value::None)
            }
            Err(e) => return Err(e),
        },
        _ => (vm.next(it)?, Value::None),
    };
    match item {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(returned)),
        },
    }
}

fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("isinstance", &args, 2, 2)?;
    vm.isinstance(&args.pos[0], &args.pos[1]).map(Value::Bool)
}

fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("issubclass", &args, 2, 2)?;
    vm.issubclass(&args.pos[0], &args.pos[1]).map(Value::Bool)
}

fn build_class(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.build_class(args)
}

fn callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("callable", &args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&args.pos[0])))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
            Value::Wrapper(w) if matches!(**w, PyWrapper::StaticMethod(..)) => true,
            Value::Instance(_) | Value::Wrapper(_) => self.type_of(v).lookup("__call__").is_some(),
            _ => false,
        }
    }
}

fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getattr", &args, 2, 3)?;
    let name = vm.attr_name_arg(&args.pos[1])?;
    match args.pos.get(2) {
        None => vm.getattr(&args.pos[0], &name),
        // A missing attribute with a default: no AttributeError is made.
        Some(default) => match vm.getattr_opt(&args.pos[0], &name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(default.clone()),
            Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => Ok(default.clone()),
            Err(e) => Err(e),
        },
    }
}

fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("setattr", &args, 3, 3)?;
    let name = vm.attr_name_arg(&args.pos[1])?;
    vm.setattr(&args.pos[0], &name, args.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("hasattr", &args, 2, 2)?;
    let name = vm.attr_name_arg(&args.pos[1])?;
    // A missing attribute: no AttributeError is made.
    let found = vm.getattr_opt(&args.pos[0], &name).map(|v| v.is_some());
    match found {
        Ok(found) => Ok(Value::Bool(found)),
        Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("delattr", &args, 2, 2)?;
    let name = vm.attr_name_arg(&args.pos[1])?;
    vm.delattr(&args.pos[0], &name)?;
    Ok(Value::None)
}

fn id(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("id", &args, 1, 1)?;
    Ok(Value::from(args.pos[0].identity()))
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("hash", &args, 1, 1)?;
    vm.hash(&args.pos[0]).map(Value::Int)
}

fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("input", &args, 0, 1)?;
    let stdin = vm.sys_stream("stdin");
    let stdout = vm.sys_stream("stdout");
    if stdin.is_none() {
        return Err(vm.new_error(ExcKind::RuntimeError, "input(): lost sys.stdin"));
    }
    if stdout.is_none() {
        return Err(vm.new_error(ExcKind::RuntimeError, "input(): lost sys.stdout"));
    }
    let stderr = vm.sys_stream("stderr");
    let _ = vm.flush_file(&stderr);
    if let Some(prompt) = args.pos.first() {
        let text = vm.to_str(prompt)?;
        vm.write_to(&stdout, &text)?;
    }
    vm.flush_file(&stdout)?;
    let line = match &stdin {
        Value::Instance(inst) if Rc::ptr_eq(&inst.class(), &vm.io.text_io_wrapper) => {
            crate::io::readline_text(vm, inst)?
        }
        other => {
            let readline = vm.getattr(other, &Rc::new(PyStr::new("readline")))?;
            let line = vm.call_value(&readline, &[], &[])?;
            match line {
                Value::Str(s) => s.as_str().to_string(),
                other => {
                    return Err(vm.type_error(format!(
                        "object.readline() returned non-string: {}",
                        vm.type_name(&other)
                    )))
                }
            }
        }
    };
    if line.is_empty() {
        return Err(vm.new_error(ExcKind::EOFError, "EOF when reading a line"));
    }
    let line = line.strip_suffix('\n').unwrap_or(&line);
    Ok(Value::str(line))
}

fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    vm.check_kwnames("sort", &args, &["key", "reverse"])?;
    let items = vm.collect_sized(&args.pos[0])?;
    let key = args.kwarg("key").cloned();
    let reverse = match args.kwarg("reverse") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let sorted = crate::object::types::list::sort_values(vm, items, key.as_ref(), reverse)?;
    Ok(Value::list(sorted))
}

/// `functools.reduce(function, iterable[, initial])`.
pub(crate) fn reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    vm.check_count("reduce", args.pos.len(), 2, 3)?;
    let it = reduce_iter(vm, &args.pos[1])?;
    let mut value = match args.pos.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => return Err(vm.type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(x) = vm.next(&it)? {
        value = vm.call_value(&args.pos[0], &[value, x], &[])?;
    }
    Ok(value)
}

/// The iterator `reduce` walks, with its message for what is not iterable.
pub(crate) fn reduce_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.iter(v).map_err(|e| {
        if vm.err_matches(&e, ExcKind::TypeError) {
            vm.type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })
}

/// `any()` (`decides` true) or `all()` (false) of a plain generator: the generator skips
/// the items whose truth is plain and not `decides` itself.
fn truth_of_generator(vm: &mut Vm, it: &Value, decides: bool) -> PyResult<Option<Value>> {
    let Some(g) = plain_generator(it) else {
        return Ok(None);
    };
    loop {
        match vm.resume_sinking(g, SinkKind::Truth(decides)).0? {
            GenResult::Return(_) => return Ok(Some(Value::Bool(!decides))),
            GenResult::Yield(x) => {
                if vm.truthy(&x)? == decides {
                    return Ok(Some(Value::Bool(decides)));
                }
            }
        }
    }
}

fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("any", &args, 1, 1)?;
    let it = vm.iter(&args.pos[0])?;
    if let Some(v) = truth_of_generator(vm, &it, true)? {
        return Ok(v);
    }
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("all", &args, 1, 1)?;
    let it = vm.iter(&args.pos[0])?;
    if let Some(v) = truth_of_generator(vm, &it, false)? {
        return Ok(v);
    }
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `min` (`Lt`) or `max` (`Gt`) of a set, frozenset, list or tuple holding only ints, read
/// in place; None for anything else, or when empty.
fn best_int_item(v: &Value, op: crate::bytecode::CmpOp) -> Option<i64> {
    fn best<'a>(items: impl Iterator<Item = &'a Value>, op: crate::bytecode::CmpOp) -> Option<i64> {
        let mut best: Option<i64> = None;
        for item in items {
            let Value::Int(i) = item else { return None };
            let better = |b: i64| match op {
                crate::bytecode::CmpOp::Lt => *i < b,
                _ => *i > b,
            };
            best = Some(match best {
                Some(b) if !better(b) => b,
                _ => *i,
            });
        }
        best
    }
    match v {
        Value::Set(s) => best(s.table.borrow().iter(), op),
        Value::List(l) => best(l.items.borrow().iter(), op),
        Value::Tuple(t) => best(t.items.iter(), op),
        _ => None,
    }
}

fn min_max(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &str,
    op: crate::bytecode::CmpOp,
) -> PyResult<Value> {
    vm.check_kwnames(name, args, &["key", "default"])?;
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let default = args.kwarg("default").cloned();
    // One item at a time, each keyed as it is taken (a generator sees the key calls
    // interleaved with its own steps, as in CPython); several arguments are the items.
    if let ([only], None) = (args.pos, &key) {
        if let Some(best) = best_int_item(only, op) {
            return Ok(Value::Int(best));
        }
    }
    let source = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => Some(vm.iter(&args.pos[0])?),
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            None
        }
    };
    let mut best: Option<(Value, Value)> = None;
    // Without a key, a plain generator keeps the best of its ints or floats itself.
    if let (None, Some(g)) = (&key, source.as_ref().and_then(plain_generator)) {
        let mut kept: Option<Value> = None;
        loop {
            let (result, sink) = vm.resume_sinking(g, SinkKind::Best(op, kept));
            let SinkKind::Best(_, back) = sink else {
                unreachable!("the sink given back is the one given")
            };
            kept = back;
            match result? {
                GenResult::Return(_) => break,
                GenResult::Yield(item) => {
                    let replace = match &kept {
                        None => true,
                        Some(b) => vm.compare_bool(&item, b, op)?,
                    };
                    if replace {
                        kept = Some(item);
                    }
                }
            }
        }
        best = kept.map(|v| (v.clone(), v));
    }
    let mut at = 0;
    loop {
        let item = match &source {
            Some(it) => match vm.next(it)? {
                Some(v) => v,
                None => break,
            },
            None => match args.pos.get(at) {
                Some(v) => {
                    at += 1;
                    v.clone()
                }
                None => break,
            },
        };
        let k = match &key {
            Some(f) => vm.call_value(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((_, bk)) => vm.compare_bool(&k, bk, op)?,
        };
        if replace {
            best = Some((item, k));
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, &args, "min", crate::bytecode::CmpOp::Lt)
}

fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, &args, "max", crate::bytecode::CmpOp::Gt)
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("format", &args, 1, 2)?;
    let spec = match args.pos.get(1).map(Value::plain_text) {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.arg_type_name(other)
            )))
        }
    };
    vm.format(&args.pos[0], &spec).map(Value::string)
}

/// `dir(obj)`.
pub(super) fn dir_of(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("dir", &args, 0, 1)?;
    let obj = &args.pos[0];
    let listed = match obj {
        // PEP 562: a module's own `__dir__`; else its namespace.
        Value::Module(m) => match m.dict.get_str("__dir__") {
            Some(hook) => vm.call_value(&hook, &[], &[])?,
            None => vm.default_dir(obj)?,
        },
        _ => match vm.call_special(obj, "__dir__", &[])? {
            Some(v) => v,
            None => vm.default_dir(obj)?,
        },
    };
    let items = vm.collect(&listed)?;
    let sorted = crate::object::types::list::sort_values(vm, items, None, false)?;
    Ok(Value::list(sorted))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn dunder_import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = vm.bind_args(
        "__import__",
        &args,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = match name {
        Some(Value::Str(s)) => s,
        _ => return Err(vm.type_error("module name must be a string")),
    };
    let globals = match globals {
        Some(Value::Dict(d)) => Some(d),
        _ => None,
    };
    let level = match level {
        Some(v) => vm.int_arg(&v, "")?,
        None => 0,
    };
    let fromlist = fromlist.unwrap_or_default();
    vm.import_level(name.as_str(), globals.as_ref(), &fromlist, level)
}

/// `breakpoint(*args, **kws)`: `sys.breakpointhook`, else a clear error (no debugger).
fn breakpoint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(Value::Module(sys)) = vm.modules.get_str("sys") {
        if let Some(hook) = sys.dict.get_str("breakpointhook") {
            return vm.call_value(&hook, args.pos, args.kw);
        }
    }
    Err(vm.new_error(
        crate::error::ExcKind::RuntimeError,
        "breakpoint(): pyrs has no debugger (pdb is not available); set sys.breakpointhook",
    ))
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("breakpoint", breakpoint),
    ("aiter", crate::object::types::coroutine::aiter),
    ("anext", crate::object::types::coroutine::anext),
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("iter", iter),
    ("next", next),
    ("isinstance", isinstance),
    ("__build_class__", build_class),
    ("issubclass", issubclass),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("id", id),
    ("hash", hash),
    ("input", input),
    ("sorted", sorted),
    ("any", any),
    ("all", all),
    ("min", min),
    ("max", max),
    ("format", format),
    ("__import__", dunder_import),
];
