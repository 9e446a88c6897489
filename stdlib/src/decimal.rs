//! `_decimal_native`: the operations programs do most with `decimal` (written in
//! `py/decimal.py`), natively: `+`, `-` and `*` of finite Decimals (or a Decimal and an int),
//! `Decimal.quantize`, `Context.quantize` and `str`, when the coefficients fit 64 bits and
//! the exact result fits the context (at most `prec` digits, its exponent in the normal
//! range), so that nothing but `Rounded` and `Inexact` can be signalled. These are the cases
//! the Python fast paths took; what they decline (a context or rounding argument, a special
//! value, a wide coefficient, a result to round, any other operand) goes to the Python
//! methods (`_py_add`, ...), which do everything.
//!
//! A Decimal is an instance with the slots `_coef`, `_expo`, `_kind`, `_neg` (laid out
//! sorted by name), a Context one with the twelve slots listed below.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use pyrs_vm::object::types::{intern_str, PyBuiltin, PyInstance, Role, TypeKind};
use pyrs_vm::{Args, PyModule, PyResult, Value, Vm};

use crate::bound::{self, BoundClass};

// Decimal's slots.
const COEF: usize = 0;
const EXPO: usize = 1;
const KIND: usize = 2;
const NEG: usize = 3;

// Context's slots: _bound, _capitals, _clamp, _emax, _emin, _erange, _flagword, _heed,
// _prec, _rounding, _small, _trapword.
const C_EMAX: usize = 3;
const C_EMIN: usize = 4;
const C_HEED: usize = 7;
const C_PREC: usize = 8;
const C_ROUNDING: usize = 9;

// The status bits `decimal.py` keeps (its `_B_...`).
const B_INEXACT: i64 = 64;
const B_ROUNDED: i64 = 4096;

thread_local! {
    /// `decimal.Decimal`, given by `bind` when `decimal` is set up.
    static DECIMAL: BoundClass = const { RefCell::new(None) };
    /// `decimal.Context`.
    static CONTEXT: BoundClass = const { RefCell::new(None) };
    /// The object holding the thread's context as its attribute `decimal_context`.
    static HOLDER: RefCell<Option<Rc<PyInstance>>> = const { RefCell::new(None) };
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_decimal_native");
    vm.add_function(&m, "bind", bind);
    for (name, func) in [
        ("__add__", add as pyrs_vm::NativeFn),
        ("__radd__", radd),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__str__", str),
        ("quantize", quantize),
    ] {
        vm.add_method(&m, name, "decimal.Decimal", func);
    }
    // Context's `quantize`, kept under another name beside Decimal's.
    let f = Value::Builtin(Rc::new(PyBuiltin {
        name: "quantize",
        func: context_quantize,
        owner: Some("decimal.Context"),
        kind: TypeKind::Object,
        role: Role::Plain,
    }));
    vm.dict_set(&m.dict, Value::str("context_quantize"), f)?;
    Ok(m)
}

/// `bind(Decimal, Context, holder)`.
fn bind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("bind", &args, 3, 3)?;
    for (v, class) in args.pos[..2].iter().zip([&DECIMAL, &CONTEXT]) {
        if let Value::Type(t) = v {
            class.with(|c| *c.borrow_mut() = Some(t.clone()));
        }
    }
    if let Value::Instance(holder) = &args.pos[2] {
        HOLDER.with(|h| *h.borrow_mut() = Some(holder.clone()));
    }
    Ok(Value::None)
}

/// A finite Decimal's sign, coefficient and exponent, when both fit 64 bits.
#[derive(Clone, Copy)]
struct Finite {
    neg: bool,
    coef: i64,
    expo: i64,
}

fn is_instance_of(inst: &PyInstance, class: &'static std::thread::LocalKey<BoundClass>) -> bool {
    class.with(|c| c.borrow().as_ref().is_some_and(|t| inst.is_instance_of(t)))
}

/// The value of a Decimal instance, when it is finite and narrow.
fn finite(inst: &PyInstance) -> Option<Finite> {
    let slots = inst.slots.borrow();
    let slot = |i: usize| slots.get(i).and_then(Option::as_ref);
    let (Some(Value::Int(coef)), Some(Value::Int(expo)), Some(Value::Int(0)), Some(neg)) =
        (slot(COEF), slot(EXPO), slot(KIND), slot(NEG))
    else {
        return None;
    };
    let neg = match neg {
        Value::Int(n) => *n != 0,
        Value::Bool(b) => *b,
        _ => return None,
    };
    (*coef >= 0).then_some(Finite {
        neg,
        coef: *coef,
        expo: *expo,
    })
}

/// `v` as a finite narrow Decimal (an instance of Decimal or of a subclass).
fn decimal_operand(v: &Value) -> Option<Finite> {
    match v {
        Value::Instance(inst) if is_instance_of(inst, &DECIMAL) => finite(inst),
        _ => None,
    }
}

/// `v` as a finite narrow Decimal, or an int (exactly: not a bool) as one.
fn operand(v: &Value) -> Option<Finite> {
    match v {
        Value::Int(i) => Some(Finite {
            neg: *i < 0,
            coef: i.checked_abs()?,
            expo: 0,
        }),
        _ => decimal_operand(v),
    }
}

/// A new (exact) Decimal.
fn new_decimal(neg: bool, coef: i64, expo: i64) -> Option<Value> {
    let class = DECIMAL.with(|c| c.borrow().clone())?;
    let inst = PyInstance::new(class);
    {
        let mut slots = inst.slots.borrow_mut();
        slots.resize(4, None);
        slots[COEF] = Some(Value::Int(coef));
        slots[EXPO] = Some(Value::Int(expo));
        slots[KIND] = Some(Value::Int(0));
        slots[NEG] = Some(Value::Int(i64::from(neg)));
    }
    Some(Value::Instance(Rc::new(inst)))
}

/// The rounding modes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Up,
    Down,
    Ceiling,
    Floor,
    HalfUp,
    HalfDown,
    HalfEven,
    ZeroFiveUp,
}

impl Mode {
    fn of(name: &str) -> Option<Mode> {
        Some(match name {
            "ROUND_HALF_EVEN" => Mode::HalfEven,
            "ROUND_DOWN" => Mode::Down,
            "ROUND_HALF_UP" => Mode::HalfUp,
            "ROUND_UP" => Mode::Up,
            "ROUND_CEILING" => Mode::Ceiling,
            "ROUND_FLOOR" => Mode::Floor,
            "ROUND_HALF_DOWN" => Mode::HalfDown,
            "ROUND_05UP" => Mode::ZeroFiveUp,
            _ => return None,
        })
    }

    /// Whether `kept` goes up by one when nonzero digits were cut off; `vs_half` compares
    /// the cut-off part with half a unit of the last kept digit.
    fn rounds_up(self, neg: bool, kept: i128, vs_half: Ordering) -> bool {
        match self {
            Mode::HalfEven => vs_half.is_gt() || (vs_half.is_eq() && kept & 1 == 1),
            Mode::HalfUp => vs_half.is_ge(),
            Mode::HalfDown => vs_half.is_gt(),
            Mode::Down => false,
            Mode::Up => true,
            Mode::Ceiling => !neg,
            Mode::Floor => neg,
            Mode::ZeroFiveUp => matches!(kept % 10, 0 | 5),
        }
    }
}

/// What the fast paths read of a context.
struct Ctx {
    inst: Rc<PyInstance>,
    prec: i64,
    emin: i64,
    emax: i64,
    heed: i64,
    mode: Mode,
}

impl Ctx {
    fn read(inst: Rc<PyInstance>) -> Option<Ctx> {
        let ctx = {
            let slots = inst.slots.borrow();
            let int = |i: usize| match slots.get(i) {
                Some(Some(Value::Int(v))) => Some(*v),
                _ => None,
            };
            let mode = match slots.get(C_ROUNDING) {
                Some(Some(Value::Str(s))) => Mode::of(s.as_str())?,
                _ => return None,
            };
            (int(C_PREC)?, int(C_EMIN)?, int(C_EMAX)?, int(C_HEED)?, mode)
        };
        let (prec, emin, emax, heed, mode) = ctx;
        (prec >= 1).then_some(Ctx {
            inst,
            prec,
            emin,
            emax,
            heed,
            mode,
        })
    }

    /// Whether a result `coef * 10**expo` fits as it is: at most `prec` digits, and an
    /// exponent from Emin to Emax - prec + 1 (normal, nothing to clamp).
    fn fits(&self, coef: i64, expo: i64) -> bool {
        let e = i128::from(expo);
        i128::from(self.emin) <= e
            && e <= i128::from(self.emax) - i128::from(self.prec) + 1
            && (self.prec >= 19 || coef < 10i64.pow(self.prec as u32))
    }

    /// Records the status `bits` of an operation (`Context._apply`), when one of them is
    /// not flagged yet or is trapped.
    fn signal(&self, vm: &mut Vm, bits: i64) -> PyResult<()> {
        if bits & self.heed == 0 {
            return Ok(());
        }
        let apply = vm.getattr(&Value::Instance(self.inst.clone()), &intern_str("_apply"))?;
        vm.call_value(&apply, &[Value::Int(bits)], &[])?;
        Ok(())
    }
}

/// The context `v` when it is a Context instance.
fn context_of(v: &Value) -> Option<Ctx> {
    match v {
        Value::Instance(inst) if is_instance_of(inst, &CONTEXT) => Ctx::read(inst.clone()),
        _ => None,
    }
}

/// The thread's current context, when it has been made.
fn current_context() -> Option<Ctx> {
    let ctx = HOLDER.with(|h| h.borrow().as_ref()?.dict.get_str("decimal_context"))?;
    context_of(&ctx)
}

/// The Python method `name` of Decimal (or of Context) called with the same arguments:
/// it handles every case.
fn python(
    vm: &mut Vm,
    class: &'static std::thread::LocalKey<BoundClass>,
    name: &str,
    args: &Args<'_>,
) -> PyResult<Value> {
    let Some(class) = class.with(|c| c.borrow().clone()) else {
        return Err(vm.type_error("decimal is not set up"));
    };
    let method = vm.getattr(&Value::Type(class), &intern_str(name))?;
    vm.call_value(&method, args.pos, args.kw)
}

/// The receiver of a slot wrapper (`__add__`, `__str__`...) given `wanted` other arguments.
fn wrapper_receiver<'a>(
    vm: &mut Vm,
    args: &'a Args<'_>,
    name: &str,
    wanted: usize,
) -> PyResult<&'a Rc<PyInstance>> {
    bound::wrapper_receiver(vm, args, &DECIMAL, "decimal.Decimal", name, wanted, "")
}

/// The receiver of a binary operator, when finite and narrow.
fn binary_operands(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Option<Finite>> {
    Ok(finite(wrapper_receiver(vm, args, name, 1)?))
}

/// `a + b` (signs as given) when exact and fitting the context with no signal.
fn exact_sum(a: Finite, b: Finite, ctx: &Ctx) -> Option<Value> {
    let (mut a, mut b) = (a, b);
    if a.expo != b.expo {
        if a.expo < b.expo {
            std::mem::swap(&mut a, &mut b);
        }
        let shift = a.expo.checked_sub(b.expo)?;
        if shift > 18 {
            return None;
        }
        a.coef = a.coef.checked_mul(10i64.pow(shift as u32))?;
    }
    let (neg, total) = if a.neg == b.neg {
        (a.neg, a.coef.checked_add(b.coef)?)
    } else {
        match a.coef.cmp(&b.coef) {
            Ordering::Greater => (a.neg, a.coef - b.coef),
            Ordering::Less => (b.neg, b.coef - a.coef),
            Ordering::Equal => (ctx.mode == Mode::Floor, 0),
        }
    };
    if !ctx.fits(total, b.expo) {
        return None;
    }
    new_decimal(neg, total, b.expo)
}

/// `__add__`, `__radd__`, `__sub__`, `__rsub__`: the operand subtracted is negated.
fn additive(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    fallback: &str,
    negate_self: bool,
    negate_other: bool,
) -> PyResult<Value> {
    if let Some(mut a) = binary_operands(vm, &args, name)? {
        if let (Some(mut b), Some(ctx)) = (operand(&args.pos[1]), current_context()) {
            a.neg ^= negate_self;
            b.neg ^= negate_other;
            if let Some(r) = exact_sum(a, b, &ctx) {
                return Ok(r);
            }
        }
    }
    python(vm, &DECIMAL, fallback, &args)
}

fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    additive(vm, args, "__add__", "_py_add", false, false)
}

fn radd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    additive(vm, args, "__radd__", "_py_radd", false, false)
}

fn sub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    additive(vm, args, "__sub__", "_py_sub", false, true)
}

fn rsub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    additive(vm, args, "__rsub__", "_py_rsub", true, false)
}

fn mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    product(vm, args, "__mul__", "_py_mul")
}

fn rmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    product(vm, args, "__rmul__", "_py_rmul")
}

/// `__mul__` and `__rmul__` (the product is the same both ways round).
fn product(vm: &mut Vm, args: Args<'_>, name: &str, fallback: &str) -> PyResult<Value> {
    if let Some(a) = binary_operands(vm, &args, name)? {
        if let (Some(b), Some(ctx)) = (operand(&args.pos[1]), current_context()) {
            if let (Some(coef), Some(expo)) =
                (a.coef.checked_mul(b.coef), a.expo.checked_add(b.expo))
            {
                if ctx.fits(coef, expo) {
                    if let Some(r) = new_decimal(a.neg ^ b.neg, coef, expo) {
                        return Ok(r);
                    }
                }
            }
        }
    }
    python(vm, &DECIMAL, fallback, &args)
}

/// `a` with the exponent `target`, rounded by `mode`, when the result fits `ctx`: its
/// coefficient and the status bits to record.
fn quantized(a: Finite, target: i64, ctx: &Ctx, mode: Mode) -> Option<(i64, i64)> {
    let drop = i128::from(target) - i128::from(a.expo);
    let mut bits = 0;
    let coef = if (1..64).contains(&drop) {
        if a.coef == 0 {
            0
        } else {
            let c = i128::from(a.coef);
            let (mut kept, rest, vs_half) = if drop <= 38 {
                let unit = 10i128.pow(drop as u32);
                let kept = c / unit;
                let rest = c - kept * unit;
                (kept, rest, (rest * 2).cmp(&unit))
            } else {
                // The unit is beyond any 64-bit coefficient: all of it is cut off.
                (0, c, Ordering::Less)
            };
            bits = B_ROUNDED;
            if rest != 0 {
                bits = B_INEXACT | B_ROUNDED;
                if mode.rounds_up(a.neg, kept, vs_half) {
                    kept += 1;
                }
            }
            i64::try_from(kept).ok()?
        }
    } else if (-63..=0).contains(&drop) {
        let scale = 10i64.checked_pow(u32::try_from(-drop).ok()?)?;
        a.coef.checked_mul(scale)?
    } else {
        return None;
    };
    ctx.fits(coef, target).then_some((coef, bits))
}

/// `a.quantize(exp)` in `ctx` (with its rounding), when the fast path applies.
fn quantize_in(vm: &mut Vm, a: &Value, exp: &Value, ctx: &Ctx) -> PyResult<Option<Value>> {
    let (Some(a), Some(exp)) = (decimal_operand(a), decimal_operand(exp)) else {
        return Ok(None);
    };
    let Some((coef, bits)) = quantized(a, exp.expo, ctx, ctx.mode) else {
        return Ok(None);
    };
    let Some(r) = new_decimal(a.neg, coef, exp.expo) else {
        return Ok(None);
    };
    ctx.signal(vm, bits)?;
    Ok(Some(r))
}

/// `Decimal.quantize(exp, rounding=None, context=None)`: natively without the last two.
fn quantize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bound::receiver(vm, &args, &DECIMAL, "decimal.Decimal", "quantize")?;
    // The argument errors as CPython's C method words them.
    const NAMES: [&str; 3] = ["exp", "rounding", "context"];
    let given = args.pos.len() - 1;
    if given > NAMES.len() {
        let msg = format!("function takes at most 3 arguments ({given} given)");
        return Err(vm.type_error(msg));
    }
    for (name, _) in args.kw {
        let msg = match NAMES.iter().position(|n| *n == name.as_str()) {
            None => format!(
                "'{}' is an invalid keyword argument for this function",
                name.as_str()
            ),
            Some(i) if i < given => format!(
                "argument for function given by name ('{}') and position ({})",
                name.as_str(),
                i + 1
            ),
            Some(_) => continue,
        };
        return Err(vm.type_error(msg));
    }
    if given == 0 && !args.kw.iter().any(|(n, _)| n.as_str() == "exp") {
        return Err(vm.type_error("function missing required argument 'exp' (pos 1)"));
    }
    if args.pos.len() == 2 && args.kw.is_empty() {
        if let Some(ctx) = current_context() {
            if let Some(r) = quantize_in(vm, &args.pos[0], &args.pos[1], &ctx)? {
                return Ok(r);
            }
        }
    }
    python(vm, &DECIMAL, "_py_quantize", &args)
}

/// `Context.quantize(a, b)`.
fn context_quantize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    bound::receiver(vm, &args, &CONTEXT, "decimal.Context", "quantize")?;
    if !args.kw.is_empty() {
        return Err(vm.type_error("quantize() takes no keyword arguments"));
    }
    if args.pos.len() != 3 {
        let given = args.pos.len() - 1;
        return Err(vm.type_error(format!(
            "function takes exactly 2 arguments ({given} given)"
        )));
    }
    if let Some(ctx) = context_of(&args.pos[0]) {
        if let Some(r) = quantize_in(vm, &args.pos[1], &args.pos[2], &ctx)? {
            return Ok(r);
        }
    }
    python(vm, &CONTEXT, "_py_quantize", &args)
}

/// `str(d)` of a finite Decimal written without an exponent: an exponent of at most zero
/// and an adjusted exponent of at least -6.
fn str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = wrapper_receiver(vm, &args, "__str__", 0)?;
    if current_context().is_some() {
        if let Some(d) = finite(this).filter(|d| d.expo <= 0) {
            let digits = d.coef.to_string();
            let sign = if d.neg { "-" } else { "" };
            // Where the point goes, counted from the left of the digits.
            let point = digits.len() as i64 + d.expo;
            let text = if d.expo == 0 {
                Some(format!("{sign}{digits}"))
            } else if point > 0 {
                let (int, frac) = digits.split_at(point as usize);
                Some(format!("{sign}{int}.{frac}"))
            } else if point > -6 {
                Some(format!("{sign}0.{}{digits}", "0".repeat(-point as usize)))
            } else {
                None
            };
            if let Some(text) = text {
                return Ok(Value::string(text));
            }
        }
    }
    python(vm, &DECIMAL, "_py_str", &args)
}
