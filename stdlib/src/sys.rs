//! The `sys` module: argv, exit, the standard streams, recursion limit, version facts.

use std::rc::Rc;

use pyrs_vm::{Args, ExcKind, PyModule, PyResult, Value, Vm};

/// The version string `sys.version` reports.
pub const VERSION: &str = "3.12.0 (pyrs 0.1.0)";

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("sys");
    let argv: Vec<Value> = vm.argv.iter().map(|a| Value::str(a)).collect();
    vm.set_attr(&m, "argv", Value::list(argv));
    let path: Vec<Value> = vm.path.iter().map(|p| Value::str(p)).collect();
    vm.set_attr(&m, "path", Value::list(path));
    vm.set_attr(&m, "modules", Value::Dict(vm.modules_dict()));
    let names = |names: Vec<String>| names.iter().map(|n| Value::str(n)).collect::<Vec<_>>();
    let builtin = names(vm.builtin_module_names());
    vm.set_attr(&m, "builtin_module_names", Value::tuple(builtin));
    let library = names(vm.library_module_names());
    vm.set_attr(&m, "stdlib_module_names", Value::list(library));
    let t = &vm.import_types;
    let meta_path = vec![
        Value::Type(t.builtin_importer.clone()),
        Value::Type(t.frozen_importer.clone()),
        Value::Type(t.path_finder.clone()),
    ];
    vm.set_attr(&m, "meta_path", Value::list(meta_path));
    vm.set_attr(&m, "path_hooks", Value::list(Vec::new()));
    vm.set_attr(
        &m,
        "path_importer_cache",
        Value::Dict(Rc::new(pyrs_vm::PyDict::new())),
    );
    vm.set_attr(&m, "dont_write_bytecode", Value::Bool(true));
    for name in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        vm.set_attr(&m, name, Value::str("/usr/local"));
    }
    vm.set_attr(&m, "platlibdir", Value::str("lib"));
    vm.set_attr(&m, "pycache_prefix", Value::None);
    let (stdin, stdout, stderr) = vm.std_streams();
    vm.set_attr(&m, "stdin", stdin.clone());
    vm.set_attr(&m, "stdout", stdout.clone());
    vm.set_attr(&m, "stderr", stderr.clone());
    vm.set_attr(&m, "__stdin__", stdin);
    vm.set_attr(&m, "__stdout__", stdout);
    vm.set_attr(&m, "__stderr__", stderr);
    vm.set_attr(&m, "version", Value::str(VERSION));
    // pyrs takes no -W or -X options.
    vm.set_attr(&m, "warnoptions", Value::list(Vec::new()));
    if let Some(code) = crate::frozen("sys") {
        vm.run_frozen_in(code, "sys", m.dict.clone())?;
    }
    vm.set_attr(&m, "hexversion", Value::Int(0x030c_00f0));
    vm.set_attr(&m, "platform", Value::str("wasi"));
    vm.set_attr(&m, "executable", Value::str(""));
    vm.set_attr(&m, "byteorder", Value::str("little"));
    vm.set_attr(&m, "maxsize", Value::Int(i64::MAX));
    vm.set_attr(&m, "maxunicode", Value::Int(0x10ffff));
    vm.set_attr(&m, "implementation_name", Value::str("pyrs"));
    vm.add_function(&m, "exit", exit);
    vm.add_function(&m, "getrecursionlimit", getrecursionlimit);
    vm.add_function(&m, "setrecursionlimit", setrecursionlimit);
    vm.add_function(&m, "exc_info", exc_info);
    vm.add_function(&m, "get_int_max_str_digits", get_int_max_str_digits);
    vm.add_function(&m, "set_int_max_str_digits", set_int_max_str_digits);
    vm.add_function(&m, "getsizeof", getsizeof);
    vm.add_function(&m, "getrefcount", getrefcount);
    let mut orig = vec![Value::str("pyrs")];
    orig.extend(vm.argv.iter().map(|a| Value::str(a)));
    vm.set_attr(&m, "orig_argv", Value::list(orig));
    vm.add_function(&m, "excepthook", excepthook);
    if let Some(hook) = m.dict.get_str("excepthook") {
        vm.set_attr(&m, "__excepthook__", hook);
    }
    vm.add_function(&m, "exception", exception);
    vm.add_function(&m, "intern", intern);
    vm.add_function(&m, "is_finalizing", |vm, args| {
        vm.check_args("is_finalizing", &args, 0, 0)?;
        Ok(Value::Bool(vm.is_finalizing()))
    });
    vm.add_function(&m, "_report_unraisable", report_unraisable);
    vm.add_function(&m, "_get_asyncgen_hooks", get_asyncgen_hooks);
    vm.add_function(&m, "set_asyncgen_hooks", set_asyncgen_hooks);
    vm.add_frame_function(&m, "_getframe", getframe);
    vm.add_function(&m, "getdefaultencoding", getdefaultencoding);
    Ok(m)
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("exit", &args, 0, 1)?;
    let cls = vm.exc_type(ExcKind::SystemExit);
    // A tuple is the exception's arguments, as CPython's `PyErr_SetObject` takes it.
    let exc_args = match args.pos.first() {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => args.pos.to_vec(),
    };
    let exc = vm.new_exception(cls, exc_args);
    Err(pyrs_vm::PyErr { exc })
}

fn getrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getrecursionlimit", &args, 0, 0)?;
    Ok(Value::from(vm.recursion_limit()))
}

fn setrecursionlimit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("setrecursionlimit", &args, 1, 1)?;
    let limit = vm.int_arg(&args.pos[0], "")?;
    vm.set_recursion_limit(limit)?;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(match vm.handled_exception() {
        Some(e) => {
            let v = e.value();
            let ty = Value::Type(vm.type_of(&v));
            let tb = vm.getattr(&v, &std::rc::Rc::new(pyrs_vm::PyStr::new("__traceback__")))?;
            Value::tuple(vec![ty, v, tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.excepthook(type, value, traceback)`: prints the exception to `sys.stderr` as the top
/// level does (from `value` and its `__traceback__`).
fn excepthook(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("excepthook", &args, 3, 3)?;
    let text = match &args.pos[1] {
        Value::Instance(inst) if inst.exc.is_some() => {
            vm.format_exception_limited(&pyrs_vm::PyErr { exc: inst.clone() })
        }
        other => {
            let shown = vm.to_str(other)?;
            format!("TypeError: print_exception(): Exception expected for value, {shown} found\n")
        }
    };
    let err = vm.sys_stream("stderr");
    vm.write_to(&err, &text)?;
    Ok(Value::None)
}

/// The default `sys.unraisablehook`'s output, for `(exc_value, err_msg, object)`.
fn report_unraisable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("_report_unraisable", &args, 3, 3)?;
    let msg = match &args.pos[1] {
        Value::Str(s) => Some(s.as_str().to_string()),
        _ => None,
    };
    match &args.pos[0] {
        Value::Instance(inst) if inst.exc.is_some() => {
            let e = pyrs_vm::PyErr { exc: inst.clone() };
            vm.write_unraisable(msg.as_deref(), &args.pos[2], &e);
        }
        _ => {
            let err = vm.sys_stream("stderr");
            let head = msg.unwrap_or_else(|| "Exception ignored in".to_string());
            let shown = vm.repr(&args.pos[2])?;
            vm.write_to(&err, &format!("{head}: {shown}\n"))?;
        }
    }
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(pyrs_vm::interp::int_max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640.
fn set_int_max_str_digits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.arg(0, "maxdigits") else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = vm.int_arg(v, "")?;
    if n != 0 && !(640..).contains(&n) {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    pyrs_vm::interp::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()` plus the garbage collector's header
/// for the containers it tracks, as CPython counts.
fn getsizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getsizeof", &args, 1, 2)?;
    let obj = &args.pos[0];
    let sizeof = vm.getattr(obj, &std::rc::Rc::new(pyrs_vm::PyStr::new("__sizeof__")));
    let size = match sizeof.and_then(|f| vm.call_value(&f, &[], &[])) {
        Ok(v) => vm.int_arg(&v, "")?,
        Err(e) => return args.pos.get(1).cloned().ok_or(e),
    };
    if size < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    let tracked = matches!(
        obj,
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Instance(_) | Value::Function(_)
    ) || matches!(obj, Value::Tuple(t) if !t.items.is_empty());
    Ok(Value::Int(size + if tracked { 16 } else { 0 }))
}

/// `sys.getrefcount(obj)`: the references pyrs counts, plus the argument's own, as CPython.
fn getrefcount(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getrefcount", &args, 1, 1)?;
    Ok(Value::Int(args.pos[0].ref_count() as i64 + 1))
}

fn exception(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.handled_exception().map_or(Value::None, |e| e.value()))
}

/// `sys._getframe(depth=0)`.
fn getframe(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("_getframe", &args, 0, 1)?;
    let depth = match args.pos.first() {
        Some(d) => vm.int_arg(d, "")?.max(0),
        None => 0,
    };
    vm.caller_frame_object(usize::try_from(depth).unwrap_or(usize::MAX))
}

fn get_asyncgen_hooks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("get_asyncgen_hooks", &args, 0, 0)?;
    let (firstiter, finalizer) = vm.asyncgen_hooks();
    Ok(Value::tuple(vec![firstiter, finalizer]))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: a hook not given stays.
fn set_asyncgen_hooks(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [firstiter, finalizer] =
        vm.bind_args("set_asyncgen_hooks", &args, &["firstiter", "finalizer"], 0)?;
    vm.set_asyncgen_hooks(firstiter, finalizer)?;
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("intern", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => Ok(Value::Str(pyrs_vm::object::types::intern_rc(s))),
        Value::Instance(i) if matches!(&i.base, Some(Value::Str(_))) => {
            Err(vm.type_error(format!("can't intern {}", vm.type_name(&args.pos[0]))))
        }
        Value::None => Err(vm.type_error("intern() argument must be str, not None")),
        other => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.arg_type_name(other)
        ))),
    }
}

fn getdefaultencoding(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}
