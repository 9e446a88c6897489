//! Compiling statements: assignments, control flow, try/with, functions, classes, imports.

use std::rc::Rc;

use rustpython_ruff_python_ast as ast;
use rustpython_ruff_text_size::Ranged;

use super::builder::Label;
use super::{CompileResult, Compiler, FBlock, NameCtx};
use crate::bytecode::{CodeFlags, Op};
use crate::compile::symtable::ScopeKind;
use crate::object::Value;

impl Compiler<'_, '_> {
    pub(super) fn stmts(&mut self, body: &[ast::Stmt]) -> CompileResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &ast::Stmt) -> CompileResult<()> {
        use ast::Stmt as S;
        self.set_line(s.range());
        // CPython's CO_MAXBLOCKS: loops, try and with statements nest at most 20 deep.
        if matches!(s, S::For(_) | S::While(_) | S::Try(_) | S::With(_))
            && self.unit().fblocks.len() >= 20
        {
            return Err(self.error(s.range(), "too many statically nested blocks"));
        }
        match s {
            S::Expr(e) => {
                self.expr(&e.value)?;
                let at_prompt = self.interactive && self.units.len() == 1;
                self.b()
                    .emit(if at_prompt { Op::PrintExpr } else { Op::PopTop }, 0);
            }
            S::Assign(a) if swap_assignment(a).is_some() => {
                // `a, b = b, a`: the values are exchanged on the stack, no tuple is built.
                let (targets, values) = swap_assignment(a).unwrap_or_default();
                for v in values {
                    self.expr(v)?;
                }
                self.b().emit(Op::Swap, values.len() as u32);
                for t in targets {
                    self.store_target(t)?;
                }
                // A display of constants is one constant tuple unpacked in CPython, stored
                // first to last: the swap stays.
                if !values.iter().all(super::expr::is_constant) {
                    self.b().fold_swap_into_stores(values.len());
                }
            }
            S::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.b().emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
            }
            S::AugAssign(a) => self.aug_assign(a)?,
            S::AnnAssign(a) => self.ann_assign(a)?,
            S::Pass(_) => self.b().emit(Op::Nop, 0),
            S::If(i) => self.if_stmt(i)?,
            S::While(w) => self.while_stmt(w)?,
            S::For(f) => self.for_stmt(f)?,
            S::Break(b) => self.break_continue(b.range(), true)?,
            S::Continue(c) => self.break_continue(c.range(), false)?,
            S::Return(r) => {
                if !matches!(self.unit().scope.kind, ScopeKind::Function) {
                    return Err(self.error(r.range(), "'return' outside function"));
                }
                if self
                    .unit()
                    .fblocks
                    .iter()
                    .any(|b| matches!(b, FBlock::ExceptStarBody))
                {
                    return Err(self.error(
                        r.range(),
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                    ));
                }
                if r.value.is_some() && self.in_async_function() && self.unit().scope.has_yield {
                    return Err(self.error(r.range(), "'return' with value in async generator"));
                }
                // What follows a return is reached, if at all, with the stack as it is here.
                let depth = self.b().depth();
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.b().load_const(Value::None),
                }
                self.unwind_fblocks(true, None)?;
                self.b().emit(Op::ReturnValue, 0);
                self.b().set_depth(depth);
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            S::FunctionDef(f) => self.function_def(f)?,
            S::ClassDef(c) => self.class_def(c)?,
            S::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.b().emit(Op::Raise, n);
            }
            S::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            S::Assert(a) => {
                if matches!(&*a.test, ast::Expr::Tuple(t) if !t.elts.is_empty()) {
                    let msg = "assertion is always true, perhaps remove parentheses?";
                    self.warn(a.range, msg.to_string());
                }
                let end = self.b().new_label();
                self.expr(&a.test)?;
                self.b().emit_jump(Op::PopJumpIfTrue, end);
                self.b().emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.b().emit(Op::Call, 1);
                }
                self.b().emit(Op::Raise, 1);
                self.b().bind(end);
            }
            S::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.id.as_str();
                    let idx = self.b().name(full);
                    self.b().load_const(Value::Int(0));
                    self.b().load_const(Value::None);
                    self.b().emit(Op::ImportName, idx);
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the leaf: walk the attributes.
                            for part in full.split('.').skip(1) {
                                let n = self.b().name(part);
                                self.b().emit(Op::ImportFrom, n);
                                self.b().emit(Op::Swap, 2);
                                self.b().emit(Op::PopTop, 0);
                            }
                            self.name_op(asname.id.as_str(), NameCtx::Store);
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.name_op(top, NameCtx::Store);
                        }
                    }
                }
            }
            S::ImportFrom(i) => {
                if i.module.as_deref() == Some("__future__")
                    && i.level == 0
                    && !self.future_starts.contains(&i.range.start().into())
                {
                    return Err(self.error(
                        i.range(),
                        "from __future__ imports must occur at the beginning of the file",
                    ));
                }
                let star = i.names.iter().find(|a| a.name.id.as_str() == "*");
                if let Some(star) = star.filter(|_| self.unit().scope.kind != ScopeKind::Module) {
                    return Err(self.error(star.range(), "import * only allowed at module level"));
                }
                let module = i.module.as_ref().map_or("", |m| m.id.as_str());
                let idx = self.b().name(module);
                let names: Vec<Value> = i
                    .names
                    .iter()
                    .map(|a| Value::str(a.name.id.as_str()))
                    .collect();
                self.b().load_const(Value::Int(i64::from(i.level)));
                self.b().load_const(Value::tuple(names));
                self.b().emit(Op::ImportName, idx);
                if star.is_some() {
                    self.b().emit(Op::ImportStar, 0);
                    return Ok(());
                }
                for alias in &i.names {
                    let n = self.b().name(alias.name.id.as_str());
                    self.b().emit(Op::ImportFrom, n);
                    let target = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.name_op(target.id.as_str(), NameCtx::Store);
                }
                self.b().emit(Op::PopTop, 0);
            }
            S::Global(_) | S::Nonlocal(_) => {}
            S::With(w) => {
                if w.is_async && !self.in_async_function() {
                    return Err(self.error(w.range(), "'async with' outside async function"));
                }
                self.with_items(w.range(), &w.items, &w.body, w.is_async)?;
            }
            S::Match(m) => self.match_stmt(m)?,
            S::TypeAlias(t) => self.type_alias(t)?,
            S::IpyEscapeCommand(c) => return Err(self.error(c.range(), "invalid syntax")),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &ast::StmtAugAssign) -> CompileResult<()> {
        let op = super::expr::bin_op(a.op) as u32;
        match a.target.as_ref() {
            ast::Expr::Name(n) => {
                self.set_line(n.range);
                self.name_op(n.id.as_str(), NameCtx::Load);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.b().emit(Op::InplaceOp, op);
                self.set_line(n.range);
                self.name_op(n.id.as_str(), NameCtx::Store);
            }
            // The target's load and store are marked at the target, the operation at
            // the whole statement, as CPython's tracebacks show them.
            ast::Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.b().emit(Op::Copy, 1);
                let name = self.b().name(at.attr.id.as_str());
                self.set_line(at.range);
                self.b().emit(Op::LoadAttr, name);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.b().emit(Op::InplaceOp, op);
                self.b().emit(Op::Swap, 2);
                self.set_line(at.range);
                self.b().emit(Op::StoreAttr, name);
            }
            ast::Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.b().emit(Op::Copy, 2);
                self.b().emit(Op::Copy, 2);
                self.set_line(sub.range);
                self.b().emit(Op::BinarySubscr, 0);
                self.expr(&a.value)?;
                self.set_line(a.range);
                self.b().emit(Op::InplaceOp, op);
                self.b().emit(Op::Swap, 3);
                self.b().emit(Op::Swap, 2);
                self.set_line(sub.range);
                self.b().emit(Op::StoreSubscr, 0);
            }
            other => {
                return Err(self.error(
                    other.range(),
                    "'expression' is an illegal expression for augmented assignment",
                ))
            }
        }
        Ok(())
    }

    pub(super) fn store_target(&mut self, t: &ast::Expr) -> CompileResult<()> {
        use ast::Expr as E;
        if let E::Name(n) = t {
            if n.id.as_str() == "__debug__" {
                return Err(self.error(t.range(), "cannot assign to __debug__"));
            }
        }
        match t {
            E::Name(n) => self.name_op(n.id.as_str(), NameCtx::Store),
            // Each store is marked at its target, as CPython's tracebacks show it.
            E::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.b().name(a.attr.id.as_str());
                self.set_line(a.range);
                self.b().emit(Op::StoreAttr, name);
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.b().emit(Op::StoreSubscr, 0);
            }
            E::Tuple(_) | E::List(_) => {
                let elts = match t {
                    E::Tuple(tu) => &tu.elts,
                    E::List(l) => &l.elts,
                    _ => unreachable!(),
                };
                let star = elts.iter().position(|e| matches!(e, E::Starred(_)));
                self.set_line(t.range());
                match star {
                    None => self.b().emit(Op::UnpackSequence, elts.len() as u32),
                    Some(i) => {
                        if elts.iter().filter(|e| matches!(e, E::Starred(_))).count() > 1 {
                            return Err(
                                self.error(t.range(), "multiple starred expressions in assignment")
                            );
                        }
                        let after = elts.len() - i - 1;
                        if i >= 1 << 8 || after >= 1 << 23 {
                            return Err(self.error(
                                t.range(),
                                "too many expressions in star-unpacking assignment",
                            ));
                        }
                        self.b()
                            .emit(Op::UnpackEx, i as u32 | ((after as u32) << 8));
                    }
                }
                for e in elts {
                    match e {
                        E::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
            }
            E::Starred(s) => {
                return Err(self.error(
                    s.range(),
                    "starred assignment target must be in a list or tuple",
                ))
            }
            other => return Err(self.error(other.range(), "cannot assign to expression")),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &ast::Expr) -> CompileResult<()> {
        use ast::Expr as E;
        match t {
            E::Name(n) => {
                self.set_line(n.range);
                self.name_op(n.id.as_str(), NameCtx::Delete);
            }
            E::Attribute(a) => {
                self.expr(&a.value)?;
                let name = self.b().name(a.attr.id.as_str());
                self.set_line(a.range);
                self.b().emit(Op::DeleteAttr, name);
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_line(s.range);
                self.b().emit(Op::DeleteSubscr, 0);
            }
            E::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            E::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => return Err(self.error(other.range(), "cannot delete expression")),
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) -> CompileResult<()> {
        let end = self.b().new_label();
        let mut next = self.b().new_label();
        self.expr(&i.test)?;
        self.b().emit_jump(Op::PopJumpIfFalse, next);
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.b().emit_jump(Op::Jump, end);
            self.b().bind(next);
            next = self.b().new_label();
            if let Some(test) = &clause.test {
                self.set_line(test.range());
                self.expr(test)?;
                self.b().emit_jump(Op::PopJumpIfFalse, next);
            }
            self.stmts(&clause.body)?;
        }
        self.b().bind(next);
        self.b().bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) -> CompileResult<()> {
        let top = self.b().new_label();
        let orelse = self.b().new_label();
        let exit = self.b().new_label();
        self.b().bind(top);
        self.expr(&w.test)?;
        self.b().emit_jump(Op::PopJumpIfFalse, orelse);
        self.push_fblock(FBlock::WhileLoop { cont: top, exit });
        self.stmts(&w.body)?;
        self.pop_fblock();
        self.set_line(w.test.range());
        self.b().emit_jump(Op::Jump, top);
        self.b().bind(orelse);
        self.stmts(&w.orelse)?;
        self.b().bind(exit);
        Ok(())
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) -> CompileResult<()> {
        if f.is_async {
            return self.async_for_stmt(f);
        }
        let top = self.b().new_label();
        let orelse = self.b().new_label();
        let exit = self.b().new_label();
        self.expr(&f.iter)?;
        // As CPython, taking and stepping the iterator is placed on the whole statement.
        self.set_line(f.range());
        self.b().emit(Op::GetIter, 0);
        self.b().bind(top);
        self.b().emit_jump(Op::ForIter, orelse);
        self.push_fblock(FBlock::ForLoop { cont: top, exit });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.set_line(f.iter.range());
        self.b().emit_jump(Op::Jump, top);
        self.b().bind(orelse);
        self.stmts(&f.orelse)?;
        self.b().bind(exit);
        Ok(())
    }

    /// `async for`: awaits `__anext__()` until it raises StopAsyncIteration.
    fn async_for_stmt(&mut self, f: &ast::StmtFor) -> CompileResult<()> {
        if !self.in_async_function() {
            return Err(self.error(f.range(), "'async for' outside async function"));
        }
        let top = self.b().new_label();
        let orelse = self.b().new_label();
        let exit = self.b().new_label();
        let handler = self.b().new_label();
        self.expr(&f.iter)?;
        self.set_line(f.iter.range());
        self.b().emit(Op::GetAIter, 0);
        let depth = self.b().depth();
        self.b().bind(top);
        self.b().push_handler(handler, depth, false);
        self.b().emit(Op::GetANext, 0);
        self.b().emit(Op::GetAwaitable, 3);
        self.emit_await_loop();
        self.b().pop_handler();
        self.push_fblock(FBlock::ForLoop { cont: top, exit });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.set_line(f.iter.range());
        self.b().emit_jump(Op::Jump, top);
        self.b().bind(handler);
        self.b().set_depth(depth + 1);
        self.set_line(f.iter.range());
        self.b().emit(Op::EndAsyncFor, 0);
        self.b().bind(orelse);
        self.stmts(&f.orelse)?;
        self.b().bind(exit);
        Ok(())
    }

    /// `[awaitable] -> [result]`: sends into the awaitable until it returns.
    pub(super) fn emit_await_loop(&mut self) {
        self.b().load_const(Value::None);
        let top = self.b().new_label();
        let end = self.b().new_label();
        self.b().bind(top);
        self.b().emit_jump(Op::Send, end);
        self.b().emit(Op::YieldValue, 0);
        self.b().emit_jump(Op::Jump, top);
        self.b().bind(end);
    }

    /// Whether the code being compiled is an `async def` body (or a comprehension in one).
    pub(super) fn in_async_function(&self) -> bool {
        self.units
            .last()
            .is_some_and(|u| u.flags & CodeFlags::COROUTINE != 0)
    }

    /// `try ... except* T ...`: each clause takes the part of the exception group it
    /// matches; what no clause matched and what the clauses raised is raised together.
    /// `except A, B:` is an error before Python 3.14: the types must be parenthesized.
    fn check_handler_types(&self, h: &ast::ExceptHandlerExceptHandler) -> CompileResult<()> {
        match h.type_.as_deref() {
            Some(ast::Expr::Tuple(t)) if !t.parenthesized => {
                let end = h.name.as_ref().map_or(t.range.end(), |n| n.range.end());
                Err(self.error(
                    rustpython_ruff_text_size::TextRange::new(t.range.start(), end),
                    "multiple exception types must be parenthesized",
                ))
            }
            _ => Ok(()),
        }
    }

    fn try_except_star(&mut self, t: &ast::StmtTry) -> CompileResult<()> {
        // [exc] -> [prev, orig, raised, rest]
        let (end, depth, cleanup, outer_handlers) = self.try_body(t)?;
        let all_done = self.b().new_label();
        self.b().emit(Op::Copy, 1);
        self.b().emit(Op::BuildList, 0);
        self.b().emit(Op::Swap, 2);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range());
            self.check_handler_types(h)?;
            let Some(ty) = &h.type_ else {
                return Err(self.error(h.range(), "expected one or more exception types"));
            };
            let next = self.b().new_label();
            let no_match = self.b().new_label();
            self.b().emit(Op::Copy, 1);
            self.b().load_const(Value::None);
            self.b().emit(Op::IsOp, 0);
            self.b().emit_jump(Op::PopJumpIfTrue, all_done);
            self.expr(ty)?;
            self.b().emit(Op::ExcStarMatch, 0);
            self.b().emit(Op::Copy, 1);
            self.b().load_const(Value::None);
            self.b().emit(Op::IsOp, 0);
            self.b().emit_jump(Op::PopJumpIfTrue, no_match);
            self.b().emit(Op::PushExcInfo, 0);
            let name = h.name.as_ref().map(|n| n.id.as_str().to_string());
            match &name {
                Some(n) => self.name_op(n, NameCtx::Store),
                None => self.b().emit(Op::PopTop, 0),
            }
            // [prev, orig, raised, rest, prev2]: an exception in the body joins `raised`.
            let body_err = self.b().new_label();
            let d = self.b().depth();
            self.b().push_handler(body_err, d, false);
            self.push_fblock_at(FBlock::ExceptStarBody, outer_handlers);
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.b().pop_handler();
            self.b().emit(Op::PopExcept, 0);
            if let Some(n) = &name {
                self.unbind_name(n);
            }
            self.b().emit_jump(Op::Jump, next);
            self.b().bind(body_err);
            self.b().set_depth(d + 1);
            if let Some(n) = &name {
                self.unbind_name(n);
            }
            self.b().emit(Op::ListAppend, 3);
            self.b().emit(Op::PopExcept, 0);
            self.b().emit_jump(Op::Jump, next);
            self.b().bind(no_match);
            self.b().set_depth(depth + 5);
            self.b().emit(Op::PopTop, 0);
            self.b().bind(next);
            self.b().set_depth(depth + 4);
        }
        self.b().bind(all_done);
        self.b().set_depth(depth + 4);
        self.b().emit(Op::ExcStarReraise, 0);
        let handled = self.b().new_label();
        self.b().emit(Op::Copy, 1);
        self.b().load_const(Value::None);
        self.b().emit(Op::IsOp, 0);
        self.b().emit_jump(Op::PopJumpIfTrue, handled);
        self.b().emit(Op::Reraise, 0);
        self.b().bind(handled);
        self.b().set_depth(depth + 2);
        self.b().emit(Op::PopTop, 0);
        self.b().emit(Op::PopExcept, 0);
        self.b().emit_jump(Op::Jump, end);
        self.b().pop_handler();
        self.handler_cleanup(cleanup, end, depth, depth);
        Ok(())
    }

    fn break_continue(
        &mut self,
        range: rustpython_ruff_text_size::TextRange,
        is_break: bool,
    ) -> CompileResult<()> {
        let fblocks = self.unit().fblocks.clone();
        let loop_index = fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::ForLoop { .. } | FBlock::WhileLoop { .. }));
        let star = fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::ExceptStarBody));
        if star.is_some_and(|s| loop_index.is_none_or(|l| s > l)) {
            return Err(self.error(
                range,
                "'break', 'continue' and 'return' cannot appear in an except* block",
            ));
        }
        let Some(loop_index) = loop_index else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(range, what));
        };
        // The clean-up pops what the blocks being left hold; the code after this jump (the
        // rest of an `if`'s other branch) still runs with the stack as it is here.
        let depth = self.b().depth();
        self.unwind_fblocks(false, Some(loop_index))?;
        match fblocks[loop_index] {
            FBlock::ForLoop { cont, exit } => {
                if is_break {
                    self.b().emit(Op::PopTop, 0);
                    self.b().emit_jump(Op::Jump, exit);
                } else {
                    self.b().emit_jump(Op::Jump, cont);
                }
            }
            FBlock::WhileLoop { cont, exit } => {
                self.b()
                    .emit_jump(Op::Jump, if is_break { exit } else { cont });
            }
            _ => unreachable!(),
        }
        self.b().set_depth(depth);
        Ok(())
    }

    /// Emits the clean-up of every block being left, innermost first, down to (not including)
    /// `stop`, or all blocks for a return. With `preserve`, a return value stays on top.
    fn unwind_fblocks(&mut self, preserve: bool, stop: Option<usize>) -> CompileResult<()> {
        let fblocks = self.unit().fblocks.clone();
        let handler_lens = self.unit().fblock_handlers.clone();
        let saved_handlers = self.b().handler_stack.clone();
        let saved_blocks = (
            self.unit().fblocks.clone(),
            self.unit().fblock_handlers.clone(),
        );
        let lowest = stop.map_or(0, |s| s + 1);
        for i in (lowest..fblocks.len()).rev() {
            // While emitting a block's clean-up, only the handlers outside it are active.
            self.b().handler_stack.truncate(handler_lens[i]);
            self.unit().fblocks.truncate(i);
            self.unit().fblock_handlers.truncate(i);
            match &fblocks[i] {
                FBlock::ForLoop { .. } => {
                    if preserve {
                        self.b().emit(Op::Swap, 2);
                    }
                    self.b().emit(Op::PopTop, 0);
                }
                FBlock::WhileLoop { .. } | FBlock::TryExcept | FBlock::ExceptStarBody => {}
                FBlock::FinallyTry { body, .. } => {
                    let body = body.clone();
                    if preserve {
                        self.push_fblock(FBlock::PopValue);
                    }
                    self.stmts(&body)?;
                    if preserve {
                        self.pop_fblock();
                    }
                }
                FBlock::PopValue => {
                    if preserve {
                        self.b().emit(Op::Swap, 2);
                    }
                    self.b().emit(Op::PopTop, 0);
                }
                FBlock::FinallyEnd => {
                    if preserve {
                        self.b().emit(Op::Swap, 3);
                        self.b().emit(Op::Swap, 2);
                    }
                    self.b().emit(Op::PopTop, 0);
                    self.b().emit(Op::PopExcept, 0);
                }
                FBlock::HandlerCleanup { name } => {
                    if preserve {
                        self.b().emit(Op::Swap, 2);
                    }
                    self.b().emit(Op::PopExcept, 0);
                    if let Some(name) = name {
                        self.unbind_name(name);
                    }
                }
                FBlock::With { is_async, stmt } => {
                    if preserve {
                        self.b().emit(Op::Swap, 2);
                    }
                    self.set_line(*stmt);
                    self.b().load_const(Value::None);
                    self.b().load_const(Value::None);
                    self.b().load_const(Value::None);
                    self.b().emit(Op::Call, 3);
                    if *is_async {
                        self.b().emit(Op::GetAwaitable, 2);
                        self.emit_await_loop();
                    }
                    self.b().emit(Op::PopTop, 0);
                }
            }
        }
        self.b().handler_stack = saved_handlers;
        let unit = self.unit();
        unit.fblocks = saved_blocks.0;
        unit.fblock_handlers = saved_blocks.1;
        Ok(())
    }

    /// The body and `else` of `try`, then the start of its handlers: `[exc]` becomes
    /// `[prev, exc]` under a `cleanup` handler. Returns (end, depth, cleanup, the handler
    /// count outside it).
    fn try_body(&mut self, t: &ast::StmtTry) -> CompileResult<(Label, u32, Label, usize)> {
        let handler = self.b().new_label();
        let end = self.b().new_label();
        let depth = self.b().depth();
        self.push_fblock(FBlock::TryExcept);
        self.b().push_handler(handler, depth, false);
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.b().pop_handler();
        self.stmts(&t.orelse)?;
        self.b().emit_jump(Op::Jump, end);
        let cleanup = self.b().new_label();
        self.b().bind(handler);
        self.b().set_depth(depth + 1);
        self.b().emit(Op::PushExcInfo, 0);
        let outer_handlers = self.b().handler_stack.len();
        self.b().push_handler(cleanup, depth + 1, false);
        Ok((end, depth, cleanup, outer_handlers))
    }

    /// The `cleanup` handler of an `except` or `with` block (`[prev, exc]` above `depth`):
    /// restores the exception being handled and re-raises; `end` follows at `after`.
    fn handler_cleanup(&mut self, cleanup: Label, end: Label, depth: u32, after: u32) {
        self.b().bind(cleanup);
        self.b().set_depth(depth + 2);
        self.b().emit(Op::Swap, 2);
        self.b().emit(Op::PopExcept, 0);
        self.b().emit(Op::Reraise, 0);
        self.b().bind(end);
        self.b().set_depth(after);
    }

    /// `name = None; del name`: an `except ... as name` binding ends with its clause.
    fn unbind_name(&mut self, name: &str) {
        self.b().load_const(Value::None);
        self.name_op(name, NameCtx::Store);
        self.name_op(name, NameCtx::Delete);
    }

    fn try_except(&mut self, t: &ast::StmtTry) -> CompileResult<()> {
        if t.is_star {
            return self.try_except_star(t);
        }
        // Exception path: [prev, exc] on the stack above `depth`.
        let (end, depth, cleanup, outer_handlers) = self.try_body(t)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if h.type_.is_none() && i + 1 < t.handlers.len() {
                return Err(self.error(h.range(), "default 'except:' must be last"));
            }
            self.check_handler_types(h)?;
            self.set_line(h.range());
            let next = self.b().new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.b().emit(Op::CheckExcMatch, 0);
                self.b().emit_jump(Op::PopJumpIfFalse, next);
            }
            let name = h.name.as_ref().map(|n| n.id.as_str().to_string());
            match &name {
                Some(n) => self.name_op(n, NameCtx::Store),
                None => self.b().emit(Op::PopTop, 0),
            }
            // The body: [prev] on the stack; a name bound by `as` is cleared on the way out.
            let body_cleanup = self.b().new_label();
            if name.is_some() {
                let d = self.b().depth();
                self.b().push_handler(body_cleanup, d, false);
            }
            self.push_fblock_at(
                FBlock::HandlerCleanup { name: name.clone() },
                outer_handlers,
            );
            self.stmts(&h.body)?;
            self.pop_fblock();
            if name.is_some() {
                self.b().pop_handler();
            }
            self.b().emit(Op::PopExcept, 0);
            if let Some(n) = &name {
                self.unbind_name(n);
            }
            self.b().emit_jump(Op::Jump, end);
            if let Some(n) = &name {
                // An exception inside the body: clear the name, then re-raise to `cleanup`.
                self.b().bind(body_cleanup);
                self.b().set_depth(depth + 2);
                self.unbind_name(n);
                self.b().emit(Op::Reraise, 0);
            }
            self.b().bind(next);
            self.b().set_depth(depth + 2);
        }
        // No handler matched.
        self.b().emit(Op::Reraise, 0);
        self.b().pop_handler();
        self.handler_cleanup(cleanup, end, depth, depth);
        Ok(())
    }

    fn try_finally(&mut self, t: &ast::StmtTry) -> CompileResult<()> {
        let handler = self.b().new_label();
        let end = self.b().new_label();
        let depth = self.b().depth();
        let body = Rc::new(t.finalbody.clone());
        self.push_fblock(FBlock::FinallyTry { body: body.clone() });
        self.b().push_handler(handler, depth, false);
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            let inner = ast::StmtTry {
                range: t.range,
                node_index: Default::default(),
                body: t.body.clone(),
                handlers: t.handlers.clone(),
                orelse: t.orelse.clone(),
                finalbody: Vec::new(),
                is_star: t.is_star,
            };
            self.try_except(&inner)?;
        }
        self.pop_fblock();
        self.b().pop_handler();
        self.stmts(&body)?;
        self.b().emit_jump(Op::Jump, end);

        // Exception path.
        let cleanup = self.b().new_label();
        self.b().bind(handler);
        self.b().set_depth(depth + 1);
        self.b().emit(Op::PushExcInfo, 0);
        let outer_handlers = self.b().handler_stack.len();
        self.b().push_handler(cleanup, depth + 1, false);
        self.push_fblock_at(FBlock::FinallyEnd, outer_handlers);
        self.stmts(&body)?;
        self.pop_fblock();
        self.b().emit(Op::Reraise, 0);
        self.b().pop_handler();
        self.handler_cleanup(cleanup, end, depth, depth);
        Ok(())
    }

    fn with_items(
        &mut self,
        stmt: rustpython_ruff_text_size::TextRange,
        items: &[ast::WithItem],
        body: &[ast::Stmt],
        is_async: bool,
    ) -> CompileResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.b().new_label();
        let end = self.b().new_label();
        self.expr(&item.context_expr)?;
        if is_async {
            self.b().emit(Op::BeforeAsyncWith, 0);
            self.b().emit(Op::GetAwaitable, 1);
            self.emit_await_loop();
        } else {
            self.b().emit(Op::BeforeWith, 0);
        }
        let depth = self.b().depth() - 1; // the exit function stays below
        self.push_fblock(FBlock::With { is_async, stmt });
        self.b().push_handler(handler, depth, false);
        match &item.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.b().emit(Op::PopTop, 0),
        }
        self.with_items(stmt, rest, body, is_async)?;
        self.pop_fblock();
        self.b().pop_handler();
        // `__exit__` runs at the `with` statement, as CPython's traceback shows it.
        self.set_line(stmt);
        self.b().load_const(Value::None);
        self.b().load_const(Value::None);
        self.b().load_const(Value::None);
        self.b().emit(Op::Call, 3);
        if is_async {
            self.b().emit(Op::GetAwaitable, 2);
            self.emit_await_loop();
        }
        self.b().emit(Op::PopTop, 0);
        self.b().emit_jump(Op::Jump, end);

        // [exit, exc]
        let cleanup = self.b().new_label();
        let suppress = self.b().new_label();
        self.b().bind(handler);
        self.set_line(stmt);
        self.b().set_depth(depth + 1);
        self.b().emit(Op::PushExcInfo, 0);
        self.b().push_handler(cleanup, depth + 1, false);
        self.b().emit(Op::WithExceptStart, 3);
        if is_async {
            self.b().emit(Op::GetAwaitable, 2);
            self.emit_await_loop();
        }
        self.b().emit_jump(Op::PopJumpIfTrue, suppress);
        self.b().emit(Op::Reraise, 0);
        self.b().bind(suppress);
        self.b().set_depth(depth + 2);
        self.b().pop_handler();
        self.b().emit(Op::PopTop, 0);
        self.b().emit(Op::PopExcept, 0);
        self.b().emit(Op::PopTop, 0);
        self.b().emit_jump(Op::Jump, end);
        self.handler_cleanup(cleanup, end, depth, depth - 1);
        Ok(())
    }

    /// Pushes default values, keyword defaults; returns the MakeFunction flag bits.
    pub(super) fn function_defaults(&mut self, p: &ast::Parameters) -> CompileResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&ast::Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.b().emit(Op::BuildTuple, defaults.len() as u32);
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &ast::Expr)> = p
            .kwonlyargs
            .iter()
            .filter_map(|a| {
                a.default
                    .as_deref()
                    .map(|d| (a.parameter.name.id.as_str(), d))
            })
            .collect();
        if !kwdefaults.is_empty() {
            for (name, d) in &kwdefaults {
                self.b().load_const(Value::str(name));
                self.expr(d)?;
            }
            self.b().emit(Op::BuildMap, kwdefaults.len() as u32);
            flags |= 2;
        }
        Ok(flags)
    }

    /// Pushes the closure tuple for a child scope and the code constant, then MakeFunction.
    pub(super) fn make_closure(&mut self, code: crate::bytecode::Code, mut flags: u32) {
        let frees: Vec<String> = code.slot_names[code.free_start as usize..]
            .iter()
            .map(|s| s.as_str().to_string())
            .collect();
        if !frees.is_empty() {
            for f in &frees {
                let slot = self.unit().slots.get(f.as_str()).copied();
                match slot {
                    Some(s) => self.b().emit(Op::LoadClosure, s),
                    None => self.b().load_const(Value::None),
                }
            }
            self.b().emit(Op::BuildTuple, frees.len() as u32);
            flags |= 8;
        }
        self.b().load_const(Value::Code(Rc::new(code)));
        self.b().emit(Op::MakeFunction, flags);
    }

    pub(super) fn function_body_code(
        &mut self,
        range: rustpython_ruff_text_size::TextRange,
        name: &str,
        params: Option<&ast::Parameters>,
        body: FunctionBody<'_>,
        is_async: bool,
    ) -> CompileResult<crate::bytecode::Code> {
        let scope = self.scope_of(range);
        let qualname = self.child_qualname(name);
        let first_line = self.lines.line(range.start().into());
        self.push_unit(scope, name, &qualname, first_line);
        if is_async {
            self.unit().flags |= CodeFlags::COROUTINE | CodeFlags::GENERATOR;
        }
        let mut extra = 0;
        let mut counts = (0, 0, 0);
        if let Some(p) = params {
            counts = (
                (p.posonlyargs.len() + p.args.len()) as u32,
                p.posonlyargs.len() as u32,
                p.kwonlyargs.len() as u32,
            );
            if p.vararg.is_some() {
                extra |= CodeFlags::VARARGS;
            }
            if p.kwarg.is_some() {
                extra |= CodeFlags::VARKEYWORDS;
            }
        }
        match body {
            FunctionBody::Stmts(stmts) => {
                let mut stmts = stmts;
                if let Some(doc) = docstring(stmts) {
                    // The docstring is `consts[0]`, never evaluated.
                    self.b().add_const(Value::string(doc));
                    extra |= CodeFlags::HAS_DOC;
                    stmts = &stmts[1..];
                }
                self.stmts(stmts)?;
                self.b().load_const(Value::None);
                self.b().emit(Op::ReturnValue, 0);
            }
            FunctionBody::Expr(e) => {
                self.expr(e)?;
                self.b().emit(Op::ReturnValue, 0);
            }
        }
        Ok(self.pop_unit(extra, counts))
    }

    /// `x: T = v`: the assignment, then, for a plain name in a module or class body, `T` stored
    /// in `__annotations__`; other targets' annotations are only evaluated there.
    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) -> CompileResult<()> {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let outer = matches!(self.unit().scope.kind, ScopeKind::Module | ScopeKind::Class);
        match a.target.as_ref() {
            ast::Expr::Name(n) if a.simple && outer => {
                self.annotation(&a.annotation)?;
                self.name_op("__annotations__", NameCtx::Load);
                self.b().load_const(Value::str(n.id.as_str()));
                self.b().emit(Op::StoreSubscr, 0);
                return Ok(());
            }
            // Without a value the target's object (and subscript) is still evaluated.
            ast::Expr::Attribute(t) if a.value.is_none() => {
                self.expr(&t.value)?;
                self.b().emit(Op::PopTop, 0);
            }
            ast::Expr::Subscript(t) if a.value.is_none() => {
                self.expr(&t.value)?;
                self.b().emit(Op::PopTop, 0);
                self.expr(&t.slice)?;
                self.b().emit(Op::PopTop, 0);
            }
            _ => {}
        }
        if !a.simple && outer && !self.future_annotations {
            self.expr(&a.annotation)?;
            self.b().emit(Op::PopTop, 0);
        }
        Ok(())
    }

    /// A module or class body with annotated names starts with an empty `__annotations__`.
    pub(super) fn setup_annotations(&mut self, body: &[ast::Stmt]) {
        if has_annotations(body) {
            self.b().emit(Op::BuildMap, 0);
            self.name_op("__annotations__", NameCtx::Store);
        }
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) -> CompileResult<()> {
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
        }
        let params = f.type_params.as_deref();
        let name = self.def_name(f.range(), f.name.id.as_str()).to_string();
        let name = name.as_str();
        self.with_type_params(params, f.name.range(), name, true, &mut |c: &mut Self| {
            let mut flags = c.function_defaults(&f.parameters)?;
            if c.function_annotations(&f.parameters, f.returns.as_deref())? {
                flags |= 4;
            }
            let code = c.function_body_code(
                f.range(),
                name,
                Some(&f.parameters),
                FunctionBody::Stmts(&f.body),
                f.is_async,
            )?;
            c.set_line(f.range());
            c.make_closure(code, flags);
            Ok(())
        })?;
        self.apply_decorators(&f.decorator_list);
        self.name_op(f.name.id.as_str(), NameCtx::Store);
        Ok(())
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) -> CompileResult<()> {
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let name = self.def_name(c.range(), c.name.id.as_str()).to_string();
        let name = name.as_str();
        let params = c.type_params.as_deref();
        self.with_type_params(
            params,
            c.name.range(),
            name,
            true,
            &mut |this: &mut Self| this.class_creation(c),
        )?;
        self.apply_decorators(&c.decorator_list);
        self.name_op(c.name.id.as_str(), NameCtx::Store);
        Ok(())
    }

    /// Calls the decorators on the stack, the innermost first, each marked at its own
    /// expression (its line and carets in a traceback).
    fn apply_decorators(&mut self, decorators: &[ast::Decorator]) {
        for d in decorators.iter().rev() {
            self.set_line(d.expression.range());
            self.b().emit(Op::Call, 1);
        }
    }

    /// `[] -> [class]`: the body function and the `__build_class__` call.
    fn class_creation(&mut self, c: &ast::StmtClassDef) -> CompileResult<()> {
        let name = self.def_name(c.range(), c.name.id.as_str()).to_string();
        let name = name.as_str();
        let scope = self.scope_of(c.range());
        let qualname = self.child_qualname(name);
        let first_line = self.lines.line(c.range().start().into());
        self.push_unit(scope, name, &qualname, first_line);
        let module_name = self.b().name("__name__");
        self.b().emit(Op::LoadName, module_name);
        let module_slot = self.b().name("__module__");
        self.b().emit(Op::StoreName, module_slot);
        self.b().load_const(Value::str(&qualname));
        let qn = self.b().name("__qualname__");
        self.b().emit(Op::StoreName, qn);
        // PEP 695 scopes inside the body read the namespace through a cell.
        if scope.needs_classdict {
            if let Some(slot) = self.unit().slots.get("__classdict__").copied() {
                self.b().emit(Op::LoadLocals, 0);
                self.b().emit(Op::StoreDeref, slot);
            }
        }
        let mut body: &[ast::Stmt] = &c.body;
        self.setup_annotations(body);
        if let Some(doc) = docstring(body) {
            self.set_line(body[0].range());
            self.b().load_const(Value::string(doc));
            let slot = self.b().name("__doc__");
            self.b().emit(Op::StoreName, slot);
            body = &body[1..];
        }
        self.stmts(body)?;
        let class_cell = self.unit().slots.get("__class__").copied();
        match class_cell {
            Some(slot) if scope.needs_class_cell => self.b().emit(Op::LoadClosure, slot),
            _ => self.b().load_const(Value::None),
        }
        self.b().emit(Op::ReturnValue, 0);
        let code = self.pop_unit(0, (0, 0, 0));
        self.set_line(c.range());
        self.b().emit(Op::LoadBuildClass, 0);
        self.make_closure(code, 0);
        self.b().load_const(Value::str(name));
        let no_arguments = ast::Arguments {
            range: c.range(),
            node_index: Default::default(),
            args: Box::default(),
            keywords: Box::default(),
        };
        let arguments = c.arguments.as_deref().unwrap_or(&no_arguments);
        let Some(params) = c.type_params.as_deref() else {
            return self.call_with_args(2, arguments, c.range());
        };
        // A generic class: the bases end with `Generic[T, ...]`, so build the call by hand.
        self.b().emit(Op::BuildList, 2);
        for base in arguments.args.iter() {
            match base {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.b().emit(Op::ListExtend, 1);
                }
                other => {
                    self.expr(other)?;
                    self.b().emit(Op::ListAppend, 1);
                }
            }
        }
        self.generic_bases(params);
        self.b().emit(Op::ListExtend, 1);
        self.b().emit(Op::ListToTuple, 0);
        if arguments.keywords.is_empty() {
            self.b().load_const(Value::None);
        } else {
            self.b().emit(Op::BuildMap, 0);
            for kw in arguments.keywords.iter() {
                match &kw.arg {
                    Some(arg) => {
                        self.b().load_const(Value::str(arg.id.as_str()));
                        self.expr(&kw.value)?;
                        self.b().emit(Op::MapAdd, 1);
                    }
                    None => {
                        self.expr(&kw.value)?;
                        self.b().emit(Op::DictUpdate, 1);
                    }
                }
            }
        }
        self.b().emit(Op::CallEx, 0);
        Ok(())
    }
}

/// The docstring a body starts with, if any.
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    let ast::Stmt::Expr(e) = body.first()? else {
        return None;
    };
    match e.value.as_ref() {
        ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
        _ => None,
    }
}

pub(super) enum FunctionBody<'a> {
    Stmts(&'a [ast::Stmt]),
    Expr(&'a ast::Expr),
}

/// Whether `body` (outside nested functions and classes) annotates a name.
fn has_annotations(body: &[ast::Stmt]) -> bool {
    use ast::Stmt as S;
    body.iter().any(|s| match s {
        S::AnnAssign(_) => true,
        S::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        S::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        S::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        S::With(w) => has_annotations(&w.body),
        S::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        S::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// For `t1, t2[, t3] = v1, v2[, v3]` (no starred items): the targets and the values.
fn swap_assignment(a: &ast::StmtAssign) -> Option<(&[ast::Expr], &[ast::Expr])> {
    let [target] = &a.targets[..] else {
        return None;
    };
    let targets = match target {
        ast::Expr::Tuple(t) => &t.elts[..],
        ast::Expr::List(l) => &l.elts[..],
        _ => return None,
    };
    let ast::Expr::Tuple(values) = a.value.as_ref() else {
        return None;
    };
    let starred = |e: &ast::Expr| matches!(e, ast::Expr::Starred(_));
    let fits = (2..=3).contains(&targets.len())
        && values.elts.len() == targets.len()
        && !targets.iter().any(starred)
        && !values.elts.iter().any(starred);
    fits.then_some((targets, &values.elts[..]))
}
