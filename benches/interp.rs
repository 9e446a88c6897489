//! Criterion benchmarks of the interpreter on the host: a loop, recursive calls, string
//! building, and start-up.

use criterion::{criterion_group, criterion_main, Criterion};

// The allocator the `pyrs` binaries install, so that the host benches measure what ships.
#[global_allocator]
static ALLOC: pyrs_vm::pool::PoolAlloc = pyrs_vm::pool::PoolAlloc;

fn run(src: &str) {
    let mut interp = pyrs::new_interpreter(vec!["bench".into()], vec![String::new()]);
    if let Err(e) = interp.exec(src, "<bench>") {
        let code = interp.report(&e);
        panic!("benchmark program failed with status {code}");
    }
}

fn benches(c: &mut Criterion) {
    c.bench_function("loop_sum_100k", |b| {
        b.iter(|| run("t = 0\nfor i in range(100000):\n    t += i * 2\n"));
    });
    c.bench_function("fib_20", |b| {
        b.iter(|| {
            run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(20)\n")
        });
    });
    c.bench_function("string_build_10k", |b| {
        b.iter(|| run("parts = []\nfor i in range(10000):\n    parts.append(str(i))\ns = ','.join(parts)\n"));
    });
    c.bench_function("dict_ops_20k", |b| {
        b.iter(|| {
            run("d = {}\nfor i in range(20000):\n    d[i] = i\nt = 0\nfor k in d:\n    t += d[k]\n")
        });
    });
    c.bench_function("method_calls_20k", |b| {
        b.iter(|| {
            run("class P:\n    def __init__(self, x):\n        self.x = x\n    def inc(self, d):\n        self.x = self.x + d\n        return self\np = P(0)\nfor i in range(20000):\n    p.inc(i).inc(1)\n")
        });
    });
    c.bench_function("startup_print", |b| {
        b.iter(|| run("x = 'hi'\n"));
    });
}

criterion_group!(interp, benches);
criterion_main!(interp);
