//! Code that `marshal.loads` builds from bytes a program made: whatever the bytes, loading
//! and verifying either refuses them or gives code that runs to a result or a Python
//! exception, never a panic. Mutants of a program's dump (bytes, instructions, constants)
//! from a fixed seed, each run under a step budget.

use std::rc::Rc;

use pyrs_vm::bytecode::{marshal, verify, Instr, Op};
use pyrs_vm::compile::{compile_source, Mode};
use pyrs_vm::object::Value;
use pyrs_vm::Interpreter;

const PROGRAM: &str = r#"
def add(a, b=2, *rest, k=3, **kw):
    t = a + b
    for x in rest:
        t += x
    return t * k

def gen(n):
    for i in range(n):
        yield i
    yield from [7, 8]

def counter():
    c = 0
    def bump(by=1):
        nonlocal c
        c += by
        return c
    return bump

class Ctx:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return False

class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

def trial(n):
    r = []
    try:
        r.append(add(n, 1, 2, k=2))
        with Ctx() as c:
            r.append(c)
        r += [x * 2 for x in gen(3) if x]
        d = {str(i): i for i in range(3)}
        s = {1, 2, n}
        r.append(f"{n!r:>4}{d}")
        match r:
            case [a, *b] if a:
                r.append(a)
            case {"k": v}:
                r.append(v)
            case _:
                pass
        o = C(n)
        o.v += 1
        r.append(o.get())
        a, *b, c2 = (1, 2, 3, 4)
        r.append(r[1:2])
        r.append(d['1'] + len(s) + counter()(2))
        assert n, "n"
        raise ValueError(n)
    except (ValueError, KeyError) as e:
        r.append(e.args)
    finally:
        r.append(n)
    del r[0]
    return r

result = trial(5)
total = sum(x for x in gen(4))
"#;

/// A small deterministic generator (xorshift), so every run tries the same mutants.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Replaces one instruction or one constant of the code object at `target` (preorder).
fn mutate(code: &mut pyrs_vm::bytecode::Code, target: &mut usize, rng: &mut Rng) {
    if *target == 0 {
        if rng.below(4) == 0 && !code.consts.is_empty() {
            let at = rng.below(code.consts.len());
            let with = [
                Value::None,
                Value::Int(3),
                Value::str("k"),
                Value::tuple(vec![Value::str("k"), Value::Int(1)]),
            ];
            code.consts[at] = with[rng.below(with.len())].clone();
        } else if !code.instrs.is_empty() {
            let at = rng.below(code.instrs.len());
            let old = code.instrs[at];
            // (`PrintExpr` would write to the test's output.)
            let op = match Op::ALL[rng.below(Op::ALL.len())] {
                Op::PrintExpr => Op::PopTop,
                op => op,
            };
            let arg = match rng.below(4) {
                0 => old.arg,
                1 => rng.below(4) as u32,
                2 => rng.next() as u32,
                _ => rng.below(64) as u32,
            };
            let mut instrs = code.instrs.to_vec();
            instrs[at] = Instr { op, arg };
            code.instrs = instrs.into_boxed_slice();
        }
    }
    for c in code.consts.iter_mut() {
        if let Value::Code(inner) = c {
            *target = target.wrapping_sub(1);
            if let Some(inner) = Rc::get_mut(inner) {
                mutate(inner, target, rng);
            }
        }
    }
}

fn count_codes(code: &pyrs_vm::bytecode::Code) -> usize {
    1 + code
        .consts
        .iter()
        .map(|c| match c {
            Value::Code(inner) => count_codes(inner),
            _ => 0,
        })
        .sum::<usize>()
}

#[test]
fn mutants_never_panic() {
    let code = compile_source(PROGRAM, "<fuzz>", Mode::Exec).unwrap();
    let mut bytes = Vec::new();
    marshal::dump(&code, &mut bytes).unwrap();
    let codes = count_codes(&code);
    let mut interp = Interpreter::new();
    let seed = std::env::var("PYRS_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok());
    let mut rng = Rng(seed.unwrap_or(0x9e37_79b9_7f4a_7c15));
    let (mut refused, mut ran) = (0, 0);
    for round in 0..rounds() {
        let loaded = if round % 3 == 0 {
            // A byte of the dump changed.
            let mut bad = bytes.clone();
            let at = 4 + rng.below(bad.len() - 4);
            bad[at] = match rng.below(3) {
                0 => rng.next() as u8,
                1 => bad[at].wrapping_add(1),
                _ => bad[at].wrapping_sub(1),
            };
            marshal::load(&bad, "<fuzz>")
        } else {
            let mut c = marshal::load(&bytes, "<fuzz>").unwrap();
            let mut target = rng.below(codes);
            mutate(&mut c, &mut target, &mut rng);
            Ok(c)
        };
        let Ok(mut c) = loaded else {
            refused += 1;
            continue;
        };
        if verify::verify(&mut c).is_err() {
            refused += 1;
            continue;
        }
        ran += 1;
        let globals = interp.vm.main_globals();
        interp.vm.set_step_budget(Some(2_000));
        let _ = interp.vm.run_module_code(Rc::new(c), globals);
    }
    interp.vm.set_step_budget(None);
    // Both sides of the verifier are exercised.
    eprintln!("refused {refused}, ran {ran}");
    assert!(refused > 500 && ran > 500, "refused {refused}, ran {ran}");
}

/// 4 000 mutants, or `PYRS_FUZZ_ROUNDS` of them (from the seed `PYRS_FUZZ_SEED`): more
/// searches further.
fn rounds() -> usize {
    std::env::var("PYRS_FUZZ_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(4_000)
}
