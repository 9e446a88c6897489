//! Private name mangling: inside a class, an identifier `__spam` (not ending in `__`) becomes
//! `_Class__spam` wherever it names something (variables, attributes, parameters, imports,
//! `global`/`nonlocal`, pattern captures, definitions). Done on the tree before the symbol
//! table, so both it and the compiler see the mangled names; the original names of renamed
//! definitions are kept for their `__name__`/`__qualname__`.

use hashbrown::HashMap;
use std::cell::RefCell;

use rustpython_ruff_python_ast::visitor::transformer::{self as walk, Transformer};
use rustpython_ruff_python_ast::{self as ast, Identifier};

use crate::interp::classes::mangle;

/// Whether `source` may need mangling: it has a class and an identifier starting with `__`
/// whose next character is not `_`.
pub fn may_need(source: &str) -> bool {
    if !source.contains("class") {
        return false;
    }
    let b = source.as_bytes();
    b.windows(3).enumerate().any(|(i, w)| {
        w[0] == b'_'
            && w[1] == b'_'
            && (w[2].is_ascii_alphanumeric() || w[2] >= 0x80)
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
    })
}

/// Mangles the private names of `module`; returns the original names of the definitions it
/// renamed, by the start offset of the definition.
pub fn mangle_module(module: &mut ast::ModModule) -> HashMap<u32, String> {
    let m = Mangler {
        class: RefCell::new(None),
        originals: RefCell::new(HashMap::new()),
    };
    m.visit_body(&mut module.body);
    m.originals.into_inner()
}

struct Mangler {
    /// The name of the innermost enclosing class.
    class: RefCell<Option<String>>,
    originals: RefCell<HashMap<u32, String>>,
}

impl Mangler {
    fn rename(&self, id: &mut Identifier) {
        let Some(class) = self.class.borrow().clone() else {
            return;
        };
        let new = mangle(&class, id.id.as_str());
        if new != id.id.as_str() {
            id.id = new.into();
        }
    }

    /// Renames a definition's name, remembering the original.
    fn rename_def(&self, id: &mut Identifier, start: u32) {
        let original = id.id.to_string();
        self.rename(id);
        if id.id.as_str() != original {
            self.originals.borrow_mut().insert(start, original);
        }
    }
}

impl Transformer for Mangler {
    fn visit_stmt(&self, stmt: &mut ast::Stmt) {
        match stmt {
            ast::Stmt::ClassDef(c) => {
                let original = c.name.id.to_string();
                self.rename_def(&mut c.name, c.range.start().into());
                for d in &mut c.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(tp) = &mut c.type_params {
                    self.visit_type_params(tp);
                }
                if let Some(args) = &mut c.arguments {
                    self.visit_arguments(args);
                }
                let outer = self.class.replace(Some(original));
                self.visit_body(&mut c.body);
                *self.class.borrow_mut() = outer;
            }
            ast::Stmt::FunctionDef(f) => {
                self.rename_def(&mut f.name, f.range.start().into());
                walk::walk_stmt(self, stmt);
            }
            ast::Stmt::Global(g) => g.names.iter_mut().for_each(|n| self.rename(n)),
            ast::Stmt::Nonlocal(n) => n.names.iter_mut().for_each(|n| self.rename(n)),
            _ => walk::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&self, expr: &mut ast::Expr) {
        match expr {
            ast::Expr::Name(n) => {
                if let Some(class) = self.class.borrow().as_deref() {
                    let new = mangle(class, n.id.as_str());
                    if new != n.id.as_str() {
                        n.id = new.into();
                    }
                }
            }
            ast::Expr::Attribute(a) => self.rename(&mut a.attr),
            _ => {}
        }
        walk::walk_expr(self, expr);
    }

    fn visit_parameter(&self, p: &mut ast::Parameter) {
        self.rename(&mut p.name);
        walk::walk_parameter(self, p);
    }

    fn visit_alias(&self, alias: &mut ast::Alias) {
        match &mut alias.asname {
            Some(a) => self.rename(a),
            None => self.rename(&mut alias.name),
        }
    }

    fn visit_except_handler(&self, h: &mut ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(e) = h;
        if let Some(n) = &mut e.name {
            self.rename(n);
        }
        walk::walk_except_handler(self, h);
    }

    fn visit_pattern(&self, p: &mut ast::Pattern) {
        match p {
            ast::Pattern::MatchAs(m) => {
                if let Some(n) = &mut m.name {
                    self.rename(n);
                }
            }
            ast::Pattern::MatchStar(m) => {
                if let Some(n) = &mut m.name {
                    self.rename(n);
                }
            }
            ast::Pattern::MatchMapping(m) => {
                if let Some(n) = &mut m.rest {
                    self.rename(n);
                }
            }
            _ => {}
        }
        walk::walk_pattern(self, p);
    }

    fn visit_type_param(&self, t: &mut ast::TypeParam) {
        match t {
            ast::TypeParam::TypeVar(v) => self.rename(&mut v.name),
            ast::TypeParam::ParamSpec(v) => self.rename(&mut v.name),
            ast::TypeParam::TypeVarTuple(v) => self.rename(&mut v.name),
        }
        walk::walk_type_param(self, t);
    }
}
