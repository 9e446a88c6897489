//! Function annotations, and PEP 695: `type X = ...` and the type parameters of generic
//! functions and classes. Type parameters live in a function of their own wrapped around the
//! definition; their objects come from the `_typing` module.

use rustpython_ruff_python_ast as ast;
use rustpython_ruff_text_size::Ranged;

use super::stmt::FunctionBody;
use super::{CompileResult, Compiler, NameCtx};
use crate::bytecode::Op;
use crate::object::Value;

impl Compiler<'_, '_> {
    /// Pushes the `__annotations__` dict of a function; false (nothing pushed) when none.
    pub(super) fn function_annotations(
        &mut self,
        params: &ast::Parameters,
        returns: Option<&ast::Expr>,
    ) -> CompileResult<bool> {
        let mut n = 0;
        // CPython's order: the ordinary parameters, then the positional-only ones.
        let positional = params.args.iter().chain(&params.posonlyargs);
        let mut ordered: Vec<&ast::Parameter> = positional.map(|a| &a.parameter).collect();
        ordered.extend(params.vararg.as_deref());
        ordered.extend(params.kwonlyargs.iter().map(|a| &a.parameter));
        ordered.extend(params.kwarg.as_deref());
        for p in ordered {
            if let Some(ann) = &p.annotation {
                self.b().load_const(Value::str(p.name.id.as_str()));
                match ann.as_ref() {
                    _ if self.future_annotations => self.annotation(ann)?,
                    // `*args: *Ts` stores the unpacked form, its one item (as CPython).
                    ast::Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.b().emit(Op::UnpackSequence, 1);
                    }
                    other => self.expr(other)?,
                }
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.b().load_const(Value::str("return"));
            self.annotation(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(false);
        }
        self.b().emit(Op::BuildMap, n);
        Ok(true)
    }

    /// `[] -> [_typing.<name>]`
    fn load_typing(&mut self, name: &str) {
        self.b().load_const(Value::Int(0));
        self.b().load_const(Value::None);
        let module = self.b().name("_typing");
        self.b().emit(Op::ImportName, module);
        let attr = self.b().name(name);
        self.b().emit(Op::LoadAttr, attr);
    }

    /// Creates the type parameter objects, binding each name in the current (wrapper) scope.
    fn make_type_params(&mut self, params: &ast::TypeParams) -> CompileResult<()> {
        for p in params.iter() {
            let name = match p {
                ast::TypeParam::TypeVar(t) => {
                    self.load_typing("_make_typevar");
                    let name = t.name.id.as_str();
                    self.b().load_const(Value::str(name));
                    match t.bound.as_deref() {
                        Some(b) => {
                            let is_constraints = matches!(b, ast::Expr::Tuple(_));
                            if is_constraints {
                                self.b().load_const(Value::None);
                            }
                            let code = self.function_body_code(
                                b.range(),
                                name,
                                None,
                                FunctionBody::Expr(b),
                                false,
                            )?;
                            self.make_closure(code, 0);
                            if !is_constraints {
                                self.b().load_const(Value::None);
                            }
                        }
                        None => {
                            self.b().load_const(Value::None);
                            self.b().load_const(Value::None);
                        }
                    }
                    self.b().emit(Op::Call, 3);
                    &t.name
                }
                ast::TypeParam::ParamSpec(t) => {
                    self.load_typing("_make_paramspec");
                    self.b().load_const(Value::str(t.name.id.as_str()));
                    self.b().emit(Op::Call, 1);
                    &t.name
                }
                ast::TypeParam::TypeVarTuple(t) => {
                    self.load_typing("_make_typevartuple");
                    self.b().load_const(Value::str(t.name.id.as_str()));
                    self.b().emit(Op::Call, 1);
                    &t.name
                }
            };
            self.name_op(name.id.as_str(), NameCtx::Store);
        }
        Ok(())
    }

    /// `[] -> [(T1, T2, ...)]`
    fn load_type_params(&mut self, params: &ast::TypeParams) {
        for p in params.iter() {
            let name = match p {
                ast::TypeParam::TypeVar(t) => &t.name,
                ast::TypeParam::ParamSpec(t) => &t.name,
                ast::TypeParam::TypeVarTuple(t) => &t.name,
            };
            self.name_op(name.id.as_str(), NameCtx::Load);
        }
        self.b().emit(Op::BuildTuple, params.len() as u32);
    }

    /// Runs `body` (which leaves one value) inside the type-parameter function of a generic
    /// definition, or directly when there are no type parameters.
    pub(super) fn with_type_params(
        &mut self,
        params: Option<&ast::TypeParams>,
        key: rustpython_ruff_text_size::TextRange,
        name: &str,
        set_attr: bool,
        body: &mut dyn FnMut(&mut Self) -> CompileResult<()>,
    ) -> CompileResult<()> {
        let Some(params) = params else {
            return body(self);
        };
        let scope = self.scope_of(key);
        let qualname = self.child_qualname(&format!("<generic parameters of {name}>"));
        let first_line = self.lines.line(key.start().into());
        self.push_unit(
            scope,
            &format!("<generic parameters of {name}>"),
            &qualname,
            first_line,
        );
        self.unit().type_param_scope = true;
        self.make_type_params(params)?;
        body(self)?;
        if set_attr {
            // [obj] -> [obj] with obj.__type_params__ set.
            self.b().emit(Op::Copy, 1);
            self.load_type_params(params);
            self.b().emit(Op::Swap, 2);
            let attr = self.b().name("__type_params__");
            self.b().emit(Op::StoreAttr, attr);
        }
        self.b().emit(Op::ReturnValue, 0);
        let code = self.pop_unit(0, (0, 0, 0));
        self.make_closure(code, 0);
        self.b().emit(Op::Call, 0);
        Ok(())
    }

    /// `type X[T] = value`: a TypeAliasType evaluating `value` on first use.
    pub(super) fn type_alias(&mut self, t: &ast::StmtTypeAlias) -> CompileResult<()> {
        let ast::Expr::Name(name) = t.name.as_ref() else {
            return Err(self.error(t.name.range(), "invalid syntax"));
        };
        let alias = name.id.as_str().to_string();
        let params = t.type_params.as_deref();
        self.with_type_params(
            params,
            t.name.range(),
            &alias,
            false,
            &mut |c: &mut Self| {
                c.load_typing("_make_typealias");
                c.b().load_const(Value::str(&alias));
                let code = c.function_body_code(
                    t.range,
                    &alias,
                    None,
                    FunctionBody::Expr(&t.value),
                    false,
                )?;
                c.make_closure(code, 0);
                match params {
                    Some(p) => c.load_type_params(p),
                    None => c.b().load_const(Value::tuple(Vec::new())),
                }
                let module = c.b().name("__name__");
                c.b().emit(Op::LoadGlobal, module);
                c.b().emit(Op::Call, 4);
                Ok(())
            },
        )?;
        self.name_op(&alias, NameCtx::Store);
        Ok(())
    }

    /// The extra base `Generic[T, ...]` of `class C[T]`: `[list] -> [list]` extended.
    pub(super) fn generic_bases(&mut self, params: &ast::TypeParams) {
        self.load_typing("_generic_bases");
        self.load_type_params(params);
        self.b().emit(Op::Call, 1);
    }
}
