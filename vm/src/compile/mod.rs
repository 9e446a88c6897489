//! The compiler: AST to code objects, symbol table first, then statements and expressions.

mod builder;
mod errors;
mod escapes;
mod expr;
mod mangle;
mod pattern;
pub mod pyast;
mod stmt;
mod surrogates;
pub mod symtable;
mod typeparams;
mod unparse;

use hashbrown::HashMap;
use std::rc::Rc;

use rustpython_ruff_python_ast as ast;
use rustpython_ruff_python_parser as parser;
use rustpython_ruff_text_size::TextRange;

use crate::bytecode::{Code, CodeFlags, Op};
use builder::{CodeBuilder, Label};
use symtable::{NameScope, Scope, ScopeKind, SymbolTable};

/// A compile-time error, raised as SyntaxError (or IndentationError) with CPython's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub indentation: bool,
    /// The source nests deeper than pyrs can parse: CPython's MemoryError.
    pub too_complex: bool,
    pub msg: String,
    pub line: u32,
    pub column: u32,
    /// Where the offending code ends (CPython's `end_lineno`/`end_offset`); 0 when only the
    /// start is known.
    pub end_line: u32,
    pub end_column: u32,
    /// The offending source line, without its newline.
    pub text: String,
    /// Found after parsing (the symbol table, the compiler): CPython takes the line's text
    /// from the file, so code compiled from a string shows none.
    pub late: bool,
}

pub type CompileResult<T> = Result<T, CompileError>;

/// `CompileError::end_column` when the line of the end is known, not where on it
/// (`end_offset` is None, as for an undefined future feature).
pub const UNKNOWN_COLUMN: u32 = u32::MAX;

/// Byte offset to line number.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        let bytes = source.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            // A line ends at `\n`, `\r\n`, or a lone `\r` (as the tokenizer reads source).
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    pub fn line(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub fn column(&self, offset: u32) -> u32 {
        let line = self.line(offset);
        offset - self.starts[line as usize - 1]
    }
}

/// The module's future statements: the `from __future__` imports right after its
/// docstring, the only place they may be.
fn future_statements(body: &[ast::Stmt]) -> Vec<&ast::StmtImportFrom> {
    let docstring =
        matches!(body.first(), Some(ast::Stmt::Expr(e)) if e.value.is_string_literal_expr());
    body.iter()
        .skip(usize::from(docstring))
        .map_while(|s| match s {
            ast::Stmt::ImportFrom(i) if i.module.as_deref() == Some("__future__") => Some(i),
            _ => None,
        })
        .collect()
}

/// The features `from __future__` may name (all of them already the default but
/// `annotations` and `barry_as_FLUFL`).
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Expression nesting pyrs can parse and compile within wasmtime's default stack.
pub const MAX_EXPRESSION_DEPTH: usize = 900;

/// An upper bound of the deepest expression nesting, from the tokens alone (no recursion):
/// every operator, attribute, call, subscript, `lambda`, `not` or conditional deepens the
/// current bracket level; a comma starts a sibling; brackets nest.
/// Returns `Some(true)` when the limit is crossed by a chain of binary operators (CPython
/// fails in its compiler), `Some(false)` by any other nesting (its parser fails).
fn expression_depth_exceeds(source: &str, limit: usize) -> Option<bool> {
    use rustpython_ruff_python_ast::token::TokenKind as T;
    let mut lexer = parser::lexer::lex(source, parser::Mode::Module);
    // Depth contributed by each open bracket level, and the running total.
    let mut levels: Vec<usize> = vec![0];
    let mut total = 0usize;
    let mut prev = T::Newline;
    loop {
        let kind = lexer.next_token();
        let after_operand = matches!(
            prev,
            T::Name | T::Rpar | T::Rsqb | T::Rbrace | T::String | T::FStringEnd | T::Int | T::Float
        );
        prev = kind;
        match kind {
            T::EndOfFile => return None,
            T::Lpar | T::Lsqb | T::Lbrace => {
                // A call or subscript nests the expression before it.
                if after_operand && kind != T::Lbrace {
                    if let Some(top) = levels.last_mut() {
                        *top += 1;
                    }
                    total += 1;
                }
                levels.push(1);
                total += 1;
                if total > limit {
                    return Some(false);
                }
            }
            T::Rpar | T::Rsqb | T::Rbrace if levels.len() > 1 => {
                total -= levels.pop().unwrap_or(0);
            }
            T::Comma | T::Newline | T::Semi => {
                if let Some(top) = levels.last_mut() {
                    total -= *top;
                    *top = 0;
                }
                if matches!(kind, T::Newline) {
                    levels.truncate(1);
                    total = levels[0];
                }
            }
            // `and`/`or` chains and comparison chains are flat nodes, and so are the `if`
            // clauses of a comprehension: they do not deepen.
            T::Plus
            | T::Minus
            | T::Star
            | T::Slash
            | T::Vbar
            | T::Amper
            | T::Dot
            | T::Percent
            | T::Tilde
            | T::CircumFlex
            | T::LeftShift
            | T::RightShift
            | T::DoubleStar
            | T::DoubleSlash
            | T::At
            | T::Not
            | T::Lambda
            | T::Else
            | T::Await
            | T::ColonEqual => {
                if let Some(top) = levels.last_mut() {
                    *top += 1;
                }
                total += 1;
                if total > limit {
                    let unary = matches!(kind, T::Not | T::Lambda | T::Await | T::Tilde | T::Else)
                        || (matches!(kind, T::Plus | T::Minus) && !after_operand);
                    return Some(!unary && kind != T::Dot && kind != T::DoubleStar);
                }
            }
            _ => {}
        }
    }
}

/// How source text is compiled: `compile()`'s `mode`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A module: statements.
    Exec,
    /// One expression, whose value the code returns.
    Eval,
    /// Statements typed at a prompt: expression values are printed.
    Single,
}

/// Compiles a whole module's source text.
pub fn compile_module(source: &str, filename: &str) -> CompileResult<Code> {
    compile_source(source, filename, Mode::Exec)
}

thread_local! {
    /// The SyntaxWarnings of the last compilation: (line, message).
    static WARNINGS: std::cell::RefCell<Vec<(u32, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Takes the SyntaxWarnings (line, message) the last compilation found, for the caller to
/// issue through `warnings`.
pub fn take_warnings() -> Vec<(u32, String)> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

/// Compiles source text in the given mode.
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> CompileResult<Code> {
    compile_flagged(source, filename, mode, 0, false)
}

/// `compile()`'s flag for `from __future__ import annotations` (CPython's value).
pub const FUTURE_ANNOTATIONS_FLAG: u32 = 0x100_0000;

/// Compiles source text as `compile()` does with `flags`: `FUTURE_ANNOTATIONS_FLAG` acts as
/// the future statement would.
pub fn compile_source_flags(
    source: &str,
    filename: &str,
    mode: Mode,
    flags: u32,
) -> CompileResult<Code> {
    let annotations = flags & FUTURE_ANNOTATIONS_FLAG != 0;
    compile_flagged(source, filename, mode, 0, annotations)
}

/// Compiles the interpreter's own Python helpers: every code object is marked
/// `CodeFlags::HIDDEN`, so their frames act as native code (no traceback line, no depth).
pub(crate) fn compile_hidden(source: &str, filename: &str) -> CompileResult<Code> {
    compile_flagged(source, filename, Mode::Exec, CodeFlags::HIDDEN, false)
}

fn compile_flagged(
    source: &str,
    filename: &str,
    mode: Mode,
    flags: u32,
    future_annotations: bool,
) -> CompileResult<Code> {
    if let Some(in_compiler) = expression_depth_exceeds(source, MAX_EXPRESSION_DEPTH) {
        let msg = if in_compiler {
            "maximum recursion depth exceeded during compilation"
        } else {
            "Parser stack overflowed - Python source too complex to parse"
        };
        return Err(CompileError {
            indentation: false,
            too_complex: true,
            msg: msg.to_string(),
            line: 0,
            column: 0,
            end_line: 0,
            end_column: 0,
            text: String::new(),
            late: false,
        });
    }
    let lines = LineIndex::new(source);
    if mode == Mode::Eval {
        if let Some(e) = indented_expression(source) {
            return Err(e);
        }
    }
    if mode == Mode::Eval && source.trim_matches([' ', '\t', '\x0c']).is_empty() {
        // CPython reports an empty expression at line 0.
        return Err(CompileError {
            indentation: false,
            too_complex: false,
            msg: "invalid syntax".to_string(),
            line: 0,
            column: 0,
            end_line: 0,
            end_column: 0,
            text: String::new(),
            late: false,
        });
    }
    let mut module = if mode == Mode::Eval {
        let parsed = parse_312(source, parser::Mode::Expression, &lines)
            .map_err(|e| expression_input_error(e, source, Mode::Eval))?
            .try_into_expression()
            .expect("an expression parse gives an expression");
        let expr = parsed.into_syntax();
        let range = expr.range;
        ast::ModModule {
            range,
            node_index: Default::default(),
            body: vec![ast::Stmt::Expr(ast::StmtExpr {
                range,
                node_index: Default::default(),
                value: expr.body,
            })],
        }
    } else {
        parse_312(source, parser::Mode::Module, &lines)
            .map_err(|e| expression_input_error(e, source, mode))?
            .try_into_module()
            .expect("a module parse gives a module")
            .into_syntax()
    };
    if let Some(at) = errors::inconsistent_tabs(source) {
        return Err(tab_error(source, &lines, at));
    }
    grammar_312(&module, source, &lines)?;
    if surrogates::may_have(source) {
        surrogates::restore(&mut module, source);
    }
    let warnings = if escapes::may_have(source) {
        escapes::find(&module, source)
            .into_iter()
            .map(|(offset, msg)| (lines.line(offset), msg))
            .collect()
    } else {
        Vec::new()
    };
    WARNINGS.with(|w| *w.borrow_mut() = warnings);
    let def_names = if mangle::may_need(source) {
        mangle::mangle_module(&mut module)
    } else {
        Default::default()
    };
    if mode == Mode::Single {
        single_statement(&module, source, &lines)?;
    }
    let table = SymbolTable::build(&module).map_err(|e| {
        let line = lines.line(e.offset);
        let (end_line, end_column) = if e.end == 0 {
            (0, 0)
        } else {
            (lines.line(e.end), lines.column(e.end) + 1)
        };
        CompileError {
            indentation: false,
            too_complex: false,
            msg: e.msg,
            line,
            column: lines.column(e.offset) + 1,
            end_line,
            end_column,
            text: source_line(source, line),
            late: true,
        }
    })?;
    let mut c = Compiler {
        table: &table,
        filename: filename.into(),
        lines,
        source,
        units: Vec::new(),
        interactive: mode == Mode::Single,
        flags,
        def_names,
        future_annotations,
        future_starts: Vec::new(),
        folded: HashMap::new(),
    };
    for f in future_statements(&module.body) {
        c.future_starts.push(f.range.start().into());
        for alias in &f.names {
            let feature = alias.name.as_str();
            if feature == "annotations" {
                c.future_annotations = true;
            } else if !FUTURE_FEATURES.contains(&feature) {
                let msg = if feature == "braces" {
                    "not a chance".to_string()
                } else {
                    format!("future feature {feature} is not defined")
                };
                let mut e = c.error(f.range, msg);
                (e.end_line, e.end_column) = (e.line, UNKNOWN_COLUMN);
                return Err(e);
            }
        }
    }
    c.push_unit(table.module(), "<module>", "<module>", 1);
    if mode == Mode::Eval {
        if let Some(ast::Stmt::Expr(e)) = module.body.first() {
            c.set_line(e.range);
            c.expr(&e.value)?;
        }
        c.b().emit(Op::ReturnValue, 0);
        return Ok(c.pop_unit(0, (0, 0, 0)));
    }
    let mut body: &[ast::Stmt] = &module.body;
    c.setup_annotations(body);
    // A leading string is the module's docstring: stored as `__doc__`, not evaluated.
    if let Some(ast::Stmt::Expr(e)) = body.first() {
        if let (ast::Expr::StringLiteral(s), Mode::Exec) = (e.value.as_ref(), mode) {
            c.set_line(e.range);
            c.b()
                .load_const(crate::object::Value::string(s.value.to_str().to_string()));
            c.name_op("__doc__", NameCtx::Store);
            body = &body[1..];
        }
    }
    c.stmts(body)?;
    c.b().load_const(crate::object::Value::None);
    c.b().emit(Op::ReturnValue, 0);
    Ok(c.pop_unit(0, (0, 0, 0)))
}

/// Parses `source` as Python 3.12 does: the parser's first error, or the first use of
/// syntax added after 3.12 (type parameter defaults, `lazy import`, t-strings, unpacking
/// in comprehensions) or removed before it (`f((a)=1)`), with CPython 3.12's message.
/// A parse error of `eval` or `single` input as CPython's string tokenizer reports it: no
/// newline is added after the last line (so its text has none, and an error at the end of
/// the input is at offset 0), and a legacy `print x` in an expression gets its hint.
fn expression_input_error(mut e: CompileError, source: &str, mode: Mode) -> CompileError {
    if mode == Mode::Exec {
        return e;
    }
    let last_line = source.trim_end_matches('\n').lines().count().max(1) as u32;
    let open_end = !source.ends_with('\n') && e.line >= last_line;
    if mode == Mode::Eval && e.msg == "invalid syntax" {
        let stmt = source.trim_start_matches([' ', '\t', '\x0c']);
        for word in ["print", "exec"] {
            let rest = stmt.strip_prefix(word).unwrap_or("\n");
            if rest.starts_with([' ', '\t']) && !rest.trim_start().starts_with(['(', '\n']) {
                let first = source.lines().next().unwrap_or("");
                e.msg =
                    format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?");
                e.line = 1;
                e.column = (source.len() - stmt.len()) as u32 + 1;
                e.end_line = 1;
                e.end_column = first.chars().count() as u32 + 1;
                e.text = first.to_string();
                if source.contains('\n') {
                    e.text.push('\n');
                }
                return e;
            }
        }
    }
    if open_end {
        let text = e.text.trim_end_matches('\n');
        if e.msg == "invalid syntax" && e.column as usize > text.chars().count() {
            e.column = 0;
            e.end_column = 0;
        }
        e.text = text.to_string();
    }
    e
}

fn parse_312(
    source: &str,
    mode: parser::Mode,
    lines: &LineIndex,
) -> CompileResult<parser::Parsed<ast::Mod>> {
    let options = parser::ParseOptions::from(mode).with_target_version(ast::PythonVersion::PY312);
    let parsed = parser::parse_unchecked(source, options);
    let newer = parsed
        .unsupported_syntax_errors()
        .iter()
        .filter_map(|u| unsupported_error(u, source, lines))
        .min_by_key(|(at, _)| *at);
    match (parsed.errors().first(), newer) {
        (Some(e), Some((at, late))) if at <= u32::from(e.location.start()) => Err(late),
        (Some(e), _) => Err(parse_error(e, source, lines)),
        (None, Some((_, e))) => Err(e),
        (None, None) => Ok(parsed),
    }
}

/// Constructs ruff's parser accepts that CPython 3.12's grammar does not: a class base
/// that is an unparenthesized generator (`class C(x for x in y)`), a parenthesized star
/// import (`from m import (*)`), a default of a ParamSpec or TypeVarTuple parameter
/// (`def f[**P=int]()`, PEP 696). The first one found is CPython's error.
fn grammar_312(module: &ast::ModModule, source: &str, lines: &LineIndex) -> CompileResult<()> {
    use ast::visitor::{self as walk, Visitor};
    use rustpython_ruff_text_size::Ranged;
    struct Finder<'s> {
        source: &'s str,
        lines: &'s LineIndex,
        first: Option<(usize, CompileError)>,
    }
    impl Finder<'_> {
        fn note(&mut self, at: usize, error: CompileError) {
            if self.first.as_ref().is_none_or(|(f, _)| at < *f) {
                self.first = Some((at, error));
            }
        }
        fn invalid(&mut self, from: usize, to: usize) {
            let e = span_error("invalid syntax", from, to, self.source, self.lines);
            self.note(from, e);
        }
        fn type_params(&mut self, params: Option<&ast::TypeParams>) {
            for p in params.iter().flat_map(|p| p.type_params.iter()) {
                let default = match p {
                    ast::TypeParam::ParamSpec(p) => p.default.as_deref(),
                    ast::TypeParam::TypeVarTuple(p) => p.default.as_deref(),
                    ast::TypeParam::TypeVar(_) => None,
                };
                if let Some(d) = default {
                    let (start, end) = (u32::from(d.start()), u32::from(d.end()));
                    if let Some((at, e)) = type_param_default(start, end, self.source, self.lines) {
                        self.note(at as usize, e);
                    }
                }
            }
        }
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_stmt(&mut self, stmt: &'a ast::Stmt) {
            match stmt {
                ast::Stmt::ClassDef(c) => {
                    let bases = c.arguments.iter().flat_map(|a| a.args.iter());
                    for base in bases {
                        if let ast::Expr::Generator(g) = base {
                            if !g.parenthesized {
                                // The `for` after the element is unexpected.
                                let after = usize::from(g.elt.range().end());
                                if let Some(i) = self.source[after..].find("for") {
                                    self.invalid(after + i, after + i + 3);
                                }
                            }
                        }
                    }
                    self.type_params(c.type_params.as_deref());
                }
                ast::Stmt::FunctionDef(f) => self.type_params(f.type_params.as_deref()),
                ast::Stmt::TypeAlias(t) => self.type_params(t.type_params.as_deref()),
                ast::Stmt::ImportFrom(i) => {
                    if let Some(star) = i.names.iter().find(|a| a.name.as_str() == "*") {
                        let at = usize::from(star.range().start());
                        let head = &self.source[usize::from(i.range.start())..at];
                        if head.trim_end().ends_with('(') {
                            self.invalid(at, at + 1);
                        }
                    }
                }
                _ => {}
            }
            walk::walk_stmt(self, stmt);
        }
    }
    if !(source.contains("class") || source.contains('*') || source.contains('[')) {
        return Ok(());
    }
    let mut finder = Finder {
        source,
        lines,
        first: None,
    };
    finder.visit_body(&module.body);
    match finder.first {
        Some((_, e)) => Err(e),
        None => Ok(()),
    }
}

/// A parser-stage SyntaxError marking the source from byte `from` to byte `to`.
fn span_error(
    msg: impl Into<String>,
    from: usize,
    to: usize,
    source: &str,
    lines: &LineIndex,
) -> CompileError {
    let (from, to) = (from as u32, to as u32);
    let line = lines.line(from);
    CompileError {
        indentation: false,
        too_complex: false,
        msg: msg.into(),
        line,
        column: lines.column(from) + 1,
        end_line: lines.line(to),
        end_column: lines.column(to) + 1,
        text: source_line(source, line),
        late: false,
    }
}

/// CPython 3.12's SyntaxError for syntax its grammar does not have, with where it starts.
fn unsupported_error(
    u: &parser::UnsupportedSyntaxError,
    source: &str,
    lines: &LineIndex,
) -> Option<(u32, CompileError)> {
    use parser::UnsupportedSyntaxErrorKind as K;
    let (start, end) = (u32::from(u.range.start()), u32::from(u.range.end()));
    let text = source.get(start as usize..end as usize).unwrap_or("");
    let skip_blanks = |mut at: usize| {
        while source[at..].starts_with([' ', '\t', '\x0c']) {
            at += 1;
        }
        at
    };
    let (msg, from, to): (&str, usize, usize) = match u.kind {
        K::ParenthesizedKeywordArgumentName => {
            // From the name inside the brackets to the value after `=`.
            let name = start as usize + text.find(|c: char| c != '(' && !c.is_whitespace())?;
            let mut at = end as usize;
            while source[at..].starts_with([')', ' ', '\t']) {
                at += 1;
            }
            at = skip_blanks(at + usize::from(source[at..].starts_with('=')));
            (
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                name,
                at,
            )
        }
        K::IterableUnpackingInListComprehension => {
            let msg = if text.starts_with("**") {
                "dict unpacking cannot be used in dict comprehension"
            } else {
                "iterable unpacking cannot be used in comprehension"
            };
            (msg, start as usize, end as usize)
        }
        K::LazyImportStatement => {
            // `lazy` is a name to 3.12: the keyword after it is unexpected.
            let after = text.find(char::is_whitespace).unwrap_or(text.len());
            let at = skip_blanks(start as usize + after);
            let word = source[at..]
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .unwrap_or(source.len() - at);
            ("invalid syntax", at, at + word)
        }
        K::TemplateStrings => {
            // `t` is a name to 3.12, followed by a string.
            let quote = start as usize + text.find(['\'', '"'])?;
            ("invalid syntax", quote, end as usize)
        }
        K::TypeParamDefault => return type_param_default(start, end, source, lines),
        _ => return None,
    };
    Some((start, span_error(msg, from, to, source, lines)))
}

/// A type parameter with a default (PEP 696, Python 3.13): 3.12's error depends on the
/// statement and the kind of parameter. `start..end` is the default's range.
fn type_param_default(
    start: u32,
    end: u32,
    source: &str,
    lines: &LineIndex,
) -> Option<(u32, CompileError)> {
    // The parameter starts after the `[` or `,` before it (`start` may be the parameter's
    // own start or its default's).
    let before = &source[..start as usize];
    let open = before.rfind(['[', ','])?;
    let gap = &before[open + 1..];
    let param = open + 1 + (gap.len() - gap.trim_start().len());
    let equal = param + source[param..end as usize].find('=')?;
    let bracket = before[..=open].rfind('[')?;
    let head = before[..bracket].trim_end();
    let keyword_line = &head[head.rfind('\n').map_or(0, |i| i + 1)..];
    let keyword = keyword_line.split_whitespace().next().unwrap_or("");
    let param_text = &source[param..equal];
    let (msg, from, to) = match keyword {
        "def" => ("expected '('", bracket, bracket + 1),
        "type" if param_text.starts_with('*') && !param_text.starts_with("**") => (
            "cannot assign to iterable argument unpacking",
            param,
            end as usize,
        ),
        "type" if !param_text.contains([':', '*']) => (
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            param,
            end as usize,
        ),
        _ => ("invalid syntax", equal, equal + 1),
    };
    Some((
        (from as u32).min(start),
        span_error(msg, from, to, source, lines),
    ))
}

/// An expression to compile may not start indented: CPython's "unexpected indent" at its
/// first line that is not blank (a source of blanks alone is indented too).
fn indented_expression(source: &str) -> Option<CompileError> {
    let mut rest = source;
    let mut line = 1;
    loop {
        let (text, more) = match rest.find('\n') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        let blanks = text.len() - text.trim_start_matches([' ', '\t', '\x0c']).len();
        // A form feed starts the indentation count again.
        let indent = text[..blanks]
            .rfind('\x0c')
            .map_or(blanks, |at| blanks - at - 1);
        let code = text[blanks..].trim_end_matches('\r');
        let blank = code.is_empty() || code.starts_with('#');
        match more {
            Some(next) if blank => {
                rest = next;
                line += 1;
            }
            _ if indent == 0 => return None,
            _ => {
                let shown = if more.is_some() {
                    format!("{text}\n")
                } else {
                    text.to_string()
                };
                return Some(CompileError {
                    indentation: true,
                    too_complex: false,
                    msg: "unexpected indent".to_string(),
                    line,
                    column: blanks as u32,
                    end_line: line,
                    end_column: 0,
                    text: shown,
                    late: false,
                });
            }
        }
    }
}

/// `compile(..., 'single')` takes one statement (or several on one line, split by `;`).
fn single_statement(module: &ast::ModModule, source: &str, lines: &LineIndex) -> CompileResult<()> {
    use rustpython_ruff_text_size::Ranged;
    let [first, second, ..] = module.body.as_slice() else {
        return Ok(());
    };
    let first_end = lines.line(first.range().end().into());
    let second_start: u32 = second.range().start().into();
    if lines.line(second_start) == first_end {
        return Ok(());
    }
    let compound = matches!(
        first,
        ast::Stmt::If(_)
            | ast::Stmt::For(_)
            | ast::Stmt::While(_)
            | ast::Stmt::With(_)
            | ast::Stmt::Try(_)
            | ast::Stmt::FunctionDef(_)
            | ast::Stmt::ClassDef(_)
            | ast::Stmt::Match(_)
    );
    let (msg, line) = if compound {
        ("invalid syntax", lines.line(second_start))
    } else {
        (
            "multiple statements found while compiling a single statement",
            first_end,
        )
    };
    let text = source_line(source, line);
    let (column, end_column) = if compound {
        let column = lines.column(second_start) + 1;
        (column, column + 1)
    } else {
        // CPython marks the first line's NEWLINE token: from the comment or line end after
        // the last statement on that line, through the newline.
        let last_end: u32 = module
            .body
            .iter()
            .take_while(|s| lines.line(s.range().start().into()) <= first_end)
            .last()
            .map_or(0, |s| s.range().end().into());
        let byte = lines.column(last_end) as usize;
        let before = text.get(..byte.min(text.len())).unwrap_or("");
        let rest = text.get(byte.min(text.len())..).unwrap_or("");
        let blanks = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
        let start = (before.chars().count() + blanks) as u32 + 1;
        (start, text.chars().count() as u32 + 2)
    };
    Err(CompileError {
        indentation: false,
        too_complex: false,
        msg: msg.to_string(),
        line,
        column,
        end_line: line,
        end_column,
        text,
        late: false,
    })
}

/// Messages of CPython's tokenizer, whose errors mark one character of a line shown
/// without its newline.
const TOKENIZER_MESSAGES: &[&str] = &[
    "invalid decimal literal",
    "invalid hexadecimal literal",
    "invalid octal literal",
    "invalid binary literal",
    "invalid digit",
    "leading zeros in decimal integer literals",
    "unterminated string literal",
    "unterminated triple-quoted string literal",
    "unexpected character after line continuation character",
    "invalid character",
    "invalid non-printable character",
    "unmatched '",
];

/// The width in characters of the token at `column` (1-based) of `text`: a name or number,
/// else the longest operator there.
fn token_width(text: &str, column: u32) -> u32 {
    let rest: String = text
        .chars()
        .skip(column.saturating_sub(1) as usize)
        .collect();
    let word = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .count();
    if word > 0 {
        return word as u32;
    }
    const OPERATORS: &[&str] = &[
        "**=", "//=", ">>=", "<<=", "...", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=",
    ];
    OPERATORS
        .iter()
        .find(|op| rest.starts_with(**op))
        .map_or(1, |op| op.len() as u32)
}

/// Whether CPython finds this error after parsing (in its compiler), where the line's text
/// comes from the file rather than from the source given.
fn late_message(msg: &str) -> bool {
    const LATE: &[&str] = &[
        "'break' outside loop",
        "'continue' not properly in loop",
        "'return' outside function",
        "'yield' outside function",
        "'await' outside",
        "'async for' outside async function",
        "'async with' outside async function",
        "'yield from' inside async function",
        "'return' with value in async generator",
        "asynchronous comprehension outside of an asynchronous function",
        "keyword argument repeated",
        "too many statically nested blocks",
        "starred assignment target must be in a list or tuple",
        "can't use starred expression here",
        "too many expressions in star-unpacking",
        "multiple starred expressions in assignment",
        "alternative patterns bind different names",
        "name capture ",
        "wildcard makes remaining patterns unreachable",
        "multiple assignments to name",
        "mapping pattern checks duplicate key",
        "attribute name repeated in class pattern",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        "from __future__ imports must occur at the beginning of the file",
        "future feature ",
        "not a chance",
    ];
    LATE.iter().any(|m| msg.starts_with(m))
}

/// The text of line `line` (1-based).
pub fn source_line(source: &str, line: u32) -> String {
    source
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("")
        .to_string()
}

/// CPython's TabError for the line starting at byte `at`.
fn tab_error(source: &str, lines: &LineIndex, at: u32) -> CompileError {
    let line = lines.line(at);
    CompileError {
        indentation: true,
        too_complex: false,
        msg: "inconsistent use of tabs and spaces in indentation".to_string(),
        line,
        column: 1,
        end_line: line,
        end_column: 0,
        text: format!("{}\n", source_line(source, line)),
        late: false,
    }
}

fn parse_error(e: &parser::ParseError, source: &str, lines: &LineIndex) -> CompileError {
    let offset: u32 = e.location.start().into();
    let found = errors::cpython_message(&e.error, e.location, source, lines);
    let line = found.line.unwrap_or_else(|| lines.line(offset));
    // An indentation the parser rejects may be tabs and spaces mixed on a line before.
    if found.indentation {
        if let Some(at) = errors::inconsistent_tabs(source) {
            if lines.line(at) <= line {
                return tab_error(source, lines, at);
            }
        }
    }
    let column = found.column.unwrap_or_else(|| lines.column(offset) + 1);
    // The parser's range, unless the message was placed elsewhere; the tokenizer's errors
    // mark one character, and so does a bare "invalid syntax" (CPython's points at a token
    // where the parser's range may cover the rest of the expression).
    // A printable character the tokenizer does not know (`$`, `?`) becomes an error token
    // that the parser rejects: a parser error.
    let error_token = matches!(
        e.error,
        parser::ParseErrorType::Lexical(parser::LexicalErrorType::UnrecognizedToken { tok })
            if tok.is_ascii_graphic()
    );
    let lexical = !error_token
        && (matches!(e.error, parser::ParseErrorType::Lexical(_))
            || TOKENIZER_MESSAGES.iter().any(|m| found.msg.starts_with(m)));
    let placed = found.line.is_some() || found.column.is_some();
    let (end_line, end_column) = if !lexical && !placed && found.msg != "invalid syntax" {
        let end: u32 = e.location.end().into();
        (lines.line(end), lines.column(end) + 1)
    } else {
        (0, 0)
    };
    let text = source_line(source, line);
    // Where CPython ends the marks for the messages placed here: a bracket never closed
    // has no end; a missing block marks the first token of the line found instead; a
    // range the parser ran onto later lines is cut to one character.
    let (end_line, end_column) = if let Some(end) = found.end {
        (lines.line(end), lines.column(end) + 1)
    } else if found.msg.ends_with("was never closed") {
        (line, 0)
    } else if found
        .msg
        .starts_with("leading zeros in decimal integer literals")
    {
        (line, column + 1)
    } else if found.msg.starts_with("expected an indented block") {
        let token = text
            .chars()
            .skip(column.saturating_sub(1) as usize)
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .count() as u32;
        (line, column + token.max(1))
    } else if found.msg.starts_with("Missing parentheses in call to") {
        (line, text.chars().count() as u32 + 1)
    } else if end_line > line {
        (line, column + 1)
    } else if found.msg == "invalid syntax" && !lexical {
        (line, column + token_width(&text, column))
    } else {
        (end_line, end_column)
    };
    // The parser's line keeps its newline (CPython's tokenizer adds one at the end of the
    // source); the tokenizer's errors show the line without it, as does a bracket never
    // closed before the last line.
    let content = source.trim_end_matches(['\n', '\r']).len() as u32;
    let last_line = lines.line(content.saturating_sub(1));
    let newline = if found.msg.ends_with("was never closed") {
        line >= last_line
    } else if found.msg.starts_with("unindent does not match") {
        true
    } else {
        // Placed on a line before the one the parser stopped at, the line comes from the
        // tokenizer's buffers without its newline.
        !lexical && lines.line(offset) <= line
    };
    let text = if newline { format!("{text}\n") } else { text };
    CompileError {
        indentation: found.indentation,
        too_complex: false,
        late: late_message(&found.msg),
        msg: found.msg,
        line,
        column,
        end_line,
        end_column,
        text,
    }
}

/// What a `break`, `continue` or `return` must clean up on its way out.
#[derive(Clone)]
enum FBlock {
    /// A `for` loop: its iterator is on the stack.
    ForLoop {
        cont: Label,
        exit: Label,
    },
    WhileLoop {
        cont: Label,
        exit: Label,
    },
    /// The body of `try` with handlers: nothing to emit.
    TryExcept,
    /// The body of `try ... finally`: the finally body runs on the way out.
    FinallyTry {
        body: Rc<Vec<ast::Stmt>>,
    },
    /// Inside a finally body entered by an exception: `[prev, exc]` on the stack.
    FinallyEnd,
    /// Inside an `except` body: `[prev]` on the stack and maybe a name to clear.
    HandlerCleanup {
        name: Option<String>,
    },
    /// Inside `with` (`async with` when true) statement `stmt`: the exit function on the
    /// stack.
    With {
        is_async: bool,
        stmt: rustpython_ruff_text_size::TextRange,
    },
    /// The body of an `except*` clause: `break`/`continue`/`return` may not leave it.
    ExceptStarBody,
    /// A return value kept on the stack while a finally body runs on the way out.
    PopValue,
}

struct Unit<'t> {
    b: CodeBuilder,
    scope: &'t Scope,
    slots: HashMap<String, u32>,
    slot_names: Vec<String>,
    free_start: u32,
    name: String,
    qualname: String,
    first_line: u32,
    flags: u32,
    fblocks: Vec<FBlock>,
    /// Handler-stack length when each fblock was pushed.
    fblock_handlers: Vec<usize>,
    /// The function holding a generic definition's type parameters: invisible in the
    /// qualified names of what it defines.
    type_param_scope: bool,
    /// Where the slots of the comprehensions running inline start.
    inline_base: u32,
    /// The names bound by the inline comprehensions being compiled, with their slots,
    /// innermost last.
    inline_names: Vec<(String, u32)>,
}

pub(crate) struct Compiler<'t, 's> {
    table: &'t SymbolTable,
    filename: Rc<str>,
    lines: LineIndex,
    source: &'s str,
    units: Vec<Unit<'t>>,
    /// `compile(..., 'single')`: module-level expression statements print their value.
    interactive: bool,
    /// Flags every code object compiled gets.
    flags: u32,
    /// The names before mangling of the definitions it renamed, by their start offset.
    def_names: HashMap<u32, String>,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    future_annotations: bool,
    /// Where the module's future statements start (anywhere else, one is an error).
    future_starts: Vec<u32>,
    /// The constant tuples folded so far, one object per value across the whole
    /// compilation (CPython merges equal constants of all the code objects it makes).
    folded: HashMap<builder::ConstKey, crate::object::Value>,
}

impl<'t> Compiler<'t, '_> {
    fn unit(&mut self) -> &mut Unit<'t> {
        self.units
            .last_mut()
            .expect("a unit is always being compiled")
    }

    fn b(&mut self) -> &mut CodeBuilder {
        &mut self.unit().b
    }

    fn error(&self, range: TextRange, msg: impl Into<String>) -> CompileError {
        let msg: String = msg.into();
        let offset: u32 = range.start().into();
        let end: u32 = range.end().into();
        let line = self.lines.line(offset);
        CompileError {
            indentation: false,
            too_complex: false,
            msg: msg.clone(),
            line,
            column: self.lines.column(offset) + 1,
            end_line: self.lines.line(end),
            end_column: self.lines.column(end) + 1,
            // An error CPython's parser finds shows the line with its newline.
            text: if late_message(&msg) {
                source_line(self.source, line)
            } else {
                format!("{}\n", source_line(self.source, line))
            },
            late: late_message(&msg),
        }
    }

    /// Records a SyntaxWarning about the code at `range`.
    fn warn(&mut self, range: TextRange, msg: String) {
        let line = self.lines.line(range.start().into());
        WARNINGS.with(|w| w.borrow_mut().push((line, msg)));
    }

    fn set_line(&mut self, range: TextRange) {
        self.b().span = (range.start().into(), range.end().into());
        let line = self.lines.line(range.start().into());
        self.b().line = line;
    }

    fn scope_of(&self, range: TextRange) -> &'t Scope {
        let table: &'t SymbolTable = self.table;
        table.scope_for(range).unwrap_or_else(|| table.module())
    }

    /// Starts a code unit for `scope`; slots are params, plain locals, cells, frees.
    fn push_unit(&mut self, scope: &'t Scope, name: &str, qualname: &str, first_line: u32) {
        let mut slot_names: Vec<String> = Vec::new();
        let is_function = matches!(scope.kind, ScopeKind::Function | ScopeKind::Comprehension);
        if is_function {
            slot_names.extend(scope.params.iter().cloned());
            for l in scope.plain_locals() {
                if !slot_names.contains(&l) {
                    slot_names.push(l);
                }
            }
        }
        let mut cells: Vec<String> = scope.cells.clone();
        if scope.kind == ScopeKind::Class && scope.needs_class_cell {
            cells.push("__class__".to_string());
        }
        if scope.kind == ScopeKind::Class && scope.needs_classdict {
            cells.push("__classdict__".to_string());
        }
        let mut new_cells = Vec::new();
        for c in &cells {
            if !slot_names.contains(c) {
                slot_names.push(c.clone());
            }
            new_cells.push(c.clone());
        }
        // The inline comprehensions' own slots, which share names with the function's.
        let inline_base = slot_names.len() as u32;
        if is_function {
            slot_names.extend(scope.inline_locals.iter().cloned());
        }
        let inline_end = slot_names.len() as u32;
        let free_start = slot_names.len() as u32;
        for f in &scope.frees {
            slot_names.push(f.clone());
        }
        let slots = slot_names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .filter(|&(_, i)| !(inline_base..inline_end).contains(&i))
            .collect();
        let mut b = CodeBuilder::new(first_line);
        let mut unit_slots: HashMap<String, u32> = slots;
        for c in &new_cells {
            let slot = unit_slots[c];
            b.emit(Op::MakeCell, slot);
        }
        unit_slots.shrink_to_fit();
        let flags = match scope.kind {
            ScopeKind::Module | ScopeKind::Class => CodeFlags::NAMESPACE,
            ScopeKind::Comprehension => CodeFlags::COMPREHENSION,
            ScopeKind::Function => 0,
        };
        self.units.push(Unit {
            b,
            scope,
            slots: unit_slots,
            slot_names,
            free_start,
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line,
            flags,
            fblocks: Vec::new(),
            fblock_handlers: Vec::new(),
            type_param_scope: false,
            inline_base,
            inline_names: Vec::new(),
        });
    }

    fn pop_unit(&mut self, extra_flags: u32, argcounts: (u32, u32, u32)) -> Code {
        let unit = self.units.pop().expect("unit to pop");
        unit.b.finish(
            &unit.name,
            &unit.qualname,
            self.filename.clone(),
            unit.first_line,
            unit.slot_names,
            unit.free_start,
            argcounts,
            CodeFlags(unit.flags | extra_flags | self.flags),
        )
    }

    /// The name a definition starting at `range` was written with (before private mangling).
    fn def_name<'a>(&'a self, range: TextRange, name: &'a str) -> &'a str {
        let start: u32 = range.start().into();
        self.def_names.get(&start).map_or(name, String::as_str)
    }

    /// Pushes an annotation: its value, or its text under `from __future__ import annotations`.
    fn annotation(&mut self, e: &ast::Expr) -> CompileResult<()> {
        if self.future_annotations {
            let text = unparse::unparse(e, self.source);
            self.b().load_const(crate::object::Value::string(text));
            return Ok(());
        }
        self.expr(e)
    }

    /// The qualified name for a new function or class called `name` in the current unit.
    /// Inlined comprehensions (list, set, dict) are not scopes of their own, as in CPython
    /// 3.12; a generator expression adds its name without `<locals>`.
    fn child_qualname(&self, name: &str) -> String {
        let found = self
            .units
            .iter()
            .rev()
            .find(|u| !u.type_param_scope && !u.scope.inlined);
        let Some(unit) = found else {
            return name.to_string();
        };
        match unit.scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class | ScopeKind::Comprehension => format!("{}.{name}", unit.qualname),
            _ => format!("{}.<locals>.{name}", unit.qualname),
        }
    }

    fn push_fblock(&mut self, block: FBlock) {
        let handlers = self.b().handler_stack.len();
        let unit = self.unit();
        unit.fblocks.push(block);
        unit.fblock_handlers.push(handlers);
    }

    /// Pushes a block whose clean-up runs under the first `handlers` active handlers only.
    fn push_fblock_at(&mut self, block: FBlock, handlers: usize) {
        let unit = self.unit();
        unit.fblocks.push(block);
        unit.fblock_handlers.push(handlers);
    }

    fn pop_fblock(&mut self) {
        let unit = self.unit();
        unit.fblocks.pop();
        unit.fblock_handlers.pop();
    }

    /// Emits a load, store or delete of `name` according to its scope.
    fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let unit = self.units.last().expect("unit");
        if let Some(&(_, slot)) = unit.inline_names.iter().rev().find(|(n, _)| n == name) {
            let op = ctx.pick(Op::LoadFast, Op::StoreFast, Op::DeleteFast);
            self.b().emit(op, slot);
            return;
        }
        let kind = unit.scope.kind;
        let scope =
            if name == "__class__" && kind != ScopeKind::Module && unit.slots.contains_key(name) {
                if kind == ScopeKind::Class {
                    NameScope::Cell
                } else {
                    NameScope::Free
                }
            } else {
                unit.scope.lookup(name)
            };
        let slot = unit.slots.get(name).copied();
        if scope == NameScope::GlobalOrClassDict && ctx == NameCtx::Load {
            if let Some(dict_slot) = unit.slots.get("__classdict__").copied() {
                self.b().emit(Op::LoadDeref, dict_slot);
                let i = self.b().name(name);
                self.b().emit(Op::LoadFromDictOrGlobals, i);
                return;
            }
        }
        // A list, set or dict comprehension at module level runs inline in CPython 3.12:
        // the names it does not bind are looked up as the module's own code looks them up
        // (the locals of `exec(code, globals, locals)` first).
        let module_comprehension = kind == ScopeKind::Comprehension
            && scope == NameScope::GlobalImplicit
            && ctx == NameCtx::Load
            && self
                .units
                .iter()
                .rev()
                .find(|u| !u.scope.inlined)
                .is_some_and(|u| u.scope.kind == ScopeKind::Module);
        if module_comprehension {
            let i = self.b().name(name);
            self.b().emit(Op::LoadName, i);
            return;
        }
        let (op, arg) = match (kind, scope, slot) {
            (ScopeKind::Function | ScopeKind::Comprehension, NameScope::Local, Some(s)) => {
                (ctx.pick(Op::LoadFast, Op::StoreFast, Op::DeleteFast), s)
            }
            (_, NameScope::Cell | NameScope::Free, Some(s)) => {
                let load = if kind == ScopeKind::Class {
                    Op::LoadClassDeref
                } else {
                    Op::LoadDeref
                };
                (ctx.pick(load, Op::StoreDeref, Op::DeleteDeref), s)
            }
            (ScopeKind::Function | ScopeKind::Comprehension, _, _)
            | (_, NameScope::GlobalExplicit, _) => {
                let i = self.b().name(name);
                (
                    ctx.pick(Op::LoadGlobal, Op::StoreGlobal, Op::DeleteGlobal),
                    i,
                )
            }
            _ => {
                let i = self.b().name(name);
                (ctx.pick(Op::LoadName, Op::StoreName, Op::DeleteName), i)
            }
        };
        self.b().emit(op, arg);
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Delete,
}

impl NameCtx {
    fn pick(self, load: Op, store: Op, delete: Op) -> Op {
        match self {
            NameCtx::Load => load,
            NameCtx::Store => store,
            NameCtx::Delete => delete,
        }
    }
}

#[cfg(test)]
mod tests;
