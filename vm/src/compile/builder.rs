//! Emitting one code object: instructions, labels, line numbers, stack depth and the
//! exception table.

use hashbrown::HashMap;
use std::rc::Rc;

use crate::bytecode::opcode::stores_follow;
use crate::bytecode::{Code, CodeFlags, ExcEntry, Instr, Op};
use crate::object::types::PyStr;
use crate::object::Value;

/// A jump target, bound to an instruction index later.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label(u32);

/// An active exception handler while emitting: where to jump and the stack depth to keep.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Handler {
    pub label: Label,
    pub depth: u32,
    pub lasti: bool,
}

/// A constant that identical ones share a slot with.
#[derive(PartialEq, Eq, Hash)]
pub(super) enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(Box<str>),
    Tuple(Vec<ConstKey>),
}

impl ConstKey {
    /// The key of `v`, for the constants identical ones share (a tuple of such too, as
    /// CPython merges equal constant tuples of a code object).
    pub(super) fn of(v: &Value) -> Option<ConstKey> {
        Some(match v {
            Value::None => ConstKey::None,
            Value::Ellipsis => ConstKey::Ellipsis,
            Value::Bool(b) => ConstKey::Bool(*b),
            Value::Int(i) => ConstKey::Int(*i),
            Value::Float(f) => ConstKey::Float(f.to_bits()),
            Value::Str(s) => ConstKey::Str(s.as_str().into()),
            Value::Tuple(t) => {
                ConstKey::Tuple(t.items.iter().map(ConstKey::of).collect::<Option<_>>()?)
            }
            _ => return None,
        })
    }
}

pub struct CodeBuilder {
    instrs: Vec<Instr>,
    lines: Vec<u32>,
    handlers: Vec<Option<Handler>>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    consts: Vec<Value>,
    /// Where each simple constant already is, so that identical ones are shared.
    const_index: HashMap<ConstKey, u32>,
    names: Vec<Rc<PyStr>>,
    name_index: HashMap<String, u32>,
    pub handler_stack: Vec<Handler>,
    pub line: u32,
    /// Source byte range of the expression or statement being compiled.
    pub span: (u32, u32),
    spans: Vec<(u32, u32)>,
    depth: i32,
    max_depth: i32,
    /// Set after an unconditional transfer: the next instruction is reached only by a jump.
    dead: bool,
}

/// Marks each `LoadFast` followed by a `LoadAttr` or `StoreAttr` as the fused form, and each
/// unpack followed by a store per item into locals as `UnpackToFast`. The attribute or store
/// instructions stay in place: the fused one skips them only when its fast path succeeds,
/// and a jump to one still finds it. (Fusing `LoadFast`/`StoreFast` pairs was
/// measured slower under wasmtime: the larger loop spills more.)
fn fuse_pairs(instrs: &mut [Instr]) {
    for i in 1..instrs.len() {
        let fused = match (instrs[i - 1].op, instrs[i].op) {
            (Op::LoadFast, Op::LoadAttr) => Op::LoadFastAttr,
            (Op::LoadFast, Op::StoreAttr) => Op::StoreFastAttr,
            (Op::UnpackSequence, _) if stores_follow(instrs, i - 1) => Op::UnpackToFast,
            _ => continue,
        };
        instrs[i - 1].op = fused;
    }
}

impl CodeBuilder {
    pub fn new(first_line: u32) -> CodeBuilder {
        CodeBuilder {
            instrs: Vec::new(),
            lines: Vec::new(),
            handlers: Vec::new(),
            labels: Vec::new(),
            label_depth: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            handler_stack: Vec::new(),
            line: first_line,
            span: (0, 0),
            spans: Vec::new(),
            depth: 0,
            max_depth: 0,
            dead: false,
        }
    }

    pub fn depth(&self) -> u32 {
        self.depth.max(0) as u32
    }

    pub fn set_depth(&mut self, depth: u32) {
        self.depth = depth as i32;
        self.max_depth = self.max_depth.max(self.depth);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction.
    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
        if let Some(d) = self.label_depth[label.0 as usize] {
            if self.dead {
                self.depth = d;
            }
        }
        self.dead = false;
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        let (fall, jump) = op.stack_effect(arg);
        let (fall, jump) = (fall as i32, jump as i32);
        if op.is_jump() {
            let target = self.depth + jump;
            let slot = &mut self.label_depth[arg as usize];
            if slot.is_none() {
                *slot = Some(target);
            }
        }
        self.instrs.push(Instr { op, arg });
        self.lines.push(self.line);
        self.spans.push(self.span);
        self.handlers.push(self.handler_stack.last().copied());
        self.depth += fall;
        self.max_depth = self.max_depth.max(self.depth);
        self.dead = matches!(op, Op::Jump | Op::ReturnValue | Op::Raise | Op::Reraise);
    }

    /// CPython's static swap: the `Swap n` just emitted before `n` stores into locals (`a, b
    /// = x, y` in a function) is dropped and the first and last stores change places, when
    /// they are on one line and neither local is stored twice among them. So `b` is bound
    /// before `a`, as CPython does it (the order an old value's `__del__` sees).
    pub fn fold_swap_into_stores(&mut self, n: usize) {
        let Some(at) = self.instrs.len().checked_sub(n + 1) else {
            return;
        };
        if n < 2 || self.instrs[at].op != Op::Swap || self.instrs[at].arg as usize != n {
            return;
        }
        let stores = &self.instrs[at + 1..];
        let line = self.lines[at + 1];
        if stores.iter().any(|i| i.op != Op::StoreFast)
            || self.lines[at + 1..].iter().any(|&l| l != line)
        {
            return;
        }
        let (j, k) = (stores[0].arg, stores[n - 1].arg);
        if j == k || stores[1..n - 1].iter().any(|i| i.arg == j || i.arg == k) {
            return;
        }
        self.instrs.remove(at);
        self.lines.remove(at);
        self.spans.remove(at);
        self.handlers.remove(at);
        let last = at + n - 1;
        self.instrs.swap(at, last);
        self.spans.swap(at, last);
    }

    pub fn emit_jump(&mut self, op: Op, label: Label) {
        self.emit(op, label.0);
    }

    pub fn add_const(&mut self, v: Value) -> u32 {
        // Share identical simple constants; objects are kept distinct.
        let key = ConstKey::of(&v);
        if let Some(&i) = key.as_ref().and_then(|k| self.const_index.get(k)) {
            return i;
        }
        let at = self.consts.len() as u32;
        if let Some(k) = key {
            self.const_index.insert(k, at);
        }
        let v = match v {
            Value::Str(s) if crate::object::types::is_identifier_like(s.as_str()) => {
                Value::Str(crate::object::types::intern_str(s.as_str()))
            }
            other => other,
        };
        self.consts.push(v);
        at
    }

    pub fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst, i);
    }

    pub fn name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        self.names.push(crate::object::types::intern_str(name));
        let i = self.names.len() as u32 - 1;
        self.name_index.insert(name.to_string(), i);
        i
    }

    pub fn push_handler(&mut self, label: Label, depth: u32, lasti: bool) {
        self.handler_stack.push(Handler {
            label,
            depth,
            lasti,
        });
    }

    pub fn pop_handler(&mut self) {
        self.handler_stack.pop();
    }

    /// Resolves labels and builds the code object.
    #[expect(
        clippy::too_many_arguments,
        reason = "one call site assembles a code object"
    )]
    pub fn finish(
        mut self,
        name: &str,
        qualname: &str,
        filename: Rc<str>,
        first_line: u32,
        slot_names: Vec<String>,
        free_start: u32,
        argcounts: (u32, u32, u32),
        flags: CodeFlags,
    ) -> Code {
        for instr in &mut self.instrs {
            if instr.op.is_jump() {
                instr.arg = self.labels[instr.arg as usize].unwrap_or(0);
            }
        }
        fuse_pairs(&mut self.instrs);
        let mut exc_table: Vec<ExcEntry> = Vec::new();
        for (i, h) in self.handlers.iter().enumerate() {
            let Some(h) = h else { continue };
            let target = self.labels[h.label.0 as usize].unwrap_or(0);
            let i = i as u32;
            if let Some(last) = exc_table.last_mut() {
                if last.end == i
                    && last.target == target
                    && last.depth == h.depth
                    && last.lasti == h.lasti
                {
                    last.end = i + 1;
                    continue;
                }
            }
            exc_table.push(ExcEntry {
                start: i,
                end: i + 1,
                target,
                depth: h.depth,
                lasti: h.lasti,
            });
        }
        let (argcount, posonly, kwonly) = argcounts;
        Code {
            name: Rc::new(PyStr::new(name)),
            qualname: Rc::new(PyStr::new(qualname)),
            filename,
            first_line,
            instrs: self.instrs.into_boxed_slice(),
            lines: self.lines.into_boxed_slice(),
            spans: self.spans.into_boxed_slice(),
            consts: self.consts.into_boxed_slice(),
            name_cache: self
                .names
                .iter()
                .map(|_| std::cell::Cell::new(Default::default()))
                .collect(),
            attr_cache: self
                .names
                .iter()
                .map(|_| std::cell::RefCell::new(Default::default()))
                .collect(),
            attr_hint: self.names.iter().map(|_| Default::default()).collect(),
            names: self.names.into_boxed_slice(),
            slot_names: slot_names
                .iter()
                .map(|s| crate::object::types::intern_str(s))
                .collect(),
            free_start,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            flags,
            exc_table: exc_table.into_boxed_slice(),
            max_stack: self.max_depth.max(0) as u32 + 2,
        }
    }
}
