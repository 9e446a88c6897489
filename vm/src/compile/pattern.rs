//! Compiling the `match` statement: patterns become tests that jump to a chain of pops on
//! failure, and captured values wait on the stack until the whole pattern has matched.
//!
//! While a pattern is compiled the stack holds, above the case's base: the values captured so
//! far (the newest deepest), then `on_top` items the enclosing patterns still need, then the
//! subject of the pattern being compiled, which that pattern consumes.

use rustpython_ruff_python_ast as ast;
use rustpython_ruff_text_size::{Ranged, TextRange};

use super::builder::Label;
use super::{CompileResult, Compiler, NameCtx};
use crate::bytecode::{CmpOp, Op};
use crate::object::Value;

/// The state of one case's pattern.
struct PatternCtx {
    /// Names captured so far, in the order they were captured.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (last case, or guarded).
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items, then continues at `fail_pop[n - 1]`.
    fail_pop: Vec<Label>,
    /// Items between the captures and the current subject.
    on_top: u32,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> PatternCtx {
        PatternCtx {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

fn is_wildcard(p: &ast::Pattern) -> bool {
    match p {
        ast::Pattern::MatchAs(a) => a.pattern.is_none() && a.name.is_none(),
        ast::Pattern::MatchStar(s) => s.name.is_none(),
        _ => false,
    }
}

impl Compiler<'_, '_> {
    pub(super) fn match_stmt(&mut self, m: &ast::StmtMatch) -> CompileResult<()> {
        self.expr(&m.subject)?;
        let end = self.b().new_label();
        let last = m.cases.len().saturating_sub(1);
        for (i, case) in m.cases.iter().enumerate() {
            self.set_line(case.pattern.range());
            self.b().emit(Op::Copy, 1);
            let mut pc = PatternCtx::new(case.guard.is_some() || i == last);
            self.pattern(&case.pattern, &mut pc)?;
            for name in &pc.stores {
                self.name_op(name, NameCtx::Store);
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.expr(guard)?;
                self.b().emit_jump(Op::PopJumpIfFalse, fail);
            }
            self.b().emit(Op::PopTop, 0);
            self.stmts(&case.body)?;
            self.b().emit_jump(Op::Jump, end);
            self.emit_fail_pops(&mut pc);
        }
        self.b().emit(Op::PopTop, 0);
        self.b().bind(end);
        Ok(())
    }

    /// The label that pops `pops` items and fails, created on first use.
    fn fail_label(&mut self, pc: &mut PatternCtx, pops: u32) -> Label {
        while pc.fail_pop.len() <= pops as usize {
            let l = self.b().new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[pops as usize]
    }

    /// Jumps (with `op`) to the failure path, popping everything the pattern pushed.
    fn jump_to_fail(&mut self, pc: &mut PatternCtx, op: Op) {
        let pops = pc.on_top + pc.stores.len() as u32;
        let l = self.fail_label(pc, pops);
        self.b().emit_jump(op, l);
    }

    /// Emits the pop chain; execution falls out of it (into the next case) on failure.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.b().bind(*l);
            if i > 0 {
                self.b().emit(Op::PopTop, 0);
            }
        }
    }

    /// Captures the subject into `name` (or drops it for `_`).
    fn store_capture(
        &mut self,
        range: TextRange,
        name: Option<&ast::Identifier>,
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        let Some(name) = name else {
            self.b().emit(Op::PopTop, 0);
            return Ok(());
        };
        let n = name.id.as_str();
        if n == "__debug__" {
            return Err(self.error(range, "cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == n) {
            return Err(self.error(
                range,
                format!("multiple assignments to name '{n}' in pattern"),
            ));
        }
        let depth = pc.on_top + pc.stores.len() as u32;
        if depth > 0 {
            self.b().emit(Op::Insert, depth);
        }
        pc.stores.push(n.to_string());
        Ok(())
    }

    /// A pattern nested in another: irrefutable patterns are fine there.
    fn subpattern(&mut self, p: &ast::Pattern, pc: &mut PatternCtx) -> CompileResult<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    fn pattern(&mut self, p: &ast::Pattern, pc: &mut PatternCtx) -> CompileResult<()> {
        use ast::Pattern as P;
        self.set_line(p.range());
        match p {
            P::MatchValue(v) => {
                self.check_value_pattern(&v.value)?;
                self.expr(&v.value)?;
                self.b().emit(Op::Compare, CmpOp::Eq as u32);
                self.jump_to_fail(pc, Op::PopJumpIfFalse);
            }
            P::MatchSingleton(s) => {
                self.b().load_const(match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                });
                self.b().emit(Op::IsOp, 0);
                self.jump_to_fail(pc, Op::PopJumpIfFalse);
            }
            P::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.id.as_str()
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(p.range(), msg));
                    }
                    self.store_capture(p.range(), a.name.as_ref(), pc)?;
                }
                Some(inner) => {
                    if a.name.as_ref().is_some_and(|n| n.id.as_str() == "_") {
                        return Err(self.error(p.range(), "cannot use '_' as a target"));
                    }
                    pc.on_top += 1;
                    self.b().emit(Op::Copy, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(p.range(), a.name.as_ref(), pc)?;
                }
            },
            P::MatchStar(s) => self.store_capture(p.range(), s.name.as_ref(), pc)?,
            P::MatchSequence(s) => self.sequence_pattern(p.range(), &s.patterns, pc)?,
            P::MatchMapping(m) => self.mapping_pattern(m, pc)?,
            P::MatchClass(c) => self.class_pattern(c, pc)?,
            P::MatchOr(o) => self.or_pattern(o, pc)?,
        }
        Ok(())
    }

    /// Literals, negated numbers, complex literals and dotted names.
    fn check_value_pattern(&self, e: &ast::Expr) -> CompileResult<()> {
        use ast::Expr as E;
        let is_real = |e: &ast::Expr| match e {
            E::NumberLiteral(n) => !matches!(n.value, ast::Number::Complex { .. }),
            E::UnaryOp(u) => {
                matches!(u.op, ast::UnaryOp::USub)
                    && matches!(&*u.operand, E::NumberLiteral(n) if !matches!(n.value, ast::Number::Complex { .. }))
            }
            _ => false,
        };
        let is_imag = |e: &ast::Expr| matches!(e, E::NumberLiteral(n) if matches!(n.value, ast::Number::Complex { .. }));
        match e {
            E::NumberLiteral(_)
            | E::StringLiteral(_)
            | E::BytesLiteral(_)
            | E::NoneLiteral(_)
            | E::BooleanLiteral(_)
            | E::Attribute(_) => Ok(()),
            E::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => match &*u.operand {
                E::NumberLiteral(_) => Ok(()),
                _ => Err(self.error(
                    e.range(),
                    "patterns may only match literals and attribute lookups",
                )),
            },
            E::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub) => {
                if !is_real(&b.left) {
                    return Err(
                        self.error(b.left.range(), "real number required in complex literal")
                    );
                }
                if !is_imag(&b.right) {
                    return Err(self.error(
                        b.right.range(),
                        "imaginary number required in complex literal",
                    ));
                }
                Ok(())
            }
            _ => Err(self.error(
                e.range(),
                "patterns may only match literals and attribute lookups",
            )),
        }
    }

    fn sequence_pattern(
        &mut self,
        range: TextRange,
        patterns: &[ast::Pattern],
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        let size = patterns.len() as u32;
        let mut star = None;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, ast::Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error(range, "multiple starred names in sequence pattern"));
                }
                star = Some(i as u32);
            }
        }
        let only_wildcard = patterns.iter().all(is_wildcard);
        let star_wildcard = star.is_some_and(|s| is_wildcard(&patterns[s as usize]));
        pc.on_top += 1;
        self.b().emit(Op::MatchSequence, 0);
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        if star.is_none() || !(star_wildcard && size == 1) {
            self.b().emit(Op::GetLen, 0);
            let (want, cmp) = match star {
                None => (size, CmpOp::Eq),
                Some(_) => (size - 1, CmpOp::Ge),
            };
            self.b().load_const(Value::Int(i64::from(want)));
            self.b().emit(Op::Compare, cmp as u32);
            self.jump_to_fail(pc, Op::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.b().emit(Op::PopTop, 0);
        } else if star_wildcard {
            // Index the items the pattern needs instead of unpacking the whole sequence.
            let star = star.unwrap_or(0);
            pc.on_top += 1;
            for (i, p) in patterns.iter().enumerate() {
                let i = i as u32;
                if is_wildcard(p) {
                    continue;
                }
                self.b().emit(Op::Copy, 1);
                if i < star {
                    self.b().load_const(Value::Int(i64::from(i)));
                } else {
                    self.b().emit(Op::GetLen, 0);
                    self.b().load_const(Value::Int(i64::from(size - i)));
                    self.b()
                        .emit(Op::BinaryOp, crate::bytecode::BinOp::Sub as u32);
                }
                self.b().emit(Op::BinarySubscr, 0);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.b().emit(Op::PopTop, 0);
        } else {
            match star {
                None => self.b().emit(Op::UnpackSequence, size),
                Some(s) => {
                    if s >= 1 << 8 || size - s > 1 << 23 {
                        return Err(self.error(
                            range,
                            "too many expressions in star-unpacking sequence pattern",
                        ));
                    }
                    self.b().emit(Op::UnpackEx, s | ((size - s - 1) << 8));
                }
            }
            pc.on_top += size;
            for p in patterns {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        m: &ast::PatternMatchMapping,
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        let size = m.keys.len() as u32;
        if m.patterns.len() != m.keys.len() {
            return Err(self.error(m.range(), "keys and patterns of a mapping pattern differ"));
        }
        if let Some(rest) = &m.rest {
            if rest.id.as_str() == "_" {
                return Err(self.error(rest.range(), "invalid syntax"));
            }
        }
        pc.on_top += 1;
        self.b().emit(Op::MatchMapping, 0);
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.b().emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.b().emit(Op::GetLen, 0);
            self.b().load_const(Value::Int(i64::from(size)));
            self.b().emit(Op::Compare, CmpOp::Ge as u32);
            self.jump_to_fail(pc, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<String> = Vec::new();
        for key in &m.keys {
            match key {
                ast::Expr::Attribute(_) => {}
                _ => {
                    self.check_value_pattern(key).map_err(|_| {
                        self.error(
                            key.range(),
                            "mapping pattern keys may only match literals and attribute lookups",
                        )
                    })?;
                    let (same, shown) = self.literal_key(key);
                    if seen.contains(&same) {
                        return Err(self.error(
                            m.range,
                            format!("mapping pattern checks duplicate key ({shown})"),
                        ));
                    }
                    seen.push(same);
                }
            }
            self.expr(key)?;
        }
        self.b().emit(Op::BuildTuple, size);
        self.b().emit(Op::MatchKeys, 0);
        pc.on_top += 2;
        self.b().emit(Op::Copy, 1);
        self.b().load_const(Value::None);
        self.b().emit(Op::IsOp, 1);
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        self.b().emit(Op::UnpackSequence, size);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.b().emit(Op::DictWithoutKeys, 0);
                self.store_capture(rest.range(), Some(rest), pc)?;
            }
            None => {
                self.b().emit(Op::PopTop, 0);
                self.b().emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    /// A literal key as (what equal keys share, the repr CPython shows): `1`, `1.0` and
    /// `True` are the same key.
    fn literal_key(&self, key: &ast::Expr) -> (String, String) {
        use ast::Expr as E;
        match key {
            E::StringLiteral(s) => {
                let r = crate::object::types::str::repr_str(s.value.to_str());
                (format!("s:{r}"), r)
            }
            E::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                let r = crate::object::types::str::repr_bytes(&data);
                (format!("b:{r}"), r)
            }
            E::BooleanLiteral(b) => {
                let n = u8::from(b.value);
                (
                    format!("n:{n}"),
                    if b.value { "True" } else { "False" }.to_string(),
                )
            }
            E::NoneLiteral(_) => ("None".to_string(), "None".to_string()),
            E::NumberLiteral(n) => self.number_key(n, false),
            E::UnaryOp(u) => match u.operand.as_ref() {
                E::NumberLiteral(n) => self.number_key(n, true),
                other => {
                    let t = self.source[other.range()].to_string();
                    (format!("x:-{t}"), format!("-{t}"))
                }
            },
            other => {
                let t = self.source[other.range()].to_string();
                (format!("x:{t}"), t)
            }
        }
    }

    fn number_key(&self, n: &ast::ExprNumberLiteral, negate: bool) -> (String, String) {
        match &n.value {
            ast::Number::Int(i) => {
                let text = self.source[n.range()].to_string();
                let value = match super::expr::int_literal(&text) {
                    Some(crate::object::Value::Int(x)) => x.to_string(),
                    Some(crate::object::Value::BigInt(b)) => b.to_string(),
                    _ => i.to_string(),
                };
                let shown = if negate && value != "0" {
                    format!("-{value}")
                } else {
                    value
                };
                (format!("n:{shown}"), shown)
            }
            ast::Number::Float(f) => {
                let f = if negate { -f } else { *f };
                let shown = crate::object::format::float_repr(f);
                let same = if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e18 {
                    format!("n:{}", f as i64)
                } else {
                    format!("f:{shown}")
                };
                (same, shown)
            }
            ast::Number::Complex { .. } => {
                let t = self.source[n.range()].to_string();
                (format!("c:{negate}{t}"), t)
            }
        }
    }

    fn class_pattern(
        &mut self,
        c: &ast::PatternMatchClass,
        pc: &mut PatternCtx,
    ) -> CompileResult<()> {
        let args = &c.arguments;
        let mut names: Vec<&str> = Vec::new();
        for kw in &args.keywords {
            let n = kw.attr.id.as_str();
            if names.contains(&n) {
                return Err(self.error(
                    kw.pattern.range(),
                    format!("attribute name repeated in class pattern: {n}"),
                ));
            }
            names.push(n);
        }
        if let (Some(first_kw), Some(last_pos)) = (args.keywords.first(), args.patterns.last()) {
            if first_kw.range().start() < last_pos.range().start() {
                return Err(self.error(
                    last_pos.range(),
                    "positional patterns follow keyword patterns",
                ));
            }
        }
        self.expr(&c.cls)?;
        let names_tuple = Value::tuple(names.iter().map(|n| Value::str(n)).collect());
        self.b().load_const(names_tuple);
        let npos = args.patterns.len() as u32;
        self.b().emit(Op::MatchClass, npos);
        self.b().emit(Op::Copy, 1);
        self.b().load_const(Value::None);
        self.b().emit(Op::IsOp, 1);
        pc.on_top += 1;
        self.jump_to_fail(pc, Op::PopJumpIfFalse);
        let total = npos + names.len() as u32;
        self.b().emit(Op::UnpackSequence, total);
        pc.on_top += total;
        pc.on_top -= 1;
        let subs = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.b().emit(Op::PopTop, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, or: &ast::PatternMatchOr, pc: &mut PatternCtx) -> CompileResult<()> {
        let alts = &or.patterns;
        let end = self.b().new_label();
        let mut control: Option<Vec<String>> = None;
        let last = alts.len().saturating_sub(1);
        for (i, alt) in alts.iter().enumerate() {
            let mut apc = PatternCtx::new(i == last && pc.allow_irrefutable);
            self.b().emit(Op::Copy, 1);
            self.pattern(alt, &mut apc)?;
            match &control {
                None => control = Some(apc.stores.clone()),
                Some(ctl) => {
                    let same_set =
                        ctl.len() == apc.stores.len() && ctl.iter().all(|n| apc.stores.contains(n));
                    if !same_set {
                        return Err(
                            self.error(or.range, "alternative patterns bind different names")
                        );
                    }
                    // Put this alternative's captures in the first one's order.
                    let mut cur = apc.stores.clone();
                    for name in ctl.iter().rev() {
                        let depth = cur.iter().position(|n| n == name).unwrap_or(0);
                        if depth > 0 {
                            self.b().emit(Op::RotUp, depth as u32 + 1);
                        }
                        let v = cur.remove(depth);
                        cur.insert(0, v);
                    }
                }
            }
            self.b().emit_jump(Op::Jump, end);
            self.emit_fail_pops(&mut apc);
        }
        // No alternative matched: drop the subject and fail.
        self.b().emit(Op::PopTop, 0);
        self.jump_to_fail(pc, Op::Jump);
        self.b().bind(end);
        let control = control.unwrap_or_default();
        let n = control.len() as u32;
        let depth = n + pc.on_top + pc.stores.len() as u32;
        for name in control {
            if pc.stores.contains(&name) {
                return Err(self.error(
                    alts[0].range(),
                    format!("multiple assignments to name '{name}' in pattern"),
                ));
            }
            self.b().emit(Op::Insert, depth);
            pc.stores.push(name);
        }
        self.b().emit(Op::PopTop, 0);
        Ok(())
    }
}
