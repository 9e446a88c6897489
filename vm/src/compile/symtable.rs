//! The symbol table: which scope owns each name, decided before any code is emitted.
//!
//! One pass walks the AST and records, per scope, the names bound, used and declared; a second
//! pass resolves each name to local, cell, free, or global. Scopes are keyed by the range of
//! the node that opens them, so the compiler can find them in any order.

use hashbrown::HashMap;

use rustpython_ruff_python_ast as ast;
use rustpython_ruff_text_size::{Ranged, TextRange};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// Where a name lives once resolved.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameScope {
    Local,
    /// Local and captured by an inner function.
    Cell,
    /// Captured from an enclosing function.
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// In an annotation scope of a class body (PEP 695): the class namespace first (through
    /// the `__classdict__` cell), then the globals.
    GlobalOrClassDict,
}

#[derive(Clone, Default, Debug)]
struct Flags {
    bound: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
    /// Has a simple annotation (`x: int`).
    annotated: bool,
    /// A type parameter (PEP 695), which `nonlocal` may not rebind.
    type_param: bool,
    /// Bound by an `import` only: a later `global`/`nonlocal` does not complain of it.
    imported: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Names in first-seen order with their flags.
    names: Vec<(String, Flags)>,
    index: HashMap<String, usize>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// How many of them are positional (`co_argcount`).
    pub positional: usize,
    children: Vec<usize>,
    parent: Option<usize>,
    resolved: HashMap<String, NameScope>,
    /// Cells in order (locals captured by inner scopes).
    pub cells: Vec<String>,
    /// Free variables in order.
    pub frees: Vec<String>,
    /// Class scope: some method needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// An annotation scope (type parameters, a type alias value, a bound) in a class body:
    /// its global names are looked up in the class namespace first.
    pub can_see_class_scope: bool,
    /// Class scope: an annotation scope reads its namespace through `__classdict__`.
    pub needs_classdict: bool,
    /// The body contains `yield` (or `yield from`).
    pub has_yield: bool,
    /// A list, set or dict comprehension: CPython 3.12 runs it inline in its function, so
    /// `super()` there works as in the function.
    pub inlined: bool,
    /// Compiled into the code of its function (`plan_inline`): its names bound get slots of
    /// their own there, the others are the function's names.
    pub runs_inline: bool,
    /// A function: the slots of the comprehensions it runs inline, after its own locals.
    pub inline_locals: Vec<String>,
    /// A comprehension running inline: where its names bound start in `inline_locals` of
    /// its function, and those names in order.
    pub inline_offset: usize,
    pub inline_binds: Vec<String>,
    /// The first `global`/`nonlocal` statement naming each name, where CPython's errors
    /// about the declaration point.
    directive_at: HashMap<String, (u32, u32)>,
    /// An annotation scope of PEP 695: what CPython calls it in "cannot be used within"
    /// errors ("a type alias", "a TypeVar bound", "the definition of a generic").
    pub annotation_block: Option<&'static str>,
}

impl Flags {
    /// Bound (or a parameter) in its own scope, not declared global or nonlocal there.
    fn local(&self) -> bool {
        (self.bound || self.param) && !self.global && !self.nonlocal
    }
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            names: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            positional: 0,
            children: Vec::new(),
            parent,
            resolved: HashMap::new(),
            cells: Vec::new(),
            frees: Vec::new(),
            needs_class_cell: false,
            can_see_class_scope: false,
            needs_classdict: false,
            has_yield: false,
            inlined: false,
            runs_inline: false,
            inline_locals: Vec::new(),
            inline_offset: 0,
            inline_binds: Vec::new(),
            directive_at: HashMap::new(),
            annotation_block: None,
        }
    }

    fn flags(&mut self, name: &str) -> &mut Flags {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.names.push((name.to_string(), Flags::default()));
                self.index.insert(name.to_string(), self.names.len() - 1);
                self.names.len() - 1
            }
        };
        &mut self.names[i].1
    }

    fn is_local(&self, name: &str) -> bool {
        self.index
            .get(name)
            .is_some_and(|&i| self.names[i].1.local())
    }

    /// How `name` resolves in this scope.
    pub fn lookup(&self, name: &str) -> NameScope {
        if let Some(s) = self.resolved.get(name) {
            return *s;
        }
        NameScope::GlobalImplicit
    }

    /// Names bound in this function scope that are plain locals (not params, cells or frees),
    /// in first-seen order.
    pub fn plain_locals(&self) -> Vec<String> {
        self.names
            .iter()
            .filter(|(n, f)| !f.param && self.resolved.get(n.as_str()) == Some(&NameScope::Local))
            .map(|(n, _)| n.clone())
            .collect()
    }
}

/// A syntax problem found while building the table, with its source offset.
#[derive(Debug)]
pub struct SymtableError {
    pub msg: String,
    pub offset: u32,
    /// Where the offending code ends; 0 when unknown.
    pub end: u32,
}

/// All scopes of a module.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
}

impl SymbolTable {
    pub fn build(module: &ast::ModModule) -> Result<SymbolTable, SymtableError> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, None)],
                by_range: HashMap::new(),
            },
            current: 0,
            comp_targets: Vec::new(),
            in_comp_iter: 0,
            in_defaults: 0,
            debug_binding: None,
        };
        b.stmts(&module.body)?;
        b.table.plan_inline();
        b.table.resolve(0, &[])?;
        if let Some(e) = b.debug_binding {
            return Err(e);
        }
        Ok(b.table)
    }

    pub fn module(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The scope opened by the node with this range.
    pub fn scope_for(&self, range: TextRange) -> Option<&Scope> {
        self.by_range
            .get(&(range.start().into(), range.end().into()))
            .map(|&i| &self.scopes[i])
    }

    /// Resolves names of scope `id`; `enclosing` lists the function scopes around it, innermost last.
    fn resolve(&mut self, id: usize, enclosing: &[usize]) -> Result<(), SymtableError> {
        let kind = self.scopes[id].kind;
        let names: Vec<(String, Flags)> = self.scopes[id].names.clone();
        if self.scopes[id].runs_inline {
            // The function resolves the names this code uses without binding them.
            for (name, f) in &names {
                let scope = if f.local() {
                    NameScope::Local
                } else {
                    NameScope::GlobalImplicit
                };
                self.scopes[id].resolved.insert(name.clone(), scope);
            }
            for child in self.scopes[id].children.clone() {
                self.resolve(child, enclosing)?;
            }
            return Ok(());
        }
        for (name, f) in &names {
            let directive = |table: &SymbolTable, msg: String| {
                let (offset, end) = table.scopes[id]
                    .directive_at
                    .get(name)
                    .copied()
                    .unwrap_or((0, 0));
                SymtableError { msg, offset, end }
            };
            if f.global && f.nonlocal {
                return Err(directive(
                    self,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            let scope = if f.global {
                NameScope::GlobalExplicit
            } else if f.nonlocal {
                if self.binds_type_param(name, enclosing) {
                    let msg = format!("nonlocal binding not allowed for type parameter '{name}'");
                    return Err(directive(self, msg));
                }
                if !self.capture(name, enclosing) {
                    let msg = format!("no binding for nonlocal '{name}' found");
                    return Err(directive(self, msg));
                }
                NameScope::Free
            } else if f.bound || f.param {
                NameScope::Local
            } else if kind == ScopeKind::Module {
                NameScope::GlobalImplicit
            } else if self.capture(name, enclosing) {
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            let scope = if scope == NameScope::GlobalImplicit
                && self.scopes[id].can_see_class_scope
                && self.capture("__classdict__", enclosing)
            {
                if !self.scopes[id].frees.iter().any(|f| f == "__classdict__") {
                    self.scopes[id].frees.push("__classdict__".to_string());
                }
                NameScope::GlobalOrClassDict
            } else {
                scope
            };
            if scope == NameScope::Free {
                self.scopes[id].frees.push(name.clone());
            }
            self.scopes[id].resolved.insert(name.clone(), scope);
        }
        let mut inner = enclosing.to_vec();
        if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
            inner.push(id);
        }
        if kind == ScopeKind::Class {
            // Methods see the class's implicit __class__ cell, nothing else of the class.
            inner.push(id);
        }
        for child in self.scopes[id].children.clone() {
            self.resolve(child, &inner)?;
        }
        Ok(())
    }

    /// Picks the comprehensions of each function that run inline in its code (PEP 709):
    /// those whose nested scopes are all such comprehensions and which do not yield (an
    /// error the compiler reports in the comprehension's own code). Their names bound get
    /// slots of the function's; the names they only use become uses of the function's,
    /// resolved there.
    fn plan_inline(&mut self) {
        for p in 0..self.scopes.len() {
            let parent = &self.scopes[p];
            if parent.kind != ScopeKind::Function
                || parent.annotation_block.is_some()
                || parent.can_see_class_scope
            {
                continue;
            }
            for c in parent.children.clone() {
                if self.can_run_inline(c) {
                    self.inline_into(p, c, &mut Vec::new());
                }
            }
        }
    }

    fn can_run_inline(&self, id: usize) -> bool {
        let s = &self.scopes[id];
        s.kind == ScopeKind::Comprehension
            && s.inlined
            && !s.has_yield
            && s.children.iter().all(|&k| self.can_run_inline(k))
    }

    /// Makes comprehension `id` and those nested in it run inline in function `func`;
    /// `bound` holds the names of the comprehensions around it.
    fn inline_into(&mut self, func: usize, id: usize, bound: &mut Vec<String>) {
        let binds: Vec<String> = self.scopes[id]
            .names
            .iter()
            .filter(|(n, f)| f.local() && n != ".0")
            .map(|(n, _)| n.clone())
            .collect();
        let used: Vec<String> = self.scopes[id]
            .names
            .iter()
            .filter(|(n, f)| !f.local() && !f.global && !bound.contains(n))
            .map(|(n, _)| n.clone())
            .collect();
        for name in used {
            self.scopes[func].flags(&name).used = true;
        }
        let offset = self.scopes[func].inline_locals.len();
        self.scopes[func]
            .inline_locals
            .extend(binds.iter().cloned());
        let scope = &mut self.scopes[id];
        scope.runs_inline = true;
        scope.inline_offset = offset;
        scope.inline_binds = binds.clone();
        let depth = bound.len();
        bound.extend(binds);
        for child in self.scopes[id].children.clone() {
            self.inline_into(func, child, bound);
        }
        bound.truncate(depth);
    }

    /// Whether the enclosing function scope that binds `name` binds it as a type parameter.
    fn binds_type_param(&self, name: &str, enclosing: &[usize]) -> bool {
        for &sid in enclosing.iter().rev() {
            let scope = &self.scopes[sid];
            if scope.kind == ScopeKind::Class {
                continue;
            }
            if let Some(&i) = scope.index.get(name) {
                let f = &scope.names[i].1;
                if f.bound || f.param || f.global {
                    return f.type_param;
                }
            }
        }
        false
    }

    /// Finds `name` in the enclosing function scopes and marks it captured along the way.
    fn capture(&mut self, name: &str, enclosing: &[usize]) -> bool {
        for (depth, &sid) in enclosing.iter().enumerate().rev() {
            let scope = &self.scopes[sid];
            if scope.kind == ScopeKind::Class {
                if name == "__class__" {
                    self.scopes[sid].needs_class_cell = true;
                    self.mark_free_between(name, &enclosing[depth + 1..]);
                    return true;
                }
                if name == "__classdict__" {
                    self.scopes[sid].needs_classdict = true;
                    self.mark_free_between(name, &enclosing[depth + 1..]);
                    return true;
                }
                continue;
            }
            if scope.is_local(name) {
                if !scope.cells.iter().any(|c| c == name) {
                    self.scopes[sid].cells.push(name.to_string());
                    self.scopes[sid]
                        .resolved
                        .insert(name.to_string(), NameScope::Cell);
                }
                self.mark_free_between(name, &enclosing[depth + 1..]);
                return true;
            }
            if scope
                .index
                .get(name)
                .is_some_and(|&i| scope.names[i].1.global)
            {
                return false;
            }
        }
        false
    }

    /// Intermediate scopes pass a captured variable through as a free variable. A class
    /// body carries it too (its methods' closures are built there) but keeps its own
    /// resolution of the name, so a class-level binding still goes to the namespace.
    fn mark_free_between(&mut self, name: &str, between: &[usize]) {
        for &sid in between {
            let scope = &mut self.scopes[sid];
            if scope.kind == ScopeKind::Class {
                if !scope.frees.iter().any(|f| f == name) {
                    scope.frees.push(name.to_string());
                    scope
                        .resolved
                        .entry(name.to_string())
                        .or_insert(NameScope::Free);
                }
                continue;
            }
            if !scope.frees.iter().any(|f| f == name) {
                scope.frees.push(name.to_string());
                scope.resolved.insert(name.to_string(), NameScope::Free);
            }
        }
    }
}

struct Builder {
    table: SymbolTable,
    current: usize,
    /// Iteration variables of the comprehensions being walked, innermost last.
    comp_targets: Vec<Vec<String>>,
    /// Inside a comprehension's iterable expressions, where `:=` is refused.
    in_comp_iter: u32,
    /// Inside a parameter default, which no annotation scope encloses.
    in_defaults: u32,
    /// The first binding or deletion of `__debug__`: CPython's compiler refuses it, after
    /// the symbol table's own errors.
    debug_binding: Option<SymtableError>,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    /// Notes a binding (or with `delete`, a deletion) of `name` at `at`: `__debug__` may
    /// not be either.
    fn note_binding(&mut self, name: &str, at: TextRange, delete: bool) {
        if name == "__debug__" && self.debug_binding.is_none() {
            let verb = if delete { "delete" } else { "assign to" };
            self.debug_binding = Some(SymtableError {
                msg: format!("cannot {verb} __debug__"),
                offset: at.start().into(),
                end: at.end().into(),
            });
        }
    }

    /// CPython's error for `what` (a yield, await or named expression) directly in an
    /// annotation scope.
    fn refuse_in_annotation_block(
        &mut self,
        what: &str,
        at: TextRange,
    ) -> Result<(), SymtableError> {
        let in_defaults = self.in_defaults > 0;
        match self.scope().annotation_block {
            Some(block) if !in_defaults => Err(SymtableError {
                msg: format!("{what} cannot be used within {block}"),
                offset: at.start().into(),
                end: at.end().into(),
            }),
            _ => Ok(()),
        }
    }

    fn bind(&mut self, name: &str) {
        let f = self.scope().flags(name);
        f.bound = true;
        f.imported = false;
    }

    /// Binds a name by `import` (a name bound otherwise first stays so).
    fn bind_import(&mut self, name: &str) {
        let f = self.scope().flags(name);
        if !f.bound {
            f.imported = true;
        }
        f.bound = true;
    }

    fn use_name(&mut self, name: &str) {
        self.scope().flags(name).used = true;
        // A generator expression's own first argument is its iterator, as in CPython.
        if name == "super"
            && matches!(
                self.scope().kind,
                ScopeKind::Function | ScopeKind::Comprehension
            )
        {
            self.scope().flags("__class__").used = true;
        }
        if name == "super" && self.scope().inlined {
            // The method's `__class__` and first argument reach the comprehension as frees.
            let mut sid = self.current;
            while self.table.scopes[sid].inlined {
                let Some(parent) = self.table.scopes[sid].parent else {
                    return;
                };
                sid = parent;
            }
            let outer = &self.table.scopes[sid];
            if outer.kind == ScopeKind::Function {
                if let Some(first) = outer.params.first().cloned() {
                    self.scope().flags("__class__").used = true;
                    self.scope().flags(&first).used = true;
                }
            }
        }
    }

    fn push_scope(&mut self, kind: ScopeKind, range: TextRange) -> usize {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, Some(self.current)));
        self.table.scopes[self.current].children.push(id);
        self.table
            .by_range
            .insert((range.start().into(), range.end().into()), id);
        let saved = self.current;
        self.current = id;
        saved
    }

    /// A function scope of PEP 695 (type parameters, a type alias value, a bound): inside a
    /// class body, directly or through another such scope, it sees the class's names.
    fn push_annotation_scope(&mut self, range: TextRange) -> usize {
        let parent = &self.table.scopes[self.current];
        let sees = parent.kind == ScopeKind::Class || parent.can_see_class_scope;
        let saved = self.push_scope(ScopeKind::Function, range);
        self.table.scopes[self.current].can_see_class_scope = sees;
        saved
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), SymtableError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// `global`/`nonlocal` names; `at` is the statement, which errors point at.
    fn declare(
        &mut self,
        names: &[ast::Identifier],
        global: bool,
        at: TextRange,
    ) -> Result<(), SymtableError> {
        for ident in names {
            let name = ident.id.as_str();
            let kind = self.scope().kind;
            let f = self.scope().flags(name).clone();
            let what = if global { "global" } else { "nonlocal" };
            if !global && kind == ScopeKind::Module {
                return Err(SymtableError {
                    msg: "nonlocal declaration not allowed at module level".into(),
                    offset: at.start().into(),
                    end: at.end().into(),
                });
            }
            if f.param {
                return Err(SymtableError {
                    msg: format!("name '{name}' is parameter and {what}"),
                    offset: at.start().into(),
                    end: at.end().into(),
                });
            }
            // CPython's order of precedence: use, annotation, assignment.
            if f.annotated && !f.used {
                return Err(SymtableError {
                    msg: format!("annotated name '{name}' can't be {what}"),
                    offset: at.start().into(),
                    end: at.end().into(),
                });
            }
            if f.used || (f.bound && !f.imported) {
                let verb = if f.used {
                    "used prior to"
                } else {
                    "assigned to before"
                };
                return Err(SymtableError {
                    msg: format!("name '{name}' is {verb} {what} declaration"),
                    offset: at.start().into(),
                    end: at.end().into(),
                });
            }
            let flags = self.scope().flags(name);
            if global {
                flags.global = true;
            } else {
                flags.nonlocal = true;
            }
            self.scope()
                .directive_at
                .entry(name.to_string())
                .or_insert((at.start().into(), at.end().into()));
        }
        Ok(())
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Result<(), SymtableError> {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.note_binding(f.name.id.as_str(), f.range, false);
                self.bind(f.name.id.as_str());
                let outer = self.type_param_scope(f.type_params.as_deref(), f.name.range)?;
                self.param_defaults(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                let saved = self.push_scope(ScopeKind::Function, f.range);
                self.params(&f.parameters)?;
                self.stmts(&f.body)?;
                self.current = outer.unwrap_or(saved);
            }
            S::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.note_binding(c.name.id.as_str(), c.range, false);
                self.bind(c.name.id.as_str());
                let outer = self.type_param_scope(c.type_params.as_deref(), c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        if let Some(arg) = &k.arg {
                            self.note_binding(arg.id.as_str(), k.range, false);
                        }
                        self.expr(&k.value)?;
                    }
                }
                let saved = self.push_scope(ScopeKind::Class, c.range);
                self.stmts(&c.body)?;
                self.current = outer.unwrap_or(saved);
            }
            S::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            S::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            S::AugAssign(a) => {
                self.expr(&a.value)?;
                match a.target.as_ref() {
                    ast::Expr::Name(n) => self.use_name(n.id.as_str()),
                    // `x.__debug__ += 1` is allowed: only the object is visited.
                    ast::Expr::Attribute(t) => {
                        self.expr(&t.value)?;
                        return Ok(());
                    }
                    _ => {}
                }
                self.target(&a.target)?;
            }
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if self.scope().kind != ScopeKind::Function {
                    self.expr(&a.annotation)?;
                }
                if let (ast::Expr::Name(n), true) = (a.target.as_ref(), a.simple) {
                    self.note_binding(n.id.as_str(), a.range, false);
                    let name = n.id.as_str();
                    let f = self.scope().flags(name).clone();
                    if (f.global || f.nonlocal) && self.scope().kind != ScopeKind::Module {
                        let what = if f.global { "global" } else { "nonlocal" };
                        return Err(SymtableError {
                            msg: format!("annotated name '{name}' can't be {what}"),
                            offset: a.range.start().into(),
                            end: a.range.end().into(),
                        });
                    }
                    self.scope().flags(name).annotated = true;
                }
                if a.value.is_some() || !matches!(a.target.as_ref(), ast::Expr::Name(_)) {
                    self.target(&a.target)?;
                } else if let ast::Expr::Name(n) = a.target.as_ref() {
                    self.bind(n.id.as_str());
                }
            }
            S::TypeAlias(t) => {
                if let ast::Expr::Name(n) = t.name.as_ref() {
                    self.note_binding(n.id.as_str(), t.range, false);
                }
                self.target(&t.name)?;
                let outer = self.type_param_scope(t.type_params.as_deref(), t.name.range())?;
                // The value is evaluated lazily, in a function of its own.
                let saved = self.push_annotation_scope(t.range);
                self.scope().annotation_block = Some("a type alias");
                self.expr(&t.value)?;
                self.current = outer.unwrap_or(saved);
            }
            S::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            S::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            S::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            S::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            S::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            S::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            S::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.note_binding(n.id.as_str(), h.range, false);
                        self.bind(n.id.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            S::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            S::Import(i) => {
                for alias in &i.names {
                    let name = match &alias.asname {
                        Some(a) => a.id.as_str().to_string(),
                        None => alias
                            .name
                            .id
                            .as_str()
                            .split('.')
                            .next()
                            .unwrap_or("")
                            .to_string(),
                    };
                    self.note_binding(&name, i.range, false);
                    self.bind_import(&name);
                }
            }
            S::ImportFrom(i) => {
                for alias in &i.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    if name.id.as_str() != "*" {
                        self.note_binding(name.id.as_str(), i.range, false);
                        self.bind_import(name.id.as_str());
                    }
                }
            }
            S::Global(g) => self.declare(&g.names, true, g.range)?,
            S::Nonlocal(n) => self.declare(&n.names, false, n.range)?,
            S::Expr(e) => self.expr(&e.value)?,
            S::Pass(_) | S::Break(_) | S::Continue(_) | S::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    /// PEP 695 type parameters live in a function scope of their own around the definition
    /// (keyed by the name's range); returns the scope to go back to, if one was pushed.
    fn type_param_scope(
        &mut self,
        params: Option<&ast::TypeParams>,
        key: TextRange,
    ) -> Result<Option<usize>, SymtableError> {
        let Some(params) = params else {
            return Ok(None);
        };
        let saved = self.push_annotation_scope(key);
        self.scope().annotation_block = Some("the definition of a generic");
        let mut seen: Vec<&str> = Vec::new();
        for p in params.iter() {
            let name = match p {
                ast::TypeParam::TypeVar(t) => &t.name,
                ast::TypeParam::ParamSpec(t) => &t.name,
                ast::TypeParam::TypeVarTuple(t) => &t.name,
            };
            if seen.contains(&name.id.as_str()) {
                return Err(SymtableError {
                    msg: format!("duplicate type parameter '{}'", name.id.as_str()),
                    offset: name.range.start().into(),
                    end: name.range.end().into(),
                });
            }
            seen.push(name.id.as_str());
            self.note_binding(name.id.as_str(), name.range, false);
            match p {
                ast::TypeParam::TypeVar(t) => {
                    if let Some(b) = &t.bound {
                        // Evaluated lazily, in a function of its own.
                        let inner = self.push_annotation_scope(b.range());
                        self.scope().annotation_block = Some("a TypeVar bound");
                        self.expr(b)?;
                        self.current = inner;
                    }
                }
                ast::TypeParam::ParamSpec(_) | ast::TypeParam::TypeVarTuple(_) => {}
            }
            let flags = self.scope().flags(name.id.as_str());
            flags.bound = true;
            flags.type_param = true;
        }
        Ok(Some(saved))
    }

    fn param_defaults(&mut self, p: &ast::Parameters) -> Result<(), SymtableError> {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                // Defaults are evaluated before a generic's scope exists.
                self.in_defaults += 1;
                let done = self.expr(d);
                self.in_defaults -= 1;
                done?;
            }
            if let Some(ann) = &a.parameter.annotation {
                self.expr(ann)?;
            }
        }
        for v in p.vararg.iter().chain(&p.kwarg) {
            if let Some(ann) = &v.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) -> Result<(), SymtableError> {
        // CPython's order: positional, keyword-only, then *args, then **kwargs.
        let mut ordered: Vec<&ast::Identifier> = Vec::new();
        for a in p.posonlyargs.iter().chain(&p.args) {
            ordered.push(&a.parameter.name);
        }
        self.scope().positional = ordered.len();
        for a in &p.kwonlyargs {
            ordered.push(&a.parameter.name);
        }
        if let Some(v) = &p.vararg {
            ordered.push(&v.name);
        }
        if let Some(k) = &p.kwarg {
            ordered.push(&k.name);
        }
        for ident in ordered {
            let n = ident.id.as_str();
            self.note_binding(n, ident.range, false);
            if self.scope().params.iter().any(|p| p == n) {
                return Err(SymtableError {
                    msg: format!("duplicate argument '{n}' in function definition"),
                    offset: ident.range.start().into(),
                    end: ident.range.end().into(),
                });
            }
            self.scope().flags(n).param = true;
            self.scope().params.push(n.to_string());
        }
        Ok(())
    }

    fn target(&mut self, t: &ast::Expr) -> Result<(), SymtableError> {
        use ast::Expr as E;
        match t {
            E::Name(n) => {
                let delete = n.ctx == ast::ExprContext::Del;
                self.note_binding(n.id.as_str(), n.range, delete);
                self.bind(n.id.as_str());
            }
            E::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
            }
            E::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
            }
            E::Starred(s) => self.target(&s.value)?,
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
        inlined: bool,
    ) -> Result<(), SymtableError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.comp_iter(&first.iter)?;
        let saved = self.push_scope(ScopeKind::Comprehension, range);
        self.scope().inlined = inlined;
        let mut targets = Vec::new();
        for g in generators {
            collect_names(&g.target, &mut targets);
        }
        self.comp_targets.push(targets);
        self.scope().flags(".0").param = true;
        self.scope().params.push(".0".to_string());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.comp_iter(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.comp_targets.pop();
        self.current = saved;
        Ok(())
    }

    fn comp_iter(&mut self, e: &ast::Expr) -> Result<(), SymtableError> {
        self.in_comp_iter += 1;
        let r = self.expr(e);
        self.in_comp_iter -= 1;
        r
    }

    /// A `case` pattern: its captures bind names; values and classes are expressions.
    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), SymtableError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for p in &m.patterns {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.note_binding(r.id.as_str(), m.range, false);
                    self.bind(r.id.as_str());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in &c.arguments.patterns {
                    self.pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.pattern(&k.pattern)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.note_binding(n.id.as_str(), s.range, false);
                    self.bind(n.id.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.note_binding(n.id.as_str(), a.range, false);
                    self.bind(n.id.as_str());
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &ast::Expr) -> Result<(), SymtableError> {
        use ast::Expr as E;
        match e {
            E::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.use_name(n.id.as_str()),
                ctx => {
                    let delete = ctx == ast::ExprContext::Del;
                    self.note_binding(n.id.as_str(), n.range, delete);
                    self.bind(n.id.as_str());
                }
            },
            E::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            E::Named(n) => {
                self.refuse_in_annotation_block("named expression", n.range)?;
                if self.in_comp_iter > 0 {
                    return Err(SymtableError {
                        msg: "assignment expression cannot be used in a comprehension iterable expression".into(),
                        offset: n.range.start().into(),
                        end: n.range.end().into(),
                    });
                }
                self.expr(&n.value)?;
                if let E::Name(name) = n.target.as_ref() {
                    // In a comprehension the target binds in the enclosing function scope.
                    let mut chain = 0;
                    let mut sid = self.current;
                    while self.table.scopes[sid].kind == ScopeKind::Comprehension {
                        chain += 1;
                        self.table.scopes[sid].flags(name.id.as_str()).nonlocal = true;
                        sid = self.table.scopes[sid].parent.unwrap_or(0);
                    }
                    // None may rebind an iteration variable of those comprehensions.
                    let enclosing =
                        &self.comp_targets[self.comp_targets.len().saturating_sub(chain)..];
                    let rebinds = enclosing
                        .iter()
                        .any(|t| t.iter().any(|v| v == name.id.as_str()));
                    if rebinds {
                        return Err(SymtableError {
                            msg: format!(
                                "assignment expression cannot rebind comprehension iteration variable '{}'",
                                name.id.as_str()
                            ),
                            offset: name.range.start().into(),
                            end: name.range.end().into(),
                        });
                    }
                    if sid != self.current && self.table.scopes[sid].kind == ScopeKind::Class {
                        return Err(SymtableError {
                            msg: "assignment expression within a comprehension cannot be used in a class body".into(),
                            offset: name.range.start().into(),
                            end: name.range.end().into(),
                        });
                    }
                    // At module level, or for a name its function declares global, the
                    // target is a global in the comprehensions too.
                    let target = name.id.as_str();
                    let scope = &self.table.scopes[sid];
                    let global = scope.kind == ScopeKind::Module
                        || (scope.kind == ScopeKind::Function
                            && scope
                                .index
                                .get(target)
                                .is_some_and(|&i| scope.names[i].1.global));
                    if global {
                        let mut c = self.current;
                        while c != sid {
                            let f = self.table.scopes[c].flags(target);
                            f.nonlocal = false;
                            f.global = true;
                            c = self.table.scopes[c].parent.unwrap_or(0);
                        }
                    }
                    self.table.scopes[sid].flags(target).bound = true;
                } else {
                    self.target(&n.target)?;
                }
            }
            E::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            E::UnaryOp(u) => self.expr(&u.operand)?,
            E::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p)?;
                }
                let saved = self.push_scope(ScopeKind::Function, l.range);
                if let Some(p) = &l.parameters {
                    self.params(p)?;
                }
                self.expr(&l.body)?;
                self.current = saved;
            }
            E::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            E::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            E::Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            E::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], true)?,
            E::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], true)?,
            E::Generator(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false)?,
            E::DictComp(c) => {
                self.comprehension(c.range, &c.generators, &[&c.key, &c.value], true)?
            }
            E::Await(a) => {
                self.refuse_in_annotation_block("await expression", a.range)?;
                self.expr(&a.value)?
            }
            E::Yield(y) => {
                self.refuse_in_annotation_block("yield expression", y.range)?;
                self.scope().has_yield = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            E::YieldFrom(y) => {
                self.refuse_in_annotation_block("yield expression", y.range)?;
                self.scope().has_yield = true;
                self.expr(&y.value)?;
            }
            E::Compare(c) => {
                self.expr(&c.left)?;
                for v in c.comparators.iter() {
                    self.expr(v)?;
                }
            }
            E::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    if let Some(arg) = &k.arg {
                        self.note_binding(arg.id.as_str(), k.range, false);
                    }
                    self.expr(&k.value)?;
                }
            }
            E::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            E::Attribute(a) => {
                // Only storing is refused (`del x.__debug__` is allowed).
                if a.ctx == ast::ExprContext::Store {
                    self.note_binding(a.attr.id.as_str(), a.range, false);
                }
                self.expr(&a.value)?
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            E::Starred(s) => self.expr(&s.value)?,
            E::List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            E::Tuple(t) => {
                for v in &t.elts {
                    self.expr(v)?;
                }
            }
            E::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
            E::TString(_)
            | E::StringLiteral(_)
            | E::BytesLiteral(_)
            | E::NumberLiteral(_)
            | E::BooleanLiteral(_)
            | E::NoneLiteral(_)
            | E::EllipsisLiteral(_)
            | E::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn fstring_elements(
        &mut self,
        elements: &ast::InterpolatedStringElements,
    ) -> Result<(), SymtableError> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }
}

/// The names bound by an assignment target.
fn collect_names(target: &ast::Expr, out: &mut Vec<String>) {
    match target {
        ast::Expr::Name(n) => out.push(n.id.as_str().to_string()),
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_names(e, out)),
        ast::Expr::List(l) => l.elts.iter().for_each(|e| collect_names(e, out)),
        ast::Expr::Starred(s) => collect_names(&s.value, out),
        _ => {}
    }
}
