//! The README's Rust host: a session with limits, some code, a call and a runaway loop.
//! `cargo run --profile component-host -p pyrs-component-host --example hello` (after
//! `cargo xtask component`).

use pyrs_component_host::{render, scalar, Limits, Node, Runtime};

fn main() -> wasmtime::Result<()> {
    let rt = Runtime::load("pyrs-component.wasm".as_ref())?;
    let mut py = rt.instantiate(None)?;
    let limits = Limits {
        max_steps: Some(1_000_000),
        max_memory_bytes: Some(64 << 20),
        max_recursion: None,
        filesystem: false,
        capture_output: true,
    };
    let s = py.session(limits)?;
    let out = py.exec(
        s,
        "def area(r):\n    return 3.14159 * r * r\nprint('ready')",
    )?;
    println!("{:?}", out.map(|o| o.stdout)); // Ok("ready\n")
    let v = py.call(s, "area", &[scalar(Node::Float(2.0))], &[])?;
    println!("{:?}", v.map(|v| render(&v))); // Ok("12.56636")
    let e = py.exec(s, "while True:\n    pass")?.unwrap_err();
    println!("{:?}: {}", e.kind, e.message); // StepLimit: the step budget of 1000000 steps is spent
    Ok(())
}
