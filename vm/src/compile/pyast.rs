//! The parse tree as CPython's `ast` module shapes it, for `compile(..., PyCF_ONLY_AST)`.
//!
//! Each node becomes a tuple `(class name, fields, location)`: the fields in the order of
//! CPython 3.12's `_fields`, and the location `(lineno, col_offset, end_lineno,
//! end_col_offset)` (columns in UTF-8 bytes) or None for classes without positions. The
//! `ast` module (`stdlib/src/py/ast.py`) turns the tuples into node objects.

use rustpython_ruff_python_ast as ast;
use rustpython_ruff_python_parser as parser;
use rustpython_ruff_text_size::{Ranged, TextRange, TextSize};

use super::{compile_flagged, parse_error, surrogates, CompileResult, LineIndex, Mode};
use crate::object::Value;

/// Parses `source` in `mode` and returns its tree as nested tuples. The source must compile
/// as far as CPython's parser checks it; errors CPython finds only later (a `return`
/// outside a function, an undefined name in `nonlocal`) are not raised, as in CPython.
pub fn ast_tree(source: &str, mode: Mode) -> CompileResult<Value> {
    if let Err(e) = compile_flagged(source, "<unknown>", mode, 0, false) {
        if !e.late {
            return Err(e);
        }
    }
    // Of the warnings, only the parser's (bad escapes) come with a parse: the compiler's
    // (`is` with a literal, an assert on a tuple) do not.
    let parser_warnings = super::take_warnings()
        .into_iter()
        .filter(|(_, msg)| msg.starts_with("invalid "))
        .collect();
    super::WARNINGS.with(|w| *w.borrow_mut() = parser_warnings);
    let lines = LineIndex::new(source);
    let tree = Tree {
        source,
        lines: &lines,
    };
    if mode == Mode::Eval {
        let parsed =
            parser::parse_expression(source).map_err(|e| parse_error(&e, source, &lines))?;
        let mut expr = parsed.into_syntax();
        if surrogates::may_have(source) {
            let mut module = ast::ModModule {
                range: expr.range,
                node_index: Default::default(),
                body: vec![ast::Stmt::Expr(ast::StmtExpr {
                    range: expr.range,
                    node_index: Default::default(),
                    value: expr.body,
                })],
            };
            surrogates::restore(&mut module, source);
            let Some(ast::Stmt::Expr(e)) = module.body.pop() else {
                unreachable!("built above");
            };
            expr.body = e.value;
        }
        return Ok(node("Expression", vec![tree.expr(&expr.body)], None));
    }
    let mut module = parser::parse_module(source)
        .map_err(|e| parse_error(&e, source, &lines))?
        .into_syntax();
    if surrogates::may_have(source) {
        surrogates::restore(&mut module, source);
    }
    let body = tree.stmts(&module.body);
    Ok(if mode == Mode::Single {
        node("Interactive", vec![body], None)
    } else {
        node("Module", vec![body, Value::list(Vec::new())], None)
    })
}

/// `compile(..., 'func_type', PyCF_ONLY_AST)`: a signature type comment such as
/// `(int, *str) -> bool` as CPython's `FunctionType` (argument stars dropped).
pub fn func_type_tree(source: &str) -> CompileResult<Value> {
    let lines = LineIndex::new(source);
    let tree = Tree {
        source,
        lines: &lines,
    };
    let invalid = |at: usize| super::CompileError {
        indentation: false,
        too_complex: false,
        msg: "invalid syntax".to_string(),
        line: lines.line(at as u32),
        column: lines.column(at as u32) + 1,
        end_line: 0,
        end_column: 0,
        text: format!("{}\n", super::source_line(source, lines.line(at as u32))),
        late: false,
    };
    let arrow = top_level_arrow(source).ok_or_else(|| invalid(source.len()))?;
    let start = source.len() - source.trim_start().len();
    if !source[start..arrow].trim_end().ends_with(')') || !source[start..].starts_with('(') {
        return Err(invalid(start));
    }
    // Each part parsed in place: the rest of the text blanked, so offsets stay the source's.
    let blank = |from: usize, to: usize| {
        let mut text: Vec<u8> = source.as_bytes().to_vec();
        for (i, b) in text.iter_mut().enumerate() {
            if (i < from || i >= to) && *b != b'\n' {
                *b = b' ';
            }
        }
        String::from_utf8(text).unwrap_or_default()
    };
    let mut args = blank(start, arrow).into_bytes();
    let mut after_open = false;
    for b in args.iter_mut() {
        match *b {
            b'(' | b',' => after_open = true,
            b'*' if after_open => *b = b' ',
            b' ' | b'\t' | b'\n' => {}
            _ => after_open = false,
        }
    }
    let args = String::from_utf8(args).unwrap_or_default();
    // A part not at the start is wrapped in parentheses put in the blanked text before it.
    let parse = |text: String| {
        let text = match text.strip_prefix(' ') {
            Some(rest) => format!("({rest})"),
            None => text,
        };
        parser::parse_expression(&text)
            .map(|p| p.into_syntax().body)
            .map_err(|e| parse_error(&e, source, &lines))
    };
    let argtypes = parse(args)?;
    let returns = parse(blank(arrow + 2, source.len()))?;
    let argtypes = match &*argtypes {
        ast::Expr::Tuple(t) if t.parenthesized => tree.exprs(&t.elts),
        other => Value::list(vec![tree.expr(other)]),
    };
    Ok(node(
        "FunctionType",
        vec![argtypes, tree.expr(&returns)],
        None,
    ))
}

/// Where the `->` of a signature type comment is, outside brackets and strings.
fn top_level_arrow(source: &str) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut depth = 0i32;
    let mut quote = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(_) if b == b'\\' => i += 1,
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'\'' | b'"' => quote = Some(b),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b'-' if depth == 0 && bytes.get(i + 1) == Some(&b'>') => return Some(i),
                _ => {}
            },
        }
        i += 1;
    }
    None
}

fn node(name: &str, fields: Vec<Value>, loc: Option<Value>) -> Value {
    Value::tuple(vec![
        Value::str(name),
        Value::tuple(fields),
        loc.unwrap_or(Value::None),
    ])
}

/// A field-less node (operators, contexts).
fn bare(name: &str) -> Value {
    node(name, Vec::new(), None)
}

fn opt<T>(v: Option<T>, f: impl FnOnce(T) -> Value) -> Value {
    v.map_or(Value::None, f)
}

fn ident(id: &ast::Identifier) -> Value {
    Value::str(id.as_str())
}

fn ctx(c: ast::ExprContext) -> Value {
    bare(match c {
        ast::ExprContext::Store => "Store",
        ast::ExprContext::Del => "Del",
        _ => "Load",
    })
}

fn operator(op: ast::Operator) -> Value {
    use ast::Operator as O;
    bare(match op {
        O::Add => "Add",
        O::Sub => "Sub",
        O::Mult => "Mult",
        O::MatMult => "MatMult",
        O::Div => "Div",
        O::Mod => "Mod",
        O::Pow => "Pow",
        O::LShift => "LShift",
        O::RShift => "RShift",
        O::BitOr => "BitOr",
        O::BitXor => "BitXor",
        O::BitAnd => "BitAnd",
        O::FloorDiv => "FloorDiv",
    })
}

fn cmpop(op: ast::CmpOp) -> Value {
    use ast::CmpOp as C;
    bare(match op {
        C::Eq => "Eq",
        C::NotEq => "NotEq",
        C::Lt => "Lt",
        C::LtE => "LtE",
        C::Gt => "Gt",
        C::GtE => "GtE",
        C::Is => "Is",
        C::IsNot => "IsNot",
        C::In => "In",
        C::NotIn => "NotIn",
    })
}

struct Tree<'s> {
    source: &'s str,
    lines: &'s LineIndex,
}

impl Tree<'_> {
    /// `(lineno, col_offset, end_lineno, end_col_offset)` of a range.
    fn loc(&self, range: TextRange) -> Option<Value> {
        let (line, col) = self.position(range.start());
        let (end_line, end_col) = self.position(range.end());
        Some(Value::tuple(vec![
            Value::Int(line),
            Value::Int(col),
            Value::Int(end_line),
            Value::Int(end_col),
        ]))
    }

    fn position(&self, at: TextSize) -> (i64, i64) {
        let offset: u32 = at.into();
        let line = self.lines.line(offset);
        let start = self.lines.starts[line as usize - 1];
        (line.into(), i64::from(offset - start))
    }

    /// The first token at or after `offset`, past blanks, comments and line breaks.
    fn skip_trivia(&self, offset: TextSize) -> TextSize {
        let bytes = self.source.as_bytes();
        let mut i = usize::from(offset);
        while i < bytes.len() {
            match bytes[i] {
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\' => i += 1,
                b'#' => {
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        TextSize::new(i as u32)
    }

    /// A decorated definition starts, for CPython, at its `def`/`class` keyword.
    fn def_range(&self, range: TextRange, decorators: &[ast::Decorator]) -> TextRange {
        match decorators.last() {
            Some(d) => TextRange::new(self.skip_trivia(d.range.end()), range.end()),
            None => range,
        }
    }

    fn stmts(&self, body: &[ast::Stmt]) -> Value {
        Value::list(body.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs<'a>(&self, items: impl IntoIterator<Item = &'a ast::Expr>) -> Value {
        Value::list(items.into_iter().map(|e| self.expr(e)).collect())
    }

    fn opt_expr(&self, e: Option<&ast::Expr>) -> Value {
        opt(e, |e| self.expr(e))
    }

    fn decorators(&self, list: &[ast::Decorator]) -> Value {
        Value::list(list.iter().map(|d| self.expr(&d.expression)).collect())
    }

    fn type_params(&self, params: Option<&ast::TypeParams>) -> Value {
        let Some(params) = params else {
            return Value::list(Vec::new());
        };
        Value::list(
            params
                .iter()
                .map(|p| match p {
                    ast::TypeParam::TypeVar(t) => node(
                        "TypeVar",
                        vec![ident(&t.name), self.opt_expr(t.bound.as_deref())],
                        self.loc(t.range),
                    ),
                    ast::TypeParam::ParamSpec(t) => {
                        node("ParamSpec", vec![ident(&t.name)], self.loc(t.range))
                    }
                    ast::TypeParam::TypeVarTuple(t) => {
                        node("TypeVarTuple", vec![ident(&t.name)], self.loc(t.range))
                    }
                })
                .collect(),
        )
    }

    fn arg(&self, p: &ast::Parameter) -> Value {
        node(
            "arg",
            vec![
                ident(&p.name),
                self.opt_expr(p.annotation.as_deref()),
                Value::None,
            ],
            self.loc(p.range),
        )
    }

    /// `*args` or `**kwargs`: CPython places the parameter after its stars.
    fn star_arg(&self, p: &ast::Parameter) -> Value {
        node(
            "arg",
            vec![
                ident(&p.name),
                self.opt_expr(p.annotation.as_deref()),
                Value::None,
            ],
            self.loc(TextRange::new(p.name.range.start(), p.range.end())),
        )
    }

    fn arguments(&self, params: Option<&ast::Parameters>) -> Value {
        let empty = ast::Parameters {
            range: TextRange::default(),
            node_index: Default::default(),
            posonlyargs: Vec::new(),
            args: Vec::new(),
            vararg: None,
            kwonlyargs: Vec::new(),
            kwarg: None,
        };
        let p = params.unwrap_or(&empty);
        let plain = |list: &[ast::ParameterWithDefault]| {
            Value::list(list.iter().map(|a| self.arg(&a.parameter)).collect())
        };
        let defaults = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .map(|d| self.expr(d))
            .collect();
        let kw_defaults = p
            .kwonlyargs
            .iter()
            .map(|a| self.opt_expr(a.default.as_deref()))
            .collect();
        node(
            "arguments",
            vec![
                plain(&p.posonlyargs),
                plain(&p.args),
                opt(p.vararg.as_deref(), |a| self.star_arg(a)),
                plain(&p.kwonlyargs),
                Value::list(kw_defaults),
                opt(p.kwarg.as_deref(), |a| self.star_arg(a)),
                Value::list(defaults),
            ],
            None,
        )
    }

    fn keywords(&self, list: &[ast::Keyword]) -> Value {
        Value::list(
            list.iter()
                .map(|k| {
                    node(
                        "keyword",
                        vec![opt(k.arg.as_ref(), ident), self.expr(&k.value)],
                        self.loc(k.range),
                    )
                })
                .collect(),
        )
    }

    fn aliases(&self, list: &[ast::Alias]) -> Value {
        Value::list(
            list.iter()
                .map(|a| {
                    node(
                        "alias",
                        vec![ident(&a.name), opt(a.asname.as_ref(), ident)],
                        self.loc(a.range),
                    )
                })
                .collect(),
        )
    }

    fn stmt(&self, s: &ast::Stmt) -> Value {
        use ast::Stmt as S;
        let loc = self.loc(s.range());
        match s {
            S::FunctionDef(f) => {
                let range = self.def_range(f.range, &f.decorator_list);
                node(
                    if f.is_async {
                        "AsyncFunctionDef"
                    } else {
                        "FunctionDef"
                    },
                    vec![
                        ident(&f.name),
                        self.arguments(Some(&f.parameters)),
                        self.stmts(&f.body),
                        self.decorators(&f.decorator_list),
                        self.opt_expr(f.returns.as_deref()),
                        Value::None,
                        self.type_params(f.type_params.as_deref()),
                    ],
                    self.loc(range),
                )
            }
            S::ClassDef(c) => {
                let range = self.def_range(c.range, &c.decorator_list);
                let (bases, keywords) = match c.arguments.as_deref() {
                    Some(a) => (self.exprs(a.args.iter()), self.keywords(&a.keywords)),
                    None => (Value::list(Vec::new()), Value::list(Vec::new())),
                };
                node(
                    "ClassDef",
                    vec![
                        ident(&c.name),
                        bases,
                        keywords,
                        self.stmts(&c.body),
                        self.decorators(&c.decorator_list),
                        self.type_params(c.type_params.as_deref()),
                    ],
                    self.loc(range),
                )
            }
            S::Return(r) => node("Return", vec![self.opt_expr(r.value.as_deref())], loc),
            S::Delete(d) => node("Delete", vec![self.exprs(&d.targets)], loc),
            S::TypeAlias(t) => node(
                "TypeAlias",
                vec![
                    self.expr(&t.name),
                    self.type_params(t.type_params.as_deref()),
                    self.expr(&t.value),
                ],
                loc,
            ),
            S::Assign(a) => node(
                "Assign",
                vec![self.exprs(&a.targets), self.expr(&a.value), Value::None],
                loc,
            ),
            S::AugAssign(a) => node(
                "AugAssign",
                vec![self.expr(&a.target), operator(a.op), self.expr(&a.value)],
                loc,
            ),
            S::AnnAssign(a) => node(
                "AnnAssign",
                vec![
                    self.expr(&a.target),
                    self.expr(&a.annotation),
                    self.opt_expr(a.value.as_deref()),
                    Value::Int(a.simple.into()),
                ],
                loc,
            ),
            S::For(f) => node(
                if f.is_async { "AsyncFor" } else { "For" },
                vec![
                    self.expr(&f.target),
                    self.expr(&f.iter),
                    self.stmts(&f.body),
                    self.stmts(&f.orelse),
                    Value::None,
                ],
                loc,
            ),
            S::While(w) => node(
                "While",
                vec![
                    self.expr(&w.test),
                    self.stmts(&w.body),
                    self.stmts(&w.orelse),
                ],
                loc,
            ),
            S::If(i) => node(
                "If",
                vec![
                    self.expr(&i.test),
                    self.stmts(&i.body),
                    self.orelse(&i.elif_else_clauses, i.range.end()),
                ],
                loc,
            ),
            S::With(w) => {
                let items = w
                    .items
                    .iter()
                    .map(|item| {
                        node(
                            "withitem",
                            vec![
                                self.expr(&item.context_expr),
                                self.opt_expr(item.optional_vars.as_deref()),
                            ],
                            None,
                        )
                    })
                    .collect();
                node(
                    if w.is_async { "AsyncWith" } else { "With" },
                    vec![Value::list(items), self.stmts(&w.body), Value::None],
                    loc,
                )
            }
            S::Match(m) => {
                let cases = m
                    .cases
                    .iter()
                    .map(|c| {
                        node(
                            "match_case",
                            vec![
                                self.pattern(&c.pattern),
                                self.opt_expr(c.guard.as_deref()),
                                self.stmts(&c.body),
                            ],
                            None,
                        )
                    })
                    .collect();
                node(
                    "Match",
                    vec![self.expr(&m.subject), Value::list(cases)],
                    loc,
                )
            }
            S::Raise(r) => node(
                "Raise",
                vec![
                    self.opt_expr(r.exc.as_deref()),
                    self.opt_expr(r.cause.as_deref()),
                ],
                loc,
            ),
            S::Try(t) => {
                let handlers = t
                    .handlers
                    .iter()
                    .map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        node(
                            "ExceptHandler",
                            vec![
                                self.opt_expr(h.type_.as_deref()),
                                opt(h.name.as_ref(), ident),
                                self.stmts(&h.body),
                            ],
                            self.loc(h.range),
                        )
                    })
                    .collect();
                node(
                    if t.is_star { "TryStar" } else { "Try" },
                    vec![
                        self.stmts(&t.body),
                        Value::list(handlers),
                        self.stmts(&t.orelse),
                        self.stmts(&t.finalbody),
                    ],
                    loc,
                )
            }
            S::Assert(a) => node(
                "Assert",
                vec![self.expr(&a.test), self.opt_expr(a.msg.as_deref())],
                loc,
            ),
            S::Import(i) => node("Import", vec![self.aliases(&i.names)], loc),
            S::ImportFrom(i) => node(
                "ImportFrom",
                vec![
                    opt(i.module.as_ref(), ident),
                    self.aliases(&i.names),
                    Value::Int(i.level.into()),
                ],
                loc,
            ),
            S::Global(g) => node(
                "Global",
                vec![Value::list(g.names.iter().map(ident).collect())],
                loc,
            ),
            S::Nonlocal(g) => node(
                "Nonlocal",
                vec![Value::list(g.names.iter().map(ident).collect())],
                loc,
            ),
            S::Expr(e) => node("Expr", vec![self.expr(&e.value)], loc),
            S::Pass(_) => node("Pass", Vec::new(), loc),
            S::Break(_) => node("Break", Vec::new(), loc),
            S::Continue(_) => node("Continue", Vec::new(), loc),
            S::IpyEscapeCommand(_) => node("Pass", Vec::new(), loc),
        }
    }

    /// The `orelse` of an `if`: an `elif` is a nested `If` running to the end of the chain.
    fn orelse(&self, clauses: &[ast::ElifElseClause], end: TextSize) -> Value {
        match clauses.split_first() {
            None => Value::list(Vec::new()),
            Some((first, rest)) => match &first.test {
                None => self.stmts(&first.body),
                Some(test) => Value::list(vec![node(
                    "If",
                    vec![
                        self.expr(test),
                        self.stmts(&first.body),
                        self.orelse(rest, end),
                    ],
                    self.loc(TextRange::new(first.range.start(), end)),
                )]),
            },
        }
    }

    fn comprehensions(&self, list: &[ast::Comprehension]) -> Value {
        Value::list(
            list.iter()
                .map(|c| {
                    node(
                        "comprehension",
                        vec![
                            self.expr(&c.target),
                            self.expr(&c.iter),
                            self.exprs(&c.ifs),
                            Value::Int(c.is_async.into()),
                        ],
                        None,
                    )
                })
                .collect(),
        )
    }

    fn constant(&self, value: Value, kind: Value, range: TextRange) -> Value {
        node("Constant", vec![value, kind], self.loc(range))
    }

    fn expr(&self, e: &ast::Expr) -> Value {
        use ast::Expr as E;
        let loc = self.loc(e.range());
        match e {
            E::BoolOp(b) => node(
                "BoolOp",
                vec![
                    bare(match b.op {
                        ast::BoolOp::And => "And",
                        ast::BoolOp::Or => "Or",
                    }),
                    self.exprs(&b.values),
                ],
                loc,
            ),
            E::Named(n) => node(
                "NamedExpr",
                vec![self.expr(&n.target), self.expr(&n.value)],
                loc,
            ),
            E::BinOp(b) => node(
                "BinOp",
                vec![self.expr(&b.left), operator(b.op), self.expr(&b.right)],
                loc,
            ),
            E::UnaryOp(u) => node(
                "UnaryOp",
                vec![
                    bare(match u.op {
                        ast::UnaryOp::Invert => "Invert",
                        ast::UnaryOp::Not => "Not",
                        ast::UnaryOp::UAdd => "UAdd",
                        ast::UnaryOp::USub => "USub",
                    }),
                    self.expr(&u.operand),
                ],
                loc,
            ),
            E::Lambda(l) => node(
                "Lambda",
                vec![self.arguments(l.parameters.as_deref()), self.expr(&l.body)],
                loc,
            ),
            E::If(i) => node(
                "IfExp",
                vec![self.expr(&i.test), self.expr(&i.body), self.expr(&i.orelse)],
                loc,
            ),
            E::Dict(d) => node(
                "Dict",
                vec![
                    Value::list(
                        d.items
                            .iter()
                            .map(|i| self.opt_expr(i.key.as_ref()))
                            .collect(),
                    ),
                    Value::list(d.items.iter().map(|i| self.expr(&i.value)).collect()),
                ],
                loc,
            ),
            E::Set(s) => node("Set", vec![self.exprs(&s.elts)], loc),
            E::ListComp(c) => node(
                "ListComp",
                vec![self.expr(&c.elt), self.comprehensions(&c.generators)],
                loc,
            ),
            E::SetComp(c) => node(
                "SetComp",
                vec![self.expr(&c.elt), self.comprehensions(&c.generators)],
                loc,
            ),
            E::DictComp(c) => node(
                "DictComp",
                vec![
                    self.expr(&c.key),
                    self.expr(&c.value),
                    self.comprehensions(&c.generators),
                ],
                loc,
            ),
            E::Generator(g) => node(
                "GeneratorExp",
                vec![self.expr(&g.elt), self.comprehensions(&g.generators)],
                loc,
            ),
            E::Await(a) => node("Await", vec![self.expr(&a.value)], loc),
            E::Yield(y) => node("Yield", vec![self.opt_expr(y.value.as_deref())], loc),
            E::YieldFrom(y) => node("YieldFrom", vec![self.expr(&y.value)], loc),
            E::Compare(c) => node(
                "Compare",
                vec![
                    self.expr(&c.left),
                    Value::list(c.ops.iter().map(|op| cmpop(*op)).collect()),
                    self.exprs(c.comparators.iter()),
                ],
                loc,
            ),
            E::Call(c) => node(
                "Call",
                vec![
                    self.expr(&c.func),
                    match (&*c.arguments.args, c.arguments.keywords.is_empty()) {
                        // `f(x for x in y)`: the generator takes the call's parentheses.
                        ([E::Generator(g)], true) if !g.parenthesized => Value::list(vec![node(
                            "GeneratorExp",
                            vec![self.expr(&g.elt), self.comprehensions(&g.generators)],
                            self.loc(c.arguments.range),
                        )]),
                        _ => self.exprs(c.arguments.args.iter()),
                    },
                    self.keywords(&c.arguments.keywords),
                ],
                loc,
            ),
            E::FString(f) => self.fstring(f),
            E::TString(_) => node("JoinedStr", vec![Value::list(Vec::new())], loc),
            E::StringLiteral(s) => {
                let kind = if s.value.is_unicode() {
                    Value::str("u")
                } else {
                    Value::None
                };
                self.constant(Value::str(s.value.to_str()), kind, s.range)
            }
            E::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.bytes().collect();
                self.constant(
                    crate::object::types::bytes::new_bytes(data),
                    Value::None,
                    b.range,
                )
            }
            E::NumberLiteral(n) => {
                let v = match &n.value {
                    ast::Number::Int(i) => match i.as_i64() {
                        Some(v) => Value::Int(v),
                        None => {
                            super::expr::int_literal(&self.source[n.range()]).unwrap_or(Value::None)
                        }
                    },
                    ast::Number::Float(f) => Value::Float(*f),
                    ast::Number::Complex { real, imag } => {
                        crate::object::types::complex::new_complex(*real, *imag)
                    }
                };
                self.constant(v, Value::None, n.range)
            }
            E::BooleanLiteral(b) => self.constant(Value::Bool(b.value), Value::None, b.range),
            E::NoneLiteral(n) => self.constant(Value::None, Value::None, n.range),
            E::EllipsisLiteral(n) => self.constant(Value::Ellipsis, Value::None, n.range),
            E::Attribute(a) => node(
                "Attribute",
                vec![self.expr(&a.value), ident(&a.attr), ctx(a.ctx)],
                loc,
            ),
            E::Subscript(s) => node(
                "Subscript",
                vec![self.expr(&s.value), self.expr(&s.slice), ctx(s.ctx)],
                loc,
            ),
            E::Starred(s) => node("Starred", vec![self.expr(&s.value), ctx(s.ctx)], loc),
            E::Name(n) => node("Name", vec![Value::str(n.id.as_str()), ctx(n.ctx)], loc),
            E::List(l) => node("List", vec![self.exprs(&l.elts), ctx(l.ctx)], loc),
            E::Tuple(t) => node("Tuple", vec![self.exprs(&t.elts), ctx(t.ctx)], loc),
            E::Slice(s) => node(
                "Slice",
                vec![
                    self.opt_expr(s.lower.as_deref()),
                    self.opt_expr(s.upper.as_deref()),
                    self.opt_expr(s.step.as_deref()),
                ],
                loc,
            ),
            E::IpyEscapeCommand(_) => self.constant(Value::None, Value::None, e.range()),
        }
    }

    /// An f-string (with the plain strings it is concatenated with) as CPython's
    /// `JoinedStr`: adjacent literal text merged into one `Constant`, `{x=}` as its text
    /// and a `repr` conversion.
    fn fstring(&self, f: &ast::ExprFString) -> Value {
        let mut values = Vec::new();
        let mut text = Text::default();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => text.push(&s.value, s.range),
                ast::FStringPart::FString(fs) => {
                    self.elements(&fs.elements, &mut values, &mut text)
                }
            }
        }
        self.flush(&mut values, &mut text);
        node("JoinedStr", vec![Value::list(values)], self.loc(f.range))
    }

    fn elements(
        &self,
        elements: &ast::InterpolatedStringElements,
        values: &mut Vec<Value>,
        text: &mut Text,
    ) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => text.push(&l.value, l.range),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = match i.conversion {
                        ast::ConversionFlag::None => -1,
                        ast::ConversionFlag::Str => i64::from(b's'),
                        ast::ConversionFlag::Repr => i64::from(b'r'),
                        ast::ConversionFlag::Ascii => i64::from(b'a'),
                    };
                    if let Some(debug) = &i.debug_text {
                        let expr_text = &self.source[i.expression.range()];
                        let shown = format!("{}{expr_text}{}", debug.leading, debug.trailing);
                        let start = i.range.start() + TextSize::new(1);
                        let end =
                            i.expression.range().end() + TextSize::new(debug.trailing.len() as u32);
                        text.push(&shown, TextRange::new(start, end));
                        if conversion == -1 && i.format_spec.is_none() {
                            conversion = i64::from(b'r');
                        }
                    }
                    self.flush(values, text);
                    let spec = i.format_spec.as_deref().map(|spec| {
                        let mut inner = Vec::new();
                        let mut inner_text = Text::default();
                        self.elements(&spec.elements, &mut inner, &mut inner_text);
                        self.flush(&mut inner, &mut inner_text);
                        // CPython ends a spec whose last piece is a field with an empty string.
                        if matches!(
                            spec.elements.iter().last(),
                            Some(ast::InterpolatedStringElement::Interpolation(_))
                        ) {
                            let at = TextRange::empty(spec.range.end());
                            inner.push(self.constant(Value::str(""), Value::None, at));
                        }
                        // CPython's spec starts at its colon.
                        let start = spec.range.start() - TextSize::new(1);
                        let range = TextRange::new(start, spec.range.end());
                        node("JoinedStr", vec![Value::list(inner)], self.loc(range))
                    });
                    values.push(node(
                        "FormattedValue",
                        vec![
                            self.expr(&i.expression),
                            Value::Int(conversion),
                            spec.unwrap_or(Value::None),
                        ],
                        self.loc(i.range),
                    ));
                }
            }
        }
    }

    fn flush(&self, values: &mut Vec<Value>, text: &mut Text) {
        if let Some(range) = text.range.take() {
            let s = std::mem::take(&mut text.value);
            if !s.is_empty() {
                values.push(self.constant(Value::string(s), Value::None, range));
            }
        }
    }
}

/// Literal text of an f-string being gathered into one `Constant`.
#[derive(Default)]
struct Text {
    value: String,
    range: Option<TextRange>,
}

impl Text {
    fn push(&mut self, s: &str, range: TextRange) {
        self.value.push_str(s);
        self.range = Some(match self.range {
            Some(r) => r.cover(range),
            None => range,
        });
    }
}

impl Tree<'_> {
    fn patterns(&self, list: &[ast::Pattern]) -> Value {
        Value::list(list.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &ast::Pattern) -> Value {
        use ast::Pattern as P;
        let loc = self.loc(p.range());
        match p {
            P::MatchValue(v) => node("MatchValue", vec![self.expr(&v.value)], loc),
            P::MatchSingleton(s) => node(
                "MatchSingleton",
                vec![match s.value {
                    ast::Singleton::None => Value::None,
                    ast::Singleton::True => Value::Bool(true),
                    ast::Singleton::False => Value::Bool(false),
                }],
                loc,
            ),
            P::MatchSequence(s) => node("MatchSequence", vec![self.patterns(&s.patterns)], loc),
            P::MatchMapping(m) => node(
                "MatchMapping",
                vec![
                    self.exprs(&m.keys),
                    self.patterns(&m.patterns),
                    opt(m.rest.as_ref(), ident),
                ],
                loc,
            ),
            P::MatchClass(c) => node(
                "MatchClass",
                vec![
                    self.expr(&c.cls),
                    self.patterns(&c.arguments.patterns),
                    Value::list(
                        c.arguments
                            .keywords
                            .iter()
                            .map(|k| ident(&k.attr))
                            .collect(),
                    ),
                    Value::list(
                        c.arguments
                            .keywords
                            .iter()
                            .map(|k| self.pattern(&k.pattern))
                            .collect(),
                    ),
                ],
                loc,
            ),
            P::MatchStar(s) => node("MatchStar", vec![opt(s.name.as_ref(), ident)], loc),
            P::MatchAs(a) => node(
                "MatchAs",
                vec![
                    opt(a.pattern.as_deref(), |p| self.pattern(p)),
                    opt(a.name.as_ref(), ident),
                ],
                loc,
            ),
            P::MatchOr(o) => node("MatchOr", vec![self.patterns(&o.patterns)], loc),
        }
    }
}
