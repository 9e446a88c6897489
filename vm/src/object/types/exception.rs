//! `BaseException` and its subclasses: arguments, str/repr, and the methods.

use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn};
use crate::object::types::{PyDict, PyType};
use crate::object::Value;
use std::rc::Rc;

/// `BaseException.__new__(cls, *args)`; `OSError(errno, ...)` becomes the subclass CPython
/// picks for that errno.
pub fn exc_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut cls = match args.pos.first() {
        Some(Value::Type(t)) if t.is_exception() => t.clone(),
        Some(Value::Type(t)) => {
            return Err(vm.type_error(format!(
                "BaseException.__new__({}): {} is not a subtype of BaseException",
                t.name().as_str(),
                t.name().as_str()
            )))
        }
        _ => return Err(vm.type_error("BaseException.__new__(X): X is not a type object")),
    };
    let rest = &args.pos[1..];
    let os_error = std::rc::Rc::ptr_eq(&cls, &vm.exc_type(crate::error::ExcKind::OSError));
    // OSError's own __new__ refuses keywords before it picks a subclass by errno.
    if os_error && !args.kw.is_empty() {
        return Err(vm.type_error("OSError() takes no keyword arguments"));
    }
    if os_error && (2..=5).contains(&rest.len()) {
        if let Value::Int(errno) = &rest[0] {
            cls = vm.exc_type(crate::error::ExcKind::for_errno(*errno));
        }
    }
    if cls.has_flag(crate::object::types::TypeFlags::ABSTRACT) {
        return Err(vm.abstract_error(&cls));
    }
    // CPython's OSError.__new__ leaves `args` empty for a subclass with an __init__ of its
    // own (and OSError's __new__): that __init__ sets what it wants (urllib's URLError).
    let os = vm.exc_type(crate::error::ExcKind::OSError);
    if cls.is_subtype(&os) {
        let same = |name: &str| match (cls.lookup(name), os.lookup(name)) {
            (Some(a), Some(b)) => a.identity() == b.identity(),
            _ => false,
        };
        if !same("__init__") && same("__new__") {
            return Ok(Value::Instance(vm.new_exception(cls, Vec::new())));
        }
    }
    Ok(Value::Instance(vm.new_exception(cls, rest.to_vec())))
}

/// `BaseException.__init__`'s refusal of keyword arguments, which the `__init__` of most
/// built-in exceptions share: "E() takes no keyword arguments".
pub(crate) fn no_keywords(vm: &mut Vm, args: &Args<'_>) -> PyResult<()> {
    match args.pos.first() {
        Some(Value::Instance(inst)) if !args.kw.is_empty() => Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            inst.class().name().as_str()
        ))),
        _ => Ok(()),
    }
}

fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords(vm, &args)?;
    if let Some(Value::Instance(inst)) = args.pos.first() {
        if let Some(data) = &inst.exc {
            *data.args.borrow_mut() = Value::tuple(args.pos[1..].to_vec());
        }
    }
    Ok(Value::None)
}

/// `ImportError(*args, name=None, path=None)`: `msg` is the only argument, if one.
fn import_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let (mut name, mut path) = (Value::None, Value::None);
    for (k, v) in args.kw {
        match k.as_str() {
            "name" => name = v.clone(),
            "path" => path = v.clone(),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {}()",
                    inst.class().name().as_str()
                )))
            }
        }
    }
    let rest = &args.pos[1..];
    if let Some(data) = &inst.exc {
        *data.args.borrow_mut() = Value::tuple(rest.to_vec());
    }
    let msg = if rest.len() == 1 {
        rest[0].clone()
    } else {
        Value::None
    };
    vm.dict_set(&inst.dict, Value::str("msg"), msg)?;
    vm.dict_set(&inst.dict, Value::str("name"), name)?;
    vm.dict_set(&inst.dict, Value::str("path"), path)?;
    Ok(Value::None)
}

/// `str()` of an ImportError: its `msg` when set.
fn import_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::str(""));
    };
    match inst.dict.get_str("msg") {
        Some(msg) if !msg.is_none() => vm.to_str(&msg).map(Value::string),
        _ => Ok(Value::string(vm.exception_str(inst)?)),
    }
}

pub const IMPORT_METHODS: &[(&str, NativeFn)] =
    &[("__init__", import_init), ("__str__", import_str)];

fn str_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Instance(inst)) => Ok(Value::string(vm.exception_str(inst)?)),
        _ => Ok(Value::str("")),
    }
}

/// `ValueError('x')`: the class name and the args tuple's repr.
pub fn exception_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Instance(inst) = v else {
        return vm.repr(v);
    };
    let name = inst.class().name().as_str().to_string();
    let args = inst
        .exc
        .as_ref()
        .map_or(Value::tuple(vec![]), |d| d.args.borrow().clone());
    match &args {
        Value::Tuple(t) if t.items.len() == 1 => Ok(format!("{name}({})", vm.repr(&t.items[0])?)),
        Value::Tuple(_) => Ok(format!("{name}{}", vm.repr(&args)?)),
        other => Ok(format!("{name}({})", vm.repr(other)?)),
    }
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or_default();
    Ok(Value::string(exception_repr(vm, &v)?))
}

fn with_traceback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("with_traceback", &args, 2, 2)?;
    if let Value::Instance(inst) = &args.pos[0] {
        if let Some(data) = &inst.exc {
            vm.set_traceback(data, &args.pos[1])?;
        }
    }
    Ok(args.pos[0].clone())
}

/// The instance-dict entries an exception of this class holds for its own fields. CPython
/// keeps them in slots, so they stay out of the state `__reduce__` gives.
fn field_names(vm: &Vm, cls: &PyType) -> Vec<&'static str> {
    use crate::error::ExcKind as K;
    let mut names = Vec::new();
    let is = |k: K| cls.is_subtype(&vm.exc_type(k));
    if is(K::OSError) {
        names.extend(OS_ATTRS);
        names.push("characters_written");
    }
    if is(K::ImportError) {
        names.extend(["msg", "name", "path"]);
    }
    if is(K::SyntaxError) {
        names.extend(SYNTAX_FIELDS);
    }
    if is(K::UnicodeError) {
        names.extend(["encoding", "object", "start", "end", "reason"]);
    }
    if is(K::AttributeError) {
        names.extend(["name", "obj"]);
    }
    if is(K::NameError) {
        names.push("name");
    }
    names
}

/// `BaseException.__reduce__`: the class, the args and the instance's own attributes when it
/// has any (OSError, ImportError and AttributeError add their fields as CPython does).
fn reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::error::ExcKind as K;
    vm.check_args("__reduce__", &args, 1, 1)?;
    let Value::Instance(inst) = &args.pos[0] else {
        return Err(vm.type_error("descriptor '__reduce__' requires a 'BaseException' object"));
    };
    let cls = inst.class();
    let mut items = match inst.exc.as_ref().map(|d| d.args.borrow().clone()) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let fields = field_names(vm, &cls);
    let state = PyDict::new();
    for (k, v) in inst.dict.items() {
        let own = matches!(&k, Value::Str(s) if fields.contains(&s.as_str()));
        if !own {
            vm.dict_set(&state, k, v)?;
        }
    }
    if cls.is_subtype(&vm.exc_type(K::OSError)) && items.len() == 2 {
        if let Some(f) = inst.dict.get_str("filename") {
            items.push(f);
            if let Some(f2) = inst.dict.get_str("filename2") {
                items.extend([Value::None, f2]);
            }
        }
    }
    let mut named = Vec::new();
    if cls.is_subtype(&vm.exc_type(K::ImportError)) {
        named.extend(["name", "path"]);
    }
    if cls.is_subtype(&vm.exc_type(K::AttributeError)) {
        named.push("name");
    }
    for n in named {
        if let Some(v) = inst.dict.get_str(n).filter(|v| !v.is_none()) {
            vm.dict_set(&state, Value::str(n), v)?;
        }
    }
    if cls.is_subtype(&vm.exc_type(K::AttributeError)) {
        vm.dict_set(&state, Value::str("args"), Value::tuple(items.clone()))?;
    }
    let mut out = vec![Value::Type(cls), Value::tuple(items)];
    if !state.is_empty() {
        out.push(Value::Dict(Rc::new(state)));
    }
    Ok(Value::tuple(out))
}

/// `BaseException.__setstate__(state)`: sets each entry of a dict as an attribute.
fn setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__setstate__", &args, 2, 2)?;
    match &args.pos[1] {
        Value::None => {}
        Value::Dict(d) => {
            for (k, v) in d.items() {
                let Value::Str(name) = k else {
                    return Err(vm.type_error(format!(
                        "attribute name must be string, not '{}'",
                        vm.type_name(&k)
                    )));
                };
                vm.setattr(&args.pos[0], &name, v)?;
            }
        }
        _ => return Err(vm.type_error("state is not a dictionary")),
    }
    Ok(Value::None)
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("__str__", str_),
    ("__repr__", repr),
    ("__reduce__", reduce),
    ("__setstate__", setstate),
    ("with_traceback", with_traceback),
    ("add_note", crate::object::types::exception_group::add_note),
];

/// The attributes `OSError` keeps besides `args`.
const OS_ATTRS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// Sets an `OSError`'s attributes from its constructor arguments as CPython does: with 2 to
/// 5 arguments they are (errno, strerror, filename, winerror, filename2), and `args` keeps
/// only the first two when a filename is given.
pub(crate) fn os_error_init(
    vm: &mut Vm,
    inst: &crate::object::types::PyInstance,
    args: &[Value],
) -> PyResult<()> {
    // A field stays out of the dict until it is set (the class answers None for it), so
    // `str()` and `__reduce__` can tell "never set" from "set to None" as CPython does.
    for name in OS_ATTRS.iter().chain(["characters_written"].iter()) {
        vm.dict_remove_str(&inst.dict, name);
    }
    let blocking = inst
        .class()
        .is_subtype(&vm.exc_type(crate::error::ExcKind::BlockingIOError));
    let mut has_filename = false;
    if (2..=5).contains(&args.len()) {
        vm.dict_set(&inst.dict, Value::str("errno"), args[0].clone())?;
        vm.dict_set(&inst.dict, Value::str("strerror"), args[1].clone())?;
        match args.get(2) {
            // BlockingIOError(errno, strerror, characters_written)
            Some(n @ Value::Int(_)) if blocking => {
                vm.dict_set(&inst.dict, Value::str("characters_written"), n.clone())?;
            }
            Some(f) if !f.is_none() => {
                has_filename = true;
                vm.dict_set(&inst.dict, Value::str("filename"), f.clone())?;
                if let Some(f2) = args.get(4).filter(|f2| !f2.is_none()) {
                    vm.dict_set(&inst.dict, Value::str("filename2"), f2.clone())?;
                }
            }
            _ => {}
        }
    }
    if let Some(data) = &inst.exc {
        let kept = if has_filename {
            args[..2].to_vec()
        } else {
            args.to_vec()
        };
        *data.args.borrow_mut() = Value::tuple(kept);
    }
    Ok(())
}

fn os_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords(vm, &args)?;
    if let Some(Value::Instance(inst)) = args.pos.first() {
        os_error_init(vm, inst, &args.pos[1..])?;
    }
    Ok(Value::None)
}

/// `str()` of an `OSError`: `[Errno 2] No such file or directory: 'x'`.
pub(crate) fn os_error_str(
    vm: &mut Vm,
    inst: &crate::object::types::PyInstance,
) -> PyResult<Option<String>> {
    let attr = |name: &str| inst.dict.get_str(name);
    let errno = vm.to_str(&attr("errno").unwrap_or_default())?;
    let strerror = vm.to_str(&attr("strerror").unwrap_or_default())?;
    if let Some(filename) = attr("filename") {
        let f = vm.repr(&filename)?;
        if let Some(filename2) = attr("filename2") {
            let f2 = vm.repr(&filename2)?;
            return Ok(Some(format!("[Errno {errno}] {strerror}: {f} -> {f2}")));
        }
        return Ok(Some(format!("[Errno {errno}] {strerror}: {f}")));
    }
    if attr("errno").is_some() && attr("strerror").is_some() {
        return Ok(Some(format!("[Errno {errno}] {strerror}")));
    }
    Ok(None)
}

fn os_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::str(""));
    };
    match os_error_str(vm, inst)? {
        Some(text) => Ok(Value::string(text)),
        None => Ok(Value::string(vm.exception_str(inst)?)),
    }
}

pub const OS_METHODS: &[(&str, NativeFn)] = &[("__init__", os_init), ("__str__", os_str)];

/// `characters_written`: set only by a BlockingIOError that says how much it wrote.
fn characters_written_get(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    match obj {
        Value::Instance(inst) => match inst.dict.get_str("characters_written") {
            Some(v) => Ok(v),
            None => Err(vm.new_error(ExcKind::AttributeError, "characters_written")),
        },
        _ => Err(vm.new_error(ExcKind::AttributeError, "characters_written")),
    }
}

fn characters_written_set(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Value::Instance(inst) = obj else {
        return Ok(());
    };
    match value {
        Some(v) => {
            let Some(n) = vm.index_value(&v)? else {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&v)
                )));
            };
            vm.dict_set(&inst.dict, Value::str("characters_written"), Value::Int(n))
        }
        None => match vm.dict_remove_str(&inst.dict, "characters_written") {
            Some(_) => Ok(()),
            None => Err(vm.new_error(ExcKind::AttributeError, "characters_written")),
        },
    }
}

static CHARACTERS_WRITTEN: crate::object::types::GetSetDef = crate::object::types::GetSetDef {
    name: "characters_written",
    owner: "OSError",
    get: characters_written_get,
    set: Some(characters_written_set),
};

/// The attributes a SyntaxError carries besides `args`.
const SYNTAX_FIELDS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
fn syntax_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords(vm, &args)?;
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let rest = &args.pos[1..];
    if let Some(data) = &inst.exc {
        *data.args.borrow_mut() = Value::tuple(rest.to_vec());
    }
    if let Some(msg) = rest.first() {
        vm.dict_set(&inst.dict, Value::str("msg"), msg.clone())?;
    }
    if rest.len() == 2 {
        let info = vm.collect(&rest[1])?;
        if info.len() < 4 {
            return Err(vm.type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(vm.type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        for (name, v) in SYNTAX_FIELDS[1..].iter().zip(info) {
            vm.dict_set(&inst.dict, Value::str(name), v)?;
        }
    }
    Ok(Value::None)
}

/// `str()` of a SyntaxError: the message, then `(file, line N)` as far as they are known.
fn syntax_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::str(""));
    };
    // A SyntaxError the interpreter made without fields shows its args.
    let msg = match inst.dict.get_str("msg") {
        Some(m) => vm.to_str(&m)?,
        None => vm.exception_str(inst)?,
    };
    let file = match inst.dict.get_str("filename") {
        Some(Value::Str(f)) => {
            let f = f.as_str();
            Some(f.rsplit('/').next().unwrap_or(f).to_string())
        }
        _ => None,
    };
    let line = match inst.dict.get_str("lineno") {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    Ok(Value::string(match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    }))
}

pub const SYNTAX_METHODS: &[(&str, NativeFn)] =
    &[("__init__", syntax_init), ("__str__", syntax_str)];

/// Sets a SyntaxError's `args` to CPython's `(msg, (filename, lineno, offset, text,
/// end_lineno, end_offset))` from its attributes.
pub(crate) fn syntax_args_from_fields(inst: &crate::object::types::PyInstance) {
    let get = |name: &str| inst.dict.get_str(name).unwrap_or_default();
    let location = Value::tuple(SYNTAX_FIELDS[1..7].iter().map(|n| get(n)).collect());
    if let Some(data) = &inst.exc {
        *data.args.borrow_mut() = Value::tuple(vec![get("msg"), location]);
    }
}

/// The data descriptors CPython's `BaseException` has for the state kept outside an
/// instance's `__dict__`: reading one asks `Vm::exception_attr`, assigning
/// `Vm::set_exception_attr`; none may be deleted.
macro_rules! exception_field {
    ($def:ident, $get:ident, $set:ident, $name:literal, $deleted:literal) => {
        fn $get(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
            if let Value::Instance(inst) = obj {
                let cls = inst.class();
                if let Some(v) = vm.exception_attr(inst, &cls, $name)? {
                    return Ok(v);
                }
            }
            Err(vm.new_error(ExcKind::AttributeError, $name))
        }

        fn $set(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
            let Some(value) = value else {
                return Err(vm.type_error($deleted));
            };
            if let Value::Instance(inst) = obj {
                if let Some(data) = &inst.exc {
                    vm.set_exception_attr(data, $name, &value)?;
                }
            }
            Ok(())
        }

        static $def: crate::object::types::GetSetDef = crate::object::types::GetSetDef {
            name: $name,
            owner: "BaseException",
            get: $get,
            set: Some($set),
        };
    };
}

exception_field!(
    EXC_ARGS,
    args_get,
    args_set,
    "args",
    "args may not be deleted"
);
exception_field!(
    EXC_TRACEBACK,
    traceback_get,
    traceback_set,
    "__traceback__",
    "__traceback__ may not be deleted"
);
exception_field!(
    EXC_CAUSE,
    cause_get,
    cause_set,
    "__cause__",
    "__cause__ may not be deleted"
);
exception_field!(
    EXC_CONTEXT,
    context_get,
    context_set,
    "__context__",
    "__context__ may not be deleted"
);
exception_field!(
    EXC_SUPPRESS,
    suppress_get,
    suppress_set,
    "__suppress_context__",
    "can't delete numeric/char attribute"
);

/// `BaseException`'s descriptors, SyntaxError's and OSError's class-level fields (None for
/// a field an instance never set), and the `characters_written` descriptor.
pub(crate) fn install_os_fields(vm: &mut Vm) {
    let base = vm.exc_type(ExcKind::BaseException);
    for def in [
        &EXC_ARGS,
        &EXC_TRACEBACK,
        &EXC_CAUSE,
        &EXC_CONTEXT,
        &EXC_SUPPRESS,
    ] {
        let getset = crate::object::types::PyWrapper::GetSet(def);
        let _ = vm.dict_set(
            &base.dict,
            Value::str(def.name),
            Value::Wrapper(Rc::new(getset)),
        );
    }
    let syntax = vm.exc_type(ExcKind::SyntaxError);
    for name in SYNTAX_FIELDS {
        let _ = vm.dict_set(&syntax.dict, Value::str(name), Value::None);
    }
    let cls = vm.exc_type(ExcKind::OSError);
    for name in OS_ATTRS {
        let _ = vm.dict_set(&cls.dict, Value::str(name), Value::None);
    }
    let getset = crate::object::types::PyWrapper::GetSet(&CHARACTERS_WRITTEN);
    let _ = vm.dict_set(
        &cls.dict,
        Value::str("characters_written"),
        Value::Wrapper(Rc::new(getset)),
    );
}

impl Vm {
    /// The `OSError` subclass instance CPython raises for a system error.
    pub fn os_error(&mut self, e: pyrs_wasi_sys::OsError) -> crate::error::PyErr {
        self.os_error_with(e, None, None)
    }

    /// An `OSError` naming the path it concerns (`: 'x'` in its message).
    pub fn os_error_path(
        &mut self,
        e: pyrs_wasi_sys::OsError,
        filename: &Value,
    ) -> crate::error::PyErr {
        self.os_error_with(e, Some(filename), None)
    }

    /// An `OSError` naming two paths (`'a' -> 'b'`, for rename and link).
    pub fn os_error_with(
        &mut self,
        e: pyrs_wasi_sys::OsError,
        filename: Option<&Value>,
        filename2: Option<&Value>,
    ) -> crate::error::PyErr {
        let mut strerror = e.strerror();
        if e.outside {
            let text = |v: Option<&Value>| match v {
                Some(Value::Str(s)) => Some(s.as_str().to_string()),
                Some(Value::Bytes(b)) => Some(String::from_utf8_lossy(&b.data).into_owned()),
                _ => None,
            };
            // Of two paths (rename, link), the hint is about the one outside.
            let hints: Vec<String> = [text(filename2), text(filename)]
                .into_iter()
                .flatten()
                .map(|p| pyrs_wasi_sys::outside_hint(&p))
                .collect();
            let hint = hints
                .iter()
                .find(|h| h.contains("--dir"))
                .or(hints.last())
                .cloned()
                .unwrap_or_else(|| pyrs_wasi_sys::outside_hint("."));
            strerror = format!("{strerror} ({hint})");
        }
        let kind = crate::error::ExcKind::for_errno(i64::from(e.errno));
        let cls = self.exc_type(kind);
        let mut args = vec![Value::Int(i64::from(e.errno)), Value::string(strerror)];
        if let Some(f) = filename {
            args.push(f.clone());
            if let Some(f2) = filename2 {
                args.push(Value::None);
                args.push(f2.clone());
            }
        }
        let exc = self.new_exception(cls, Vec::new());
        let _ = os_error_init(self, &exc, &args);
        crate::error::PyErr { exc }
    }
}

/// The attributes of `UnicodeEncodeError`/`UnicodeDecodeError` (`encoding` first) and
/// `UnicodeTranslateError` (without it), set from the constructor's arguments.
fn unicode_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords(vm, &args)?;
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let rest = &args.pos[1..];
    let cls = inst.class();
    let kind = if cls.is_subtype(&vm.exc_type(ExcKind::UnicodeEncodeError)) {
        ExcKind::UnicodeEncodeError
    } else if cls.is_subtype(&vm.exc_type(ExcKind::UnicodeDecodeError)) {
        ExcKind::UnicodeDecodeError
    } else if cls.is_subtype(&vm.exc_type(ExcKind::UnicodeTranslateError)) {
        ExcKind::UnicodeTranslateError
    } else {
        return init(vm, args);
    };
    if let Some(data) = &inst.exc {
        *data.args.borrow_mut() = Value::tuple(rest.to_vec());
    }
    let names: &[&str] = if kind == ExcKind::UnicodeTranslateError {
        vm.dict_set(&inst.dict, Value::str("encoding"), Value::None)?;
        &["object", "start", "end", "reason"]
    } else {
        &["encoding", "object", "start", "end", "reason"]
    };
    if rest.len() != names.len() {
        return Err(vm.type_error(format!(
            "function takes exactly {} arguments ({} given)",
            names.len(),
            rest.len()
        )));
    }
    for (i, (name, v)) in names.iter().zip(rest).enumerate() {
        let ok = match *name {
            "encoding" | "reason" => matches!(v, Value::Str(_)),
            "object" if kind == ExcKind::UnicodeDecodeError => {
                matches!(v, Value::Bytes(_) | Value::ByteArray(_))
            }
            "object" => matches!(v, Value::Str(_)),
            _ => matches!(v, Value::Int(_) | Value::Bool(_)),
        };
        if !ok {
            let msg = match *name {
                "object" if kind == ExcKind::UnicodeDecodeError => {
                    format!("a bytes-like object is required, not '{}'", vm.type_name(v))
                }
                "start" | "end" => format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ),
                _ => format!(
                    "argument {} must be str, not {}",
                    i + 1,
                    vm.arg_type_name(v)
                ),
            };
            return Err(vm.type_error(msg));
        }
        let v = match v {
            Value::ByteArray(b) => crate::object::types::bytes::new_bytes(b.data.borrow().clone()),
            other => other.clone(),
        };
        vm.dict_set(&inst.dict, Value::str(name), v)?;
    }
    Ok(Value::None)
}

/// `str()` of the Unicode errors: `'ascii' codec can't encode character '\xe9' in
/// position 2: ordinal not in range(128)`.
fn unicode_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::str(""));
    };
    let get = |k: &str| inst.dict.get_str(k);
    let (Some(object), Some(Value::Int(start)), Some(Value::Int(end))) =
        (get("object"), get("start"), get("end"))
    else {
        return Ok(Value::string(vm.exception_str(inst)?));
    };
    let reason = match get("reason") {
        Some(r) => vm.to_str(&r)?,
        None => String::new(),
    };
    let encoding = match get("encoding") {
        Some(e) => vm.to_str(&e)?,
        None => String::new(),
    };
    let text = match &object {
        Value::Bytes(b) => {
            crate::codecs::decode_error_message(&encoding, &b.data, start, end, &reason)
        }
        Value::Str(s) if get("encoding").is_some_and(|e| !e.is_none()) => {
            crate::codecs::encode_error_message(&encoding, s.as_str(), start, end, &reason)
        }
        Value::Str(s) => {
            let at = usize::try_from(start)
                .ok()
                .and_then(|i| s.as_str().chars().nth(i));
            match at {
                Some(c) if end - 1 == start => format!(
                    "can't translate character '{}' in position {start}: {reason}",
                    crate::codecs::escape(c)
                ),
                _ => format!(
                    "can't translate characters in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        _ => String::new(),
    };
    Ok(Value::string(text))
}

pub const UNICODE_METHODS: &[(&str, NativeFn)] =
    &[("__init__", unicode_init), ("__str__", unicode_str)];

/// `NameError(*args, name=None)` and `AttributeError(*args, name=None, obj=None)`.
fn name_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let attribute = inst
        .class()
        .is_subtype(&vm.exc_type(ExcKind::AttributeError));
    for (k, v) in args.kw {
        match k.as_str() {
            "name" => vm.dict_set(&inst.dict, Value::str("name"), v.clone())?,
            "obj" if attribute => vm.dict_set(&inst.dict, Value::str("obj"), v.clone())?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {}()",
                    inst.class().name().as_str()
                )))
            }
        }
    }
    if let Some(data) = &inst.exc {
        *data.args.borrow_mut() = Value::tuple(args.pos[1..].to_vec());
    }
    Ok(Value::None)
}

pub const NAME_METHODS: &[(&str, NativeFn)] = &[("__init__", name_init)];
