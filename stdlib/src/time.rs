//! `_time`: the clocks and `sleep` (WASI's `poll_oneoff`) through `wasi-sys`, under `time`.

use std::rc::Rc;

use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_time");
    vm.add_function(&m, "time", time);
    vm.add_function(&m, "time_ns", time_ns);
    vm.add_function(&m, "perf_counter", perf_counter);
    vm.add_function(&m, "perf_counter_ns", perf_counter_ns);
    vm.add_function(&m, "monotonic", perf_counter);
    vm.add_function(&m, "monotonic_ns", perf_counter_ns);
    vm.add_function(&m, "process_time", process_time);
    vm.add_function(&m, "process_time_ns", process_time_ns);
    vm.add_function(&m, "sleep", sleep);
    Ok(m)
}

fn process_time(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(pyrs_wasi_sys::process_time_ns() as f64 / 1e9))
}

fn process_time_ns(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::from(pyrs_wasi_sys::process_time_ns()))
}

/// `time.sleep(secs)`: CPython's checks, then the WASI clock wait.
fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("sleep", &args, 1, 1)?;
    let secs = match &args.pos[0] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::BigInt(_) => {
            return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"))
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() || secs > 9.2e9 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    pyrs_wasi_sys::sleep((secs * 1e9) as u64).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn time(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(pyrs_wasi_sys::realtime_ns() as f64 / 1e9))
}

fn time_ns(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::from(pyrs_wasi_sys::realtime_ns()))
}

fn perf_counter(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(pyrs_wasi_sys::monotonic_ns() as f64 / 1e9))
}

fn perf_counter_ns(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::from(pyrs_wasi_sys::monotonic_ns()))
}
