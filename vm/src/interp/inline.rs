//! Built-ins that call back into Python, run in the dispatch loop: `sorted(key=f)`, `sum`
//! over a generator, `len` of an object whose `__len__` is Python, `a == b` with a Python
//! `__eq__`... enter a hidden Python helper (`inline.py`) as a frame of the current loop, so
//! the Python code they call runs there too instead of in a nested loop on the wasm stack.
//! The native calls are faster, so the helpers take over only once recursion is deep
//! (`INLINE_DEPTH`), where nesting would exhaust the wasm stack. Each plan below routes only
//! the cases whose semantics the helper reproduces exactly; everything else is native.

use std::rc::Rc;

use super::{Frame, Vm};
use crate::bytecode::{BinOp, CmpOp};
use crate::error::{ExcKind, PyResult};
use crate::object::types::builtin_fn::builtin;
use crate::object::types::iter::IterState;
use crate::object::types::{Args, Callback, GenKind, PyFunction, PyStr, Role};
use crate::object::Value;

const SOURCE: &str = include_str!("inline.py");

/// The recursion depth from which built-ins run their Python callbacks in the loop. Below
/// it, native nesting costs at most this many levels of `PY_CALL_STACK`, well inside the
/// wasm stack's budget.
pub(super) const INLINE_DEPTH: usize = 50;

/// The helpers of `inline.py`, in the order of `HELPER_NAMES`.
#[derive(Clone, Copy)]
enum Helper {
    SumOver,
    MinMax,
    SortedBy,
    AnyOf,
    AllOf,
    Length,
    Represent,
    Join,
    ToList,
    ToTuple,
    Compare,
    NotEqual,
    ReduceWith,
    SequenceCompare,
    Stringify,
    Percent,
    SequenceRepr,
    Binary,
}

const HELPER_NAMES: [&str; 18] = [
    "sum_over",
    "min_max",
    "sorted_by",
    "any_of",
    "all_of",
    "length",
    "represent",
    "join",
    "to_list",
    "to_tuple",
    "compare",
    "not_equal",
    "reduce_with",
    "sequence_compare",
    "stringify",
    "percent",
    "sequence_repr",
    "binary",
];

/// A callable whose code runs in the dispatch loop (a Python function, or one bound).
fn is_python_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) => true,
        Value::Method(m) => matches!(m.func, Value::Function(_)),
        _ => false,
    }
}

/// An iterator whose items come from Python code: a generator, or `map` over a Python
/// function (the loop's `for` runs both in place).
fn drives_python(v: &Value) -> bool {
    match v {
        Value::Generator(g) => g.kind == GenKind::Generator,
        Value::Iter(i) => matches!(
            &*i.state.borrow(),
            IterState::Map { func, .. } if is_python_callable(func)
        ),
        _ => false,
    }
}

/// `[seq]`, where `seq` is a list or tuple with an instance among its items.
fn holds_instance(args: &[Value]) -> bool {
    let has = |items: &[Value]| items.iter().any(|v| matches!(v, Value::Instance(_)));
    match args {
        [Value::List(l)] => has(&l.items.borrow()),
        [Value::Tuple(t)] => has(&t.items),
        _ => false,
    }
}

impl Vm {
    /// The frame that runs `callee(*args, **kwargs)` in the loop through a helper, or None
    /// when the call is made natively.
    pub(super) fn inline_call(
        &mut self,
        callee: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> Option<PyResult<Box<Frame>>> {
        if self.depth < INLINE_DEPTH {
            return None;
        }
        let (helper, helper_args) = match callee {
            Value::Builtin(b) => match b.role {
                Role::CallsBack(cb) => self.plan_callback(cb, args, kwargs)?,
                _ => return None,
            },
            Value::Type(t) if Rc::ptr_eq(t, &self.types.str_) => {
                let [obj @ Value::Instance(_)] = args else {
                    return None;
                };
                if !kwargs.is_empty() {
                    return None;
                }
                self.plan_str(obj)?
            }
            Value::Type(t) if kwargs.is_empty() && args.len() == 1 && drives_python(&args[0]) => {
                if Rc::ptr_eq(t, &self.types.list) {
                    (Helper::ToList, args.to_vec())
                } else if Rc::ptr_eq(t, &self.types.tuple) {
                    (Helper::ToTuple, args.to_vec())
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        Some(self.helper_frame(helper, &helper_args))
    }

    fn plan_callback(
        &mut self,
        cb: Callback,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> Option<(Helper, Vec<Value>)> {
        let kw = |name: &str| {
            kwargs
                .iter()
                .find(|(k, _)| k.as_str() == name)
                .map(|(_, v)| v.clone())
        };
        let only = |names: &[&str]| {
            kwargs.iter().all(|(k, _)| names.contains(&k.as_str()))
                && (kwargs.len() < 2 || kwargs[0].0.as_str() != kwargs[1].0.as_str())
        };
        match cb {
            Callback::Sum => {
                let start = match (args.len(), kwargs.len()) {
                    (1, 0) => Value::Int(0),
                    (2, 0) => args[1].clone(),
                    (1, 1) if only(&["start"]) => kw("start")?,
                    _ => return None,
                };
                let refused = matches!(start, Value::Str(_) | Value::Bytes(_));
                (drives_python(&args[0]) && !refused)
                    .then(|| (Helper::SumOver, vec![args[0].clone(), start]))
            }
            Callback::Min | Callback::Max => {
                if args.len() != 1 || !only(&["key", "default"]) {
                    return None;
                }
                let key = kw("key").unwrap_or_default();
                if !drives_python(&args[0]) && !is_python_callable(&key) {
                    return None;
                }
                let default = kw("default");
                let want_max = cb == Callback::Max;
                Some((
                    Helper::MinMax,
                    vec![
                        args[0].clone(),
                        key,
                        default.clone().unwrap_or_default(),
                        Value::Bool(default.is_some()),
                        Value::Bool(want_max),
                        Value::str(if want_max { "max" } else { "min" }),
                    ],
                ))
            }
            Callback::Sorted => {
                let key = kw("key")?;
                let reverse = match kw("reverse") {
                    None => false,
                    Some(Value::Bool(b)) => b,
                    Some(Value::Int(i)) => i != 0,
                    Some(_) => return None,
                };
                (args.len() == 1 && only(&["key", "reverse"]) && is_python_callable(&key)).then(
                    || {
                        let args = vec![args[0].clone(), key, Value::Bool(reverse)];
                        (Helper::SortedBy, args)
                    },
                )
            }
            Callback::Any | Callback::All => {
                let helper = if cb == Callback::Any {
                    Helper::AnyOf
                } else {
                    Helper::AllOf
                };
                (args.len() == 1 && kwargs.is_empty() && drives_python(&args[0]))
                    .then(|| (helper, args.to_vec()))
            }
            Callback::Repr if kwargs.is_empty() && holds_instance(args) => {
                Some((Helper::SequenceRepr, args.to_vec()))
            }
            Callback::Len | Callback::Repr => {
                let [obj @ Value::Instance(_)] = args else {
                    return None;
                };
                let (name, helper) = if cb == Callback::Len {
                    ("__len__", Helper::Length)
                } else {
                    ("__repr__", Helper::Represent)
                };
                let method = self.python_special(obj, name)?;
                kwargs
                    .is_empty()
                    .then(|| (helper, vec![method, obj.clone()]))
            }
            Callback::Reduce => {
                let ([function, items] | [function, items, _]) = args else {
                    return None;
                };
                if !kwargs.is_empty() || !(is_python_callable(function) || drives_python(items)) {
                    return None;
                }
                let initial = args.get(2).cloned();
                Some((
                    Helper::ReduceWith,
                    vec![
                        function.clone(),
                        items.clone(),
                        initial.clone().unwrap_or_default(),
                        Value::Bool(initial.is_some()),
                    ],
                ))
            }
            Callback::Join => {
                let [sep @ Value::Str(_), items] = args else {
                    return None;
                };
                (kwargs.is_empty() && drives_python(items))
                    .then(|| (Helper::Join, vec![sep.clone(), items.clone()]))
            }
        }
    }

    /// `str(obj)` of an instance: its Python `__str__`, or its Python `__repr__` when the
    /// class keeps `object.__str__`.
    fn plan_str(&self, obj: &Value) -> Option<(Helper, Vec<Value>)> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        if inst.base.is_some() || inst.exc.is_some() {
            return None;
        }
        let cls = inst.class();
        match cls.lookup("__str__") {
            Some(f @ Value::Function(_)) => Some((Helper::Stringify, vec![f, obj.clone()])),
            Some(found)
                if self
                    .types
                    .object
                    .dict
                    .get_str("__str__")
                    .is_some_and(|o| o.is(&found)) =>
            {
                // object.__str__ calls the repr slot directly: a non-str result is blamed
                // on `__str__`, as in CPython.
                let f = self.python_special(obj, "__repr__")?;
                Some((Helper::Stringify, vec![f, obj.clone()]))
            }
            _ => None,
        }
    }

    /// The frame for `fmt % values` when an instance among `values` needs its text.
    pub(super) fn inline_percent(
        &mut self,
        fmt: &Value,
        values: &Value,
    ) -> Option<PyResult<Box<Frame>>> {
        if self.depth < INLINE_DEPTH {
            return None;
        }
        let wants_python = match values {
            Value::Instance(_) => true,
            Value::Tuple(t) => t.items.iter().any(|v| matches!(v, Value::Instance(_))),
            _ => false,
        };
        if !wants_python || !matches!(fmt, Value::Str(_)) {
            return None;
        }
        Some(self.helper_frame(Helper::Percent, &[fmt.clone(), values.clone()]))
    }

    /// The special method `name` of `obj`'s class when it is a Python function.
    fn python_special(&self, obj: &Value, name: &str) -> Option<Value> {
        match self.type_of(obj).lookup(name) {
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        }
    }

    /// The frame for `a op b` when `a` is an instance whose class (also `b`'s) defines the
    /// comparison in Python, or None to compare natively.
    pub(super) fn inline_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> Option<PyResult<Box<Frame>>> {
        if self.depth < INLINE_DEPTH {
            return None;
        }
        let (Value::Instance(x), Value::Instance(y)) = (a, b) else {
            return self.inline_sequence_compare(a, b, op);
        };
        if !Rc::ptr_eq(&x.class(), &y.class()) {
            return None;
        }
        let (name, _) = op.dunders();
        let plan = match self.python_special(a, name) {
            Some(method) => (
                Helper::Compare,
                vec![method, a.clone(), b.clone(), Value::Int(op as i64)],
            ),
            None if op == CmpOp::Ne && self.type_of(a).lookup("__ne__").is_none() => {
                let method = self.python_special(a, "__eq__")?;
                (Helper::NotEqual, vec![method, a.clone(), b.clone()])
            }
            None => return None,
        };
        Some(self.helper_frame(plan.0, &plan.1))
    }

    /// Two lists (or two tuples) compared while an instance sits among the items they share:
    /// the items' Python methods run in the loop through the helper.
    fn inline_sequence_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> Option<PyResult<Box<Frame>>> {
        let has_instance = |x: &[Value], y: &[Value]| {
            x.iter()
                .zip(y)
                .any(|(p, q)| matches!(p, Value::Instance(_)) || matches!(q, Value::Instance(_)))
        };
        let routed = match (a, b) {
            (Value::List(x), Value::List(y)) => has_instance(&x.items.borrow(), &y.items.borrow()),
            (Value::Tuple(x), Value::Tuple(y)) => has_instance(&x.items, &y.items),
            _ => false,
        };
        let args = [a.clone(), b.clone(), Value::Int(op as i64)];
        routed.then(|| self.helper_frame(Helper::SequenceCompare, &args))
    }

    /// The frame for `a op b` (`a op= b`) when the first method to try is the Python
    /// `__op__` (`__iop__`) of `a`'s class: it runs in the loop, and the rest (`b`'s
    /// reflected method, the TypeError) natively, only when it returns NotImplemented.
    pub(super) fn inline_binary(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> Option<PyResult<Box<Frame>>> {
        let Value::Instance(x) = a else {
            return None;
        };
        // Set views on the right are combined before any special method (`sequence_op`).
        if x.base.is_some() || x.exc.is_some() || matches!(b, Value::Wrapper(_)) {
            return None;
        }
        let (name, _, iname) = op.dunders();
        let ta = x.class();
        // Modes of `_binary_rest`: 0 after `__op__`, 1 after `__iop__`, 2 after `__op__`
        // standing in for a missing `__iop__`.
        let mode = if inplace {
            if let Some(method) = self.python_special(a, iname) {
                let args = [
                    method,
                    a.clone(),
                    b.clone(),
                    Value::Int(op as i64),
                    Value::Int(1),
                ];
                return Some(self.helper_frame(Helper::Binary, &args));
            }
            if ta.lookup(iname).is_some() {
                return None;
            }
            2
        } else {
            0
        };
        // A subclass on the right may go first with its reflected method: native.
        let tb = self.type_of(b);
        if !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) {
            return None;
        }
        let method = self.python_special(a, name)?;
        let args = [
            method,
            a.clone(),
            b.clone(),
            Value::Int(op as i64),
            Value::Int(mode),
        ];
        Some(self.helper_frame(Helper::Binary, &args))
    }

    /// The frame for `repr(obj)` (an f-string's `!r`) when its `__repr__` is Python.
    pub(super) fn inline_repr(&mut self, obj: &Value) -> Option<PyResult<Box<Frame>>> {
        if self.depth < INLINE_DEPTH {
            return None;
        }
        if !matches!(obj, Value::Instance(_)) {
            return None;
        }
        let method = self.python_special(obj, "__repr__")?;
        Some(self.helper_frame(Helper::Represent, &[method, obj.clone()]))
    }

    fn helper_frame(&mut self, helper: Helper, args: &[Value]) -> PyResult<Box<Frame>> {
        if self.helpers.is_empty() {
            self.load_helpers()?;
        }
        let f = self.helpers[helper as usize].clone();
        self.function_frame(&f, args, &[])
    }

    /// Compiles and runs `inline.py` once, with its native helpers in its namespace.
    #[cold]
    fn load_helpers(&mut self) -> PyResult<()> {
        let code = crate::compile::compile_hidden(SOURCE, "<pyrs built-ins>")
            .map_err(|e| self.new_error(ExcKind::SystemError, e.msg))?;
        let globals = Rc::new(crate::object::types::PyDict::new());
        for (name, func) in NATIVES {
            self.dict_set(&globals, Value::str(name), builtin(name, *func))?;
        }
        // `repr` and `str` as the interpreter has them, whatever `builtins` holds by now.
        let repr = Value::Builtin(Rc::new(crate::object::types::PyBuiltin {
            name: "repr",
            func: crate::builtins::functions::repr,
            owner: None,
            kind: crate::object::types::TypeKind::Object,
            role: Role::of(None, "repr"),
        }));
        self.dict_set(&globals, Value::str("_repr"), repr)?;
        let str_type = Value::Type(self.types.str_.clone());
        self.dict_set(&globals, Value::str("_str"), str_type)?;
        self.run_module_code(Rc::new(code), globals.clone())?;
        let mut helpers: Vec<Rc<PyFunction>> = Vec::with_capacity(HELPER_NAMES.len());
        for name in HELPER_NAMES {
            match globals.get_str(name) {
                Some(Value::Function(f)) => helpers.push(f),
                _ => {
                    return Err(self.new_error(
                        ExcKind::SystemError,
                        format!("built-in helper {name} missing"),
                    ))
                }
            }
        }
        self.helpers = helpers;
        Ok(())
    }
}

type Native = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

const NATIVES: &[(&str, Native)] = &[
    ("_sum_start", sum_start),
    ("_sum_add", sum_add),
    ("_sum_end", sum_end),
    ("_sort_keyed", sort_keyed),
    ("_len_result", len_result),
    ("_repr_result", repr_result),
    ("_compare_rest", compare_rest),
    ("_as_tuple", as_tuple),
    ("_reduce_iter", reduce_iter),
    ("_size", size),
    ("_str_result", str_result),
    ("_percent_plan", percent_plan),
    ("_percent_apply", percent_apply),
    ("_percent_native", percent_native),
    ("_ascii_escape", ascii_escape),
    ("_repr_enter", repr_enter),
    ("_repr_leave", repr_leave),
    ("_sequence_text", sequence_text),
    ("_binary_rest", binary_rest),
];

fn arg(args: &Args<'_>, i: usize) -> Value {
    args.pos.get(i).cloned().unwrap_or_default()
}

fn sum_start(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(crate::builtins::numeric::Sum::new(arg(&args, 0)).to_value())
}

fn sum_add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(mut total) = crate::builtins::numeric::Sum::from_value(&arg(&args, 0)) else {
        return Err(vm.new_error(ExcKind::SystemError, "bad sum state"));
    };
    total.add(vm, arg(&args, 1))?;
    Ok(total.to_value())
}

fn sum_end(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match crate::builtins::numeric::Sum::from_value(&arg(&args, 0)) {
        Some(total) => Ok(total.finish()),
        None => Err(vm.new_error(ExcKind::SystemError, "bad sum state")),
    }
}

fn sort_keyed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (Value::List(items), Value::List(keys)) = (arg(&args, 0), arg(&args, 1)) else {
        return Err(vm.new_error(ExcKind::SystemError, "bad sort arguments"));
    };
    let reverse = matches!(arg(&args, 2), Value::Bool(true));
    let items = items.items.borrow().clone();
    let keys = keys.items.borrow().clone();
    let sorted = crate::object::types::list::sort_keyed(vm, items, &keys, reverse)?;
    Ok(Value::list(sorted))
}

fn len_result(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.len_result(arg(&args, 0)).map(Value::from)
}

fn repr_result(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match arg(&args, 0) {
        s if matches!(s.plain_text(), Value::Str(_)) => Ok(s),
        other => Err(vm.type_error(format!(
            "__repr__ returned non-string (type {})",
            vm.type_name(&other)
        ))),
    }
}

fn compare_rest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let op = match arg(&args, 2) {
        Value::Int(i) => CmpOp::ALL.get(i as usize).copied(),
        _ => None,
    };
    let Some(op) = op else {
        return Err(vm.new_error(ExcKind::SystemError, "bad comparison"));
    };
    vm.compare_rest(&arg(&args, 0), &arg(&args, 1), op)
}

fn as_tuple(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::List(l) => Ok(Value::tuple(l.items.borrow().clone())),
        _ => Err(vm.new_error(ExcKind::SystemError, "bad tuple argument")),
    }
}

fn reduce_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::builtins::functions::reduce_iter(vm, &arg(&args, 0))
}

fn size(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::List(l) => Ok(Value::Int(l.items.borrow().len() as i64)),
        Value::Tuple(t) => Ok(Value::Int(t.items.len() as i64)),
        _ => Err(vm.new_error(ExcKind::SystemError, "bad sequence")),
    }
}

fn str_result(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match arg(&args, 0) {
        s if matches!(s.plain_text(), Value::Str(_)) => Ok(s),
        other => Err(vm.type_error(format!(
            "__str__ returned non-string (type {})",
            vm.type_name(&other)
        ))),
    }
}

/// The strings of a list of str (what the helpers pass back).
fn texts_of(v: &Value) -> Vec<String> {
    match v {
        Value::List(l) => l
            .items
            .borrow()
            .iter()
            .map(|t| match t {
                Value::Str(s) => s.as_str().to_string(),
                _ => String::new(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn format_text(args: &Args<'_>) -> String {
    match args.pos.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => String::new(),
    }
}

fn percent_plan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let plan =
        crate::object::types::strformat::percent_plan(vm, &format_text(&args), &arg(&args, 1));
    Ok(match plan {
        Some(found) => Value::list(
            found
                .into_iter()
                .map(|(conv, v)| Value::tuple(vec![Value::string(conv.to_string()), v]))
                .collect(),
        ),
        None => Value::None,
    })
}

fn percent_apply(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let texts = texts_of(&arg(&args, 2));
    crate::object::types::strformat::percent_apply(vm, &format_text(&args), &arg(&args, 1), texts)
}

fn percent_native(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    crate::object::types::strformat::percent_format(vm, &format_text(&args), &arg(&args, 1))
}

fn ascii_escape(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::string(crate::object::types::str::ascii_escape(
        &format_text(&args),
    )))
}

/// Starts the repr of a container: None, or its text when its repr is already being made
/// (a cycle).
fn repr_enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let seq = arg(&args, 0);
    let id = seq.identity();
    if vm.repr_active.contains(&id) {
        let text = if matches!(seq, Value::List(_)) {
            "[...]"
        } else {
            "(...)"
        };
        return Ok(Value::str(text));
    }
    vm.repr_active.push(id);
    Ok(Value::None)
}

fn repr_leave(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let id = arg(&args, 0).identity();
    if let Some(at) = vm.repr_active.iter().rposition(|&x| x == id) {
        vm.repr_active.remove(at);
    }
    Ok(Value::None)
}

/// `[a, b]`, `(a,)` or `(a, b)` from the items' reprs.
fn sequence_text(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let parts = texts_of(&arg(&args, 1));
    let body = parts.join(", ");
    Ok(Value::string(match arg(&args, 0) {
        Value::List(_) => format!("[{body}]"),
        _ if parts.len() == 1 => format!("({body},)"),
        _ => format!("({body})"),
    }))
}

/// What `a op b` does once the Python method `binary` called returned NotImplemented
/// (the modes of `Vm::inline_binary`).
fn binary_rest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    let (Value::Int(op), Value::Int(mode)) = (arg(&args, 2), arg(&args, 3)) else {
        return Err(vm.new_error(ExcKind::SystemError, "bad binary operation"));
    };
    let op = BinOp::from_arg(op as u32);
    match mode {
        0 => vm.binary_reflected(&a, &b, op),
        1 => {
            let r = vm.binary_op(&a, &b, op);
            vm.augmented_error(r, &a, &b, op)
        }
        _ => {
            let r = vm.binary_reflected(&a, &b, op);
            vm.augmented_error(r, &a, &b, op)
        }
    }
}
