//! `pyrs::session` on the host, with the counting allocator the component installs: a
//! session's memory (cycles included) is given back when it is dropped, and the memory cap
//! and step budget end runaway code with Python exceptions.

use pyrs::session::{FailureKind, Limits, Session};

#[global_allocator]
static ALLOC: pyrs_vm::limits::CountingAlloc<std::alloc::System> =
    pyrs_vm::limits::CountingAlloc(std::alloc::System);

fn captured() -> Limits {
    Limits {
        capture_output: true,
        ..Limits::default()
    }
}

fn cycle(src: &str) {
    let mut s = Session::new(captured());
    let (r, _) = s.exec(src, "<test>");
    assert!(r.is_ok(), "{:?}", r.err());
}

#[test]
fn dropped_sessions_free_their_memory() {
    for src in [
        "pass",
        "class A:\n    pass\na = A()\na.me = a",
        "def g():\n    x = 1\n    def h():\n        return x\n    return h\nk = g()",
        // A metaclass's `__new__` calling super(): its implicit staticmethod, the
        // `__class__` cell and the class form a cycle.
        "class M(type):\n    def __new__(mcls, name, bases, ns):\n        return super().__new__(mcls, name, bases, ns)\nclass A(metaclass=M):\n    pass",
        "class B:\n    def __init_subclass__(cls):\n        return __class__",
        "import json\njson.dumps([1])",
        "import re\nre.compile('a+b')",
        "import collections, dataclasses, enum",
    ] {
        // The first sessions fill what is shared on purpose (interned names).
        for _ in 0..3 {
            cycle(src);
        }
        let before = pyrs_vm::limits::live_bytes();
        for _ in 0..100 {
            cycle(src);
        }
        let after = pyrs_vm::limits::live_bytes();
        // Nothing per session: at most a shared table grown once.
        assert!(
            after <= before + 16 * 1024,
            "{src:?}: {before} -> {after} bytes over 100 sessions"
        );
    }
}

#[test]
fn limits_raise_python_exceptions() {
    let mut s = Session::new(Limits {
        max_steps: Some(10_000),
        max_memory_bytes: Some(64 << 20),
        ..captured()
    });
    let (r, _) = s.exec("while True:\n    pass", "<test>");
    assert_eq!(r.unwrap_err().kind, FailureKind::StepLimit);
    let (r, _) = s.exec("x = []\nwhile True:\n    x.append(' ' * 10000)", "<test>");
    // The step budget may end it first; both are exceptions, not aborts.
    let kind = r.unwrap_err().kind;
    assert!(matches!(
        kind,
        FailureKind::MemoryError | FailureKind::StepLimit
    ));
    let (r, out) = s.exec("x = None\nprint(sum(range(100)))", "<test>");
    assert!(r.is_ok(), "{:?}", r.err().map(|f| f.traceback));
    assert_eq!(out.stdout, "4950\n");
}
