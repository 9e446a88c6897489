//! Compiling expressions: literals, names, operators, calls, displays, comprehensions,
//! f-strings and lambdas.

use rustpython_ruff_python_ast as ast;
use rustpython_ruff_text_size::Ranged;

use super::stmt::FunctionBody;
use super::{CompileResult, Compiler, NameCtx};
use crate::bytecode::opcode::DELETE_FAST_QUIET;
use crate::bytecode::{BinOp, CmpOp, CodeFlags, Op};
use crate::compile::symtable::{Scope, ScopeKind};
use crate::object::Value;

pub(super) fn bin_op(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::FloorDiv => BinOp::FloorDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitAnd => BinOp::And,
        O::BitXor => BinOp::Xor,
        O::BitOr => BinOp::Or,
    }
}

/// Parses an integer literal's source text (any base, underscores allowed).
pub(super) fn int_literal(text: &str) -> Option<Value> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    let big = num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)?;
    Some(Value::from_bigint(big))
}

/// `-literal` for an int that fits 64 bits or a float literal.
fn negated_literal(e: &ast::Expr) -> Option<Value> {
    let ast::Expr::NumberLiteral(n) = e else {
        return None;
    };
    match &n.value {
        ast::Number::Int(i) => i.as_i64().and_then(i64::checked_neg).map(Value::Int),
        ast::Number::Float(f) => Some(Value::Float(-f)),
        ast::Number::Complex { .. } => None,
    }
}

/// The value of a tuple display CPython folds into a constant, when its items are literals
/// whose values are plain to make here (numbers that fit 64 bits, strings, bytes, None,
/// booleans, `...`, negated numbers and such tuples); None otherwise (built at run time).
fn folded_tuple(t: &ast::ExprTuple) -> Option<Value> {
    use ast::Expr as E;
    let items = t
        .elts
        .iter()
        .map(|e| match e {
            E::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => i.as_i64().map(Value::Int),
                ast::Number::Float(f) => Some(Value::Float(*f)),
                ast::Number::Complex { .. } => None,
            },
            E::StringLiteral(s) => Some(Value::str(s.value.to_str())),
            E::BytesLiteral(b) => Some(crate::object::types::bytes::new_bytes(
                b.value.bytes().collect(),
            )),
            E::BooleanLiteral(b) => Some(Value::Bool(b.value)),
            E::NoneLiteral(_) => Some(Value::None),
            E::EllipsisLiteral(_) => Some(Value::Ellipsis),
            E::UnaryOp(u) if u.op == ast::UnaryOp::USub => negated_literal(&u.operand),
            E::Tuple(inner) => folded_tuple(inner),
            _ => None,
        })
        .collect::<Option<Vec<Value>>>()?;
    Some(Value::tuple(items))
}

/// Whether CPython folds `e` into a constant.
pub(super) fn is_constant(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    match e {
        E::NumberLiteral(_)
        | E::StringLiteral(_)
        | E::BytesLiteral(_)
        | E::BooleanLiteral(_)
        | E::NoneLiteral(_)
        | E::EllipsisLiteral(_) => true,
        E::UnaryOp(u) => {
            matches!(
                u.op,
                ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert
            ) && is_constant(&u.operand)
        }
        E::Tuple(t) => t.elts.iter().all(is_constant),
        _ => false,
    }
}

/// The comprehension kinds, by what they build.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl Compiler<'_, '_> {
    /// Compiles `e` with its source range attached to the instructions it emits.
    pub(super) fn expr(&mut self, e: &ast::Expr) -> CompileResult<()> {
        let saved = (self.b().span, self.b().line);
        let start: u32 = e.range().start().into();
        self.b().span = (start, e.range().end().into());
        self.b().line = self.lines.line(start);
        let result = self.expr_inner(e);
        (self.b().span, self.b().line) = saved;
        result
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> CompileResult<()> {
        use ast::Expr as E;
        match e {
            E::NumberLiteral(n) => {
                let v = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => Value::Int(v),
                        None => {
                            let text = &self.source[n.range()];
                            let digits = text.chars().filter(char::is_ascii_digit).count();
                            let decimal = !text.starts_with("0x")
                                && !text.starts_with("0o")
                                && !text.starts_with("0b")
                                && !text.starts_with("0X")
                                && !text.starts_with("0O")
                                && !text.starts_with("0B");
                            let limit = crate::interp::int_max_str_digits();
                            if decimal && limit != 0 && digits > limit {
                                return Err(self.error(n.range(), format!(
                                    "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
                                )));
                            }
                            int_literal(text)
                                .ok_or_else(|| self.error(n.range(), "invalid decimal literal"))?
                        }
                    },
                    ast::Number::Float(f) => Value::Float(*f),
                    ast::Number::Complex { real, imag } => {
                        crate::object::types::complex::new_complex(*real, *imag)
                    }
                };
                self.b().load_const(v);
            }
            E::StringLiteral(s) => self.b().load_const(Value::str(s.value.to_str())),
            E::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                self.b()
                    .load_const(crate::object::types::bytes::new_bytes(data));
            }
            E::BooleanLiteral(b) => self.b().load_const(Value::Bool(b.value)),
            E::NoneLiteral(_) => self.b().load_const(Value::None),
            E::EllipsisLiteral(_) => self.b().load_const(Value::Ellipsis),
            E::Name(n) => self.name_op(n.id.as_str(), NameCtx::Load),
            E::Attribute(a) => {
                // `super().name` is reported from `super`, over lines too, as CPython.
                let (op, span) = if self.zero_arg_super(&a.value) {
                    (Op::LoadSuperAttr, a.range())
                } else {
                    self.expr(&a.value)?;
                    (Op::LoadAttr, self.attr_span(a, a.range()))
                };
                let name = self.b().name(a.attr.id.as_str());
                self.set_line(span);
                self.b().emit(op, name);
            }
            E::Subscript(s) => {
                self.check_subscript(s);
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.b().emit(Op::BinarySubscr, 0);
            }
            E::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(v) => self.expr(v)?,
                        None => self.b().load_const(Value::None),
                    }
                }
                match &s.step {
                    Some(v) => {
                        self.expr(v)?;
                        self.b().emit(Op::BuildSlice, 3);
                    }
                    None => self.b().emit(Op::BuildSlice, 2),
                }
            }
            E::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.b().emit(Op::BinaryOp, bin_op(b.op) as u32);
            }
            E::UnaryOp(u)
                if let Some(v) = (u.op == ast::UnaryOp::USub)
                    .then(|| negated_literal(&u.operand))
                    .flatten() =>
            {
                // `-1`, `-0.5`: a constant, as CPython folds it.
                self.b().load_const(v);
            }
            // `~True`: folded as CPython folds it (its DeprecationWarning is then a
            // compile-time one, which the default filters hide).
            E::UnaryOp(u)
                if let (ast::UnaryOp::Invert, ast::Expr::BooleanLiteral(b)) =
                    (u.op, &*u.operand) =>
            {
                self.b().load_const(Value::Int(!i64::from(b.value)));
            }
            E::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::USub => Op::UnaryNegative,
                    ast::UnaryOp::UAdd => Op::UnaryPositive,
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                };
                self.b().emit(op, 0);
            }
            E::BoolOp(b) => {
                let end = self.b().new_label();
                let jump = match b.op {
                    ast::BoolOp::And => Op::JumpIfFalseOrPop,
                    ast::BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        self.b().emit_jump(jump, end);
                    }
                }
                self.b().bind(end);
            }
            E::Compare(c) => self.compare(c)?,
            E::If(i) => {
                let orelse = self.b().new_label();
                let end = self.b().new_label();
                self.expr(&i.test)?;
                self.b().emit_jump(Op::PopJumpIfFalse, orelse);
                self.expr(&i.body)?;
                self.b().emit_jump(Op::Jump, end);
                self.b().bind(orelse);
                self.expr(&i.orelse)?;
                self.b().bind(end);
            }
            E::Named(n) => {
                self.expr(&n.value)?;
                self.b().emit(Op::Copy, 1);
                self.store_target(&n.target)?;
            }
            // `(1, 'a')`: one constant, as CPython folds it.
            E::Tuple(t) if let Some(v) = folded_tuple(t) => {
                let v = match super::builder::ConstKey::of(&v) {
                    Some(key) => self.folded.entry(key).or_insert(v).clone(),
                    None => v,
                };
                self.b().load_const(v);
            }
            E::Tuple(t) => self.sequence(&t.elts, Op::BuildTuple)?,
            E::List(l) => self.sequence(&l.elts, Op::BuildList)?,
            E::Set(s) => self.sequence(&s.elts, Op::BuildSet)?,
            E::Dict(d) => self.dict_display(d)?,
            E::Call(c) => self.call(c)?,
            E::Lambda(l) => {
                let flags = match &l.parameters {
                    Some(p) => self.function_defaults(p)?,
                    None => 0,
                };
                let code = self.function_body_code(
                    l.range(),
                    "<lambda>",
                    l.parameters.as_deref(),
                    FunctionBody::Expr(&l.body),
                    false,
                )?;
                self.make_closure(code, flags);
            }
            E::ListComp(c) => self.comprehension(
                c.range(),
                &c.generators,
                CompKind::List,
                &c.elt,
                None,
                "<listcomp>",
            )?,
            E::SetComp(c) => self.comprehension(
                c.range(),
                &c.generators,
                CompKind::Set,
                &c.elt,
                None,
                "<setcomp>",
            )?,
            E::DictComp(c) => self.comprehension(
                c.range(),
                &c.generators,
                CompKind::Dict,
                &c.key,
                Some(&c.value),
                "<dictcomp>",
            )?,
            E::Generator(c) => self.comprehension(
                c.range(),
                &c.generators,
                CompKind::Generator,
                &c.elt,
                None,
                "<genexpr>",
            )?,
            E::FString(f) => self.fstring(f)?,
            E::Yield(y) => {
                self.check_yield(y.range())?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.b().load_const(Value::None),
                }
                if self.in_async_function() {
                    self.b().emit(Op::AsyncGenWrap, 0);
                }
                self.b().emit(Op::YieldValue, 0);
            }
            E::YieldFrom(y) => {
                if self.in_async_function() {
                    return Err(self.error(y.range(), "'yield from' inside async function"));
                }
                self.check_yield(y.range())?;
                self.expr(&y.value)?;
                self.b().emit(Op::GetYieldFromIter, 0);
                self.b().load_const(Value::None);
                let top = self.b().new_label();
                let end = self.b().new_label();
                self.b().bind(top);
                self.b().emit_jump(Op::Send, end);
                self.b().emit(Op::YieldValue, 0);
                self.b().emit_jump(Op::Jump, top);
                self.b().bind(end);
            }
            E::Starred(s) => return Err(self.error(s.range(), "can't use starred expression here")),
            E::Await(a) => {
                if !self.in_async_function() {
                    let msg = match self.unit().scope.kind {
                        ScopeKind::Function | ScopeKind::Comprehension => {
                            "'await' outside async function"
                        }
                        _ => "'await' outside function",
                    };
                    return Err(self.error(a.range(), msg));
                }
                self.expr(&a.value)?;
                self.b().emit(Op::GetAwaitable, 0);
                self.emit_await_loop();
            }
            E::TString(t) => {
                return Err(self.error(t.range(), "template strings are not supported"))
            }
            E::IpyEscapeCommand(c) => return Err(self.error(c.range(), "invalid syntax")),
        }
        Ok(())
    }

    fn check_yield(&mut self, range: rustpython_ruff_text_size::TextRange) -> CompileResult<()> {
        match self.unit().scope.kind {
            ScopeKind::Function => {
                let unit = self.unit();
                unit.flags |= CodeFlags::GENERATOR;
                if unit.flags & CodeFlags::COROUTINE != 0 {
                    unit.flags |= CodeFlags::ASYNC_GENERATOR;
                }
                Ok(())
            }
            ScopeKind::Comprehension => {
                let msg = match self.unit().name.as_str() {
                    "<setcomp>" => "'yield' inside set comprehension",
                    "<dictcomp>" => "'yield' inside dict comprehension",
                    "<genexpr>" => "'yield' inside generator expression",
                    _ => "'yield' inside list comprehension",
                };
                Err(self.error(range, msg))
            }
            _ => Err(self.error(range, "'yield' outside function")),
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> CompileResult<()> {
        self.check_is_literal(c);
        self.expr(&c.left)?;
        let n = c.ops.len();
        let cleanup = self.b().new_label();
        let end = self.b().new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            let last = i + 1 == n;
            if !last {
                self.b().emit(Op::Swap, 2);
                self.b().emit(Op::Copy, 2);
            }
            self.compare_op(*op);
            if !last {
                self.b().emit_jump(Op::JumpIfFalseOrPop, cleanup);
            }
        }
        if n > 1 {
            self.b().emit_jump(Op::Jump, end);
            self.b().bind(cleanup);
            self.b().emit(Op::Swap, 2);
            self.b().emit(Op::PopTop, 0);
            self.b().bind(end);
        }
        Ok(())
    }

    /// CPython's SyntaxWarning for `x is 1` (`is` against a literal other than None, True,
    /// False and Ellipsis): the first such pair of the chain.
    fn check_is_literal(&mut self, c: &ast::ExprCompare) {
        let mut left = &*c.left;
        for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) {
                if let Some(kind) = literal_kind(left).or_else(|| literal_kind(right)) {
                    let (word, instead) = if *op == ast::CmpOp::Is {
                        ("is", "==")
                    } else {
                        ("is not", "!=")
                    };
                    let msg =
                        format!("\"{word}\" with '{kind}' literal. Did you mean \"{instead}\"?");
                    self.warn(c.range, msg);
                    return;
                }
            }
            left = right;
        }
    }

    fn compare_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        let (opcode, arg) = match op {
            C::Eq => (Op::Compare, CmpOp::Eq as u32),
            C::NotEq => (Op::Compare, CmpOp::Ne as u32),
            C::Lt => (Op::Compare, CmpOp::Lt as u32),
            C::LtE => (Op::Compare, CmpOp::Le as u32),
            C::Gt => (Op::Compare, CmpOp::Gt as u32),
            C::GtE => (Op::Compare, CmpOp::Ge as u32),
            C::Is => (Op::IsOp, 0),
            C::IsNot => (Op::IsOp, 1),
            C::In => (Op::ContainsOp, 0),
            C::NotIn => (Op::ContainsOp, 1),
        };
        self.b().emit(opcode, arg);
    }

    /// A tuple, list or set display, with `*` unpacking.
    fn sequence(&mut self, elts: &[ast::Expr], build: Op) -> CompileResult<()> {
        self.sequence_flagged(elts, build, 0)
    }

    /// `sequence`, with `extend_flag` on each `ListExtend` it emits.
    fn sequence_flagged(
        &mut self,
        elts: &[ast::Expr],
        build: Op,
        extend_flag: u32,
    ) -> CompileResult<()> {
        if !elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
            for e in elts {
                self.expr(e)?;
            }
            // CPython builds a constant set display of 3+ items from a frozenset constant,
            // which lays the table out differently: flag it so iteration order matches.
            let constant = build == Op::BuildSet && elts.len() >= 3 && elts.iter().all(is_constant);
            let flag = if constant {
                crate::bytecode::opcode::BUILD_SET_CONSTANT
            } else {
                0
            };
            self.b().emit(build, elts.len() as u32 | flag);
            return Ok(());
        }
        let (start, extend, add) = match build {
            Op::BuildSet => (Op::BuildSet, Op::SetUpdate, Op::SetAdd),
            _ => (Op::BuildList, Op::ListExtend, Op::ListAppend),
        };
        self.b().emit(start, 0);
        for e in elts {
            match e {
                ast::Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    let flag = if extend == Op::ListExtend {
                        extend_flag
                    } else {
                        0
                    };
                    self.b().emit(extend, 1 | flag);
                }
                other => {
                    self.expr(other)?;
                    self.b().emit(add, 1);
                }
            }
        }
        if build == Op::BuildTuple {
            self.b().emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &ast::ExprDict) -> CompileResult<()> {
        if d.items.iter().all(|i| i.key.is_some()) {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.expr(k)?;
                }
                self.expr(&item.value)?;
            }
            self.b().emit(Op::BuildMap, d.items.len() as u32);
            return Ok(());
        }
        self.b().emit(Op::BuildMap, 0);
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.b().emit(Op::MapAdd, 1);
                }
                None => {
                    self.expr(&item.value)?;
                    self.b().emit(Op::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall) -> CompileResult<()> {
        if let Some(ty) = literal_type(&c.func).filter(|_| !matches!(*c.func, ast::Expr::Lambda(_)))
        {
            self.warn(
                c.range,
                format!("'{ty}' object is not callable; perhaps you missed a comma?"),
            );
        }
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        // super() with no arguments becomes super(__class__, <first argument>).
        if let Some((_, first)) = self.zero_arg_super_call(c) {
            self.name_op("super", NameCtx::Load);
            self.name_op("__class__", NameCtx::Load);
            self.name_op(&first, NameCtx::Load);
            self.set_line(c.range());
            self.b().emit(Op::Call, 2);
            return Ok(());
        }
        if let (ast::Expr::Attribute(a), false, true) =
            (c.func.as_ref(), has_star, args.keywords.is_empty())
        {
            let (op, span) = if self.zero_arg_super(&a.value) {
                (Op::LoadSuperMethod, a.range())
            } else {
                self.expr(&a.value)?;
                (Op::LoadMethod, self.attr_span(a, a.range()))
            };
            let name = self.b().name(a.attr.id.as_str());
            self.set_line(span);
            self.b().emit(op, name);
            for arg in args.args.iter() {
                self.expr(arg)?;
            }
            self.set_line(self.attr_span(a, c.range()));
            self.b().emit(Op::CallMethod, args.args.len() as u32);
            return Ok(());
        }
        self.expr(&c.func)?;
        self.call_with_args(0, args, c.range())
    }

    /// Where an attribute access (or a method call, `whole`) is reported: as CPython, when
    /// the attribute's name is on a later line than the object (`(s.upper()\n .strip())`),
    /// from the name to the end, so a traceback shows the line of the failing name.
    fn attr_span(
        &self,
        a: &ast::ExprAttribute,
        whole: rustpython_ruff_text_size::TextRange,
    ) -> rustpython_ruff_text_size::TextRange {
        let before_name =
            &self.source[a.range().start().to_usize()..a.attr.range().start().to_usize()];
        if before_name.contains('\n') {
            rustpython_ruff_text_size::TextRange::new(a.attr.range().start(), whole.end())
        } else {
            whole
        }
    }

    /// Emits the arguments of a call whose callee, followed by `pushed` positional values, is
    /// already on the stack, and the call instruction.
    pub(super) fn call_with_args(
        &mut self,
        pushed: u32,
        args: &ast::Arguments,
        range: rustpython_ruff_text_size::TextRange,
    ) -> CompileResult<()> {
        let has_star = args.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            // CPython passes a lone `*x` to the call as it is, and names the callee when it
            // is not iterable; a list built from several parts says "Value after *".
            let lone_star = pushed == 0 && matches!(args.args.as_ref(), [ast::Expr::Starred(_)]);
            let call_args = if lone_star {
                crate::bytecode::opcode::EXTEND_CALL_ARGS
            } else {
                0
            };
            if pushed == 0 {
                self.sequence_flagged(&args.args, Op::BuildTuple, call_args)?;
            } else {
                self.b().emit(Op::BuildList, pushed);
                for e in args.args.iter() {
                    match e {
                        ast::Expr::Starred(s) => {
                            self.expr(&s.value)?;
                            self.b().emit(Op::ListExtend, 1 | call_args);
                        }
                        other => {
                            self.expr(other)?;
                            self.b().emit(Op::ListAppend, 1);
                        }
                    }
                }
                self.b().emit(Op::ListToTuple, 0);
            }
            if args.keywords.is_empty() {
                self.b().load_const(Value::None);
            } else {
                self.b().emit(Op::BuildMap, 0);
                for k in args.keywords.iter() {
                    match &k.arg {
                        Some(name) => {
                            self.b().load_const(Value::str(name.id.as_str()));
                            self.expr(&k.value)?;
                            self.b().emit(Op::BuildMap, 1);
                            self.b().emit(Op::DictMerge, 1);
                        }
                        None => {
                            self.expr(&k.value)?;
                            self.b().emit(Op::DictMerge, 1);
                        }
                    }
                }
            }
            self.set_line(range);
            self.b().emit(Op::CallEx, 0);
            return Ok(());
        }
        for arg in args.args.iter() {
            self.expr(arg)?;
        }
        let positional = pushed + args.args.len() as u32;
        if args.keywords.is_empty() {
            self.set_line(range);
            self.b().emit(Op::Call, positional);
            return Ok(());
        }
        let mut names = Vec::new();
        for k in args.keywords.iter() {
            self.expr(&k.value)?;
            if let Some(name) = &k.arg {
                names.push(Value::str(name.id.as_str()));
            }
        }
        self.b().load_const(Value::tuple(names));
        self.set_line(range);
        self.b()
            .emit(Op::CallKw, positional + args.keywords.len() as u32);
        Ok(())
    }

    /// When `c` is `super()` that can take the method's class and first argument: the name
    /// `super` and that argument's name.
    fn zero_arg_super_call<'c>(
        &mut self,
        c: &'c ast::ExprCall,
    ) -> Option<(&'c ast::ExprName, String)> {
        let ast::Expr::Name(n) = c.func.as_ref() else {
            return None;
        };
        if n.id.as_str() != "super"
            || !c.arguments.args.is_empty()
            || !c.arguments.keywords.is_empty()
        {
            return None;
        }
        Some((n, self.super_first_arg()?))
    }

    /// When `e` is `super()` that can take the method's class and first argument: pushes
    /// `super`, `__class__` and that argument for `LoadSuperAttr`/`LoadSuperMethod`.
    fn zero_arg_super(&mut self, e: &ast::Expr) -> bool {
        let ast::Expr::Call(c) = e else { return false };
        let Some((n, first)) = self.zero_arg_super_call(c) else {
            return false;
        };
        // Errors point where CPython's do: at the name `super`, then at `super()`.
        self.set_line(n.range());
        self.name_op("super", NameCtx::Load);
        self.set_line(c.range());
        self.name_op("__class__", NameCtx::Load);
        self.name_op(&first, NameCtx::Load);
        true
    }

    /// The first parameter of the enclosing method, when zero-argument super() can work.
    fn super_first_arg(&mut self) -> Option<String> {
        let unit = self.units.last()?;
        if !unit.slots.contains_key("__class__") {
            return None;
        }
        // Inside list, set and dict comprehensions, the method's first argument.
        let outer = self.units.iter().rev().find(|u| !u.scope.inlined)?;
        match outer.scope.kind {
            // Without a positional parameter, `super()` has no object (a RuntimeError).
            ScopeKind::Function if outer.scope.positional == 0 => None,
            ScopeKind::Function | ScopeKind::Comprehension => outer.scope.params.first().cloned(),
            _ => None,
        }
    }

    fn comprehension(
        &mut self,
        range: rustpython_ruff_text_size::TextRange,
        generators: &[ast::Comprehension],
        kind: CompKind,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        name: &str,
    ) -> CompileResult<()> {
        let Some(first) = generators.first() else {
            return Err(self.error(range, "invalid syntax"));
        };
        let is_async = generators.iter().any(|g| g.is_async)
            || contains_await(elt)
            || value.is_some_and(contains_await)
            || generators.iter().enumerate().any(|(i, g)| {
                (i > 0 && contains_await(&g.iter)) || g.ifs.iter().any(contains_await)
            });
        if is_async && kind != CompKind::Generator && !self.in_async_function() {
            return Err(self.error(
                range,
                "asynchronous comprehension outside of an asynchronous function",
            ));
        }
        let scope = self.scope_of(range);
        if scope.runs_inline {
            return self.inline_comprehension(scope, generators, kind, elt, value);
        }
        let qualname = self.child_qualname(name);
        let first_line = self.lines.line(range.start().into());
        self.push_unit(scope, name, &qualname, first_line);
        if is_async {
            self.unit().flags |= CodeFlags::COROUTINE | CodeFlags::GENERATOR;
        }
        self.comprehension_body(generators, kind, elt, value, is_async, true)?;
        let mut flags = 0;
        if kind == CompKind::Generator {
            self.b().load_const(Value::None);
            flags = CodeFlags::GENERATOR;
            if is_async {
                flags |= CodeFlags::ASYNC_GENERATOR;
            }
            self.unit().flags &= !CodeFlags::COMPREHENSION;
        }
        self.b().emit(Op::ReturnValue, 0);
        let code = self.pop_unit(flags, (1, 0, 0));
        self.make_closure(code, 0);
        self.expr(&first.iter)?;
        self.emit_get_iter(first.is_async);
        self.b().emit(Op::Call, 1);
        if is_async && kind != CompKind::Generator {
            self.b().emit(Op::GetAwaitable, 0);
            self.emit_await_loop();
        }
        Ok(())
    }

    /// A list, set or dict comprehension compiled into the code around it (PEP 709): the
    /// result and the first iterator on the stack, its names in slots of their own, cleared
    /// when it ends, by an exception too.
    fn inline_comprehension(
        &mut self,
        scope: &Scope,
        generators: &[ast::Comprehension],
        kind: CompKind,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
    ) -> CompileResult<()> {
        let depth = self.b().depth();
        match kind {
            CompKind::List => self.b().emit(Op::BuildList, 0),
            CompKind::Set => self.b().emit(Op::BuildSet, 0),
            _ => self.b().emit(Op::BuildMap, 0),
        }
        self.expr(&generators[0].iter)?;
        self.emit_get_iter(generators[0].is_async);
        let base = self.unit().inline_base + scope.inline_offset as u32;
        let slots: Vec<u32> = (base..base + scope.inline_binds.len() as u32).collect();
        let names = self.unit().inline_names.len();
        for (name, &slot) in scope.inline_binds.iter().zip(&slots) {
            self.unit().inline_names.push((name.clone(), slot));
        }
        let cleanup = self.b().new_label();
        self.b().push_handler(cleanup, depth, false);
        self.comprehension_body(generators, kind, elt, value, false, false)?;
        self.b().pop_handler();
        self.unit().inline_names.truncate(names);
        for &slot in &slots {
            self.b().emit(Op::DeleteFast, slot | DELETE_FAST_QUIET);
        }
        let end = self.b().new_label();
        self.b().emit_jump(Op::Jump, end);
        self.b().bind(cleanup);
        self.b().set_depth(depth + 1);
        for &slot in &slots {
            self.b().emit(Op::DeleteFast, slot | DELETE_FAST_QUIET);
        }
        self.b().emit(Op::Reraise, 0);
        self.b().bind(end);
        self.b().set_depth(depth + 1);
        Ok(())
    }

    /// The iterator of a comprehension's `for` (`async for`) clause.
    fn emit_get_iter(&mut self, is_async: bool) {
        let op = if is_async { Op::GetAIter } else { Op::GetIter };
        self.b().emit(op, 0);
    }

    /// The loops of a comprehension and its element, from the result (under the first
    /// iterator, which `load_first` loads from the `.0` parameter) to the result.
    fn comprehension_body(
        &mut self,
        generators: &[ast::Comprehension],
        kind: CompKind,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        is_async: bool,
        load_first: bool,
    ) -> CompileResult<()> {
        match kind {
            CompKind::List if load_first => self.b().emit(Op::BuildList, 0),
            CompKind::Set if load_first => self.b().emit(Op::BuildSet, 0),
            CompKind::Dict if load_first => self.b().emit(Op::BuildMap, 0),
            _ => {}
        }
        let mut exits = Vec::new();
        for (i, g) in generators.iter().enumerate() {
            if i == 0 {
                if load_first {
                    self.b().emit(Op::LoadFast, 0);
                }
            } else {
                self.expr(&g.iter)?;
                self.emit_get_iter(g.is_async);
            }
            let top = self.b().new_label();
            let exit = self.b().new_label();
            self.b().bind(top);
            let handler = if g.is_async {
                let handler = self.b().new_label();
                let depth = self.b().depth();
                self.b().push_handler(handler, depth, false);
                self.b().emit(Op::GetANext, 0);
                self.b().emit(Op::GetAwaitable, 3);
                self.emit_await_loop();
                self.b().pop_handler();
                Some((handler, depth))
            } else {
                self.b().emit_jump(Op::ForIter, exit);
                None
            };
            self.store_target(&g.target)?;
            // A filter that fails goes back to the loop through a `Jump`, the loop's step
            // (conditional jumps only go forward, as in CPython 3.12).
            for cond in &g.ifs {
                self.expr(cond)?;
                let kept = self.b().new_label();
                self.b().emit_jump(Op::PopJumpIfTrue, kept);
                self.b().emit_jump(Op::Jump, top);
                self.b().bind(kept);
            }
            exits.push((top, exit, handler));
        }
        let depth = generators.len() as u32 + 1;
        match kind {
            CompKind::List => {
                self.expr(elt)?;
                self.b().emit(Op::ListAppend, depth);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.b().emit(Op::SetAdd, depth);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.b().emit(Op::MapAdd, depth);
            }
            CompKind::Generator => {
                self.expr(elt)?;
                if is_async {
                    self.b().emit(Op::AsyncGenWrap, 0);
                }
                self.b().emit(Op::YieldValue, 0);
                self.b().emit(Op::PopTop, 0);
            }
        }
        for (top, exit, handler) in exits.into_iter().rev() {
            self.b().emit_jump(Op::Jump, top);
            if let Some((handler, depth)) = handler {
                self.b().bind(handler);
                self.b().set_depth(depth + 1);
                self.b().emit(Op::EndAsyncFor, 0);
            }
            self.b().bind(exit);
        }
        Ok(())
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> CompileResult<()> {
        let mut count = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    if !s.value.is_empty() {
                        self.b().load_const(Value::str(&s.value));
                        count += 1;
                    }
                }
                ast::FStringPart::FString(fs) => count += self.fstring_elements(&fs.elements, 0)?,
            }
        }
        // A lone piece is already a str; zero pieces build "".
        if count != 1 {
            self.b().emit(Op::BuildString, count);
        }
        Ok(())
    }

    /// CPython's SyntaxWarnings for a subscript that must fail: a literal that cannot be
    /// subscripted (`(5)[0]`), or a sequence literal indexed by a literal of the wrong type
    /// (`[1][1.0]`): a comma is probably missing.
    fn check_subscript(&mut self, s: &ast::ExprSubscript) {
        use ast::Expr as E;
        let unsubscriptable = matches!(
            s.value.as_ref(),
            E::NumberLiteral(_)
                | E::NoneLiteral(_)
                | E::EllipsisLiteral(_)
                | E::BooleanLiteral(_)
                | E::Set(_)
                | E::SetComp(_)
                | E::Generator(_)
                | E::Lambda(_)
        );
        if unsubscriptable {
            if let Some(ty) = literal_type(&s.value) {
                self.warn(
                    s.range,
                    format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"),
                );
            }
            return;
        }
        let sequence = matches!(
            s.value.as_ref(),
            E::StringLiteral(_)
                | E::BytesLiteral(_)
                | E::Tuple(_)
                | E::List(_)
                | E::ListComp(_)
                | E::FString(_)
        );
        let index = literal_type(&s.slice);
        if let (true, Some(index), Some(container)) = (sequence, index, literal_type(&s.value)) {
            if !matches!(index, "int" | "bool") {
                self.warn(
                    s.range,
                    format!(
                        "{container} indices must be integers or slices, not {index}; perhaps you missed a comma?"
                    ),
                );
            }
        }
    }

    /// Pushes each piece of an f-string body (a format spec `spec_depth` levels down);
    /// returns how many strings were pushed.
    fn fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
        spec_depth: u32,
    ) -> CompileResult<u32> {
        let mut count = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    if !l.value.is_empty() {
                        self.b().load_const(Value::str(&l.value));
                        count += 1;
                    }
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(debug) = &i.debug_text {
                        let text = format!(
                            "{}{}{}",
                            debug.leading,
                            &self.source[i.expression.range()],
                            debug.trailing
                        );
                        self.b().load_const(Value::string(text));
                        count += 1;
                        if conversion == 0 && i.format_spec.is_none() {
                            conversion = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut arg = conversion;
                    if let Some(spec) = &i.format_spec {
                        // CPython's tokenizer takes replacement fields two format specs
                        // deep, not three.
                        if spec_depth >= 2 {
                            let inner = spec.elements.iter().find_map(|el| match el {
                                ast::InterpolatedStringElement::Interpolation(inner) => {
                                    Some(inner.range.start())
                                }
                                _ => None,
                            });
                            if let Some(at) = inner {
                                return Err(self.error(
                                    rustpython_ruff_text_size::TextRange::empty(at),
                                    "f-string: expressions nested too deeply",
                                ));
                            }
                        }
                        let n = self.fstring_elements(&spec.elements, spec_depth + 1)?;
                        if n != 1 {
                            self.b().emit(Op::BuildString, n);
                        }
                        arg |= 4;
                    }
                    // A failing format or conversion is marked at its replacement field.
                    let saved = (self.b().span, self.b().line);
                    self.set_line(i.range);
                    self.b().emit(Op::FormatValue, arg);
                    (self.b().span, self.b().line) = saved;
                    count += 1;
                }
            }
        }
        Ok(count)
    }
}

/// Whether `e` awaits (outside nested lambdas): a comprehension doing so is asynchronous.
fn contains_await(e: &ast::Expr) -> bool {
    use ast::visitor::{walk_expr, Visitor};
    struct Finder(bool);
    impl<'a> Visitor<'a> for Finder {
        fn visit_expr(&mut self, e: &'a ast::Expr) {
            match e {
                ast::Expr::Await(_) => self.0 = true,
                ast::Expr::Lambda(_) => {}
                other => walk_expr(self, other),
            }
        }
    }
    let mut f = Finder(false);
    f.visit_expr(e);
    f.0
}

/// The type of a literal CPython folds to a constant (numbers with their sign, strings,
/// bytes, tuples of constants), except None, True, False and Ellipsis.
fn literal_kind(e: &ast::Expr) -> Option<&'static str> {
    match e {
        ast::Expr::NumberLiteral(n) => Some(match n.value {
            ast::Number::Int(_) => "int",
            ast::Number::Float(_) => "float",
            ast::Number::Complex { .. } => "complex",
        }),
        ast::Expr::StringLiteral(_) => Some("str"),
        ast::Expr::BytesLiteral(_) => Some("bytes"),
        ast::Expr::UnaryOp(u)
            if matches!(
                u.op,
                ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert
            ) =>
        {
            literal_kind(&u.operand).filter(|k| *k != "str" && *k != "bytes")
        }
        ast::Expr::Tuple(t) if t.elts.iter().all(is_constant) => Some("tuple"),
        _ => None,
    }
}

/// The type a literal or display always makes (`'int'` for `5`, `'list'` for `[...]`), for
/// the "perhaps you missed a comma?" warnings; None for other expressions.
fn literal_type(e: &ast::Expr) -> Option<&'static str> {
    use ast::Expr as E;
    Some(match e {
        E::NumberLiteral(n) => match n.value {
            ast::Number::Int(_) => "int",
            ast::Number::Float(_) => "float",
            ast::Number::Complex { .. } => "complex",
        },
        E::BooleanLiteral(_) => "bool",
        E::NoneLiteral(_) => "NoneType",
        E::EllipsisLiteral(_) => "ellipsis",
        E::StringLiteral(_) | E::FString(_) => "str",
        E::BytesLiteral(_) => "bytes",
        E::Tuple(_) => "tuple",
        E::List(_) | E::ListComp(_) => "list",
        E::Dict(_) | E::DictComp(_) => "dict",
        E::Set(_) | E::SetComp(_) => "set",
        E::Generator(_) => "generator",
        E::Lambda(_) => "function",
        _ => return None,
    })
}
