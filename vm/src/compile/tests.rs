//! Golden disassembly tests: each `vm/tests/golden/NAME.py` compiles to exactly
//! `NAME.dis`. Set `UPDATE_GOLDEN=1` to rewrite the expected files after a deliberate change.

use std::path::PathBuf;

use super::compile_module;
use crate::bytecode::dis::disassemble;

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

#[test]
fn golden_disassembly() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("golden directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    assert!(entries.len() >= 5, "golden programs missing");
    let mut failures = Vec::new();
    for py in entries {
        let source = std::fs::read_to_string(&py).expect("read golden source");
        let name = py
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let code = compile_module(&source, &name).expect("golden program compiles");
        let got = disassemble(&code);
        let dis_path = py.with_extension("dis");
        if update {
            std::fs::write(&dis_path, &got).expect("write golden");
            continue;
        }
        let expected = std::fs::read_to_string(&dis_path).unwrap_or_default();
        if expected != got {
            failures.push(format!(
                "{}:\n--- expected\n{expected}\n--- got\n{got}",
                dis_path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatches:\n{}",
        failures.join("\n")
    );
}

fn compile_error(src: &str) -> super::CompileError {
    match compile_module(src, "<t>") {
        Ok(_) => panic!("expected a compile error for {src:?}"),
        Err(e) => e,
    }
}

#[test]
fn syntax_errors_carry_cpython_messages() {
    let e = compile_error("return 1\n");
    assert_eq!(e.msg, "'return' outside function");
    assert_eq!(e.line, 1);
    let e = compile_error("for x in y:\n    pass\nbreak\n");
    assert_eq!(e.msg, "'break' outside loop");
    assert_eq!(e.line, 3);
    let e = compile_error("def f():\n    x = 1\n    global x\n");
    assert_eq!(e.msg, "name 'x' is assigned to before global declaration");
}

#[test]
fn spans_are_recorded() {
    let code = compile_module("x = 1\ny = x[0] + 1\n", "<t>").expect("compiles");
    let spans: Vec<(u32, u32)> = code.spans.to_vec();
    assert!(spans.iter().any(|&(s, e)| s < e), "{spans:?}");
}
