//! Printing uncaught exceptions as CPython does: chained causes and contexts, frames with
//! their source lines, repeated-frame folding, and the SyntaxError layout; the traceback and
//! frame objects Python code sees (`__traceback__`, `tb_frame`, `sys._getframe`).

use hashbrown::HashMap;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::interp::Vm;
use crate::object::types::TracebackEntry;
use crate::object::Value;

/// Source texts of the files compiled so far, for printing their lines.
#[derive(Default)]
pub struct SourceCache {
    files: HashMap<Rc<str>, Rc<str>>,
    /// The last text compiled under each name that is not a file (`<doctest x[0]>`, a
    /// string given to `compile()`): its lines show only when `linecache` lends them.
    pseudo: HashMap<Rc<str>, Rc<str>>,
    /// Lines `linecache` gave for the entries of one report by the `traceback` module.
    lent: HashMap<(Rc<str>, u32), String>,
}

impl SourceCache {
    pub fn insert(&mut self, filename: &str, text: &str) {
        self.files.insert(filename.into(), text.into());
    }

    /// Remembers the text compiled under a name that is no file on disk.
    pub fn insert_pseudo(&mut self, filename: &str, text: &str) {
        self.pseudo.insert(filename.into(), text.into());
    }

    /// Whether the text of `filename` is known from a file.
    pub fn has_file(&self, filename: &str) -> bool {
        self.files.contains_key(filename)
    }

    /// Lines found by `linecache` for the report being built; empty to end it.
    pub fn lend(&mut self, lines: HashMap<(Rc<str>, u32), String>) {
        self.lent = lines;
    }

    pub fn line(&self, filename: &str, line: u32) -> Option<String> {
        let Some(text) = self.files.get(filename) else {
            return self.lent.get(&(filename.into(), line)).cloned();
        };
        text.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(str::to_string)
    }

    /// The text positions are counted in: the file's, or for a lent line the text compiled
    /// under that name when its line is the same.
    fn text_of(&self, filename: &str) -> Option<&Rc<str>> {
        if let Some(text) = self.files.get(filename) {
            return Some(text);
        }
        let text = self.pseudo.get(filename)?;
        let all_match = self
            .lent
            .iter()
            .filter(|((f, _), _)| f.as_ref() == filename)
            .all(|((_, n), line)| {
                text.lines().nth((*n as usize).saturating_sub(1)) == Some(line.as_str())
            });
        all_match.then_some(text)
    }

    /// The (line, byte column) of each byte offset in a file's text (1-based lines), for
    /// `co_positions()`; None when the file's text is not known.
    pub(crate) fn positions(&self, filename: &str, offsets: &[u32]) -> Option<Vec<(u32, usize)>> {
        let text = self.files.get(filename)?;
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Some(
            offsets
                .iter()
                .map(|&offset| {
                    let offset = (offset as usize).min(text.len());
                    let line = starts.partition_point(|&s| s <= offset);
                    (line as u32, offset - starts[line - 1])
                })
                .collect(),
        )
    }

    /// The (line, byte column) of a byte offset in a file, 1-based line.
    fn position(&self, filename: &str, offset: u32) -> Option<(u32, usize)> {
        let text = self.text_of(filename)?;
        let offset = (offset as usize).min(text.len());
        let before = text.get(..offset)?;
        let line = before.bytes().filter(|&b| b == b'\n').count() as u32 + 1;
        let col = offset - before.rfind('\n').map_or(0, |p| p + 1);
        Some((line, col))
    }
}

/// The `~~^^~~` line under the expression at byte columns `start_col..end_col` of `line`
/// (the end on a later line when `one_line` is false), as CPython 3.12 draws it; empty when
/// the marks would cover the whole stripped line.
pub fn caret_row(line: &str, start_col: usize, end_col: usize, one_line: bool) -> String {
    let to_chars = |byte: usize| {
        line.get(..byte.min(line.len()))
            .map_or(0, |s| s.chars().count())
    };
    let start_offset = to_chars(start_col);
    let mut end_offset = to_chars(end_col);
    let stripped = line.trim();
    let leading = line.chars().count() - line.trim_start().chars().count();
    let mut anchors = None;
    if one_line {
        let segment: String = line
            .chars()
            .skip(start_offset)
            .take(end_offset.saturating_sub(start_offset))
            .collect();
        anchors = caret_anchors(&segment);
    } else {
        end_offset = line.trim_end().chars().count();
    }
    let width = end_offset.saturating_sub(start_offset);
    let show = width < stripped.chars().count() || anchors.is_some_and(|(l, r)| r > l);
    if !show {
        return String::new();
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start_offset.saturating_sub(leading)));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
    out
}

/// Where the `~` and `^` go for a binary operation or subscript, as CPython 3.12 computes
/// them from the failing expression's source: (left end, right start) in characters.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use rustpython_ruff_python_ast as ast;
    use rustpython_ruff_text_size::Ranged;
    let parsed = rustpython_ruff_python_parser::parse_module(segment).ok()?;
    let module = parsed.into_syntax();
    let [ast::Stmt::Expr(stmt)] = module.body.as_slice() else {
        return None;
    };
    let chars = |byte: usize| segment.get(..byte).map_or(0, |s| s.chars().count());
    let bytes = segment.as_bytes();
    match stmt.value.as_ref() {
        ast::Expr::BinOp(b) => {
            let left_end = usize::from(b.left.range().end());
            let right_start = usize::from(b.right.range().start());
            let op_str = segment.get(left_end..right_start)?;
            let op_offset = op_str.len() - op_str.trim_start().len();
            let mut left = left_end + op_offset;
            let mut right = left + 1;
            if op_offset + 1 < op_str.len()
                && !op_str.as_bytes()[op_offset + 1].is_ascii_whitespace()
            {
                right += 1;
            }
            while left < bytes.len()
                && (bytes[left].is_ascii_whitespace() || bytes[left] == b')' || bytes[left] == b'#')
            {
                left += 1;
                right += 1;
            }
            Some((chars(left), chars(right)))
        }
        ast::Expr::Subscript(s) => {
            let mut left = chars(usize::from(s.value.range().end()));
            let mut right = chars(usize::from(s.slice.range().end()) + 1);
            let cs: Vec<char> = segment.chars().collect();
            while left < cs.len() && cs[left] != '[' {
                left += 1;
            }
            while right < cs.len() && cs[right] != ']' {
                right += 1;
            }
            if right < cs.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// Exception groups print at most this many members, nested this deep (as CPython).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where the report of an exception group is: its nesting and whether a box is open.
#[derive(Default)]
struct PrintCtx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
    /// `sys.tracebacklimit`: how many of the most recent entries are shown.
    limit: Option<usize>,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, every line prefixed by the indent and margin of the current group.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl Vm {
    /// A `traceback` object for `exc.__traceback__`: `tb_lineno`, `tb_frame` and `tb_next`
    /// chained from the outermost frame, or None before the exception was raised. As in
    /// CPython, the object stays the same while no frame is added, and frames added by
    /// raising again are new objects in front of it. A frame that has finished keeps no
    /// variables: its `f_locals` is empty unless it ran a module.
    pub(crate) fn traceback_object(&mut self, inst: &crate::object::types::PyInstance) -> Value {
        let Some(data) = &inst.exc else {
            return Value::None;
        };
        let len = data.traceback.borrow().len();
        let cached = data.tb_object.borrow().clone();
        let (start, mut next) = match cached {
            Some((n, tb)) if n <= len => (n, tb),
            _ => (0, Value::None),
        };
        if start == len {
            return next;
        }
        // The traceback objects' own copy leaves the variables out: their frames hold them.
        let entries: Vec<TracebackEntry> = data.traceback.borrow().clone();
        let covered_entries: Rc<Vec<TracebackEntry>> = Rc::new(
            entries
                .iter()
                .map(|e| TracebackEntry {
                    locals: None,
                    ..e.clone()
                })
                .collect(),
        );
        // The frames, outermost first, each the `f_back` of the next.
        let mut back = Value::None;
        let mut frames = Vec::with_capacity(entries.len() - start);
        let raised_with = data.raise_locals.borrow().clone();
        for (i, entry) in entries.iter().enumerate().skip(start).rev() {
            let locals = if entry.code.flags.has(crate::bytecode::CodeFlags::NAMESPACE) {
                Value::Dict(entry.globals.clone())
            } else {
                match (&raised_with, i, &entry.locals) {
                    (Some(vars), 0, _) => vars.clone(),
                    (_, _, Some(slots)) => Value::Dict(self.slots_dict(&entry.code, slots)),
                    _ => Value::Dict(Rc::new(crate::object::types::PyDict::new())),
                }
            };
            let f = self.frame_object(&entry.code, &entry.globals, entry.line, locals, back);
            back = f.clone();
            frames.push(f);
        }
        if let Value::Instance(tb) = &next {
            if let Some(Value::Instance(f)) = tb.dict.get_str("tb_frame") {
                if matches!(f.dict.get_str("f_back"), Some(Value::None)) {
                    let _ = self.dict_set(&f.dict, Value::str("f_back"), back);
                }
            }
        }
        for (i, frame) in (start..entries.len()).zip(frames.into_iter().rev()) {
            let tb = Rc::new(crate::object::types::PyInstance::new(
                self.types.traceback.clone(),
            ));
            let items = [
                ("tb_lineno", Value::Int(i64::from(entries[i].line))),
                ("tb_frame", frame),
                ("tb_lasti", Value::Int(i64::from(entries[i].lasti))),
                ("tb_next", next),
            ];
            for (k, v) in items {
                let _ = self.dict_set(&tb.dict, Value::str(k), v);
            }
            let covered: Rc<dyn std::any::Any> = Rc::new((covered_entries.clone(), i));
            tb.set_native(covered);
            next = Value::Instance(tb);
        }
        *data.tb_object.borrow_mut() = Some((entries.len(), next.clone()));
        next
    }

    /// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: a traceback object or None.
    pub(crate) fn set_traceback(
        &mut self,
        data: &crate::object::types::ExcData,
        tb: &Value,
    ) -> PyResult<()> {
        if tb.is_none() {
            data.traceback.borrow_mut().clear();
            *data.tb_object.borrow_mut() = None;
            return Ok(());
        }
        let covered = match tb {
            Value::Instance(i) if Rc::ptr_eq(&i.class(), &self.types.traceback) => i.native_any(),
            _ => None,
        };
        let Some(covered) = covered else {
            return Err(self.type_error("__traceback__ must be a traceback or None"));
        };
        let Some((entries, i)) = covered.downcast_ref::<(Rc<Vec<TracebackEntry>>, usize)>() else {
            return Err(self.type_error("__traceback__ must be a traceback or None"));
        };
        *data.traceback.borrow_mut() = entries[..=*i].to_vec();
        *data.tb_object.borrow_mut() = Some((i + 1, tb.clone()));
        Ok(())
    }

    /// The bound variables of a frame's slots, by name (a cell's content for a cell).
    pub(crate) fn slots_dict(
        &mut self,
        code: &crate::bytecode::Code,
        slots: &[Option<Value>],
    ) -> Rc<crate::object::types::PyDict> {
        let d = Rc::new(crate::object::types::PyDict::new());
        for (name, v) in crate::interp::named_slots(code, slots) {
            if let Some(v) = v {
                let _ = self.dict_set(&d, Value::Str(name.clone()), v);
            }
        }
        d
    }

    /// A frame object as Python code sees it (`sys._getframe`, `tb_frame`, `gi_frame`): the
    /// frame's code, namespaces and line when it was taken, and its caller's frame object.
    pub(crate) fn frame_object(
        &mut self,
        code: &Rc<crate::bytecode::Code>,
        globals: &Rc<crate::object::types::PyDict>,
        line: u32,
        locals: Value,
        back: Value,
    ) -> Value {
        let frame = Rc::new(crate::object::types::PyInstance::new(
            self.types.frame.clone(),
        ));
        let items = [
            ("f_code", Value::Code(code.clone())),
            ("f_globals", Value::Dict(globals.clone())),
            ("f_builtins", Value::Dict(self.builtins.clone())),
            ("f_locals", locals),
            ("f_lineno", Value::Int(i64::from(line))),
            ("f_lasti", Value::Int(-1)),
            ("f_back", back),
            ("f_trace", Value::None),
            ("f_trace_lines", Value::Bool(true)),
            ("f_trace_opcodes", Value::Bool(false)),
        ];
        // A new dict and distinct interned names: each entry is appended, presized once.
        let keys: Vec<_> = items.iter().map(|(k, _)| self.intern(k)).collect();
        {
            let mut table = frame.dict.table.borrow_mut();
            *table = crate::object::table::DictTable::with_capacity(items.len());
            for (key, (_, v)) in keys.into_iter().zip(items) {
                table.push_new(key.hash(), Value::Str(key), v);
            }
        }
        Value::Instance(frame)
    }

    /// `sys._getframe(depth)`: the frame object of the Python code `depth` calls above the
    /// one calling it. Frames of native code and inlined comprehensions are not shown, as in
    /// CPython; a caller reached only through native code is not shown either. The frames
    /// further out are recorded, not built: each frame object's `f_back` is made when Python
    /// code first reads it (`logging` walks two or three of a deep stack on every record).
    pub fn caller_frame_object(&mut self, depth: usize) -> PyResult<Value> {
        use crate::bytecode::CodeFlags;
        let Some(caller) = self.caller.clone() else {
            return Err(self.value_error("call stack is not deep enough"));
        };
        let Some((code, line)) = caller.position else {
            return Err(self.value_error("call stack is not deep enough"));
        };
        let mut frames = std::mem::take(&mut self.frames);
        // The frames of loops that native code interrupted go between the suspended ones.
        let interrupted: Vec<_> = self
            .interrupted
            .iter()
            .filter_map(|(p, at)| Some((p.code.clone()?, p.globals.clone()?, p.ip, *at)))
            .collect();
        let mut pending = interrupted.into_iter().peekable();
        let mut outer: Vec<PendingFrame> = Vec::new();
        for i in 0..=frames.len() {
            while let Some((code, globals, ip, _)) = pending.next_if(|p| p.3 <= i) {
                if code.flags.has(CodeFlags::HIDDEN) || code.flags.inlined() {
                    continue;
                }
                // Their variables are out of reach: a function's show as an empty dict.
                let locals = if code.flags.has(CodeFlags::NAMESPACE) {
                    Value::Dict(globals.clone())
                } else {
                    Value::Dict(Rc::new(crate::object::types::PyDict::new()))
                };
                let line = code.line_of(ip.saturating_sub(1));
                outer.push(PendingFrame {
                    code,
                    globals,
                    line,
                    locals: PendingLocals::Ready(locals),
                });
            }
            let Some(f) = frames.get_mut(i) else { break };
            if f.code.flags.has(CodeFlags::HIDDEN) || f.code.flags.inlined() {
                continue;
            }
            let locals = if f.locals_map.is_none() && f.locals.is_none() {
                PendingLocals::of_function(f)
            } else {
                PendingLocals::Ready(self.capture_caller(f).locals)
            };
            outer.push(PendingFrame {
                code: f.code.clone(),
                globals: f.globals.clone(),
                line: f.line(),
                locals,
            });
            // The generators a delegation passes over come next, in their objects.
            for g in &f.delegating {
                let mut slot = g.frame.borrow_mut();
                let Some(gf) = slot.as_mut() else { continue };
                outer.push(PendingFrame {
                    code: gf.code.clone(),
                    globals: gf.globals.clone(),
                    line: gf.line(),
                    locals: PendingLocals::of_function(gf),
                });
            }
        }
        self.frames = frames;
        // An inlined comprehension runs in its parent's frame.
        let mut code = code;
        while code.flags.inlined() {
            match outer.pop() {
                Some(parent) => code = parent.code,
                None => break,
            }
        }
        if depth > outer.len() {
            return Err(self.value_error("call stack is not deep enough"));
        }
        let chain = Rc::new(outer);
        let slots = self.caller_slots.take();
        if depth > 0 {
            return Ok(self.pending_frame_object(&chain, chain.len() - depth));
        }
        let f = self.frame_object(&code, &caller.globals, line, caller.locals, Value::None);
        if let Value::Instance(i) = &f {
            i.set_native(Rc::new(LazyFrame {
                back: std::cell::RefCell::new(Some((chain.clone(), chain.len()))),
                locals: std::cell::RefCell::new(slots.map(|s| (code.clone(), s))),
            }));
        }
        Ok(f)
    }

    /// The frame object of `chain[index]`, whose `f_back` (`chain[index - 1]`'s) and
    /// `f_locals` are made when first read.
    fn pending_frame_object(&mut self, chain: &Rc<Vec<PendingFrame>>, index: usize) -> Value {
        let Some(p) = chain.get(index) else {
            return Value::None;
        };
        let f = self.frame_object(&p.code, &p.globals, p.line, Value::None, Value::None);
        if let Value::Instance(i) = &f {
            i.set_native(Rc::new(LazyFrame {
                back: std::cell::RefCell::new(Some((chain.clone(), index))),
                locals: std::cell::RefCell::new(Some((p.code.clone(), p.locals.clone()))),
            }));
        }
        f
    }

    /// The namespace `locals` stands for: a function's snapshot dict filled from its slots.
    fn pending_locals(&mut self, code: &crate::bytecode::Code, locals: &PendingLocals) -> Value {
        match locals {
            PendingLocals::Ready(v) => v.clone(),
            PendingLocals::Slots(d, slots) => {
                self.fill_snapshot(d, code, slots);
                Value::Dict(d.clone())
            }
        }
    }

    /// The (file, line) of each traceback entry of `exc`, its chain and its group's members
    /// whose file pyrs does not know: what a report needs from `linecache`.
    pub fn unknown_source_lines(&self, exc: &Value) -> Vec<(Rc<str>, u32)> {
        let mut out = Vec::new();
        let mut seen = Vec::new();
        let mut work = vec![exc.clone()];
        while let Some(e) = work.pop() {
            let Value::Instance(inst) = &e else { continue };
            let Some(data) = &inst.exc else { continue };
            if seen.contains(&e.identity()) || seen.len() > 1000 {
                continue;
            }
            seen.push(e.identity());
            for entry in data.traceback.borrow().iter() {
                let key = (entry.filename.clone(), entry.line);
                if !self.sources.has_file(&entry.filename) && !out.contains(&key) {
                    out.push(key);
                }
            }
            work.extend(data.cause.borrow().iter().cloned());
            work.extend(data.context.borrow().iter().cloned());
            if let Some(members) = crate::object::types::exception_group::group_members(&e) {
                work.extend(members);
            }
        }
        out
    }

    /// Lines for the next reports of files pyrs does not know (from `linecache`); an empty
    /// map when done.
    pub fn lend_source_lines(&mut self, lines: HashMap<(Rc<str>, u32), String>) {
        self.sources.lend(lines);
    }

    /// The full report CPython prints to stderr for an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        self.format_report(err, None)
    }

    /// [`Self::format_exception`] as the top level and `sys.excepthook` print it: at most
    /// `sys.tracebacklimit` entries of each traceback, the most recent ones.
    pub fn format_exception_limited(&mut self, err: &PyErr) -> String {
        let limit = match self.modules.get_str("sys") {
            Some(Value::Module(sys)) => match sys.dict.get_str("tracebacklimit") {
                Some(Value::Int(n)) => Some(n.max(0) as usize),
                _ => None,
            },
            _ => None,
        };
        self.format_report(err, limit)
    }

    fn format_report(&mut self, err: &PyErr, limit: Option<usize>) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx {
            limit,
            ..PrintCtx::default()
        };
        self.format_chain(err.value(), &mut out, &mut ctx);
        out
    }

    /// An exception with the chain of causes and contexts that led to it, oldest first.
    fn format_chain(&mut self, exc: Value, out: &mut String, ctx: &mut PrintCtx) {
        let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
        let mut current = Some(exc);
        while let Some(e) = current.take() {
            ctx.seen.push(e.identity());
            let mut msg = None;
            if let Value::Instance(inst) = &e {
                if let Some(data) = &inst.exc {
                    let cause = data.cause.borrow().clone();
                    let context = data.context.borrow().clone();
                    if let Some(c) = cause.filter(|c| !ctx.seen.contains(&c.identity())) {
                        msg = Some(CAUSE_MESSAGE);
                        current = Some(c);
                    } else if let Some(c) = context.filter(|c| {
                        !data.suppress_context.get() && !ctx.seen.contains(&c.identity())
                    }) {
                        msg = Some(CONTEXT_MESSAGE);
                        current = Some(c);
                    }
                }
            }
            chain.push((msg, e));
        }
        for (msg, e) in chain.into_iter().rev() {
            if let Some(m) = msg {
                ctx.emit(out, m, '|');
            }
            self.format_one(&e, out, ctx);
        }
    }

    /// One exception: its traceback and last line; a group with its members in boxes.
    fn format_one(&mut self, exc: &Value, out: &mut String, ctx: &mut PrintCtx) {
        let mut tb = match exc {
            Value::Instance(inst) => inst
                .exc
                .as_ref()
                .map(|d| d.traceback.borrow().clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        if let Some(limit) = ctx.limit {
            tb.truncate(limit);
        }
        let Some(members) = crate::object::types::exception_group::group_members(exc) else {
            if !tb.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                let mut frames = String::new();
                self.format_frames(&tb, &mut frames);
                ctx.emit(out, &frames, '|');
            }
            let last = self.format_exception_only(exc);
            ctx.emit(out, &last, '|');
            return;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(
                out,
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let top = ctx.depth == 0;
        if top {
            ctx.depth += 1;
        }
        if !tb.is_empty() {
            let margin = if top { '+' } else { '|' };
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            let mut frames = String::new();
            self.format_frames(&tb, &mut frames);
            ctx.emit(out, &frames, '|');
        }
        let last = self.format_exception_only(exc);
        ctx.emit(out, &last, '|');
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, member) in members.iter().take(shown).enumerate() {
            let last_one = i + 1 == shown;
            if last_one {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let joint = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!(
                "{}{joint}+---------------- {title} ----------------\n",
                ctx.indent()
            ));
            ctx.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {remaining} more exception{s}\n"), '|');
            } else {
                self.format_chain(member.clone(), out, ctx);
            }
            if last_one && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if top {
            ctx.depth = 0;
        }
    }

    fn format_frames(&mut self, tb: &[TracebackEntry], out: &mut String) {
        let mut last: Option<(&str, u32, &str)> = None;
        let mut repeats = 0;
        let flush_repeats = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                let s = if n == 1 { "" } else { "s" };
                out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
            }
        };
        for entry in tb.iter().rev() {
            let key = (entry.filename.as_ref(), entry.line, entry.name.as_str());
            if last == Some(key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush_repeats(out, repeats);
                repeats = 1;
                last = Some(key);
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.filename,
                entry.line,
                entry.name.as_str()
            ));
            if let Some(line) = self.sources.line(&entry.filename, entry.line) {
                let trimmed = line.trim();
                if !trimmed.is_empty() {
                    out.push_str(&format!("    {trimmed}\n"));
                    out.push_str(&self.carets(entry, &line));
                }
            }
        }
        flush_repeats(out, repeats);
    }

    /// The `~~^^~~` line under the failing expression, or nothing when it spans the line.
    fn carets(&self, entry: &TracebackEntry, line: &str) -> String {
        let (start, end) = entry.span;
        if start >= end {
            return String::new();
        }
        let (Some((start_line, start_col)), Some((end_line, end_col))) = (
            self.sources.position(&entry.filename, start),
            self.sources.position(&entry.filename, end),
        ) else {
            return String::new();
        };
        if start_line != entry.line {
            return String::new();
        }
        caret_row(line, start_col, end_col, end_line == start_line)
    }

    /// The last line(s): `Type: message`, with SyntaxError's location block.
    pub fn format_exception_only(&mut self, exc: &Value) -> String {
        let Value::Instance(inst) = exc else {
            return String::new();
        };
        let cls = inst.class();
        // The class's `__module__` now (a Python class may have been given another).
        let module = match cls.dict.get_str("__module__") {
            Some(Value::Str(m)) if cls.heap => m.as_str().to_string(),
            Some(_) if cls.heap => "<unknown>".to_string(),
            _ => cls.module.as_str().to_string(),
        };
        let name = if module == "builtins" || module == "__main__" {
            cls.qualname.borrow().as_str().to_string()
        } else {
            format!("{module}.{}", cls.qualname.borrow().as_str())
        };
        let mut out = String::new();
        let is_syntax = cls.is_subtype(&self.exc_type(ExcKind::SyntaxError));
        let indentation = cls.is_subtype(&self.exc_type(ExcKind::IndentationError));
        if is_syntax {
            let get = |k: &str| inst.dict.get_str(k);
            if let (Some(Value::Str(file)), Some(Value::Int(line))) =
                (get("filename"), get("lineno"))
            {
                out.push_str(&format!("  File \"{}\", line {line}\n", file.as_str()));
                if let Some(Value::Str(text)) = get("text") {
                    let raw = text.as_str().trim_end_matches('\n');
                    let trimmed = raw.trim_start();
                    let removed = raw.chars().count() - trimmed.chars().count();
                    if !trimmed.is_empty() {
                        out.push_str(&format!("    {}\n", trimmed.trim_end()));
                        if let Some(Value::Int(offset)) = get("offset") {
                            // Carets under offset..end_offset on the error's line; to the
                            // line's end when the error goes on below; at least one.
                            let width = raw.chars().count() as i64;
                            let end = match (get("end_lineno"), get("end_offset")) {
                                (Some(Value::Int(l)), Some(Value::Int(e)))
                                    if l == line && e >= 1 =>
                                {
                                    e
                                }
                                (Some(Value::Int(l)), _) if l > line => width + 1,
                                _ => offset,
                            };
                            let offset = offset.clamp(1, width + 1);
                            let end = end.min(width + 1).max(offset + 1);
                            // CPython's printer marks one character of an IndentationError.
                            let end = if indentation { offset + 1 } else { end };
                            // A position inside the stripped indentation shows no marks.
                            if offset as usize > removed {
                                let col = offset as usize - 1 - removed;
                                let carets = "^".repeat((end - offset) as usize);
                                out.push_str(&format!("    {}{carets}\n", " ".repeat(col)));
                            }
                        }
                    }
                }
            }
            let msg = match get("msg") {
                Some(Value::Str(m)) => m.as_str().to_string(),
                _ => self.to_str(exc).unwrap_or_default(),
            };
            out.push_str(&format!("{name}: {msg}\n"));
            self.format_notes(inst, &mut out);
            return out;
        }
        let mut msg = match self.to_str(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if let Some(hint) = self.suggestion_for(exc) {
            msg.push_str(&hint);
        }
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        self.format_notes(inst, &mut out);
        out
    }

    /// The lines of `exc.__notes__`, after the exception's own line.
    fn format_notes(&mut self, inst: &crate::object::types::PyInstance, out: &mut String) {
        let Some(notes) = inst.dict.get_str("__notes__") else {
            return;
        };
        let items = match &notes {
            Value::List(_) | Value::Tuple(_) => self.collect(&notes).unwrap_or_default(),
            other => {
                let shown = self
                    .repr(other)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                out.push_str(&format!("{shown}\n"));
                return;
            }
        };
        for note in items {
            let text = match &note {
                Value::Str(s) => s.as_str().to_string(),
                other => self
                    .to_str(other)
                    .unwrap_or_else(|_| "<note str() failed>".to_string()),
            };
            for line in text.split('\n') {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
}

/// A frame further out than the one `sys._getframe` returned: what its frame object is
/// made of when Python code reaches it through `f_back`.
pub(crate) struct PendingFrame {
    code: Rc<crate::bytecode::Code>,
    globals: Rc<crate::object::types::PyDict>,
    line: u32,
    locals: PendingLocals,
}

#[derive(Clone)]
pub(crate) enum PendingLocals {
    /// A module or class namespace, or an unreachable frame's empty dict.
    Ready(Value),
    /// A function frame's snapshot dict and its slots when `sys._getframe` ran.
    Slots(Rc<crate::object::types::PyDict>, Vec<Option<Value>>),
}

impl PendingLocals {
    /// A function frame's variables as they are now, to go in its snapshot dict (the same
    /// dict each time, as CPython's `f_locals`) once Python code reads them.
    pub(crate) fn of_function(f: &mut crate::interp::Frame) -> PendingLocals {
        let snapshot = f
            .snapshot
            .get_or_insert_with(|| Rc::new(crate::object::types::PyDict::new()))
            .clone();
        PendingLocals::Slots(snapshot, f.fast.clone())
    }
}

/// What a frame object of `sys._getframe` has not built yet: its `f_back`, the frame object
/// of `chain[index - 1]` (None at the outermost), and its `f_locals`.
struct LazyFrame {
    back: std::cell::RefCell<Option<(Rc<Vec<PendingFrame>>, usize)>>,
    locals: std::cell::RefCell<Option<(Rc<crate::bytecode::Code>, PendingLocals)>>,
}

/// A frame object's field `name`: what `build` makes of what `sys._getframe` recorded, the
/// first time it is read, kept in the frame's dict from then on.
fn lazy_field(
    vm: &mut Vm,
    this: &Value,
    name: &'static str,
    build: fn(&mut Vm, &LazyFrame) -> Option<Value>,
) -> PyResult<Value> {
    let Value::Instance(f) = this else {
        return Ok(Value::None);
    };
    if let Some(v) = f.native::<LazyFrame>().and_then(|s| build(vm, &s)) {
        let _ = vm.dict_set(&f.dict, Value::str(name), v.clone());
        return Ok(v);
    }
    Ok(f.dict.get_str(name).unwrap_or_default())
}

/// `frame.f_back`.
fn frame_back(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    lazy_field(vm, this, "f_back", |vm, s| {
        let (chain, index) = s.back.borrow_mut().take()?;
        Some(match index.checked_sub(1) {
            Some(i) => vm.pending_frame_object(&chain, i),
            None => Value::None,
        })
    })
}

/// `frame.f_locals`.
fn frame_locals(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    lazy_field(vm, this, "f_locals", |vm, s| {
        let (code, locals) = s.locals.borrow_mut().take()?;
        Some(vm.pending_locals(&code, &locals))
    })
}

static FRAME_LOCALS: crate::object::types::GetSetDef = crate::object::types::GetSetDef {
    name: "f_locals",
    owner: "frame",
    get: frame_locals,
    set: None,
};

static FRAME_BACK: crate::object::types::GetSetDef = crate::object::types::GetSetDef {
    name: "f_back",
    owner: "frame",
    get: frame_back,
    set: None,
};

/// The frame type's `f_back` and `f_locals` descriptors.
pub(crate) fn install_frame_fields(vm: &mut Vm) {
    let frame = vm.types.frame.clone();
    for def in [&FRAME_BACK, &FRAME_LOCALS] {
        let getset = crate::object::types::PyWrapper::GetSet(def);
        let _ = vm.dict_set(
            &frame.dict,
            Value::str(def.name),
            Value::Wrapper(Rc::new(getset)),
        );
    }
}
