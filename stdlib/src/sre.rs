//! `_sre`: the regular-expression engine under the `re` package. The matching is
//! `rustpython-sre_engine`, which runs CPython's SRE code (the same opcode numbering as
//! CPython 3.12); `re`'s parser and compiler, written in Python, produce that code. Code
//! words are checked here once before the engine sees them, so a hand-made code list raises
//! `RuntimeError` instead of reaching an engine panic.

use hashbrown::HashMap;
use std::cell::RefCell;
use std::rc::Rc;

mod needle;

use pyrs_vm::object::types::bytes::new_bytes;
use pyrs_vm::{Args, ExcKind, PyModule, PyResult, PyStr, Value, Vm};
use rustpython_sre_engine::{Request, SreOpcode as Op, State, StrDrive};

/// CPython 3.12's code format number (the engine's own constant names 3.13's, whose
/// opcodes are the same).
const MAGIC: i64 = 20_221_023;
const MAXGROUPS: i64 = 1_073_741_823;
/// Nesting the checker follows before it refuses a code list.
const MAX_NESTING: u32 = 400;

pub fn init(vm: &mut Vm) -> PyResult<Rc<PyModule>> {
    let m = vm.new_module("_sre");
    vm.set_attr(&m, "MAGIC", Value::Int(MAGIC));
    vm.set_attr(&m, "CODESIZE", Value::Int(4));
    vm.set_attr(
        &m,
        "MAXREPEAT",
        Value::Int(rustpython_sre_engine::MAXREPEAT as i64),
    );
    vm.set_attr(&m, "MAXGROUPS", Value::Int(MAXGROUPS));
    vm.add_function(&m, "getcodesize", getcodesize);
    vm.add_function(&m, "ascii_iscased", ascii_iscased);
    vm.add_function(&m, "ascii_tolower", ascii_tolower);
    vm.add_function(&m, "unicode_iscased", unicode_iscased);
    vm.add_function(&m, "unicode_tolower", unicode_tolower);
    vm.add_function(&m, "compile_code", compile_code);
    vm.add_function(&m, "run", run);
    vm.add_function(&m, "findall", findall);
    vm.add_function(&m, "sub", sub);
    Ok(m)
}

fn getcodesize(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(4))
}

fn char_arg(vm: &mut Vm, name: &str, args: &Args<'_>) -> PyResult<u32> {
    vm.check_args(name, args, 1, 1)?;
    let ch = vm.int_arg(&args.pos[0], "")?;
    Ok(u32::try_from(ch).unwrap_or(u32::MAX))
}

fn ascii_iscased(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ch = char_arg(vm, "ascii_iscased", &args)?;
    Ok(Value::Bool(ch < 128 && (ch as u8).is_ascii_alphabetic()))
}

fn ascii_tolower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ch = char_arg(vm, "ascii_tolower", &args)?;
    Ok(Value::Int(i64::from(
        rustpython_sre_engine::string::lower_ascii(ch),
    )))
}

fn unicode_iscased(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ch = char_arg(vm, "unicode_iscased", &args)?;
    Ok(Value::Bool(ch != lower_first(ch) || ch != upper_first(ch)))
}

fn unicode_tolower(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ch = char_arg(vm, "unicode_tolower", &args)?;
    Ok(Value::Int(i64::from(lower_first(ch))))
}

/// The first character of the full lower-case mapping, as CPython's case tables give it.
fn lower_first(ch: u32) -> u32 {
    char::from_u32(ch)
        .and_then(|c| c.to_lowercase().next())
        .map_or(ch, u32::from)
}

fn upper_first(ch: u32) -> u32 {
    char::from_u32(ch)
        .and_then(|c| c.to_uppercase().next())
        .map_or(ch, u32::from)
}

/// `compile_code(words)`: checks a code list and packs it as bytes (four per word), the
/// form `run` takes.
fn compile_code(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("compile_code", &args, 1, 1)?;
    let items = vm.collect(&args.pos[0])?;
    let mut code = Vec::with_capacity(items.len());
    for item in &items {
        // The compiler's named opcodes are int subclasses: taken by their value.
        let word = match item.plain_number() {
            Value::Int(i) => u32::try_from(*i).ok(),
            Value::Bool(b) => Some(u32::from(*b)),
            _ => None,
        };
        match word {
            Some(w) => code.push(w),
            None => return Err(invalid(vm)),
        }
    }
    let bytes: Vec<u8> = code.iter().flat_map(|w| w.to_le_bytes()).collect();
    // The same code compiled again (another session, a purged cache) is checked once.
    if let Some(checked) = CHECKED.with(|c| c.borrow().get(&bytes[..]).cloned()) {
        let value = new_bytes(bytes);
        remember_recent(&value, checked);
        return Ok(value);
    }
    let checked = check(&code).ok_or_else(|| invalid(vm))?;
    let value = new_bytes(bytes);
    remember(&value, Rc::new(checked));
    Ok(value)
}

fn invalid(vm: &mut Vm) -> pyrs_vm::PyErr {
    vm.new_error(ExcKind::RuntimeError, "invalid SRE code")
}

/// A checked code list; `non_boundary` lists the `AT NON_BOUNDARY` words, which CPython
/// 3.12 fails on an empty subject (the engine follows 3.14 there).
struct Checked {
    words: Vec<u32>,
    non_boundary: Vec<usize>,
    /// How far before the position the code can look: the widths of its lookbehinds added
    /// up (nested ones add), and one for `\b` and `^` in multiline mode.
    behind: usize,
    /// What a search scans for before running the engine, when the code has one.
    needle: Option<needle::Needle>,
}

thread_local! {
    /// The code lists `run` saw last, by their bytes object (kept alive here, so its address
    /// stays its own): a pattern used in a loop is found by one pointer comparison.
    static RECENT: RefCell<Vec<(Value, Rc<Checked>)>> = const { RefCell::new(Vec::new()) };
    /// Every code list checked, by its content (up to `CHECKED_SIZE`; then the table starts
    /// over): a program cycling through many patterns, or sessions compiling the same ones,
    /// unpack and check each once. It holds no Python object.
    static CHECKED: RefCell<HashMap<Box<[u8]>, Rc<Checked>>> = RefCell::new(HashMap::new());
}

const RECENT_SIZE: usize = 16;
const CHECKED_SIZE: usize = 1024;

/// Keeps `checked` under the bytes object `key` (`RECENT`).
fn remember_recent(key: &Value, checked: Rc<Checked>) {
    let dropped = RECENT.with(|r| {
        let mut r = r.borrow_mut();
        let old = (r.len() >= RECENT_SIZE).then(|| r.remove(0));
        r.push((key.clone(), checked));
        old
    });
    // Dropped outside the borrow.
    drop(dropped);
}

/// Keeps a newly checked code list under its bytes object and its content.
fn remember(key: &Value, checked: Rc<Checked>) {
    let Value::Bytes(b) = key else { return };
    remember_recent(key, checked.clone());
    let cleared = CHECKED.with(|c| {
        let mut c = c.borrow_mut();
        let old = if c.len() >= CHECKED_SIZE {
            std::mem::take(&mut *c)
        } else {
            HashMap::new()
        };
        c.insert(b.data.clone(), checked);
        old
    });
    drop(cleared);
}

fn recall(key: &Value) -> Option<Rc<Checked>> {
    let Value::Bytes(b) = key else { return None };
    let recent = RECENT.with(|r| {
        r.borrow().iter().rev().find_map(|(k, c)| match k {
            Value::Bytes(k) if Rc::ptr_eq(k, b) => Some(c.clone()),
            _ => None,
        })
    });
    if recent.is_some() {
        return recent;
    }
    let checked = CHECKED.with(|c| c.borrow().get(&b.data).cloned())?;
    // Seen before under another bytes object: remembered under this one too.
    remember_recent(key, checked.clone());
    Some(checked)
}

/// `run(code, string, pos, endpos, mode, must_advance)`: mode 0 matches at `pos`, 1 matches
/// the whole of `pos..endpos`, 2 searches. None, or `(start, end, lastindex, marks)` with
/// the marks flat and -1 where unset.
fn run(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("run", &args, 6, 6)?;
    let checked = checked_code(vm, &args.pos[0])?;
    let pos = vm.int_arg(&args.pos[2], "")?.max(0) as usize;
    let endpos = vm.int_arg(&args.pos[3], "")?.max(0) as usize;
    let mode = vm.int_arg(&args.pos[4], "")?;
    let must_advance = vm.truthy(&args.pos[5])?;
    let words = code_for(&checked, endpos);
    let mut job = Job {
        words: &words,
        pos,
        endpos,
        mode,
        must_advance,
        base: 0,
        needle: checked.needle.as_ref(),
    };
    let found = match &args.pos[1] {
        Value::Str(s) => {
            let bytes = if s.is_ascii() { None } else { latin1(s) };
            job.run_on(&text_subject(s, &bytes, checked.behind))
        }
        // The engine runs no Python code: the subject is read in place, not copied per call.
        Value::Bytes(b) => job.run_bytes(&b.data[..]),
        Value::ByteArray(b) => job.run_bytes(b.data.borrow().as_slice()),
        other => {
            let Some(data) = pyrs_vm::object::types::bytes::buffer_data(other) else {
                return Err(vm.type_error(format!(
                    "expected string or bytes-like object, got '{}'",
                    vm.type_name(other)
                )));
            };
            job.run_bytes(data.as_slice())
        }
    };
    Ok(found.map(|state| job.result(&state)).unwrap_or_default())
}

/// The checked code of code bytes `code` (checked once, then remembered).
fn checked_code(vm: &mut Vm, code: &Value) -> PyResult<Rc<Checked>> {
    if let Some(c) = recall(code) {
        return Ok(c);
    }
    let Value::Bytes(b) = code else {
        return Err(vm.type_error("run() argument 1 must be bytes"));
    };
    if b.data.len() % 4 != 0 {
        return Err(invalid(vm));
    }
    let words: Vec<u32> = b
        .data
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    let c = Rc::new(check(&words).ok_or_else(|| invalid(vm))?);
    remember(code, c.clone());
    Ok(c)
}

/// The code to run with `endpos`: with an empty text to look at, the operations that
/// `non_boundary` names fail (CPython's `\B` and its kin never match an empty string).
fn code_for(checked: &Checked, endpos: usize) -> std::borrow::Cow<'_, [u32]> {
    if endpos == 0 && !checked.non_boundary.is_empty() {
        let mut w = checked.words.clone();
        for &at in &checked.non_boundary {
            w[at] = Op::FAILURE as u32;
        }
        return w.into();
    }
    checked.words[..].into()
}

/// What the engine reads of text `s` (`bytes`: its code points as bytes, when they fit).
fn text_subject<'a>(s: &'a PyStr, bytes: &'a Option<Rc<[u8]>>, behind: usize) -> Subject<'a> {
    if s.is_ascii() {
        return Subject::Bytes(s.as_str().as_bytes());
    }
    match bytes {
        // Positions are code points: text whose code points all fit a byte is matched as
        // those bytes, in place (a walk over UTF-8 from the start costs every call the
        // length of the text, so a `finditer` would be quadratic).
        Some(b) => Subject::Bytes(b),
        None => Subject::Text(s, behind),
    }
}

/// An exact str or bytes subject of the loops below, with what the engine reads of it.
struct Plain<'a> {
    string: &'a Value,
    subject: Subject<'a>,
    /// Its length in code points (or bytes).
    len: usize,
}

impl Plain<'_> {
    /// `string[a..b]`: a new str or bytes, the string itself when that is all of it.
    fn cut(&self, a: usize, b: usize) -> Value {
        if a == 0 && b == self.len {
            return self.string.clone();
        }
        match self.string {
            Value::Str(s) => Value::str(&s.as_str()[s.byte_offset(a)..s.byte_offset(b)]),
            Value::Bytes(x) => new_bytes(x.data[a..b].to_vec()),
            _ => Value::None,
        }
    }

    /// Appends `string[a..b]` to `out` (UTF-8 for a str).
    fn cut_into(&self, out: &mut Vec<u8>, a: usize, b: usize) {
        match self.string {
            Value::Str(s) => {
                out.extend_from_slice(&s.as_str().as_bytes()[s.byte_offset(a)..s.byte_offset(b)])
            }
            Value::Bytes(x) => out.extend_from_slice(&x.data[a..b]),
            _ => {}
        }
    }
}

/// The successive searches of `findall` and `sub`: from `pos`, the next match
/// never empty where the last one ended; `each` gets every span until it says stop.
fn each_match(
    job: &mut Job<'_>,
    plain: &Plain<'_>,
    mut pos: usize,
    endpos: usize,
    mut each: impl FnMut(usize, usize) -> bool,
) {
    let mut must_advance = false;
    while pos <= endpos {
        job.pos = pos;
        job.base = 0;
        job.must_advance = must_advance;
        let Some(state) = job.run_on(&plain.subject) else {
            return;
        };
        let (start, end) = job.span(&state);
        if !each(start, end) {
            return;
        }
        must_advance = end == start;
        pos = end;
    }
}

/// The code, the subject and a job searching it, for the loops below (None when the
/// string is not an exact str or bytes: the caller's Python loop handles those).
fn plain_args<'a>(
    vm: &mut Vm,
    code: &Value,
    string: &'a Value,
    bytes: &'a mut Option<Rc<[u8]>>,
) -> PyResult<Option<(Rc<Checked>, Plain<'a>)>> {
    let checked = checked_code(vm, code)?;
    let plain = match string {
        Value::Str(s) => {
            if !s.is_ascii() {
                *bytes = latin1(s);
            }
            Plain {
                string,
                subject: text_subject(s, bytes, checked.behind),
                len: s.char_len(),
            }
        }
        Value::Bytes(b) => Plain {
            string,
            subject: Subject::Bytes(&b.data),
            len: b.data.len(),
        },
        _ => return Ok(None),
    };
    Ok(Some((checked, plain)))
}

/// `findall(code, string, pos, endpos)`: the texts of the successive matches in an exact
/// str or bytes, for a pattern without groups (`pos` and `endpos` already within it).
fn findall(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("findall", &args, 4, 4)?;
    let pos = vm.int_arg(&args.pos[2], "")?.max(0) as usize;
    let endpos = vm.int_arg(&args.pos[3], "")?.max(0) as usize;
    let mut bytes = None;
    let Some((checked, plain)) = plain_args(vm, &args.pos[0], &args.pos[1], &mut bytes)? else {
        return Err(vm.type_error("findall() needs an exact str or bytes"));
    };
    let endpos = endpos.min(plain.len);
    let words = code_for(&checked, endpos);
    let mut job = Job::search(&words, &checked, endpos);
    let mut out = Vec::new();
    each_match(&mut job, &plain, pos, endpos, |a, b| {
        out.push(plain.cut(a, b));
        true
    });
    Ok(Value::list(out))
}

/// `sub(code, string, repl, count)`: `(text, n)`, the successive matches in an exact str
/// or bytes (at most `count`, 0: all) replaced by `repl`, text of the same type taken as
/// it is; the string itself when nothing matched.
fn sub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_args("sub", &args, 4, 4)?;
    let count = vm.int_arg(&args.pos[3], "")?.max(0) as usize;
    let repl: &[u8] = match (&args.pos[1], &args.pos[2]) {
        (Value::Str(_), Value::Str(r)) => r.as_str().as_bytes(),
        (Value::Bytes(_), Value::Bytes(r)) => &r.data,
        _ => return Err(vm.type_error("sub() needs a replacement of the string's type")),
    };
    let mut bytes = None;
    let Some((checked, plain)) = plain_args(vm, &args.pos[0], &args.pos[1], &mut bytes)? else {
        return Err(vm.type_error("sub() needs an exact str or bytes"));
    };
    let len = plain.len;
    let words = code_for(&checked, len);
    let mut job = Job::search(&words, &checked, len);
    let mut out = Vec::new();
    let (mut last, mut n) = (0, 0);
    each_match(&mut job, &plain, 0, len, |a, b| {
        plain.cut_into(&mut out, last, a);
        out.extend_from_slice(repl);
        last = b;
        n += 1;
        count == 0 || n < count
    });
    if n == 0 {
        return Ok(Value::tuple(vec![args.pos[1].clone(), Value::Int(0)]));
    }
    plain.cut_into(&mut out, last, len);
    let text = match &args.pos[1] {
        // Pieces of a str and a str between them: UTF-8.
        Value::Str(_) => Value::string(String::from_utf8(out).unwrap_or_default()),
        _ => new_bytes(out),
    };
    Ok(Value::tuple(vec![text, Value::Int(n as i64)]))
}

/// A non-ASCII subject and its code points as bytes (None: some are above 0xFF).
type Latin1 = Option<(Rc<PyStr>, Option<Rc<[u8]>>)>;

thread_local! {
    /// The last non-ASCII subject matched.
    static LATIN1: RefCell<Latin1> = const { RefCell::new(None) };
}

/// The code points of `s` as bytes when all are below 0x100, kept for the next call on
/// the same string (a `finditer` or `sub` runs the engine once per match).
fn latin1(s: &Rc<PyStr>) -> Option<Rc<[u8]>> {
    LATIN1.with(|cache| {
        if let Some((last, bytes)) = &*cache.borrow() {
            if Rc::ptr_eq(last, s) {
                return bytes.clone();
            }
        }
        let bytes: Option<Rc<[u8]>> = s
            .as_str()
            .chars()
            .map(|c| u8::try_from(u32::from(c)).ok())
            .collect::<Option<Vec<u8>>>()
            .map(Rc::from);
        *cache.borrow_mut() = Some((s.clone(), bytes.clone()));
        bytes
    })
}

struct Job<'a> {
    words: &'a [u32],
    pos: usize,
    endpos: usize,
    mode: i64,
    must_advance: bool,
    /// Where in the string the subject the engine reads starts (code points).
    base: usize,
    needle: Option<&'a needle::Needle>,
}

impl<'a> Job<'a> {
    /// A search of `words` (`checked`'s code, as `code_for` gives it) up to `endpos`, for
    /// [`each_match`] to start where it goes.
    fn search(words: &'a [u32], checked: &'a Checked, endpos: usize) -> Self {
        Job {
            words,
            pos: 0,
            endpos,
            mode: 2,
            must_advance: false,
            base: 0,
            needle: checked.needle.as_ref(),
        }
    }

    /// [`Job::run`] over bytes (or text whose code points all fit one): a search with a
    /// needle runs the engine only where the needle puts a possible start.
    fn run_bytes(&self, subject: &[u8]) -> Option<State> {
        let Some(needle) = self.needle.filter(|_| self.mode == 2) else {
            return self.run(subject);
        };
        let end = self.endpos.min(subject.len());
        let mut state = State::default();
        let found = needle.search(
            &mut state,
            subject,
            self.words,
            self.pos.min(end),
            end,
            self.must_advance,
        );
        found.then_some(state)
    }

    fn run<S: StrDrive>(&self, subject: S) -> Option<State> {
        let end = self.endpos.min(subject.count());
        self.run_to(subject, end)
    }

    /// [`Job::run`] over text with code points above 0xFF, read as UTF-8, where the engine
    /// finds a position by walking from the start of what it is given. It is given the text
    /// from a little before `pos` (as far back as the code can look, `behind`), so a
    /// `finditer` or a tokenizer calling `match(text, pos)` does not walk the whole text each
    /// time; the length is the string's own, not counted. The positions in the state are
    /// `base` less than the string's.
    fn run_text(&mut self, s: &PyStr, behind: usize) -> Option<State> {
        let end = self.endpos.min(s.char_len());
        let base = self.pos.min(end).saturating_sub(behind.saturating_add(1));
        self.pos -= base;
        self.base = base;
        self.run_to(&s.as_str()[s.byte_offset(base)..], end - base)
    }

    /// The engine over `subject`, `end` (at most its length, in code points) being where
    /// the match must stop.
    fn run_to<S: StrDrive>(&self, subject: S, end: usize) -> Option<State> {
        let req = Request {
            string: subject,
            start: self.pos.min(end),
            end,
            pattern_codes: self.words,
            match_all: self.mode == 1,
            must_advance: self.must_advance,
        };
        let mut state = State::default();
        let found = if self.mode == 2 {
            state.search(req)
        } else {
            state.py_match(&req)
        };
        found.then_some(state)
    }

    /// Runs the engine over `subject`.
    fn run_on(&mut self, subject: &Subject<'_>) -> Option<State> {
        match subject {
            Subject::Bytes(b) => self.run_bytes(b),
            Subject::Text(s, behind) => self.run_text(s, *behind),
        }
    }

    /// The span of the match `state` holds, in the string's positions.
    fn span(&self, state: &State) -> (usize, usize) {
        (state.start + self.base, state.cursor.position + self.base)
    }

    /// `(start, end, lastindex, marks)` of the match `state` holds.
    fn result(&self, state: &State) -> Value {
        let base = self.base as i64;
        let marks = state
            .marks
            .raw()
            .iter()
            .map(|m| {
                Value::Int(if m.is_some() {
                    m.unpack() as i64 + base
                } else {
                    -1
                })
            })
            .collect();
        Value::tuple(vec![
            Value::Int(state.start as i64 + base),
            Value::Int(state.cursor.position as i64 + base),
            Value::Int(state.marks.last_index() as i64),
            Value::tuple(marks),
        ])
    }
}

/// What the engine reads of a subject: bytes (a bytes object's, or text's whose code points
/// all fit a byte), or text read as UTF-8 with how far back its pattern looks.
enum Subject<'a> {
    Bytes(&'a [u8]),
    Text(&'a PyStr, usize),
}

/// Checks that a code list has the shape the engine relies on (every opcode known, every
/// skip inside its block, repeats closed by their UNTIL, sets ended by FAILURE).
fn check(words: &[u32]) -> Option<Checked> {
    let mut c = Checker {
        w: words,
        non_boundary: Vec::new(),
        behind: 1,
    };
    // The code ends with SUCCESS, as the compiler makes it.
    if words.last() != Some(&(Op::SUCCESS as u32)) {
        return None;
    }
    c.block(0, words.len(), 0)?;
    // FAILURE words after the end: an engine that ran past the code stops there.
    let mut padded = words.to_vec();
    padded.extend([Op::FAILURE as u32; 8]);
    Some(Checked {
        words: padded,
        non_boundary: c.non_boundary,
        behind: c.behind,
        needle: needle::needle(words),
    })
}

struct Checker<'a> {
    w: &'a [u32],
    non_boundary: Vec<usize>,
    behind: usize,
}

impl Checker<'_> {
    fn at(&self, i: usize) -> Option<u32> {
        self.w.get(i).copied()
    }

    fn op(&self, i: usize) -> Option<Op> {
        Op::try_from(self.at(i)?).ok()
    }

    /// The end of the skip at `i` (the word after the block it spans), inside `end`.
    fn target(&self, i: usize, end: usize) -> Option<usize> {
        let t = i.checked_add(self.at(i)? as usize)?;
        (t > i && t <= end).then_some(t)
    }

    /// Checks the operations of `start..end`, which must end exactly at `end`.
    fn block(&mut self, mut i: usize, end: usize, depth: u32) -> Option<()> {
        if depth > MAX_NESTING || end > self.w.len() {
            return None;
        }
        while i < end {
            i = self.one(i, end, depth)?;
        }
        (i == end).then_some(())
    }

    /// Checks one operation at `i`; gives the index of the next.
    fn one(&mut self, i: usize, end: usize, depth: u32) -> Option<usize> {
        let d = depth + 1;
        let next = match self.op(i)? {
            Op::FAILURE | Op::SUCCESS | Op::ANY | Op::ANY_ALL => i + 1,
            Op::AT => {
                let code = self.at(i + 1)?;
                if code > 11 {
                    return None;
                }
                if matches!(code, 4 | 9 | 11) {
                    self.non_boundary.push(i);
                }
                i + 2
            }
            Op::CATEGORY => {
                if self.at(i + 1)? > 17 {
                    return None;
                }
                i + 2
            }
            Op::LITERAL
            | Op::NOT_LITERAL
            | Op::LITERAL_IGNORE
            | Op::NOT_LITERAL_IGNORE
            | Op::LITERAL_LOC_IGNORE
            | Op::NOT_LITERAL_LOC_IGNORE
            | Op::LITERAL_UNI_IGNORE
            | Op::NOT_LITERAL_UNI_IGNORE
            | Op::GROUPREF
            | Op::GROUPREF_IGNORE
            | Op::GROUPREF_LOC_IGNORE
            | Op::GROUPREF_UNI_IGNORE => {
                self.at(i + 1)?;
                i + 2
            }
            Op::MARK => {
                // A pattern with n groups has 2n MARK operations, so a mark number is
                // below the code's length: this bounds the engine's mark vector.
                if self.at(i + 1)? as usize >= self.w.len() {
                    return None;
                }
                i + 2
            }
            Op::IN | Op::IN_IGNORE | Op::IN_UNI_IGNORE | Op::IN_LOC_IGNORE => {
                let t = self.target(i + 1, end)?;
                self.set(i + 2, t)?;
                t
            }
            Op::INFO => self.info(i, end)?,
            Op::BRANCH => {
                let mut alt = i + 1;
                let mut jumps = Vec::new();
                while self.at(alt)? != 0 {
                    let t = self.target(alt, end)?;
                    if t < alt + 3 || self.op(t - 2)? != Op::JUMP {
                        return None;
                    }
                    self.block(alt + 1, t - 2, d)?;
                    jumps.push(self.target(t - 1, end)?);
                    alt = t;
                }
                let after = alt + 1;
                if jumps.iter().any(|&j| j != after) {
                    return None;
                }
                after
            }
            Op::REPEAT => {
                let t = self.target(i + 1, end)?;
                self.bounds(i)?;
                if t < i + 4 || !matches!(self.op(t)?, Op::MAX_UNTIL | Op::MIN_UNTIL) {
                    return None;
                }
                self.block(i + 4, t, d)?;
                t + 1
            }
            Op::POSSESSIVE_REPEAT => {
                // Laid out as REPEAT, with a SUCCESS word closing the body.
                let t = self.target(i + 1, end)?;
                self.bounds(i)?;
                if t < i + 4 || self.op(t)? != Op::SUCCESS {
                    return None;
                }
                self.block(i + 4, t, d)?;
                t + 1
            }
            Op::REPEAT_ONE | Op::MIN_REPEAT_ONE | Op::POSSESSIVE_REPEAT_ONE => {
                let t = self.target(i + 1, end)?;
                self.bounds(i)?;
                if t < i + 5 || self.op(t - 1)? != Op::SUCCESS {
                    return None;
                }
                self.block(i + 4, t - 1, d)?;
                t
            }
            Op::ATOMIC_GROUP => {
                let t = self.target(i + 1, end)?;
                if t < i + 3 || self.op(t - 1)? != Op::SUCCESS {
                    return None;
                }
                self.block(i + 2, t - 1, d)?;
                t
            }
            Op::ASSERT | Op::ASSERT_NOT => {
                let t = self.target(i + 1, end)?;
                if t < i + 4 || self.op(t - 1)? != Op::SUCCESS {
                    return None;
                }
                self.behind = self.behind.saturating_add(self.at(i + 2)? as usize);
                self.block(i + 3, t - 1, d)?;
                t
            }
            Op::GROUPREF_EXISTS => {
                self.at(i + 1)?;
                // The engine jumps from the group number's word here.
                let no = (i + 1).checked_add(self.at(i + 2)? as usize)?;
                if no < i + 3 || no > end {
                    return None;
                }
                // With an else branch the yes branch ends with a JUMP over it; without
                // one, the words before `no` belong to the yes branch.
                if no >= i + 5 && self.op(no - 2) == Some(Op::JUMP) {
                    if let Some(after) = self.target(no - 1, end) {
                        let saved = self.non_boundary.len();
                        if self.block(i + 3, no - 2, d).is_some()
                            && self.block(no, after, d).is_some()
                        {
                            return Some(after);
                        }
                        self.non_boundary.truncate(saved);
                    }
                }
                self.block(i + 3, no, d)?;
                no
            }
            Op::JUMP
            | Op::MAX_UNTIL
            | Op::MIN_UNTIL
            | Op::CHARSET
            | Op::BIGCHARSET
            | Op::NEGATE
            | Op::RANGE
            | Op::RANGE_UNI_IGNORE
            | Op::SUBPATTERN => return None,
        };
        (next <= end).then_some(next)
    }

    /// A repeat's `min max` words: min at most max, and below the unbounded marker (the
    /// parser refuses such counts).
    fn bounds(&self, i: usize) -> Option<()> {
        let (min, max) = (self.at(i + 2)? as usize, self.at(i + 3)? as usize);
        (min <= max && min < rustpython_sre_engine::MAXREPEAT).then_some(())
    }

    /// `INFO skip flags min max [prefix | charset]`.
    fn info(&mut self, i: usize, end: usize) -> Option<usize> {
        let t = self.target(i + 1, end)?;
        if t < i + 5 {
            return None;
        }
        let flags = self.at(i + 2)?;
        if flags & 1 != 0 {
            // PREFIX: len, skip, len prefix words, len overlap words; the engine then skips
            // `skip` LITERAL operations after the block.
            let len = self.at(i + 5)? as usize;
            let skip = self.at(i + 6)? as usize;
            let end_of_tables = len.checked_mul(2).and_then(|n| n.checked_add(i + 7));
            if len == 0 || skip > len || end_of_tables.is_none_or(|e| e > t) {
                return None;
            }
            for k in 0..skip {
                if self.op(t + 2 * k)? != Op::LITERAL {
                    return None;
                }
            }
        } else if flags & 4 != 0 {
            self.set(i + 5, t)?;
        }
        Some(t)
    }

    /// A character set: items up to a FAILURE that ends exactly at `end`.
    fn set(&self, mut i: usize, end: usize) -> Option<()> {
        while i < end {
            i = match self.op(i)? {
                Op::FAILURE => return (i + 1 == end).then_some(()),
                Op::NEGATE => i + 1,
                Op::LITERAL => i + 2,
                Op::CATEGORY => {
                    if self.at(i + 1)? > 17 {
                        return None;
                    }
                    i + 2
                }
                Op::RANGE | Op::RANGE_UNI_IGNORE => i + 3,
                Op::CHARSET => i + 9,
                Op::BIGCHARSET => {
                    let count = self.at(i + 1)? as usize;
                    let blocks_end = (i + 66).checked_add(count.checked_mul(8)?)?;
                    if blocks_end > end {
                        return None;
                    }
                    for word in &self.w[i + 2..i + 66] {
                        if word.to_le_bytes().iter().any(|&b| b as usize >= count) {
                            return None;
                        }
                    }
                    blocks_end
                }
                _ => return None,
            };
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::check;

    // Code lists as CPython 3.12's compiler makes them (MAXREPEAT as the engine's marker).
    const MAX: u32 = rustpython_sre_engine::MAXREPEAT as u32;

    #[test]
    #[rustfmt::skip]
    fn accepts_compiled_code() {
        // a|bc
        let branch = [
            14, 8, 4, 1, 2, 22, 97, 98, 0, 7, 5, 16, 97, 15, 9, 7, 16, 98, 16, 99, 15, 2, 0, 1,
        ];
        assert!(check(&branch).is_some());
        // (a)(?(1)x|y)
        let cond = [
            14, 8, 1, 2, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 12, 0, 6, 16, 120, 15, 3, 16, 121,
            1,
        ];
        assert!(check(&cond).is_some());
        // (ab)*?
        let repeat = [14, 4, 0, 0, u32::MAX, 23, 11, 0, MAX, 17, 0, 16, 97, 16, 98, 17, 1, 19, 1];
        assert!(check(&repeat).is_some());
        // (?:ab)*+ab
        let possessive = [
            14, 4, 0, 2, u32::MAX, 28, 7, 0, MAX, 16, 97, 16, 98, 1, 16, 97, 16, 98, 1,
        ];
        assert!(check(&possessive).is_some());
    }

    #[test]
    fn refuses_malformed_code() {
        // Empty, no final SUCCESS, unknown opcode, a skip past the end, a set without its
        // FAILURE, an UNTIL outside a REPEAT, min above max, a huge mark number.
        let bad: [&[u32]; 8] = [
            &[],
            &[16, 97],
            &[99, 1],
            &[13, 50, 16, 97, 0, 1],
            &[13, 3, 16, 97, 1],
            &[18, 1],
            &[24, 6, 5, 2, 16, 97, 1, 1],
            &[17, 4_000_000, 1],
        ];
        for code in bad {
            assert!(check(code).is_none(), "accepted {code:?}");
        }
    }
}
