//! The `_imp` module: the import system's entry points for `importlib` and `runpy`
//! (written in Python) — finding specs, importing by name, creating and executing modules.

use std::rc::Rc;

use pyrs_vm::{Args, PyModule, PyResult, PyStr, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_imp");
    let functions: &[(&'static str, pyrs_vm::NativeFn)] = &[
        ("_gcd_import", gcd_import),
        ("find_spec", find_spec),
        ("reload", reload),
        ("module_from_spec", module_from_spec),
        ("spec_from_file_location", spec_from_file_location),
        ("exec_file", exec_file),
        ("run_module_as_main", run_module_as_main),
        ("is_builtin", is_builtin),
        ("is_frozen", is_frozen),
        ("code_dumps", code_dumps),
        ("code_loads", code_loads),
    ];
    for (name, f) in functions {
        vm.add_function(&m, name, *f);
    }
    let t = &vm.import_types;
    let classes = [
        ("ModuleSpec", t.module_spec.clone()),
        ("SourceFileLoader", t.source_loader.clone()),
        ("NamespaceLoader", t.namespace_loader.clone()),
        ("BuiltinImporter", t.builtin_importer.clone()),
        ("FrozenImporter", t.frozen_importer.clone()),
        ("PathFinder", t.path_finder.clone()),
    ];
    for (name, ty) in classes {
        vm.set_attr(&m, name, Value::Type(ty));
    }
    vm.set_attr(&m, "LIBRARY_PATH", Value::str(pyrs_vm::LIBRARY_PATH));
    Ok(m)
}

fn str_arg(vm: &mut Vm, v: Option<Value>, func: &str) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "{func}() argument must be str, not {}",
            vm.arg_type_name(&other)
        ))),
        None => Err(vm.type_error(format!("{func}() missing required argument 'name'"))),
    }
}

/// `_gcd_import(name, package=None, level=0)`: the module itself (not the top package).
fn gcd_import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, package, level] =
        vm.bind_args("_gcd_import", &args, &["name", "package", "level"], 1)?;
    let name = str_arg(vm, name, "_gcd_import")?;
    let level = match level {
        Some(v) => vm.int_arg(&v, "")?,
        None => 0,
    };
    if name.is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    let absolute = if level > 0 {
        let package = match package {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
        vm.resolve_name(&name, package.as_deref(), level)?
    } else {
        name
    };
    vm.import_absolute(&absolute)
}

fn find_spec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name] = vm.bind_args("find_spec", &args, &["name"], 1)?;
    let name = str_arg(vm, name, "find_spec")?;
    Ok(vm.find_spec(&name)?.unwrap_or_default())
}

fn reload(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("reload", &args, 1, 1)?;
    vm.reload_module(&args.pos[0])
}

fn module_from_spec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("module_from_spec", &args, 1, 1)?;
    let spec = args.pos[0].clone();
    let name = vm.getattr(&spec, &Rc::new(PyStr::new("name")))?;
    let name = str_arg(vm, Some(name), "module_from_spec")?;
    vm.module_from_spec(&name, &spec)
}

/// `spec_from_file_location(name, location, *, loader=None, submodule_search_locations=None)`.
fn spec_from_file_location(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, location, loader, search] = vm.bind_args(
        "spec_from_file_location",
        &args,
        &["name", "location", "loader", "submodule_search_locations"],
        1,
    )?;
    let name = str_arg(vm, name, "spec_from_file_location")?;
    let Some(location) = location.filter(|l| !l.is_none()) else {
        return Ok(Value::None);
    };
    let location = vm.fspath(&location)?;
    let path = pyrs_wasi_sys::absolute(&vm.path_string(&location)?);
    let loader = match loader {
        Some(l) if !l.is_none() => l,
        // Only source files have a loader here.
        _ if !path.ends_with(".py") => return Ok(Value::None),
        _ => {
            let cls = Value::Type(vm.import_types.source_loader.clone());
            vm.call_value(&cls, &[Value::str(&name), Value::str(&path)], &[])?
        }
    };
    let search = match search {
        Some(s) if !s.is_none() => s,
        _ if path.ends_with("/__init__.py") => {
            let dir = path.rsplit_once('/').map_or(".", |(d, _)| d);
            Value::list(vec![Value::str(dir)])
        }
        _ => Value::None,
    };
    vm.new_spec(&name, loader, Value::str(&path), search, true)
}

/// `exec_file(path, globals)`: compiles and runs a source file in a namespace.
fn exec_file(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("exec_file", &args, 2, 2)?;
    let path = vm.fspath(&args.pos[0])?;
    let path = vm.path_string(&path)?;
    let Value::Dict(globals) = &args.pos[1] else {
        return Err(vm.type_error("exec_file() globals must be a dict"));
    };
    // As `exec`: a namespace without `__builtins__` gets the builtins module.
    if globals.get_str("__builtins__").is_none() {
        let builtins = Value::Dict(vm.builtins_module().dict.clone());
        vm.dict_set(globals, Value::str("__builtins__"), builtins)?;
    }
    vm.run_path_in(&path, globals.clone())?;
    Ok(Value::None)
}

fn run_module_as_main(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("run_module_as_main", &args, 1, 1)?;
    let name = str_arg(vm, Some(args.pos[0].clone()), "run_module_as_main")?;
    vm.run_module_as_main(&name, true)?;
    Ok(Value::None)
}

fn is_builtin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("is_builtin", &args, 1, 1)?;
    let name = str_arg(vm, Some(args.pos[0].clone()), "is_builtin")?;
    Ok(Value::Int(i64::from(
        vm.builtin_module_names().contains(&name),
    )))
}

fn is_frozen(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("is_frozen", &args, 1, 1)?;
    let name = str_arg(vm, Some(args.pos[0].clone()), "is_frozen")?;
    let library = vm.library_module_names().contains(&name);
    let builtin = vm.builtin_module_names().contains(&name);
    Ok(Value::Bool(library && !builtin))
}

/// `code_dumps(code)`: a code object as bytes in pyrs's own format (what `marshal` writes
/// after its `c` type code).
fn code_dumps(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("code_dumps", &args, 1, 1)?;
    match Vm::code_to_bytes(&args.pos[0]) {
        Some(Ok(bytes)) => Ok(pyrs_vm::object::types::bytes::new_bytes(bytes)),
        Some(Err(_)) | None => Err(vm.value_error("unmarshallable object")),
    }
}

/// `code_loads(data, filename)`: the code object `code_dumps` wrote.
fn code_loads(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("code_loads", &args, 2, 2)?;
    let data = pyrs_vm::object::types::bytes::bytes_like(vm, &args.pos[0])?;
    let filename = str_arg(vm, Some(args.pos[1].clone()), "code_loads")?;
    Vm::code_from_bytes(&data, &filename)
        .map_err(|e| vm.value_error(format!("bad marshal data ({e})")))
}
