//! `unicodedata`: the Unicode 15.0 database as CPython 3.12 reports it. Categories come from
//! `unicode-general-category` (15.0), names and aliases from `unicode_names2`, the
//! normalization forms from `unicode-normalization`; the other properties (bidirectional
//! class, combining class, East Asian width, mirrored, numeric values, decompositions) from
//! `data/ucd.txt`, which `data/ucd_gen.py` writes from CPython's own database and `build.rs`
//! embeds compressed. That table is read on first use.

use std::cell::OnceCell;
use std::rc::Rc;

use pyrs_vm::object::types::surrogate;
use pyrs_vm::{Args, ExcKind, PyModule, PyResult, Value, Vm};
use unicode_general_category::{get_general_category, GeneralCategory as Gc};
use unicode_normalization::UnicodeNormalization;

static UCD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ucd.bin"));

/// The properties of `ucd.txt`: runs are (first code point, value) sorted by code point.
#[derive(Default)]
struct Tables {
    bidi: Vec<(u32, Rc<str>)>,
    combining: Vec<(u32, u8)>,
    width: Vec<(u32, Rc<str>)>,
    mirrored: Vec<(u32, bool)>,
    /// (code point, decimal, digit, numeric)
    numeric: Vec<(u32, Option<u8>, Option<u8>, f64)>,
    decomposition: Vec<(u32, Box<str>)>,
}

thread_local! {
    static TABLES: OnceCell<Rc<Tables>> = const { OnceCell::new() };
}

fn parse_tables() -> Tables {
    let mut t = Tables::default();
    let Ok(bytes) = miniz_oxide::inflate::decompress_to_vec(UCD) else {
        return t;
    };
    let text = String::from_utf8_lossy(&bytes);
    let mut names: Vec<Rc<str>> = Vec::new();
    let mut shared = |s: &str| -> Rc<str> {
        if let Some(n) = names.iter().find(|n| &***n == s) {
            return n.clone();
        }
        let n: Rc<str> = Rc::from(s);
        names.push(n.clone());
        n
    };
    for line in text.lines() {
        let mut parts = line.splitn(3, ' ');
        let (Some(tag), Some(cp), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Ok(cp) = u32::from_str_radix(cp, 16) else {
            continue;
        };
        match tag {
            "B" => t.bidi.push((cp, shared(rest))),
            "C" => t.combining.push((cp, rest.parse().unwrap_or(0))),
            "W" => t.width.push((cp, shared(rest))),
            "M" => t.mirrored.push((cp, rest == "1")),
            "N" => {
                let mut f = rest.split(' ');
                let dec = f.next().and_then(|s| s.parse().ok());
                let dig = f.next().and_then(|s| s.parse().ok());
                let num = f.next().and_then(|s| s.parse().ok()).unwrap_or(0.0);
                t.numeric.push((cp, dec, dig, num));
            }
            "D" => t.decomposition.push((cp, rest.into())),
            _ => {}
        }
    }
    t
}

fn tables() -> Rc<Tables> {
    TABLES.with(|t| t.get_or_init(|| Rc::new(parse_tables())).clone())
}

/// The value of the run containing `cp`.
fn in_runs<T: Clone>(runs: &[(u32, T)], cp: u32, default: T) -> T {
    match runs.partition_point(|r| r.0 <= cp) {
        0 => default,
        i => runs[i - 1].1.clone(),
    }
}

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("unicodedata");
    vm.set_attr(&m, "unidata_version", Value::str("15.0.0"));
    vm.add_function(&m, "lookup", lookup);
    vm.add_function(&m, "name", name);
    vm.add_function(&m, "decimal", decimal);
    vm.add_function(&m, "digit", digit);
    vm.add_function(&m, "numeric", numeric);
    vm.add_function(&m, "category", category);
    vm.add_function(&m, "bidirectional", bidirectional);
    vm.add_function(&m, "combining", combining);
    vm.add_function(&m, "east_asian_width", east_asian_width);
    vm.add_function(&m, "mirrored", mirrored);
    vm.add_function(&m, "decomposition", decomposition);
    vm.add_function(&m, "normalize", normalize);
    vm.add_function(&m, "is_normalized", is_normalized);
    Ok(m)
}

/// The code point of a one-character str argument; `numbered` says whether CPython's
/// message counts the argument ("argument 1", for the functions with a default).
fn char_arg(vm: &mut Vm, args: &Args<'_>, func: &str, numbered: bool) -> PyResult<u32> {
    let max = if numbered { 2 } else { 1 };
    vm.check_args(func, args, 1, max)?;
    let which = if numbered { "argument 1" } else { "argument" };
    if let Value::Str(s) = &args.pos[0] {
        let mut chars = s.as_str().chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(surrogate::code_point(c));
        }
    }
    let tname = vm.type_name(&args.pos[0]);
    Err(vm.type_error(format!(
        "{func}() {which} must be a unicode character, not {tname}"
    )))
}

fn category_of(cp: u32) -> &'static str {
    if (0xD800..0xE000).contains(&cp) {
        return "Cs";
    }
    let Some(c) = char::from_u32(cp) else {
        return "Cn";
    };
    match get_general_category(c) {
        Gc::ClosePunctuation => "Pe",
        Gc::ConnectorPunctuation => "Pc",
        Gc::Control => "Cc",
        Gc::CurrencySymbol => "Sc",
        Gc::DashPunctuation => "Pd",
        Gc::DecimalNumber => "Nd",
        Gc::EnclosingMark => "Me",
        Gc::FinalPunctuation => "Pf",
        Gc::Format => "Cf",
        Gc::InitialPunctuation => "Pi",
        Gc::LetterNumber => "Nl",
        Gc::LineSeparator => "Zl",
        Gc::LowercaseLetter => "Ll",
        Gc::MathSymbol => "Sm",
        Gc::ModifierLetter => "Lm",
        Gc::ModifierSymbol => "Sk",
        Gc::NonspacingMark => "Mn",
        Gc::OpenPunctuation => "Ps",
        Gc::OtherLetter => "Lo",
        Gc::OtherNumber => "No",
        Gc::OtherPunctuation => "Po",
        Gc::OtherSymbol => "So",
        Gc::ParagraphSeparator => "Zp",
        Gc::PrivateUse => "Co",
        Gc::SpaceSeparator => "Zs",
        Gc::SpacingMark => "Mc",
        Gc::Surrogate => "Cs",
        Gc::TitlecaseLetter => "Lt",
        Gc::Unassigned => "Cn",
        Gc::UppercaseLetter => "Lu",
    }
}

fn category(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cp = char_arg(vm, &args, "category", false)?;
    Ok(Value::str(category_of(cp)))
}

fn bidirectional(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cp = char_arg(vm, &args, "bidirectional", false)?;
    Ok(Value::str(&in_runs(&tables().bidi, cp, Rc::from(""))))
}

fn combining(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cp = char_arg(vm, &args, "combining", false)?;
    Ok(Value::Int(i64::from(in_runs(&tables().combining, cp, 0))))
}

fn east_asian_width(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cp = char_arg(vm, &args, "east_asian_width", false)?;
    Ok(Value::str(&in_runs(&tables().width, cp, Rc::from("N"))))
}

fn mirrored(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cp = char_arg(vm, &args, "mirrored", false)?;
    Ok(Value::Int(i64::from(in_runs(
        &tables().mirrored,
        cp,
        false,
    ))))
}

fn decomposition(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cp = char_arg(vm, &args, "decomposition", false)?;
    let t = tables();
    let found = t
        .decomposition
        .binary_search_by_key(&cp, |d| d.0)
        .map(|i| t.decomposition[i].1.to_string())
        .unwrap_or_default();
    Ok(Value::str(&found))
}

/// `decimal`, `digit` and `numeric`: the value, else the default, else ValueError.
fn number(vm: &mut Vm, args: Args<'_>, func: &str, what: &str) -> PyResult<Value> {
    let cp = char_arg(vm, &args, func, true)?;
    let t = tables();
    let entry = t
        .numeric
        .binary_search_by_key(&cp, |n| n.0)
        .ok()
        .map(|i| t.numeric[i]);
    let value = match (what, entry) {
        ("decimal", Some((_, Some(d), _, _))) | ("digit", Some((_, _, Some(d), _))) => {
            Some(Value::Int(i64::from(d)))
        }
        ("numeric", Some((_, _, _, n))) => Some(Value::Float(n)),
        _ => None,
    };
    match (value, args.pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.value_error(match what {
            "decimal" => "not a decimal",
            "digit" => "not a digit",
            _ => "not a numeric character",
        })),
    }
}

fn decimal(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    number(vm, args, "decimal", "decimal")
}

fn digit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    number(vm, args, "digit", "digit")
}

fn numeric(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    number(vm, args, "numeric", "numeric")
}

fn name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let cp = char_arg(vm, &args, "name", true)?;
    // Characters unassigned in Unicode 15.0 have no name, whatever newer tables say.
    let found = match char::from_u32(cp) {
        Some(c) if category_of(cp) != "Cn" => unicode_names2::name(c).map(|n| n.to_string()),
        _ => None,
    };
    match (found, args.pos.get(1)) {
        (Some(n), _) => Ok(Value::str(&n)),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.value_error("no such name")),
    }
}

fn lookup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("lookup", &args, 1, 1)?;
    let key = match &args.pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        other => {
            let tname = vm.type_name(other);
            return Err(vm.type_error(format!(
                "lookup() argument must be str or bytes, not {tname}"
            )));
        }
    };
    match unicode_names2::character(&key) {
        Some(c) if category_of(c as u32) != "Cn" => Ok(Value::string(c.to_string())),
        _ => Err(vm.new_error(
            ExcKind::KeyError,
            format!("undefined character name '{key}'"),
        )),
    }
}

/// The normalization form named by the first argument, and the text.
fn form_args(vm: &mut Vm, args: &Args<'_>, func: &str) -> PyResult<(String, String)> {
    vm.check_args(func, args, 2, 2)?;
    let form = vm.str_arg(&args.pos[0], func, 1)?.as_str().to_string();
    let text = vm.str_arg(&args.pos[1], func, 2)?.as_str().to_string();
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    Ok((form, text))
}

fn normalized(form: &str, text: &str) -> String {
    match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    }
}

fn normalize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_args(vm, &args, "normalize")?;
    let out = normalized(&form, &text);
    if out == text {
        return Ok(args.pos[1].clone());
    }
    Ok(Value::string(out))
}

fn is_normalized(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_args(vm, &args, "is_normalized")?;
    Ok(Value::Bool(normalized(&form, &text) == text))
}
