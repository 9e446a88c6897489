//! `open()`: checks the mode and arguments as CPython does, then stacks `FileIO`, a buffered
//! class and `TextIOWrapper` as the mode asks.

use std::rc::Rc;

use super::textio::TextOptions;
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, PyInstance, PyStr};
use crate::object::Value;

/// The Linux `O_*` flags of an open request (what an `opener` receives).
pub(crate) fn os_flags(how: &pyrs_wasi_sys::OpenOptions) -> i64 {
    let mut flags = match (how.read, how.write) {
        (true, true) => 2,
        (false, true) => 1,
        _ => 0,
    };
    if how.create {
        flags |= 0o100;
    }
    if how.exclusive {
        flags |= 0o200;
    }
    if how.truncate {
        flags |= 0o1000;
    }
    if how.append {
        flags |= 0o2000;
    }
    flags | 0o2000000
}

/// What the mode string of `open()` says.
struct Mode {
    raw: String,
    text: bool,
    reading: bool,
    writing: bool,
    updating: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    let (creating, reading, writing, appending) = (has('x'), has('r'), has('w'), has('a'));
    let (text, binary, updating) = (has('t'), has('b'), has('+'));
    if text && binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let count = [creating, reading, writing, appending]
        .iter()
        .filter(|&&b| b)
        .count();
    if count > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    let mut raw = String::new();
    for (on, c) in [
        (creating, 'x'),
        (reading, 'r'),
        (writing, 'w'),
        (appending, 'a'),
    ] {
        if on {
            raw.push(c);
        }
    }
    if updating {
        raw.push('+');
    }
    Ok(Mode {
        raw,
        text: !binary,
        reading: reading || updating,
        writing: writing || appending || creating || updating,
        updating,
    })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub(super) fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // CPython's open() makes calls that count against the recursion limit: at the limit, it
    // raises RecursionError as a Python call would.
    if vm.depth >= vm.recursion_limit {
        return Err(vm.new_error(
            crate::error::ExcKind::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = vm.bind_args(
        "open",
        &args,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let file = file.unwrap_or_default();
    let mode_text = match mode.as_ref().map(Value::plain_text) {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.arg_type_name(other)
            )))
        }
    };
    let buffering = match buffering {
        None => -1,
        Some(v) => vm.int_arg(&v, "")?,
    };
    let str_arg = |vm: &mut Vm, v: Option<Value>, name: &str| -> PyResult<Option<Rc<PyStr>>> {
        match v.as_ref().map(Value::plain_text) {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.clone())),
            Some(other) => Err(vm.type_error(format!(
                "open() argument '{name}' must be str or None, not {}",
                vm.arg_type_name(other)
            ))),
        }
    };
    let encoding = str_arg(vm, encoding, "encoding")?;
    let errors = str_arg(vm, errors, "errors")?;
    let newline = str_arg(vm, newline, "newline")?;
    let closefd = match closefd {
        None => true,
        Some(v) => vm.truthy(&v)?,
    };
    let opener = opener.filter(|o| !o.is_none());
    if !matches!(
        file,
        Value::Str(_) | Value::Bytes(_) | Value::Int(_) | Value::Bool(_)
    ) {
        // Accept os.PathLike objects (checked by FileIO); reject other types early.
        vm.fspath(&file)?;
    }
    let mode = parse_mode(vm, &mode_text)?;
    if !mode.text {
        if encoding.is_some() {
            return Err(vm.value_error("binary mode doesn't take an encoding argument"));
        }
        if errors.is_some() {
            return Err(vm.value_error("binary mode doesn't take an errors argument"));
        }
        if newline.is_some() {
            return Err(vm.value_error("binary mode doesn't take a newline argument"));
        }
    }
    if mode.text && buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let newline = match newline {
        None => None,
        Some(s) => match s.as_str() {
            "" | "\n" | "\r" | "\r\n" => Some(s.as_str().to_string()),
            other => return Err(vm.value_error(format!("illegal newline value: {other}"))),
        },
    };
    if let Some(e) = encoding.as_ref().filter(|e| e.as_str() != "locale") {
        crate::object::types::bytes::canonical_codec(vm, e.as_str())?;
    }
    let raw = Rc::new(PyInstance::new(vm.io.file_io.clone()));
    super::fileio::open_into(vm, &raw, &file, &mode.raw, closefd, opener.as_ref())?;
    let raw_value = Value::Instance(raw.clone());
    let line_buffering = buffering == 1 || (buffering < 0 && isatty(vm, &raw_value));
    let size = if buffering > 1 {
        usize::try_from(buffering).unwrap_or(super::DEFAULT_BUFFER_SIZE)
    } else {
        super::DEFAULT_BUFFER_SIZE
    };
    if buffering == 0 {
        return Ok(raw_value);
    }
    let class = if mode.updating {
        vm.io.buffered_random.clone()
    } else if mode.writing {
        vm.io.buffered_writer.clone()
    } else {
        vm.io.buffered_reader.clone()
    };
    let buffer = Rc::new(PyInstance::new(class));
    let (r, w) = (mode.reading, mode.writing);
    super::buffered::attach(vm, &buffer, raw_value, size, r, w);
    let buffer_value = Value::Instance(buffer);
    if !mode.text {
        return Ok(buffer_value);
    }
    let text = Rc::new(PyInstance::new(vm.io.text_io_wrapper.clone()));
    let opts = TextOptions {
        encoding,
        errors,
        newline,
        line_buffering,
        write_through: false,
    };
    super::textio::attach(vm, &text, buffer_value, opts)?;
    vm.dict_set(&text.dict, Value::str("mode"), Value::str(&mode_text))?;
    Ok(Value::Instance(text))
}

fn isatty(vm: &mut Vm, raw: &Value) -> bool {
    super::call_method(vm, raw, "isatty", &[]).is_ok_and(|v| v.is(&Value::Bool(true)))
}

/// `io.open_code(path)`: the file opened for reading in binary mode.
pub(super) fn open_code(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("open_code", &args, 1, 1)?;
    if !matches!(args.pos[0], Value::Str(_)) {
        return Err(vm.type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            vm.arg_type_name(&args.pos[0])
        )));
    }
    let kw = [(Rc::new(PyStr::new("mode")), Value::str("rb"))];
    open(
        vm,
        Args {
            pos: &args.pos[..1],
            kw: &kw,
        },
    )
}

/// `io.text_encoding(encoding, stacklevel=2)`: the encoding, or "utf-8" for None.
pub(super) fn text_encoding(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("text_encoding", args.pos.len(), 1, 2)?;
    Ok(match &args.pos[0] {
        Value::None => Value::str("utf-8"),
        other => other.clone(),
    })
}

/// The standard stream over descriptor `fd` (`sys.stdin`, `sys.stdout`, `sys.stderr`).
pub(crate) fn std_stream(vm: &mut Vm, fd: u32, unbuffered: bool) -> Value {
    let (name, write) = match fd {
        0 => ("<stdin>", false),
        1 => ("<stdout>", true),
        _ => ("<stderr>", true),
    };
    let raw = Rc::new(PyInstance::new(vm.io.file_io.clone()));
    let mode = if write { "wb" } else { "rb" };
    raw.set_native(Rc::new(std::cell::RefCell::new(super::fileio::new_state(
        i64::from(fd),
        mode,
        false,
    ))));
    let _ = vm.dict_set(&raw.dict, Value::str("name"), Value::str(name));
    let raw_value = Value::Instance(raw);
    let tty = pyrs_wasi_sys::is_terminal(fd);
    let buffer_value = if write && unbuffered {
        raw_value
    } else {
        let class = if write {
            vm.io.buffered_writer.clone()
        } else {
            vm.io.buffered_reader.clone()
        };
        let buffer = Rc::new(PyInstance::new(class));
        super::buffered::attach(
            vm,
            &buffer,
            raw_value,
            super::DEFAULT_BUFFER_SIZE,
            !write,
            write,
        );
        Value::Instance(buffer)
    };
    let text = Rc::new(PyInstance::new(vm.io.text_io_wrapper.clone()));
    let opts = TextOptions {
        encoding: Some(Rc::new(PyStr::new("utf-8"))),
        // UTF-8 mode, as CPython on WASI: surrogateescape for stdin and stdout.
        errors: Some(Rc::new(PyStr::new(if fd == 2 {
            "backslashreplace"
        } else {
            "surrogateescape"
        }))),
        // As CPython outside Windows: no newline translation, stdin included.
        newline: Some("\n".to_string()),
        line_buffering: write && (fd == 2 || tty) && !unbuffered,
        write_through: unbuffered && write,
    };
    let _ = super::textio::attach(vm, &text, buffer_value, opts);
    let _ = vm.dict_set(
        &text.dict,
        Value::str("mode"),
        Value::str(if write { "w" } else { "r" }),
    );
    Value::Instance(text)
}
