//! The built-ins that work on the caller's namespaces: `globals()`, `locals()`, `vars()`,
//! `dir()` without arguments, `compile()`, `exec()` and `eval()`. The interpreter records the
//! calling frame's namespaces in `Vm::caller` before calling them.

use std::rc::Rc;

use crate::compile::Mode;
use crate::error::{ExcKind, PyResult};
use crate::interp::{CallerFrame, Frame, FrameExit, Vm};
use crate::object::types::{Args, NativeFn};
use crate::object::Value;

/// The calling frame's namespaces; `__main__`'s when called from native code.
fn caller(vm: &mut Vm) -> CallerFrame {
    match vm.caller.clone() {
        Some(c) => c,
        None => {
            let g = vm.main_globals();
            CallerFrame {
                globals: g.clone(),
                locals: Value::Dict(g),
                position: None,
            }
        }
    }
}

fn globals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("globals", &args, 0, 0)?;
    Ok(Value::Dict(caller(vm).globals))
}

fn locals(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("locals", &args, 0, 0)?;
    Ok(caller(vm).locals)
}

/// `vars()` is `locals()`; `vars(obj)` is `obj.__dict__`.
fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("vars", &args, 0, 1)?;
    let Some(obj) = args.pos.first() else {
        return Ok(caller(vm).locals);
    };
    let name = vm.intern("__dict__");
    match vm.getattr_opt(obj, &name) {
        Ok(Some(d)) => Ok(d),
        Ok(None) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        Err(e) if vm.err_matches(&e, ExcKind::AttributeError) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// `dir()`: the sorted names of the caller's local scope; `dir(obj)` as before.
fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        return super::functions::dir_of(vm, args);
    }
    let locals = caller(vm).locals;
    let keys = match &locals {
        Value::Dict(d) => d.items().into_iter().map(|(k, _)| k).collect(),
        other => vm.collect(other)?,
    };
    let sorted = crate::object::types::list::sort_values(vm, keys, None, false)?;
    Ok(Value::list(sorted))
}

/// The text of a `source` argument: str, or bytes decoded like a source file.
fn source_text(vm: &mut Vm, source: &Value, func: &str, filename: &str) -> PyResult<String> {
    match source {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = crate::object::types::bytes::buffer_data(source).unwrap_or_default();
            crate::source::decode_source(&data, filename).map_err(|e| {
                vm.syntax_error(
                    false,
                    &e.msg,
                    filename,
                    e.lineno as u32,
                    e.offset as u32,
                    "",
                )
            })
        }
        _ if func == "compile" => {
            Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"))
        }
        other => Err(vm.type_error(format!(
            "{func}() arg 1 must be a string, bytes or code object, not {}",
            vm.type_name(other)
        ))),
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [source, filename, mode, flags, _inherit, _optimize, _feature_version] = vm.bind_args(
        "compile",
        &args,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
    )?;
    let (Some(source), Some(filename), Some(mode)) = (source, filename, mode) else {
        unreachable!("bind_args checked the required arguments");
    };
    let filename = vm.path_string(&filename)?;
    let source = source.plain_text().clone();
    let flags = match flags {
        Some(Value::Int(f)) => u32::try_from(f).unwrap_or(0),
        Some(Value::Bool(b)) => u32::from(b),
        _ => 0,
    };
    let only_ast = flags & ONLY_AST != 0;
    let mode_name = match mode.plain_text() {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let mode = match mode.plain_text() {
        Value::Str(s) => match s.as_str() {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            "func_type" if only_ast => {
                let text = checked_source(vm, &source, "compile", &filename, Mode::Exec)?;
                let tree = vm.parse_func_type_ast(&text, &filename)?;
                return build_ast(vm, tree);
            }
            "func_type" => {
                return Err(vm.value_error("compile() mode 'func_type' requires flag PyCF_ONLY_AST"))
            }
            _ if only_ast => {
                return Err(vm
                    .value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'"))
            }
            _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        },
        other => {
            return Err(vm.type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                vm.arg_type_name(other)
            )))
        }
    };
    if let Value::Code(c) = &source {
        return Ok(Value::Code(c.clone()));
    }
    if let Value::Instance(_) = &source {
        // An `ast` tree: kept as it is for PyCF_ONLY_AST, else compiled from the source
        // `ast.unparse` writes for it (its positions are those of that text).
        let module = vm.import_module("ast")?;
        let name = vm.intern("AST");
        let node_class = vm.getattr(&module, &name)?;
        if vm.isinstance(&source, &node_class)? {
            if only_ast {
                return Ok(source);
            }
            let name = vm.intern("_source_for_compile");
            let to_text = vm.getattr(&module, &name)?;
            let text = vm.call_value(&to_text, &[source, Value::string(mode_name)], &[])?;
            return compile_source(vm, &text, "compile", &filename, mode, flags).map(Value::Code);
        }
    }
    if only_ast {
        let text = checked_source(vm, &source, "compile", &filename, mode)?;
        let tree = vm.parse_text_ast(&text, &filename, mode)?;
        return build_ast(vm, tree);
    }
    compile_source(vm, &source, "compile", &filename, mode, flags).map(Value::Code)
}

/// The `ast` node objects of a parse tree given as tuples.
fn build_ast(vm: &mut Vm, tree: Value) -> PyResult<Value> {
    let module = vm.import_module("ast")?;
    let name = vm.intern("_build");
    let build = vm.getattr(&module, &name)?;
    vm.call_value(&build, &[tree], &[])
}

/// `compile()`'s flag asking for the parse tree (`ast.PyCF_ONLY_AST`).
const ONLY_AST: u32 = 0x400;

/// Compiles a str or bytes source in `mode` (`eval()` input may start with blanks).
fn compile_source(
    vm: &mut Vm,
    source: &Value,
    func: &str,
    filename: &str,
    mode: Mode,
    flags: u32,
) -> PyResult<Rc<crate::bytecode::Code>> {
    let text = checked_source(vm, source, func, filename, mode)?;
    if let Value::Str(_) = source {
        return vm
            .with_char_columns(|vm| vm.compile_text_flags(&text, filename, mode, flags, false));
    }
    vm.compile_text_flags(&text, filename, mode, flags, false)
}

/// The text of a source argument, refused if it holds a null character.
fn checked_source(
    vm: &mut Vm,
    source: &Value,
    func: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<String> {
    let text = source_text(vm, source, func, filename)?;
    if matches!(source, Value::Str(_)) && text.starts_with('\u{feff}') {
        // A byte-order mark is a signature of encoded source, not a character of text.
        let line = text.lines().next().unwrap_or("").to_string();
        return Err(vm.compile_error(
            crate::compile::CompileError {
                indentation: false,
                too_complex: false,
                msg: "invalid non-printable character U+FEFF".to_string(),
                line: 1,
                column: 1,
                end_line: 1,
                end_column: 1,
                text: line,
                late: false,
            },
            filename,
        ));
    }
    if text.contains('\0') {
        return Err(vm.new_error(
            ExcKind::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    // `eval()` skips leading blanks (`compile()` does not).
    Ok(if mode == Mode::Eval && func == "eval" {
        text.trim_start_matches([' ', '\t']).to_string()
    } else {
        text
    })
}

/// The code `exec`/`eval` run: a code object, or source compiled in `mode`.
fn code_of(
    vm: &mut Vm,
    source: &Value,
    func: &str,
    mode: Mode,
) -> PyResult<Rc<crate::bytecode::Code>> {
    if let Value::Code(c) = source {
        if c.free_count() != 0 {
            return Err(vm.type_error(format!(
                "code object passed to {func}() may not contain free variables"
            )));
        }
        return Ok(c.clone());
    }
    compile_source(vm, source, func, "<string>", mode, 0)
}

/// Runs `code` with the namespaces `exec`/`eval` were given (or the caller's).
fn run_in(
    vm: &mut Vm,
    func: &str,
    code: Rc<crate::bytecode::Code>,
    globals: Option<Value>,
    locals: Option<Value>,
) -> PyResult<Value> {
    let caller = caller(vm);
    // A dict subclass as globals: code stores into the dict it extends, and a name that
    // dict lacks goes through the instance's `__getitem__` (its `__missing__`).
    let mut owner = None;
    let globals = match globals {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d),
        Some(Value::Instance(i)) if matches!(&i.base, Some(Value::Dict(_))) => {
            let Some(Value::Dict(d)) = &i.base else {
                unreachable!("checked above")
            };
            crate::interp::register_subclass_globals(d, &i);
            owner = Some(Value::Instance(i.clone()));
            Some(d.clone())
        }
        Some(other) => {
            let mapping = vm.type_of(&other).lookup("__getitem__").is_some();
            let what = if func == "eval" && mapping {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else if func == "eval" {
                "globals must be a dict"
            } else {
                "exec() globals must be a dict, not "
            };
            return Err(vm.type_error(if func == "eval" {
                what.to_string()
            } else {
                format!("{what}{}", vm.type_name(&other))
            }));
        }
    };
    let locals = match locals {
        None | Some(Value::None) => None,
        Some(l) => {
            let ok = matches!(l, Value::Dict(_)) || vm.type_of(&l).lookup("__getitem__").is_some();
            if !ok && func == "eval" {
                return Err(vm.type_error("locals must be a mapping"));
            }
            if !ok {
                return Err(vm.type_error(format!(
                    "locals must be a mapping or None, not {}",
                    vm.type_name(&l)
                )));
            }
            Some(l)
        }
    };
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), owner.unwrap_or(Value::Dict(g))),
        (None, Some(l)) => (caller.globals, l),
        (None, None) => (caller.globals, caller.locals),
    };
    if globals.get_str("__builtins__").is_none() {
        // As CPython: the builtins namespace itself, not the module.
        let builtins = Value::Dict(vm.builtins_module().dict.clone());
        vm.dict_set(&globals, Value::str("__builtins__"), builtins)?;
    }
    let mut frame = Frame::new(code, globals, None);
    match locals {
        Value::Dict(d) => frame.locals = Some(d),
        other => frame.locals_map = Some(other),
    }
    if vm.native_stack + crate::interp::PY_CALL_STACK > crate::interp::NATIVE_STACK_BUDGET {
        return Err(vm.new_error(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded while calling a Python object",
        ));
    }
    vm.native_stack += crate::interp::PY_CALL_STACK;
    let result = vm.run_frame(Box::new(frame));
    vm.native_stack -= crate::interp::PY_CALL_STACK;
    match result? {
        FrameExit::Return(v) => Ok(v),
        FrameExit::Yield(..) => Err(vm.new_error(ExcKind::SystemError, "code yielded")),
    }
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
fn exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [source, globals, locals] =
        vm.bind_args("exec", &args, &["source", "globals", "locals"], 1)?;
    let source = source.unwrap_or_default().plain_text().clone();
    let code = code_of(vm, &source, "exec", Mode::Exec)?;
    run_in(vm, "exec", code, globals, locals)?;
    Ok(Value::None)
}

/// `eval(source, globals=None, locals=None)`.
fn eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [source, globals, locals] =
        vm.bind_args("eval", &args, &["source", "globals", "locals"], 1)?;
    let source = source.unwrap_or_default().plain_text().clone();
    if !matches!(
        source,
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Code(_)
    ) {
        return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object"));
    }
    let code = code_of(vm, &source, "eval", Mode::Eval)?;
    run_in(vm, "eval", code, globals, locals)
}

/// The functions that read the calling frame.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("globals", globals),
    ("locals", locals),
    ("vars", vars),
    ("dir", dir),
    ("compile", compile),
    ("exec", exec),
    ("eval", eval),
];
