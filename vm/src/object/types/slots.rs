//! The special methods of the built-in types as attributes: `int.__add__`, `(5).__abs__()`,
//! `list.__getitem__`, `dict.__or__`, ... Each works on the built-in value (for an instance
//! of a Python subclass, the value it extends: see `Vm::call_on_base`) through the
//! interpreter's own operation, and answers `NotImplemented` where CPython's does. Also the
//! `__new__` of each built-in type (so Python subclasses can be instantiated) and the
//! `__init__` of the mutable ones.

use std::rc::Rc;

use crate::bytecode::{BinOp, CmpOp, Op};
use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyInstance, PyStr, PyType, PyWrapper, TypeKind};
use crate::object::Value;

use crate::object::types::dict::is_set_view;

type Table = &'static [(&'static str, NativeFn)];

/// The value an operand stands for: an instance of a subclass of a built-in type stands for
/// the built-in value it extends.
fn operand(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.base.clone().unwrap_or_else(|| v.clone()),
        other => other.clone(),
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn is_bytes_like(v: &Value) -> bool {
    matches!(v, Value::Bytes(_) | Value::ByteArray(_))
}

/// Whether the built-in type of `this` implements `op` with `other` itself (else the slot
/// answers `NotImplemented`).
fn accepts(op: BinOp, this: &Value, other: &Value, reflected: bool) -> bool {
    use BinOp as B;
    match this {
        _ if is_int(this) => is_int(other),
        Value::Float(_) => {
            (is_int(other) || matches!(other, Value::Float(_)))
                && !matches!(
                    op,
                    B::LShift | B::RShift | B::And | B::Or | B::Xor | B::MatMul
                )
        }
        Value::Complex(_) => {
            (is_int(other) || matches!(other, Value::Float(_) | Value::Complex(_)))
                && matches!(op, B::Add | B::Sub | B::Mul | B::TrueDiv | B::Pow)
        }
        Value::Set(_) => {
            matches!(other, Value::Set(_)) && matches!(op, B::And | B::Or | B::Sub | B::Xor)
        }
        Value::Dict(_) => matches!(other, Value::Dict(_)) && op == B::Or,
        // A keys or items view combines with any iterable.
        Value::Wrapper(_) if is_set_view(this) => matches!(op, B::And | B::Or | B::Sub | B::Xor),
        // `str % x` handles any `x`; the reflected form only another str.
        Value::Str(_) => op == B::Mod && (!reflected || matches!(other, Value::Str(_))),
        // Likewise `bytes % x`.
        Value::Bytes(_) | Value::ByteArray(_) => {
            op == B::Mod && (!reflected || is_bytes_like(other))
        }
        _ => false,
    }
}

/// The argument check of slot wrapper `name` taking `n` arguments counting the receiver:
/// CPython's message counts the others only and names no function.
fn slot_arity(vm: &mut Vm, name: &str, args: &Args<'_>, n: usize) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    if args.pos.len() == n {
        return Ok(());
    }
    let (want, got) = (n - 1, args.pos.len().saturating_sub(1));
    let s = if want == 1 { "" } else { "s" };
    Err(vm.type_error(format!("expected {want} argument{s}, got {got}")))
}

fn binary(vm: &mut Vm, args: &Args<'_>, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (name, rname, _) = op.dunders();
    let name = if reflected { rname } else { name };
    slot_arity(vm, name, args, 2)?;
    let this = &args.pos[0];
    // `{} | sub`: a dict subclass overriding `__iter__` is read through its `keys()`.
    if let (Value::Dict(d), Value::Instance(i), BinOp::Or, false) =
        (this, &args.pos[1], op, reflected)
    {
        if matches!(i.base, Some(Value::Dict(_))) && i.class().lookup_heap("__iter__").is_some() {
            return vm.dict_merged(&Value::Dict(d.clone()), Some(&args.pos[1]));
        }
    }
    let other = operand(&args.pos[1]);
    let sequence = matches!(
        this,
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::List(_) | Value::Tuple(_)
    );
    if sequence && op == BinOp::Mul {
        let Some(n) = vm.index_value(&other)? else {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&other)
            )));
        };
        return vm.binary_op(this, &Value::Int(n), op);
    }
    if sequence && op == BinOp::Add {
        if reflected {
            return Ok(Value::NotImplemented);
        }
        let same_family = match this {
            Value::Bytes(_) | Value::ByteArray(_) => is_bytes_like(&other),
            _ => std::mem::discriminant(this) == std::mem::discriminant(&other),
        };
        if !same_family {
            return Err(vm.binary_type_error(this, &other, op));
        }
        return vm.binary_op(this, &other, op);
    }
    if !accepts(op, this, &other, reflected) {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        vm.binary_op(&other, this, op)
    } else {
        vm.binary_op(this, &other, op)
    }
}

fn inplace(vm: &mut Vm, args: &Args<'_>, op: BinOp) -> PyResult<Value> {
    let (_, _, iname) = op.dunders();
    slot_arity(vm, iname, args, 2)?;
    let this = &args.pos[0];
    let other = operand(&args.pos[1]);
    if let Value::Set(_) = this {
        if !matches!(other, Value::Set(_)) {
            return Ok(Value::NotImplemented);
        }
    }
    vm.inplace_op(this, &other, op)
}

fn op<const B: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, BinOp::ALL[B as usize], false)
}

fn rop<const B: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    binary(vm, &args, BinOp::ALL[B as usize], true)
}

fn iop<const B: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    inplace(vm, &args, BinOp::ALL[B as usize])
}

/// Whether two values are of the family a built-in comparison handles itself.
fn comparable(this: &Value, other: &Value) -> bool {
    match this {
        _ if is_int(this) => is_int(other),
        Value::Float(_) => is_int(other) || matches!(other, Value::Float(_)),
        Value::Complex(_) => is_int(other) || matches!(other, Value::Float(_) | Value::Complex(_)),
        Value::Str(_) => matches!(other, Value::Str(_)),
        Value::Bytes(_) | Value::ByteArray(_) => is_bytes_like(other),
        Value::List(_) => matches!(other, Value::List(_)),
        Value::Tuple(_) => matches!(other, Value::Tuple(_)),
        Value::Set(_) => matches!(other, Value::Set(_)),
        Value::Dict(_) => matches!(other, Value::Dict(_)),
        Value::Range(_) => matches!(other, Value::Range(_)),
        Value::Slice(_) => matches!(other, Value::Slice(_)),
        Value::Wrapper(_) if is_set_view(this) => {
            matches!(other, Value::Set(_)) || is_set_view(other)
        }
        _ => false,
    }
}

fn cmp<const C: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let op = CmpOp::ALL[C as usize];
    slot_arity(vm, op.dunders().0, &args, 2)?;
    let this = &args.pos[0];
    let other = operand(&args.pos[1]);
    if !comparable(this, &other) {
        return Ok(Value::NotImplemented);
    }
    match vm.builtin_compare(this, &other, op)? {
        Some(b) => Ok(Value::Bool(b)),
        None => Ok(Value::NotImplemented),
    }
}

fn unary(vm: &mut Vm, args: &Args<'_>, name: &str, op: Op) -> PyResult<Value> {
    slot_arity(vm, name, args, 1)?;
    vm.unary_op(&args.pos[0], op)
}

fn neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "__neg__", Op::UnaryNegative)
}

fn pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "__pos__", Op::UnaryPositive)
}

fn invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    unary(vm, &args, "__invert__", Op::UnaryInvert)
}

/// Calls the built-in function `name` on the receiver (and the other arguments).
fn via_builtin(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let f = vm
        .builtins
        .get_str(name)
        .ok_or_else(|| vm.type_error(format!("no built-in {name}")))?;
    vm.call_value(&f, args.pos, args.kw)
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__abs__", &args, 1)?;
    via_builtin(vm, &args, "abs")
}

fn bool_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__bool__", &args, 1)?;
    vm.truthy(&args.pos[0]).map(Value::Bool)
}

fn int_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__int__", &args, 1)?;
    let int = Value::Type(vm.types.int.clone());
    vm.call_value(&int, &args.pos[..1], &[])
}

fn float_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__float__", &args, 1)?;
    let float = Value::Type(vm.types.float.clone());
    vm.call_value(&float, &args.pos[..1], &[])
}

/// `__trunc__`, `__floor__`, `__ceil__` of ints: the int itself.
fn int_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__trunc__", &args, 1, 1)?;
    int_(vm, args)
}

fn float_round_to<const MODE: u8>(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__trunc__", &args, 1, 1)?;
    let Value::Float(f) = args.pos[0] else {
        return int_(vm, args);
    };
    let r = match MODE {
        0 => f.trunc(),
        1 => f.floor(),
        _ => f.ceil(),
    };
    let int = Value::Type(vm.types.int.clone());
    vm.call_value(&int, &[Value::Float(r)], &[])
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let given = args.pos.len().saturating_sub(1);
    vm.check_count("__round__", given, 0, 1)?;
    via_builtin(vm, &args, "round")
}

/// `__divmod__`, or `__rdivmod__` (`reflected`: the operands swap).
fn divmod_slot(vm: &mut Vm, args: &Args<'_>, reflected: bool) -> PyResult<Value> {
    let name = if reflected {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    slot_arity(vm, name, args, 2)?;
    let (a, b) = (args.pos[0].clone(), operand(&args.pos[1]));
    if !accepts(BinOp::FloorDiv, &a, &b, false) {
        return Ok(Value::NotImplemented);
    }
    let pos = if reflected { [b, a] } else { [a, b] };
    via_builtin(vm, &Args { pos: &pos, kw: &[] }, "divmod")
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_slot(vm, &args, false)
}

fn rdivmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_slot(vm, &args, true)
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__pow__", &args, 2, 3)?;
    let (a, b) = (args.pos[0].clone(), operand(&args.pos[1]));
    if !accepts(BinOp::Pow, &a, &b, false) {
        return Ok(Value::NotImplemented);
    }
    let mut all = vec![a, b];
    all.extend(args.pos.get(2).cloned().filter(|m| !m.is_none()));
    via_builtin(vm, &Args { pos: &all, kw: &[] }, "pow")
}

fn rpow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__rpow__", &args, 2, 3)?;
    let (a, b) = (args.pos[0].clone(), operand(&args.pos[1]));
    if !accepts(BinOp::Pow, &a, &b, false) {
        return Ok(Value::NotImplemented);
    }
    let mut all = vec![b, a];
    all.extend(args.pos.get(2).cloned().filter(|m| !m.is_none()));
    via_builtin(vm, &Args { pos: &all, kw: &[] }, "pow")
}

fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__index__", &args, 1)?;
    Ok(match &args.pos[0] {
        Value::Bool(b) => Value::Int(i64::from(*b)),
        other => other.clone(),
    })
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__repr__", &args, 1)?;
    vm.repr(&args.pos[0]).map(Value::string)
}

/// `int.__repr__` (and float's): a bool given to int's shows as the int it is.
fn number_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__repr__", &args, 1)?;
    match &args.pos[0] {
        Value::Bool(b) => Ok(Value::string(i64::from(*b).to_string())),
        v => vm.repr(v).map(Value::string),
    }
}

fn str_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__str__", &args, 1)?;
    vm.to_str(&args.pos[0]).map(Value::string)
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__hash__", &args, 1)?;
    vm.hash(&args.pos[0]).map(Value::Int)
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__len__", &args, 1)?;
    vm.len(&args.pos[0]).map(Value::from)
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__iter__", &args, 1)?;
    vm.iter(&args.pos[0])
}

fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__reversed__", &args, 1, 1)?;
    via_builtin(vm, &args, "reversed")
}

fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__contains__", &args, 2)?;
    vm.contains(&args.pos[0], &args.pos[1]).map(Value::Bool)
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if matches!(args.pos.first(), Some(Value::List(_) | Value::Dict(_))) {
        // list's and dict's are methods, not slot wrappers, in CPython.
        let owner = vm.type_name(&args.pos[0]).to_string();
        let given = args.pos.len().saturating_sub(1);
        vm.check_count(&format!("{owner}.__getitem__"), given, 1, 1)?;
    } else {
        slot_arity(vm, "__getitem__", &args, 2)?;
    }
    vm.getitem(&args.pos[0], &args.pos[1])
}

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__setitem__", &args, 3)?;
    vm.setitem(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    slot_arity(vm, "__delitem__", &args, 2)?;
    vm.delitem(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

/// `f.__call__(*args, **kwargs)` of functions, built-in functions and methods.
fn call_self(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some((this, rest)) = args.pos.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    vm.call_value(this, rest, args.kw)
}

fn getnewargs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__getnewargs__", &args, 1, 1)?;
    Ok(Value::tuple(vec![args.pos[0].clone()]))
}

fn sizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__sizeof__", &args, 1, 1)?;
    let n = match &args.pos[0] {
        Value::Str(s) => 41 + s.as_str().len(),
        Value::Bytes(b) => 33 + b.data.len(),
        Value::List(l) => 40 + 8 * l.items.borrow().len(),
        Value::Tuple(t) => 24 + 8 * t.items.len(),
        _ => 24,
    };
    Ok(Value::from(n))
}

fn bytes_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("__bytes__", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Bytes(b) => Ok(Value::Bytes(b.clone())),
        other => Ok(other.clone()),
    }
}

// The indices into `BinOp::ALL` and `CmpOp::ALL`.
const ADD: u8 = 0;
const SUB: u8 = 1;
const MUL: u8 = 2;
const TRUEDIV: u8 = 4;
const FLOORDIV: u8 = 5;
const MOD: u8 = 6;
const LSHIFT: u8 = 8;
const RSHIFT: u8 = 9;
const AND: u8 = 10;
const XOR: u8 = 11;
const OR: u8 = 12;

const COMPARE: Table = &[
    ("__lt__", cmp::<0>),
    ("__le__", cmp::<1>),
    ("__eq__", cmp::<2>),
    ("__ne__", cmp::<3>),
    ("__gt__", cmp::<4>),
    ("__ge__", cmp::<5>),
];

const ARITHMETIC: Table = &[
    ("__add__", op::<ADD>),
    ("__radd__", rop::<ADD>),
    ("__sub__", op::<SUB>),
    ("__rsub__", rop::<SUB>),
    ("__mul__", op::<MUL>),
    ("__rmul__", rop::<MUL>),
    ("__truediv__", op::<TRUEDIV>),
    ("__rtruediv__", rop::<TRUEDIV>),
    ("__floordiv__", op::<FLOORDIV>),
    ("__rfloordiv__", rop::<FLOORDIV>),
    ("__mod__", op::<MOD>),
    ("__rmod__", rop::<MOD>),
    ("__divmod__", divmod),
    ("__rdivmod__", rdivmod),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__int__", int_),
    ("__float__", float_),
    ("__round__", round),
    ("__repr__", number_repr),
    ("__hash__", hash),
    ("__getnewargs__", getnewargs),
    ("__sizeof__", sizeof),
];

const BITS: Table = &[
    ("__lshift__", op::<LSHIFT>),
    ("__rlshift__", rop::<LSHIFT>),
    ("__rshift__", op::<RSHIFT>),
    ("__rrshift__", rop::<RSHIFT>),
    ("__and__", op::<AND>),
    ("__rand__", rop::<AND>),
    ("__xor__", op::<XOR>),
    ("__rxor__", rop::<XOR>),
    ("__or__", op::<OR>),
    ("__ror__", rop::<OR>),
    ("__invert__", invert),
    ("__index__", index),
    ("__trunc__", int_self),
    ("__floor__", int_self),
    ("__ceil__", int_self),
];

const FLOAT: Table = &[
    ("__trunc__", float_round_to::<0>),
    ("__floor__", float_round_to::<1>),
    ("__ceil__", float_round_to::<2>),
];

const COMPLEX: Table = &[
    ("__add__", op::<ADD>),
    ("__radd__", rop::<ADD>),
    ("__sub__", op::<SUB>),
    ("__rsub__", rop::<SUB>),
    ("__mul__", op::<MUL>),
    ("__rmul__", rop::<MUL>),
    ("__truediv__", op::<TRUEDIV>),
    ("__rtruediv__", rop::<TRUEDIV>),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__repr__", repr),
    ("__hash__", hash),
];

const BOOL: Table = &[
    ("__and__", op::<AND>),
    ("__rand__", rop::<AND>),
    ("__xor__", op::<XOR>),
    ("__rxor__", rop::<XOR>),
    ("__or__", op::<OR>),
    ("__ror__", rop::<OR>),
    ("__repr__", repr),
];

/// The methods every container type has.
const CONTAINER: Table = &[
    ("__len__", len),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__repr__", repr),
    ("__sizeof__", sizeof),
];

const SEQUENCE: Table = &[
    ("__getitem__", getitem),
    ("__add__", op::<ADD>),
    ("__mul__", op::<MUL>),
    ("__rmul__", rop::<MUL>),
];

const TEXT: Table = &[
    ("__mod__", op::<MOD>),
    ("__rmod__", rop::<MOD>),
    ("__hash__", hash),
    ("__str__", str_),
    ("__getnewargs__", getnewargs),
];

const MUTABLE_SEQUENCE: Table = &[
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__iadd__", iop::<ADD>),
    ("__imul__", iop::<MUL>),
];

const MAPPING: Table = &[
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__reversed__", reversed),
    ("__or__", op::<OR>),
    ("__ror__", rop::<OR>),
    ("__ior__", iop::<OR>),
];

const SET_OPERATORS: Table = &[
    ("__and__", op::<AND>),
    ("__rand__", rop::<AND>),
    ("__or__", op::<OR>),
    ("__ror__", rop::<OR>),
    ("__sub__", op::<SUB>),
    ("__rsub__", rop::<SUB>),
    ("__xor__", op::<XOR>),
    ("__rxor__", rop::<XOR>),
];

const SET_INPLACE: Table = &[
    ("__iand__", iop::<AND>),
    ("__ior__", iop::<OR>),
    ("__isub__", iop::<SUB>),
    ("__ixor__", iop::<XOR>),
];

/// The methods of `dict_keys`, `dict_values` and `dict_items`.
const VIEW: Table = &[
    ("__len__", len),
    ("__iter__", iter),
    ("__reversed__", reversed),
    ("__repr__", repr),
];

const RANGE: Table = &[
    ("__getitem__", getitem),
    ("__reversed__", reversed),
    ("__hash__", hash),
    ("__bool__", bool_),
];

// ----- construction -----

/// `T.__new__(cls, ...)` for a built-in type `T`: the value (for `cls` a Python subclass,
/// an instance of it extending the value).
fn new_of(vm: &mut Vm, args: &Args<'_>, owner: Rc<PyType>, mutable: bool) -> PyResult<Value> {
    let owner_name = owner.name().as_str().to_string();
    let Some(first) = args.pos.first() else {
        return Err(vm.type_error(format!("{owner_name}.__new__(): not enough arguments")));
    };
    let Value::Type(cls) = first else {
        return Err(vm.type_error(format!(
            "{owner_name}.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    if !cls.is_subtype(&owner) {
        return Err(vm.type_error(format!(
            "{owner_name}.__new__({}): {} is not a subtype of {owner_name}",
            cls.name().as_str(),
            cls.name().as_str()
        )));
    }
    if cls.kind != owner.kind {
        let base = cls
            .mro
            .borrow()
            .iter()
            .find(|b| !b.heap)
            .map_or(owner_name.clone(), |b| b.name().as_str().to_string());
        let base = if cls.heap {
            base
        } else {
            cls.name().as_str().to_string()
        };
        return Err(vm.type_error(format!(
            "{owner_name}.__new__({}) is not safe, use {base}.__new__()",
            cls.name().as_str()
        )));
    }
    let rest = args.after_self();
    let ctor = owner.ctor.ok_or_else(|| vm.type_error("no constructor"))?;
    let value = if mutable {
        ctor(vm, Args { pos: &[], kw: &[] })?
    } else {
        ctor(vm, rest)?
    };
    if Rc::ptr_eq(cls, &owner) {
        return Ok(value);
    }
    if cls.has_flag(crate::object::types::TypeFlags::ABSTRACT) {
        return Err(vm.abstract_error(cls));
    }
    // A property subclass keeps its doc in the instance, where the class's `__doc__` does
    // not shadow it.
    let doc = match &value {
        Value::Wrapper(w) if matches!(w.as_ref(), PyWrapper::Property { .. }) => {
            crate::object::types::function::wrapper_attr(vm, w, &PyStr::new("__doc__"))?
        }
        _ => None,
    };
    let inst = Rc::new(PyInstance::with_base(cls.clone(), value));
    if let Some(doc) = doc {
        vm.dict_set(&inst.dict, Value::str("__doc__"), doc)?;
    }
    let obj = Value::Instance(inst);
    crate::object::gc::track(&obj);
    Ok(obj)
}

fn iterator_new(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let Some(t) = vm.types.iterators.get(name).cloned() else {
        return Err(vm.type_error(format!("{name}.__new__: no such type")));
    };
    new_of(vm, args, t, false)
}

fn enumerate_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iterator_new(vm, &args, "enumerate")
}

fn zip_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iterator_new(vm, &args, "zip")
}

fn map_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iterator_new(vm, &args, "map")
}

fn filter_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iterator_new(vm, &args, "filter")
}

fn reversed_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iterator_new(vm, &args, "reversed")
}

/// `__new__` of the built-in types no class extends: the type's own constructor, as
/// CPython's `tp_new`.
fn range_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.range.clone();
    new_of(vm, &args, t, false)
}

fn slice_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.slice.clone();
    new_of(vm, &args, t, false)
}

fn memoryview_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.memoryview.clone();
    new_of(vm, &args, t, false)
}

fn super_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.super_.clone();
    new_of(vm, &args, t, false)
}

fn int_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.int.clone();
    new_of(vm, &args, t, false)
}

fn bool_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.bool_.clone();
    new_of(vm, &args, t, false)
}

fn float_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.float.clone();
    new_of(vm, &args, t, false)
}

fn complex_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.complex.clone();
    new_of(vm, &args, t, false)
}

fn str_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.str_.clone();
    new_of(vm, &args, t, false)
}

fn bytes_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.bytes.clone();
    new_of(vm, &args, t, false)
}

fn tuple_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.tuple.clone();
    new_of(vm, &args, t, false)
}

fn frozenset_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.frozenset.clone();
    new_of(vm, &args, t, false)
}

fn list_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.list.clone();
    new_of(vm, &args, t, true)
}

fn dict_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.dict.clone();
    new_of(vm, &args, t, true)
}

fn set_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.set.clone();
    new_of(vm, &args, t, true)
}

fn bytearray_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.bytearray.clone();
    new_of(vm, &args, t, true)
}

fn property_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.property.clone();
    new_of(vm, &args, t, false)
}

fn classmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.classmethod.clone();
    new_of(vm, &args, t, false)
}

fn staticmethod_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = vm.types.staticmethod.clone();
    new_of(vm, &args, t, false)
}

/// `__init__` of types whose `__new__` does all the work.
fn init_done(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let Value::List(l) = &args.pos[0] else {
        return Ok(Value::None);
    };
    let items = match args.pos.get(1) {
        Some(v) => vm.collect(v)?,
        None => Vec::new(),
    };
    *l.items.borrow_mut() = items;
    Ok(Value::None)
}

/// `dict.__init__(self, *args, **kwds)`: as `update`.
fn dict_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let update = vm.types.dict.dict.get_str("update");
    if let Some(update) = update {
        vm.call_value(&update, args.pos, args.kw)?;
    }
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let this = args.pos[0].clone();
    let fresh = crate::object::types::set::construct(vm, args.after_self())?;
    if let (Value::Set(s), Value::Set(f)) = (&this, &fresh) {
        let table = f.table.borrow().clone();
        *s.table.borrow_mut() = table;
    }
    Ok(Value::None)
}

/// `bytearray.__init__(self, source=..., encoding=..., errors=...)`.
fn bytearray_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos[0].clone();
    let fresh = crate::object::types::bytearray::construct(vm, args.after_self())?;
    if let (Value::ByteArray(b), Value::ByteArray(f)) = (&this, &fresh) {
        let data = f.data.borrow().clone();
        *b.data.borrow_mut() = data;
    }
    Ok(Value::None)
}

fn static_new(vm: &mut Vm, ty: &Rc<PyType>, f: NativeFn) -> PyResult<()> {
    let b = Value::Builtin(Rc::new(crate::object::types::PyBuiltin {
        name: "__new__",
        func: f,
        owner: None,
        kind: TypeKind::Object,
        role: crate::object::types::Role::Plain,
    }));
    let w = crate::object::types::PyWrapper::StaticMethod(b, Default::default());
    vm.dict_set(&ty.dict, Value::str("__new__"), Value::Wrapper(Rc::new(w)))
}

/// Installs the special methods of the built-in types; `add` puts a table in a type's
/// dict. Called before the types' own methods, which win where both define a name.
pub fn install(vm: &mut Vm, add: fn(&mut Vm, &Rc<PyType>, Table)) -> PyResult<()> {
    let t = &vm.types;
    let (int, bool_, float) = (t.int.clone(), t.bool_.clone(), t.float.clone());
    let (str_, bytes, bytearray) = (t.str_.clone(), t.bytes.clone(), t.bytearray.clone());
    let (list, tuple, dict) = (t.list.clone(), t.tuple.clone(), t.dict.clone());
    let (set, frozenset, range) = (t.set.clone(), t.frozenset.clone(), t.range.clone());
    for ty in [&int, &float] {
        add(vm, ty, ARITHMETIC);
        add(vm, ty, COMPARE);
    }
    add(vm, &int, BITS);
    add(vm, &float, FLOAT);
    let complex = vm.types.complex.clone();
    add(vm, &complex, COMPLEX);
    add(vm, &complex, COMPARE);
    add(vm, &bool_, BOOL);
    for ty in [&str_, &bytes, &bytearray, &list, &tuple] {
        add(vm, ty, CONTAINER);
        add(vm, ty, SEQUENCE);
        add(vm, ty, COMPARE);
    }
    for ty in [&str_, &bytes, &bytearray] {
        add(vm, ty, TEXT);
    }
    add(vm, &bytes, &[("__bytes__", bytes_)]);
    for ty in [&list, &bytearray] {
        add(vm, ty, MUTABLE_SEQUENCE);
    }
    add(
        vm,
        &list,
        &[("__reversed__", reversed), ("__init__", list_init)],
    );
    add(
        vm,
        &tuple,
        &[("__hash__", hash), ("__getnewargs__", getnewargs)],
    );
    add(vm, &bytearray, &[("__init__", bytearray_init)]);
    add(vm, &dict, CONTAINER);
    add(vm, &dict, MAPPING);
    add(vm, &dict, COMPARE);
    add(vm, &dict, &[("__init__", dict_init)]);
    for ty in [&set, &frozenset] {
        add(vm, ty, CONTAINER);
        add(vm, ty, SET_OPERATORS);
        add(vm, ty, COMPARE);
    }
    add(vm, &set, SET_INPLACE);
    add(vm, &set, &[("__init__", set_init)]);
    add(vm, &frozenset, &[("__hash__", hash)]);
    add(vm, &range, CONTAINER);
    add(vm, &range, RANGE);
    add(vm, &range, COMPARE);
    for name in ["dict_keys", "dict_items", "dict_values"] {
        let Some(ty) = vm.types.iterators.get(name).cloned() else {
            continue;
        };
        add(vm, &ty, VIEW);
        if name != "dict_values" {
            add(vm, &ty, &[("__contains__", contains)]);
            add(vm, &ty, SET_OPERATORS);
            add(vm, &ty, COMPARE);
            vm.dict_set(&ty.dict, Value::str("__hash__"), Value::None)?;
        }
    }
    for ty in [
        vm.types.function.clone(),
        vm.types.builtin_function.clone(),
        vm.types.method.clone(),
    ] {
        add(vm, &ty, &[("__call__", call_self)]);
    }
    let module = vm.types.module.clone();
    add(
        vm,
        &module,
        &[("__init__", crate::object::types::typeobj::module_init)],
    );
    let slice = vm.types.slice.clone();
    add(vm, &slice, COMPARE);
    add(vm, &slice, &[("__repr__", repr)]);
    let none = vm.types.none.clone();
    add(
        vm,
        &none,
        &[
            ("__repr__", repr),
            ("__bool__", self::bool_),
            ("__hash__", hash),
        ],
    );
    for ty in [vm.types.not_implemented.clone(), vm.types.ellipsis.clone()] {
        add(vm, &ty, &[("__repr__", repr)]);
    }
    // The mutable containers are unhashable.
    for ty in [&list, &dict, &set, &bytearray] {
        vm.dict_set(&ty.dict, Value::str("__hash__"), Value::None)?;
    }
    let (property, classmethod, staticmethod) = (
        vm.types.property.clone(),
        vm.types.classmethod.clone(),
        vm.types.staticmethod.clone(),
    );
    for ty in [&property, &classmethod, &staticmethod] {
        add(vm, ty, &[("__init__", init_done)]);
    }
    let (slice, memoryview, super_) = (
        vm.types.slice.clone(),
        vm.types.memoryview.clone(),
        vm.types.super_.clone(),
    );
    let news: [(&Rc<PyType>, NativeFn); 19] = [
        (&property, property_new),
        (&classmethod, classmethod_new),
        (&staticmethod, staticmethod_new),
        (&int, int_new),
        (&bool_, bool_new),
        (&float, float_new),
        (&complex, complex_new),
        (&str_, str_new),
        (&bytes, bytes_new),
        (&tuple, tuple_new),
        (&frozenset, frozenset_new),
        (&list, list_new),
        (&dict, dict_new),
        (&set, set_new),
        (&bytearray, bytearray_new),
        (&range, range_new),
        (&slice, slice_new),
        (&memoryview, memoryview_new),
        (&super_, super_new),
    ];
    for (ty, f) in news {
        static_new(vm, ty, f)?;
    }
    // The iterator types a class may extend: `class Numbered(enumerate)`.
    let iterator_news: [(&str, NativeFn); 5] = [
        ("enumerate", enumerate_new),
        ("zip", zip_new),
        ("map", map_new),
        ("filter", filter_new),
        ("reversed", reversed_new),
    ];
    for (name, f) in iterator_news {
        if let Some(ty) = vm.types.iterators.get(name).cloned() {
            ty.flags
                .set(ty.flags.get() | crate::object::types::TypeFlags::BASETYPE);
            static_new(vm, &ty, f)?;
        }
    }
    debug_assert!(int.kind == TypeKind::Int);
    Ok(())
}
