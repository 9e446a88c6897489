//! The `time` module: clocks through `wasi-sys`.

use std::rc::Rc;

use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("time");
    vm.add_function(&m, "time", time);
    vm.add_function(&m, "time_ns", time_ns);
    vm.add_function(&m, "perf_counter", perf_counter);
    vm.add_function(&m, "perf_counter_ns", perf_counter_ns);
    vm.add_function(&m, "monotonic", perf_counter);
    vm.add_function(&m, "monotonic_ns", perf_counter_ns);
    Ok(m)
}

fn time(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(pyrs_wasi_sys::realtime_ns() as f64 / 1e9))
}

fn time_ns(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::from(pyrs_wasi_sys::realtime_ns() as usize))
}

fn perf_counter(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(pyrs_wasi_sys::monotonic_ns() as f64 / 1e9))
}

fn perf_counter_ns(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::from(pyrs_wasi_sys::monotonic_ns() as usize))
}
