//! `_random`: CPython's Mersenne Twister (MT19937) with the same seeding and the
//! same derivations (random(), getrandbits, randrange, choice, shuffle, sample, gauss), so a
//! seeded program prints what CPython prints.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use pyrs_vm::object::types::float::to_float;
use pyrs_vm::object::types::int::{int_param, to_big};
use pyrs_vm::{Args, ExcKind, NativeFn, PyModule, PyResult, Value, Vm};

use crate::slots;

const N: usize = 624;
const M: usize = 397;

/// The generator state: MT19937 plus `gauss`'s cached second value.
struct Twister {
    mt: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Twister {
    fn new() -> Twister {
        let mut t = Twister {
            mt: [0; N],
            index: N + 1,
            gauss_next: None,
        };
        t.seed_array(&[5489]);
        t
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// CPython's `init_by_array`.
    fn seed_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.gauss_next = None;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            for k in 0..N {
                let y = (self.mt[k] & 0x8000_0000) | (self.mt[(k + 1) % N] & 0x7fff_ffff);
                let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
                self.mt[k] = self.mt[(k + M) % N] ^ (y >> 1) ^ mag;
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    fn random(&mut self) -> f64 {
        let a = f64::from(self.next_u32() >> 5);
        let b = f64::from(self.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::from(0);
        }
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k as u32));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left as u32;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    /// A uniform int in [0, n), n > 0: CPython's `_randbelow_with_getrandbits`.
    fn below(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }
}

thread_local! {
    /// The generators: slot 0 is the module's own, the others belong to `Random` instances
    /// (and to embedders' sessions, each with its own module generator).
    static STATES: RefCell<Vec<Option<Twister>>> = RefCell::new(vec![Some(Twister::new())]);
    /// The slot the functions use now (`_select`); 0 stands for the module's generator.
    static CURRENT: Cell<usize> = const { Cell::new(0) };
    /// The slot of the module's generator: 0, or the running session's.
    static MODULE: Cell<usize> = const { Cell::new(0) };
}

/// A new generator for an embedder's session, seeded from the clock: its number.
pub fn new_module_state() -> usize {
    let slot = STATES.with(|states| slots::store(states, Twister::new()));
    let saved = CURRENT.with(|c| c.replace(slot));
    seed_from_time();
    CURRENT.with(|c| c.set(saved));
    slot
}

/// Makes `slot` (from `new_module_state`, or 0) the generator of the module's functions.
pub fn use_module_state(slot: usize) {
    MODULE.with(|m| m.set(slot));
}

/// Frees a session's generator.
pub fn free_module_state(slot: usize) {
    if slot > 0 {
        STATES.with(|states| slots::release(states, slot));
    }
}

fn with<R>(f: impl FnOnce(&mut Twister) -> R) -> R {
    STATES.with(|states| {
        let mut states = states.borrow_mut();
        let cur = match CURRENT.with(Cell::get) {
            0 => MODULE.with(Cell::get),
            n => n,
        };
        let slot = if matches!(states.get(cur), Some(Some(_))) {
            cur
        } else {
            0
        };
        match states[slot].as_mut() {
            Some(t) => f(t),
            None => f(&mut Twister::new()),
        }
    })
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_random");
    let functions: &[(&'static str, NativeFn)] = &[
        ("seed", seed),
        ("random", random),
        ("getrandbits", getrandbits),
        ("randrange", randrange),
        ("randint", randint),
        ("choice", choice),
        ("shuffle", shuffle),
        ("uniform", uniform),
        ("sample", sample),
        ("choices", choices),
        ("gauss", gauss),
        ("getstate", getstate),
        ("setstate", setstate),
        ("_new_state", new_state),
        ("_select", select),
        ("_free", free),
    ];
    for (name, func) in functions {
        vm.add_function(&m, name, *func);
    }
    seed_from_time();
    Ok(m)
}

fn seed_from_time() {
    let t = pyrs_wasi_sys::realtime_ns() ^ pyrs_wasi_sys::monotonic_ns().rotate_left(32);
    with(|s| s.seed_array(&[t as u32, (t >> 32) as u32]));
}

/// Seeds with the 32-bit digits of a non-negative integer, least significant first.
fn seed_from_int(n: &BigInt) {
    let (_, mut key) = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    with(|s| s.seed_array(&key));
}

fn seed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    match args.arg(0, "a") {
        None | Some(Value::None) => seed_from_time(),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            seed_from_int(&to_big(v).unwrap_or_default().abs());
        }
        Some(Value::Float(f)) => {
            // CPython seeds with the hash read as an unsigned machine word.
            let h = vm.hash(&Value::Float(*f))?;
            seed_from_int(&BigInt::from(h as u64));
        }
        Some(other) => {
            return Err(vm.new_error(
                ExcKind::NotImplementedError,
                format!(
                    "random.seed() with a {} is not supported yet",
                    vm.type_name(other)
                ),
            ))
        }
    }
    Ok(Value::None)
}

fn random(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(with(Twister::random)))
}

fn getrandbits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getrandbits", &args, 1, 1)?;
    let k = vm.int_arg(&args.pos[0], "")?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    Ok(Value::from_bigint(with(|s| s.getrandbits(k as u64))))
}

fn below(n: &BigInt) -> BigInt {
    with(|s| s.below(n))
}

fn randrange(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("randrange", args.pos.len(), 1, 3)?;
    let start = int_param(vm, &args.pos[0])?;
    let Some(stop) = args.pos.get(1).filter(|v| !v.is_none()) else {
        if start.is_positive() {
            return Ok(Value::from_bigint(below(&start)));
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let stop = int_param(vm, stop)?;
    let step = match args.pos.get(2) {
        Some(v) => int_param(vm, v)?,
        None => BigInt::from(1),
    };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width.is_positive() {
            return Ok(Value::from_bigint(start + below(&width)));
        }
        return Err(vm.value_error(format!("empty range in randrange({start}, {stop})")));
    }
    if step.is_zero() {
        return Err(vm.value_error("zero step for randrange()"));
    }
    let one = BigInt::from(1);
    let n: BigInt = if step.is_positive() {
        (&width + &step - &one) / &step
    } else {
        (&width + &step + &one) / &step
    };
    if !n.is_positive() {
        return Err(vm.value_error(format!("empty range in randrange({start}, {stop}, {step})")));
    }
    Ok(Value::from_bigint(start + step * below(&n)))
}

fn randint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("randint", &args, 2, 2)?;
    let a = int_param(vm, &args.pos[0])?;
    let b = int_param(vm, &args.pos[1])?;
    let width: BigInt = &b + BigInt::from(1) - &a;
    if !width.is_positive() {
        return Err(vm.value_error(format!("empty range in randrange({a}, {})", b + 1)));
    }
    Ok(Value::from_bigint(a + below(&width)))
}

fn choice(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("choice", &args, 1, 1)?;
    let n = vm.len(&args.pos[0])?;
    if n == 0 {
        return Err(vm.index_error("Cannot choose from an empty sequence"));
    }
    let i = below(&BigInt::from(n));
    vm.getitem(&args.pos[0], &Value::from_bigint(i))
}

fn shuffle(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("shuffle", &args, 1, 1)?;
    let x = &args.pos[0];
    let n = vm.len(x)?;
    for i in (1..n).rev() {
        let j = below(&BigInt::from(i + 1)).to_usize().unwrap_or(0);
        let a = vm.getitem(x, &Value::from(i))?;
        let b = vm.getitem(x, &Value::from(j))?;
        vm.setitem(x, Value::from(i), b)?;
        vm.setitem(x, Value::from(j), a)?;
    }
    Ok(Value::None)
}

fn uniform(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("uniform", &args, 2, 2)?;
    let a = to_float(vm, &args.pos[0])?;
    let b = to_float(vm, &args.pos[1])?;
    Ok(Value::Float(a + (b - a) * with(Twister::random)))
}

fn sample(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(population) = args.arg(0, "population") else {
        return Err(vm.type_error("sample() missing required argument 'population'"));
    };
    let Some(k) = args.arg(1, "k") else {
        return Err(vm.type_error("sample() missing 1 required positional argument: 'k'"));
    };
    let k = vm.int_arg(k, "")?;
    let items = vm.collect(population)?;
    let n = items.len() as i64;
    if k < 0 || k > n {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    let mut setsize = 21usize;
    if k > 5 {
        setsize += 4usize.pow(((k * 3) as f64).log(4.0).ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    if items.len() <= setsize {
        let mut pool = items.clone();
        for i in 0..k {
            let j = below(&BigInt::from(items.len() - i))
                .to_usize()
                .unwrap_or(0);
            result.push(pool[j].clone());
            pool[j] = pool[items.len() - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let j = loop {
                let j = below(&BigInt::from(items.len())).to_usize().unwrap_or(0);
                if selected.insert(j) {
                    break j;
                }
            };
            result.push(items[j].clone());
        }
    }
    Ok(Value::list(result))
}

fn choices(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(population) = args.arg(0, "population") else {
        return Err(vm.type_error("choices() missing required argument 'population'"));
    };
    if args.kwarg("weights").is_some_and(|w| !w.is_none())
        || args.kwarg("cum_weights").is_some_and(|w| !w.is_none())
    {
        return Err(vm.new_error(
            ExcKind::NotImplementedError,
            "random.choices() with weights is not supported yet",
        ));
    }
    let k = match args.kwarg("k").or(args.pos.get(2)) {
        Some(v) => vm.int_arg(v, "")?.max(0) as usize,
        None => 1,
    };
    let items = vm.collect(population)?;
    if items.is_empty() && k > 0 {
        // CPython draws, then indexes the empty population.
        with(Twister::random);
        vm.getitem(population, &Value::Int(0))?;
    }
    let n = items.len() as f64;
    let out = (0..k)
        .map(|_| items[(with(Twister::random) * n).floor() as usize].clone())
        .collect();
    Ok(Value::list(out))
}

fn gauss(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mu = match args.arg(0, "mu") {
        Some(v) => to_float(vm, v)?,
        None => 0.0,
    };
    let sigma = match args.arg(1, "sigma") {
        Some(v) => to_float(vm, v)?,
        None => 1.0,
    };
    let z = with(|s| match s.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = s.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - s.random()).ln()).sqrt();
            s.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    });
    Ok(Value::Float(mu + z * sigma))
}

/// `_new_state()`: a new generator slot, seeded from the clock; its number.
fn new_state(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    // Slot 0 is the module's own generator and is never free.
    let slot = STATES.with(|states| slots::store(states, Twister::new()));
    let saved = CURRENT.with(|c| c.replace(slot));
    seed_from_time();
    CURRENT.with(|c| c.set(saved));
    Ok(Value::from(slot))
}

fn slot_arg(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<usize> {
    vm.check_args(name, args, 1, 1)?;
    slots::number(vm, &args.pos[0])
}

/// `_select(slot)`: the generator the functions use until the next `_select`.
fn select(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slot = slot_arg(vm, &args, "_select")?;
    CURRENT.with(|c| c.set(slot));
    Ok(Value::None)
}

/// `_free(slot)`: a `Random` instance went away.
fn free(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let slot = slot_arg(vm, &args, "_free")?;
    if slot > 0 {
        STATES.with(|states| slots::release(states, slot));
    }
    Ok(Value::None)
}

/// `getstate()`: CPython's form, `(3, (624 words..., index), gauss_next)`.
fn getstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("getstate", &args, 0, 0)?;
    let (words, gauss) = with(|t| {
        let mut words: Vec<Value> = t.mt.iter().map(|&w| Value::from(w as usize)).collect();
        words.push(Value::from(t.index.min(N)));
        (words, t.gauss_next)
    });
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        gauss.map_or(Value::None, Value::Float),
    ]))
}

/// `setstate(state)`: what `getstate` gave.
fn setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("setstate", &args, 1, 1)?;
    let parts = vm.collect(&args.pos[0])?;
    let version = match parts.first() {
        Some(v) => vm.repr(v)?,
        None => "None".to_string(),
    };
    // Version 2 states hold the same words (CPython reduces them modulo 2**32 first).
    if parts.len() != 3 || !matches!(version.as_str(), "2" | "3") {
        return Err(vm.value_error(format!(
            "state with version {version} passed to Random.setstate() of version 3"
        )));
    }
    let words = vm.collect(&parts[1])?;
    if words.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (slot, w) in mt.iter_mut().zip(&words) {
        let v = vm.int_arg(w, "")?;
        *slot = u32::try_from(v)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C unsigned long"))?;
    }
    let index = vm.int_arg(&words[N], "")?;
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let gauss = match &parts[2] {
        Value::None => None,
        v => Some(pyrs_vm::object::types::float::to_float(vm, v)?),
    };
    with(|t| {
        t.mt = mt;
        t.index = index as usize;
        t.gauss_next = gauss;
    });
    Ok(Value::None)
}
