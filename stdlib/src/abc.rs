//! `_abc`: the type flags `abc` cannot set from Python: whether a class matches sequence or
//! mapping patterns (CPython's `__abc_tpflags__` and `register` behaviour).

use std::rc::Rc;

use pyrs_vm::object::types::{PyType, TypeFlags};
use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

/// CPython's numbering of the two flags in `__abc_tpflags__`.
const SEQUENCE: i64 = 1 << 5;
const MAPPING: i64 = 1 << 6;

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_abc");
    vm.add_function(&m, "set_collection_flags", set_collection_flags);
    vm.add_function(&m, "set_static_name", set_static_name);
    Ok(m)
}

/// `set_collection_flags(cls, flags, registered)`: an ABC's own flags are set as given; a
/// registered class (and its subclasses) gets them unless it is built in or has its own.
fn set_collection_flags(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("set_collection_flags", &args, 3, 3)?;
    let Value::Type(cls) = &args.pos[0] else {
        return Ok(Value::None);
    };
    let given = vm.int_arg(&args.pos[1], "")?;
    let mut bits = 0;
    if given & SEQUENCE != 0 {
        bits |= TypeFlags::SEQUENCE;
    }
    if given & MAPPING != 0 {
        bits |= TypeFlags::MAPPING;
    }
    if bits == 0 {
        return Ok(Value::None);
    }
    if vm.truthy(&args.pos[2])? {
        spread(cls, bits);
    } else {
        cls.flags.set(cls.flags.get() | bits);
    }
    Ok(Value::None)
}

fn spread(cls: &Rc<PyType>, bits: u32) {
    let both = TypeFlags::SEQUENCE | TypeFlags::MAPPING;
    if !cls.heap || cls.flags.get() & both != 0 {
        return;
    }
    cls.flags.set(cls.flags.get() | bits);
    let subclasses: Vec<Rc<PyType>> = cls
        .subclasses
        .borrow()
        .iter()
        .filter_map(std::rc::Weak::upgrade)
        .collect();
    for sub in &subclasses {
        spread(sub, bits);
    }
}

/// `set_static_name(cls)`: messages name `cls` `module.name`, as CPython names the C type
/// the class stands for (`'datetime.timedelta'`, `'decimal.Decimal'`).
fn set_static_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("set_static_name", &args, 1, 1)?;
    if let Value::Type(cls) = &args.pos[0] {
        cls.flags.set(cls.flags.get() | TypeFlags::STATIC_NAME);
    }
    Ok(Value::None)
}
