//! `_traceback`: the interpreter's own exception report (the text the top level prints, with
//! CPython's position markers) for the `traceback` module to hand out.

use hashbrown::HashMap;
use std::rc::Rc;

use pyrs_vm::{Args, HintStyle, PyErr, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_traceback");
    vm.add_function(&m, "format_exception", format_exception);
    vm.add_function(&m, "format_exception_only", format_exception_only);
    vm.add_function(&m, "carets", carets);
    Ok(m)
}

/// `format_exception(exc, getline=None)`: the whole report of an exception instance and its
/// chain; `getline(filename, lineno)` (`linecache.getline`) gives the lines of the files
/// pyrs does not know (a `<doctest ...>` example), as the `traceback` module shows them.
fn format_exception(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("format_exception", &args, 1, 2)?;
    let Value::Instance(inst) = &args.pos[0] else {
        let other = &args.pos[0];
        return Err(vm.type_error(format!("exception expected, not {}", vm.type_name(other))));
    };
    if inst.exc.is_none() {
        let other = &args.pos[0];
        return Err(vm.type_error(format!("exception expected, not {}", vm.type_name(other))));
    }
    let mut lent = HashMap::new();
    if let Some(getline) = args.pos.get(1).filter(|g| !g.is_none()) {
        for (file, line) in vm.unknown_source_lines(&args.pos[0]) {
            let text =
                vm.call_value(getline, &[Value::str(&file), Value::Int(line.into())], &[])?;
            if let Value::Str(t) = text {
                let t = t.as_str().trim_end_matches(['\n', '\r']);
                if !t.trim().is_empty() {
                    lent.insert((file, line), t.to_string());
                }
            }
        }
    }
    let borrowed = !lent.is_empty();
    if borrowed {
        vm.lend_source_lines(lent);
    }
    let err = PyErr { exc: inst.clone() };
    let text = vm.with_hint_style(HintStyle::Module, |vm| vm.format_exception(&err));
    if borrowed {
        vm.lend_source_lines(HashMap::new());
    }
    Ok(Value::string(text))
}

/// `format_exception_only(exc, with_traceback=False)`: the `Type: message` lines (and a
/// SyntaxError's location); a NameError gets a "Did you mean" hint only from its traceback.
fn format_exception_only(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("format_exception_only", &args, 1, 2)?;
    let style = match args.pos.get(1) {
        Some(Value::Bool(true)) => HintStyle::Module,
        _ => HintStyle::ModuleWithoutTraceback,
    };
    let exc = args.pos[0].clone();
    let text = vm.with_hint_style(style, |vm| vm.format_exception_only(&exc));
    Ok(Value::string(text))
}

/// `carets(line, colno, end_colno, one_line)`: the marks line the interpreter's report draws
/// under the expression at those UTF-8 byte columns of a source line ('' when it would mark
/// the whole line), for `StackSummary.format`.
fn carets(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("carets", &args, 4, 4)?;
    let (Value::Str(line), Value::Int(start), Value::Int(end)) =
        (&args.pos[0], &args.pos[1], &args.pos[2])
    else {
        return Err(vm.type_error("carets(str, int, int, bool)"));
    };
    let one_line = vm.truthy(&args.pos[3])?;
    let col = |n: i64| usize::try_from(n).unwrap_or(0);
    let row = pyrs_vm::caret_row(line.as_str(), col(*start), col(*end), one_line);
    Ok(Value::string(row))
}
