//! Start-up of a session, measured in-process on wasmtime (each component compiled once, as
//! precompiled): a new instance, a session and `eval("1+1")`, against a componentize-py
//! component (CPython 3.14) exporting `evaluate(expr) -> string` that does the same.
//! `cargo run --profile component-host -p pyrs-component-host --example startup -- \
//!   pyrs-component.wasm [OTHER.wasm]`

use std::time::{Duration, Instant};

use pyrs_component_host::{render, Limits, Runtime};
use wasmtime::component::{Component, Val};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;

const RUNS: usize = 30;

fn summary(name: &str, mut t: Vec<Duration>) {
    t.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name}: min {:.2} ms, median {:.2} ms ({RUNS} runs)",
        ms(t[0]),
        ms(t[t.len() / 2])
    );
}

fn main() -> wasmtime::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pyrs = args.first().map_or("pyrs-component.wasm", String::as_str);
    let t = Instant::now();
    let rt = Runtime::load(pyrs.as_ref())?;
    println!(
        "pyrs: compiled in {:.0} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let limits = Limits {
        max_steps: Some(1_000_000),
        max_memory_bytes: Some(64 << 20),
        max_recursion: None,
        filesystem: false,
        capture_output: true,
    };
    let (mut inst, mut first) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let t = Instant::now();
        let mut py = rt.instantiate(None)?;
        let t1 = t.elapsed();
        let s = py.session(limits)?;
        let v = py.eval(s, "1+1")?.map(|v| render(&v)).ok();
        let t2 = t.elapsed();
        assert_eq!(v.as_deref(), Some("2"));
        inst.push(t1);
        first.push(t2);
    }
    summary("pyrs: instantiate", inst);
    summary("pyrs: instantiate + session + eval(\"1+1\")", first);
    let Some(other) = args.get(1) else {
        return Ok(());
    };
    let t = Instant::now();
    let component = Component::from_file(rt.engine(), other)?;
    println!(
        "other: compiled in {:.0} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let (mut inst, mut first) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        let t = Instant::now();
        let mut store = rt.store(&MemoryOutputPipe::new(1 << 16));
        let instance = rt.linker().instantiate(&mut store, &component)?;
        let t1 = t.elapsed();
        let f = instance
            .get_func(&mut store, "evaluate")
            .expect("an `evaluate` export");
        let mut out = [Val::Bool(false)];
        f.call(&mut store, &[Val::String("1+1".into())], &mut out)?;
        let t2 = t.elapsed();
        assert!(matches!(&out[0], Val::String(s) if s == "2"));
        inst.push(t1);
        first.push(t2);
    }
    summary("other: instantiate", inst);
    summary("other: instantiate + evaluate(\"1+1\")", first);
    Ok(())
}
