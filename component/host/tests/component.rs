//! The component in a real host (wasmtime's component API): exec, eval, call, globals, each
//! error kind, each limit, isolation between sessions, and sessions created and dropped
//! without the instance's memory growing. Python's own outputs here are what CPython 3.12
//! prints for the same code.

use std::path::PathBuf;
use std::sync::OnceLock;

use pyrs_component_host::{
    render, scalar, Error, ErrorKind, Instance, Limits, Node, Runtime, Session, Value,
};

/// The component `cargo xtask component` built (or `PYRS_COMPONENT`).
fn runtime() -> &'static Runtime {
    static RT: OnceLock<Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        let path = std::env::var_os("PYRS_COMPONENT").map_or_else(
            || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../pyrs-component.wasm"),
            PathBuf::from,
        );
        Runtime::load(&path).unwrap_or_else(|e| panic!("loading {}: {e:?}", path.display()))
    })
}

fn limits() -> Limits {
    Limits {
        max_steps: None,
        max_memory_bytes: None,
        max_recursion: None,
        filesystem: false,
        capture_output: true,
    }
}

fn instance() -> Instance {
    runtime().instantiate(None).expect("instantiate")
}

fn open(limits: Limits) -> (Instance, Session) {
    let mut i = instance();
    let s = i.session(limits).expect("session");
    (i, s)
}

fn exec_ok(i: &mut Instance, s: Session, src: &str) -> String {
    match i.exec(s, src).expect("no trap") {
        Ok(out) => out.stdout,
        Err(e) => panic!("exec failed: {}", e.traceback),
    }
}

fn eval(i: &mut Instance, s: Session, expr: &str) -> String {
    match i.eval(s, expr).expect("no trap") {
        Ok(v) => render(&v),
        Err(e) => panic!("eval failed: {}", e.traceback),
    }
}

fn exec_err(i: &mut Instance, s: Session, src: &str) -> Error {
    match i.exec(s, src).expect("no trap") {
        Ok(out) => panic!("exec succeeded: {out:?}"),
        Err(e) => e,
    }
}

fn string(s: &str) -> Value {
    scalar(Node::Str(s.to_string()))
}

#[test]
fn exec_captures_output() {
    let (mut i, s) = open(limits());
    let out = i
        .exec(
            s,
            "import sys\nprint('hello', 6 * 7)\nprint('oops', file=sys.stderr)",
        )
        .unwrap()
        .unwrap();
    assert_eq!(out.stdout, "hello 42\n");
    assert_eq!(out.stderr, "oops\n");
    // A later call's output is its own.
    assert_eq!(exec_ok(&mut i, s, "print('again')"), "again\n");
}

#[test]
fn uncaptured_output_goes_to_wasi() {
    let mut l = limits();
    l.capture_output = false;
    let (mut i, s) = open(l);
    let out = i.exec(s, "print('through wasi')").unwrap().unwrap();
    assert_eq!(out.stdout, "");
    assert_eq!(i.wasi_stdout(), "through wasi\n");
}

#[test]
fn eval_returns_values() {
    let (mut i, s) = open(limits());
    assert_eq!(eval(&mut i, s, "1+1"), "2");
    assert_eq!(eval(&mut i, s, "2**100"), "1267650600228229401496703205376");
    assert_eq!(eval(&mut i, s, "-2**63"), "-9223372036854775808");
    assert_eq!(
        eval(
            &mut i,
            s,
            "[1, (2, 'a'), {'k': b'xy'}, None, 1.5, True, ()]"
        ),
        "[1, (2, 'a'), {'k': b'xy'}, None, 1.5, True, ()]"
    );
    assert_eq!(eval(&mut i, s, "(1,)"), "(1,)");
    assert_eq!(eval(&mut i, s, "{1, 2}"), "<handle set>");
    // A list that holds itself: the inner occurrence becomes a handle.
    exec_ok(&mut i, s, "a = [1]\na.append(a)");
    assert_eq!(eval(&mut i, s, "a"), "[1, <handle list>]");
    // Shared, not cyclic: both items are the list.
    assert_eq!(eval(&mut i, s, "[a[:1]] * 2"), "[[1], [1]]");
    let e = i.eval(s, "1 +").unwrap().unwrap_err();
    assert_eq!(e.kind, ErrorKind::SyntaxError);
    assert_eq!(e.type_name, "SyntaxError");
    assert_eq!(e.message, "invalid syntax (<string>, line 1)");
}

#[test]
fn call_functions_with_args_and_kwargs() {
    let (mut i, s) = open(limits());
    exec_ok(
        &mut i,
        s,
        "import math\ndef f(a, b=2, *, c=3):\n    print('f called')\n    return [a, b, c]",
    );
    let v = i
        .call(
            s,
            "f",
            &[scalar(Node::Int(1))],
            &[("c".to_string(), string("x"))],
        )
        .unwrap()
        .unwrap();
    assert_eq!(render(&v), "[1, 2, 'x']");
    assert_eq!(i.take_output(s).unwrap().stdout, "f called\n");
    assert_eq!(i.take_output(s).unwrap().stdout, "");
    let v = i.call(s, "len", &[string("héllo")], &[]).unwrap().unwrap();
    assert_eq!(render(&v), "5");
    let v = i
        .call(s, "math.sqrt", &[scalar(Node::Float(2.25))], &[])
        .unwrap()
        .unwrap();
    assert_eq!(render(&v), "1.5");
    let e = i.call(s, "nope", &[], &[]).unwrap().unwrap_err();
    assert_eq!(
        (e.kind, e.type_name.as_str()),
        (ErrorKind::Exception, "NameError")
    );
    assert_eq!(e.message, "name 'nope' is not defined");
    let e = i
        .call(s, "f", &[], &[("zz".to_string(), string("x"))])
        .unwrap()
        .unwrap_err();
    assert_eq!(e.message, "f() got an unexpected keyword argument 'zz'");
}

#[test]
fn handles_go_back_to_python() {
    let (mut i, s) = open(limits());
    exec_ok(
        &mut i,
        s,
        "class P:\n    def __repr__(self):\n        return 'P!'\np = P()",
    );
    let v = i.eval(s, "p").unwrap().unwrap();
    let Node::Handle(h) = v.nodes[0].clone() else {
        panic!("not a handle: {v:?}")
    };
    assert_eq!((h.type_name.as_str(), h.repr.as_str()), ("P", "P!"));
    let r = i
        .call(s, "repr", std::slice::from_ref(&v), &[])
        .unwrap()
        .unwrap();
    assert_eq!(render(&r), "'P!'");
    i.set_global(s, "q", &v).unwrap().unwrap();
    assert_eq!(eval(&mut i, s, "q is p"), "True");
    i.release(s, h.id).unwrap();
    let e = i.call(s, "repr", &[v], &[]).unwrap().unwrap_err();
    assert_eq!(e.kind, ErrorKind::BadValue);
    assert_eq!(e.message, format!("no handle {}", h.id));
}

#[test]
fn globals_set_and_get() {
    let (mut i, s) = open(limits());
    let v = Value {
        nodes: vec![
            Node::Dict(vec![(1, 2)]),
            Node::Str("xs".to_string()),
            Node::List(vec![3, 4]),
            Node::Int(7),
            Node::BigInt("-123456789012345678901234567890".to_string()),
        ],
    };
    i.set_global(s, "data", &v).unwrap().unwrap();
    assert_eq!(
        eval(&mut i, s, "data['xs'][1] // 10"),
        "-12345678901234567890123456789"
    );
    let got = i.get_global(s, "data").unwrap().expect("bound");
    assert_eq!(render(&got), "{'xs': [7, -123456789012345678901234567890]}");
    assert!(i.get_global(s, "missing").unwrap().is_none());
    // Bad trees are refused, not trusted.
    let bad = Value {
        nodes: vec![Node::List(vec![5])],
    };
    let e = i.set_global(s, "x", &bad).unwrap().unwrap_err();
    assert_eq!(e.kind, ErrorKind::BadValue);
    assert_eq!(e.message, "node index 5 is out of range (1 nodes)");
    let cycle = Value {
        nodes: vec![Node::List(vec![0])],
    };
    let e = i.set_global(s, "x", &cycle).unwrap().unwrap_err();
    assert_eq!(e.kind, ErrorKind::BadValue);
    let unhashable = Value {
        nodes: vec![Node::Dict(vec![(1, 1)]), Node::List(vec![])],
    };
    let e = i.set_global(s, "x", &unhashable).unwrap().unwrap_err();
    assert_eq!(
        (e.type_name.as_str(), e.message.as_str()),
        ("TypeError", "unhashable type: 'list'")
    );
}

#[test]
fn exceptions_carry_cpython_tracebacks() {
    let (mut i, s) = open(limits());
    let e = exec_err(
        &mut i,
        s,
        "print('before')\ndef g(x):\n    return 1 / x\ng(0)",
    );
    assert_eq!(e.kind, ErrorKind::Exception);
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert_eq!(e.message, "division by zero");
    assert_eq!(
        e.traceback,
        "Traceback (most recent call last):\n  File \"<session>\", line 4, in <module>\n  \
         File \"<session>\", line 3, in g\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(e.output.stdout, "before\n");
    let e = exec_err(
        &mut i,
        s,
        "class MyError(Exception): pass\nraise MyError('bad', 2)",
    );
    assert_eq!(e.type_name, "__main__.MyError");
    assert_eq!(e.message, "('bad', 2)");
    let e = exec_err(&mut i, s, "x = (1,\n");
    assert_eq!(e.kind, ErrorKind::SyntaxError);
    assert_eq!(e.message, "'(' was never closed (<session>, line 1)");
    let e = exec_err(&mut i, s, "import sys\nsys.exit(3)");
    assert_eq!((e.kind, e.message.as_str()), (ErrorKind::SystemExit, "3"));
    // The session goes on.
    assert_eq!(eval(&mut i, s, "1+1"), "2");
}

#[test]
fn step_budget_ends_runaway_code() {
    let mut l = limits();
    l.max_steps = Some(100_000);
    let (mut i, s) = open(l);
    let e = exec_err(&mut i, s, "n = 0\nwhile True:\n    n += 1");
    assert_eq!(e.kind, ErrorKind::StepLimit);
    assert_eq!(e.type_name, "StepLimitExceeded");
    assert_eq!(e.message, "the step budget of 100000 steps is spent");
    // Running the code took a step, each iteration one more.
    assert_eq!(eval(&mut i, s, "n"), "99999");
    // `except Exception` does not catch it; recursion without loops is counted too.
    let e = exec_err(
        &mut i,
        s,
        "def f(n):\n    try:\n        return f(n + 1) + f(n + 1)\n    except Exception:\n        return 0\nf(0)",
    );
    assert_eq!(e.kind, ErrorKind::StepLimit);
    // Each call has the whole budget again (a generator's resumption is a call: 2 steps
    // an item here).
    assert_eq!(
        exec_ok(&mut i, s, "print(sum(i for i in range(40_000)))"),
        "799980000\n"
    );
    let v = i
        .call(s, "f", &[scalar(Node::Int(0))], &[])
        .unwrap()
        .unwrap_err();
    assert_eq!(v.kind, ErrorKind::StepLimit);
    // Built-ins draining endless iterators are stopped too.
    for src in [
        "import itertools\nlist(itertools.count())",
        "import itertools\nsum(itertools.repeat(1))",
        "import itertools\nany(itertools.repeat(False))",
        // A comprehension's filter jumps back to its loop without a `Jump`.
        "[x for x in itertools.count() if False]",
        "{x for x in itertools.count() if x < 0}",
    ] {
        assert_eq!(exec_err(&mut i, s, src).kind, ErrorKind::StepLimit, "{src}");
    }
    assert_eq!(eval(&mut i, s, "1+1"), "2");
}

#[test]
fn recursion_cap() {
    let mut l = limits();
    l.max_recursion = Some(50);
    let (mut i, s) = open(l);
    assert_eq!(
        eval(&mut i, s, "__import__('sys').getrecursionlimit()"),
        "50"
    );
    exec_ok(&mut i, s, "import sys\nsys.setrecursionlimit(10**6)");
    assert_eq!(eval(&mut i, s, "sys.getrecursionlimit()"), "50");
    let e = exec_err(&mut i, s, "def r(n): return r(n + 1)\nr(0)");
    assert_eq!(e.type_name, "RecursionError");
    assert_eq!(e.message, "maximum recursion depth exceeded");
}

#[test]
fn memory_cap_raises_memory_error() {
    let mut l = limits();
    l.max_memory_bytes = Some(32 << 20);
    let (mut i, s) = open(l);
    let e = exec_err(&mut i, s, "x = 'x' * 10**10");
    assert_eq!(
        (e.kind, e.type_name.as_str()),
        (ErrorKind::MemoryError, "MemoryError")
    );
    let e = exec_err(&mut i, s, "b = [0] * (10**7)");
    assert_eq!(e.kind, ErrorKind::MemoryError);
    let e = exec_err(
        &mut i,
        s,
        "grow = []\nwhile True:\n    grow.append('y' * 1000)",
    );
    assert_eq!(e.kind, ErrorKind::MemoryError);
    // Growth inside built-ins, and buffers asked for at once.
    for src in [
        "grow = None\nbig = list(range(10**8))",
        "big = bytearray(10**9)",
        "big = bytes(5 * 10**8)",
        "big = [0] * (10**8)",
    ] {
        assert_eq!(
            exec_err(&mut i, s, src).kind,
            ErrorKind::MemoryError,
            "{src}"
        );
    }
    // Python code can catch it, and the session goes on once the memory is free again.
    exec_ok(&mut i, s, "grow = None");
    let out = exec_ok(
        &mut i,
        s,
        "try:\n    big = []\n    while True:\n        big.append(bytearray(10000))\nexcept MemoryError:\n    big = None\n    print('caught')",
    );
    assert_eq!(out, "caught\n");
    assert_eq!(eval(&mut i, s, "len('z' * 1000)"), "1000");
}

#[test]
fn filesystem_only_when_granted() {
    let (mut i, s) = open(limits());
    let e = exec_err(&mut i, s, "open('data.txt', 'w')");
    assert_eq!(e.type_name, "PermissionError");
    assert_eq!(
        e.message,
        "[Errno 13] Permission denied (this session may not use the file system): 'data.txt'"
    );
    // The built-in library still imports.
    assert_eq!(eval(&mut i, s, "__import__('json').dumps([1])"), "'[1]'");

    let dir = std::env::temp_dir().join(format!("pyrs-host-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("helper.py"), "def twice(x):\n    return 2 * x\n").unwrap();
    let mut i = runtime().instantiate(Some(&dir)).unwrap();
    let mut l = limits();
    l.filesystem = true;
    let s = i.session(l).unwrap();
    exec_ok(
        &mut i,
        s,
        "with open('out.txt', 'w') as f:\n    f.write('written by python\\n')\nimport helper",
    );
    assert_eq!(eval(&mut i, s, "helper.twice(21)"), "42");
    let text = std::fs::read_to_string(dir.join("out.txt")).unwrap();
    assert_eq!(text, "written by python\n");
    // The current directory is the session's own.
    exec_ok(&mut i, s, "import os\nos.mkdir('sub')\nos.chdir('sub')");
    let s3 = i.session(l).unwrap();
    assert_eq!(eval(&mut i, s3, "__import__('os').getcwd()"), "'/'");
    assert_eq!(eval(&mut i, s, "os.getcwd()"), "'/sub'");
    exec_ok(&mut i, s, "os.chdir('/')\nos.rmdir('sub')");
    // A second session in the same instance without the grant still sees nothing.
    let s2 = i.session(limits()).unwrap();
    let e = exec_err(&mut i, s2, "open('out.txt')");
    assert_eq!(e.type_name, "PermissionError");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sessions_are_isolated() {
    let mut i = instance();
    let a = i.session(limits()).unwrap();
    let b = i.session(limits()).unwrap();
    exec_ok(&mut i, a, "x = 'in a'\nimport sys\nsys.flag = 1");
    let e = i.eval(b, "x").unwrap().unwrap_err();
    assert_eq!(e.message, "name 'x' is not defined");
    assert_eq!(
        eval(&mut i, b, "hasattr(__import__('sys'), 'flag')"),
        "False"
    );
    assert_eq!(eval(&mut i, a, "x"), "'in a'");
    // Each session's `random` has its own generator: draws in one do not move another's.
    exec_ok(&mut i, a, "import random\nrandom.seed(7)");
    let first = eval(&mut i, a, "random.random()");
    exec_ok(&mut i, a, "random.seed(7)");
    exec_ok(
        &mut i,
        b,
        "import random\nrandom.seed(1)\nfor _ in range(5):\n    random.random()",
    );
    assert_eq!(eval(&mut i, a, "random.random()"), first);
    i.reset(a).unwrap();
    assert_eq!(eval(&mut i, a, "'x' in globals()"), "False");
}

#[test]
fn sessions_come_and_go_without_growth() {
    let mut i = instance();
    let cycle = |i: &mut Instance| {
        let s = i.session(limits()).unwrap();
        exec_ok(
            i,
            s,
            "class A:\n    pass\na = A()\na.me = a\nd = {'k': [1, 2, 3]}",
        );
        assert_eq!(eval(i, s, "len(d['k'])"), "3");
        i.drop_session(s).unwrap();
    };
    for _ in 0..100 {
        cycle(&mut i);
    }
    let after_100 = i.store.data().memory_size();
    for _ in 0..900 {
        cycle(&mut i);
    }
    let after_1000 = i.store.data().memory_size();
    assert!(
        after_1000 <= after_100,
        "memory grew from {after_100} to {after_1000} bytes over 900 sessions"
    );
}
