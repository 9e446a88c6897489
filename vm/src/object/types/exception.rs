//! `BaseException` and its subclasses: arguments, str/repr, and the methods.

use crate::error::{ExcKind, PyResult};
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn};
use crate::object::Value;

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
    if std::rc::Rc::ptr_eq(&cls, &vm.exc_type(crate::error::ExcKind::OSError))
        && (2..=5).contains(&rest.len())
    {
        if let Value::Int(errno) = &rest[0] {
            cls = vm.exc_type(crate::error::ExcKind::for_errno(*errno));
        }
    }
    if cls.has_flag(crate::object::types::TypeFlags::ABSTRACT) {
        return Err(vm.abstract_error(&cls));
    }
    Ok(Value::Instance(vm.new_exception(cls, rest.to_vec())))
}

fn init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.pos.first() {
        if !args.kw.is_empty() {
            return Err(vm.type_error(format!(
                "{}() takes no keyword arguments",
                inst.class().name().as_str()
            )));
        }
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
    let v = args.pos.first().cloned().unwrap_or(Value::None);
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

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("__str__", str_),
    ("__repr__", repr),
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
    let mut values = [Value::None, Value::None, Value::None, Value::None];
    let blocking = inst
        .class()
        .is_subtype(&vm.exc_type(crate::error::ExcKind::BlockingIOError));
    if (2..=5).contains(&args.len()) {
        values[0] = args[0].clone();
        values[1] = args[1].clone();
        match args.get(2) {
            // BlockingIOError(errno, strerror, characters_written)
            Some(n @ Value::Int(_)) if blocking => {
                vm.dict_set(&inst.dict, Value::str("characters_written"), n.clone())?;
            }
            Some(f) if !f.is_none() => {
                values[2] = f.clone();
                if let Some(f2) = args.get(4) {
                    values[3] = f2.clone();
                }
            }
            _ => {}
        }
    }
    if let Some(data) = &inst.exc {
        let kept = if !values[2].is_none() {
            args[..2].to_vec()
        } else {
            args.to_vec()
        };
        *data.args.borrow_mut() = Value::tuple(kept);
    }
    for (name, value) in OS_ATTRS.iter().zip(values) {
        vm.dict_set(&inst.dict, Value::str(name), value)?;
    }
    Ok(())
}

fn os_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
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
    let attr = |name: &str| inst.dict.get_str(name).unwrap_or(Value::None);
    let (errno, strerror, filename, filename2) = (
        attr("errno"),
        attr("strerror"),
        attr("filename"),
        attr("filename2"),
    );
    if !filename.is_none() {
        let (e, s, f) = (
            vm.to_str(&errno)?,
            vm.to_str(&strerror)?,
            vm.repr(&filename)?,
        );
        if !filename2.is_none() {
            let f2 = vm.repr(&filename2)?;
            return Ok(Some(format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(Some(format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let (e, s) = (vm.to_str(&errno)?, vm.to_str(&strerror)?);
        return Ok(Some(format!("[Errno {e}] {s}")));
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
                _ => format!("argument {} must be str, not {}", i + 1, vm.type_name(v)),
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
