//! Golden disassembly tests for the compiler.

use super::compile_module;
use crate::bytecode::dis::disassemble;

fn dis(src: &str) -> String {
    disassemble(&compile_module(src, "<test>").expect("compiles"))
}

#[test]
fn simple_function_golden() {
    let out = dis("def f(a, b=1):\n    return a + b\n");
    assert!(out.contains("MakeFunction"), "{out}");
    assert!(out.contains("code f (args 2"), "{out}");
    assert!(out.contains("BinaryOp            0 +"), "{out}");
}
