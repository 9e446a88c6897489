//! CPython's SyntaxError messages for what the parser rejects: the parser's own error kinds
//! are mapped, and where CPython looks at the surrounding tokens (brackets never closed,
//! missing commas, `print` statements, tabs) the same context is examined here.

use rustpython_ruff_python_ast::token::TokenKind as T;
use rustpython_ruff_python_parser::{
    self as parser, InterpolatedStringErrorType as F, LexicalErrorType as L, ParseErrorType as P,
};
use rustpython_ruff_text_size::TextRange;

use super::LineIndex;

/// A translated parse error.
pub(super) struct Message {
    pub msg: String,
    pub indentation: bool,
    pub line: Option<u32>,
    pub column: Option<u32>,
    /// Where the marked range ends (a byte offset), when the message places it.
    pub end: Option<u32>,
}

impl Message {
    fn at(msg: impl Into<String>) -> Message {
        Message {
            msg: msg.into(),
            indentation: false,
            line: None,
            column: None,
            end: None,
        }
    }
}

/// The source's tokens as the parser makes them: (kind, start, end) byte offsets.
fn tokens(source: &str) -> Vec<(T, u32, u32)> {
    use rustpython_ruff_text_size::Ranged;
    let parsed =
        parser::parse_unchecked_source(source, rustpython_ruff_python_ast::PySourceType::Python);
    parsed
        .tokens()
        .iter()
        .map(|t| (t.kind(), t.range().start().into(), t.range().end().into()))
        .collect()
}

/// Where CPython's tokenizer finds tabs and spaces used inconsistently in an indentation
/// the parser accepted (a tab counted as 8 columns, and as 1, must order the lines alike):
/// the byte offset of the offending line's start.
pub(super) fn inconsistent_tabs(source: &str) -> Option<u32> {
    if !source.contains('\t') {
        return None;
    }
    // (column with tabs to multiples of 8, column with a tab as 1) of each open block.
    let mut blocks = vec![(0usize, 0usize)];
    let mut line_start = true;
    for (kind, start, _) in tokens(source) {
        match kind {
            T::Newline => {
                line_start = true;
                continue;
            }
            T::NonLogicalNewline | T::Comment | T::Indent | T::Dedent => continue,
            T::EndOfFile => break,
            _ if !line_start => continue,
            _ => line_start = false,
        }
        let start = start as usize;
        let begin = source[..start].rfind('\n').map_or(0, |p| p + 1);
        let (mut col, mut alt) = (0, 0);
        // The line's own leading blanks (an indentation the lexer rejects is one token).
        for c in source[begin..].chars() {
            match c {
                ' ' => (col, alt) = (col + 1, alt + 1),
                '\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                '\x0c' => (col, alt) = (0, 0),
                _ => break,
            }
        }
        let (top, top_alt) = blocks[blocks.len() - 1];
        if col > top {
            if alt <= top_alt {
                return Some(begin as u32);
            }
            blocks.push((col, alt));
            continue;
        }
        while blocks.len() > 1 && col < blocks[blocks.len() - 1].0 {
            blocks.pop();
        }
        let (top, top_alt) = blocks[blocks.len() - 1];
        if col == top && alt != top_alt {
            return Some(begin as u32);
        }
    }
    None
}

/// Brackets still open just before `offset`: (token, byte offset).
fn open_brackets(source: &str, offset: u32) -> Vec<(T, u32)> {
    let mut stack = Vec::new();
    for (kind, start, _) in tokens(source) {
        if kind == T::EndOfFile || start >= offset {
            return stack;
        }
        match kind {
            T::Lpar | T::Lsqb | T::Lbrace => stack.push((kind, start)),
            T::Rpar | T::Rsqb | T::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack
}

/// Where the expression that reaches `offset` begins: after the last `,`, `=`, `:`, opening
/// bracket or statement keyword before it at its own bracket depth. With `whole_statement`,
/// commas do not end it (the tuple of a statement's left side).
fn expression_start(source: &str, offset: u32, whole_statement: bool) -> u32 {
    // The start of the current expression at each open bracket depth.
    let mut starts: Vec<Option<u32>> = vec![None];
    for (kind, start, _) in tokens(source) {
        if kind == T::EndOfFile || start >= offset {
            break;
        }
        let boundary = match kind {
            T::Newline | T::Indent | T::Dedent | T::Semi | T::Colon | T::Equal | T::ColonEqual => {
                true
            }
            T::Comma => !whole_statement || starts.len() > 1,
            T::Return | T::Yield | T::Assert | T::Del | T::Raise | T::Await | T::In => true,
            T::Lpar | T::Lsqb | T::Lbrace => {
                if let Some(current) = starts.last_mut() {
                    current.get_or_insert(start);
                }
                starts.push(None);
                continue;
            }
            T::Rpar | T::Rsqb | T::Rbrace => {
                if starts.len() > 1 {
                    starts.pop();
                }
                continue;
            }
            T::NonLogicalNewline | T::Comment => continue,
            _ => false,
        };
        if let Some(current) = starts.last_mut() {
            if boundary {
                *current = None;
            } else {
                current.get_or_insert(start);
            }
        }
    }
    starts.last().copied().flatten().unwrap_or(offset)
}

/// Whether `offset` lies inside an f-string (between its start and end tokens).
fn inside_fstring(source: &str, offset: u32) -> bool {
    let mut depth = 0i32;
    for (kind, start, _) in tokens(source) {
        if start >= offset {
            break;
        }
        match kind {
            T::FStringStart => depth += 1,
            T::FStringEnd => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// For `if`/`elif`/`while` statements: where the condition before `offset` begins.
fn condition_keyword(source: &str, offset: u32) -> Option<u32> {
    let at = (offset as usize).min(source.len());
    let line_start = source[..at].rfind('\n').map_or(0, |p| p + 1);
    let stmt = source[line_start..at].trim_start();
    let indent = at - line_start - stmt.len();
    for keyword in ["if ", "elif ", "while "] {
        if let Some(rest) = stmt.strip_prefix(keyword) {
            let skipped = stmt.len() - rest.trim_start().len();
            return Some((line_start + indent + skipped) as u32);
        }
    }
    None
}

/// Where the expression before the colon ending the statement at `offset` ends.
/// At the `(` of `from m import (names)` whose names hold a `*`: where the star is.
fn star_in_import_list(source: &str, offset: u32) -> Option<u32> {
    let rest = source.get(offset as usize..)?;
    if !rest.starts_with('(') || !source[..offset as usize].trim_end().ends_with("import") {
        return None;
    }
    let close = rest.find(')')?;
    rest[..close].find('*').map(|i| offset + i as u32)
}

/// At a `for` after `{**expr`: where the `**` is.
fn dict_unpack_comprehension(source: &str, offset: u32) -> Option<u32> {
    if !source.get(offset as usize..)?.starts_with("for") {
        return None;
    }
    let (open, at) = *open_brackets(source, offset).last()?;
    if open != T::Lbrace {
        return None;
    }
    let inside = source.get(at as usize + 1..offset as usize)?;
    let star = inside.len() - inside.trim_start().len();
    if !inside.trim_start().starts_with("**") || inside.contains(',') || inside.contains(':') {
        return None;
    }
    Some(at + 1 + star as u32)
}

/// At a `for` ending a call argument `name=value` (an unparenthesized generator after a
/// keyword): where the name and the value start.
fn keyword_generator(source: &str, offset: u32) -> Option<(u32, u32)> {
    if !source.get(offset as usize..)?.starts_with("for") {
        return None;
    }
    let (open, at) = *open_brackets(source, offset).last()?;
    if open != T::Lpar {
        return None;
    }
    let mut argument = Vec::new();
    let mut depth = 0;
    for (kind, start, _) in tokens(source) {
        if start <= at {
            continue;
        }
        if start >= offset || kind == T::EndOfFile {
            break;
        }
        match kind {
            T::Lpar | T::Lsqb | T::Lbrace => depth += 1,
            T::Rpar | T::Rsqb | T::Rbrace => depth -= 1,
            T::Comma if depth == 0 => {
                argument.clear();
                continue;
            }
            _ => {}
        }
        argument.push((kind, start));
    }
    match argument.as_slice() {
        [(T::Name, name), (T::Equal, _), (_, value), ..] => Some((*name, *value)),
        _ => None,
    }
}

fn before_colon(source: &str, offset: u32) -> u32 {
    let mut depth = 0;
    let mut end = offset;
    for (kind, start, token_end) in tokens(source) {
        if start < offset {
            continue;
        }
        match kind {
            T::Lpar | T::Lsqb | T::Lbrace => depth += 1,
            T::Rpar | T::Rsqb | T::Rbrace => depth -= 1,
            T::Colon | T::Newline if depth <= 0 => return end,
            _ => {}
        }
        end = token_end;
    }
    end
}

/// Where the token before `offset` ends.
fn previous_token_end(source: &str, offset: u32) -> u32 {
    let mut end = offset;
    for (kind, start, token_end) in tokens(source) {
        if start >= offset {
            break;
        }
        if !matches!(kind, T::NonLogicalNewline | T::Comment) {
            end = token_end;
        }
    }
    end
}

/// For an argument at `offset` inside a call: whether the call's arguments (at its own
/// bracket depth) include a `**` unpacking, and where its closing parenthesis is.
fn call_arguments_after(source: &str, offset: u32) -> (bool, Option<u32>) {
    let Some(&(_, open)) = open_brackets(source, offset).last() else {
        return (false, None);
    };
    let mut depth = 0usize;
    let mut unpacking = false;
    // A `**` starting an argument (after the bracket or a comma) unpacks.
    let mut argument_start = true;
    for (kind, start, _) in tokens(source) {
        if start <= open {
            continue;
        }
        match kind {
            T::Lpar | T::Lsqb | T::Lbrace => depth += 1,
            T::Rpar | T::Rsqb | T::Rbrace if depth == 0 => return (unpacking, Some(start)),
            T::Rpar | T::Rsqb | T::Rbrace => depth -= 1,
            T::DoubleStar if depth == 0 && argument_start => unpacking = true,
            _ => {}
        }
        argument_start = depth == 0 && kind == T::Comma;
    }
    (unpacking, None)
}

fn bracket_char(kind: T) -> char {
    match kind {
        T::Lpar => '(',
        T::Lsqb => '[',
        T::Lbrace => '{',
        T::Rpar => ')',
        T::Rsqb => ']',
        _ => '}',
    }
}

fn closes(open: T, close: char) -> bool {
    matches!(
        (open, close),
        (T::Lpar, ')') | (T::Lsqb, ']') | (T::Lbrace, '}')
    )
}

/// CPython's message for a closing bracket the parser did not expect at `offset`.
fn closing_bracket(source: &str, offset: u32, close: char) -> Message {
    match open_brackets(source, offset).last() {
        Some((open, _)) if !closes(*open, close) => Message::at(format!(
            "closing parenthesis '{close}' does not match opening parenthesis '{}'",
            bracket_char(*open)
        )),
        None => Message::at(format!("unmatched '{close}'")),
        _ => Message::at("invalid syntax"),
    }
}

/// An expression was expected where `text` begins: a closing bracket there is unmatched.
fn expected_expression(source: &str, offset: u32, text: &str, lines: &LineIndex) -> Message {
    // `{key: }` and `{key: , ...}`: the value missing after a dictionary key's colon.
    if text.starts_with(['}', ',']) {
        let toks = tokens(source);
        let before = toks
            .iter()
            .rev()
            .find(|&&(k, s, _)| s < offset && !matches!(k, T::NonLogicalNewline | T::Comment));
        if let Some(&(T::Colon, colon, end)) = before {
            if open_brackets(source, colon)
                .last()
                .is_some_and(|&(k, _)| k == T::Lbrace)
            {
                let mut m = Message::at("expression expected after dictionary key and ':'");
                m.line = Some(lines.line(colon));
                m.column = Some(lines.column(colon) + 1);
                m.end = Some(end);
                return m;
            }
        }
    }
    match text.chars().next() {
        Some(close @ (')' | ']' | '}')) => closing_bracket(source, offset, close),
        _ => Message::at("invalid syntax"),
    }
}

/// CPython's errors for the `/` and `*` markers of a parameter list (`def f(a, /, /)`,
/// `lambda *a, *b: 0`), when the error at `offset` lies inside such a list.
fn parameter_list_error(source: &str, offset: u32, lines: &LineIndex) -> Option<Message> {
    let toks = tokens(source);
    let at = toks
        .iter()
        .position(|&(_, s, e)| s <= offset && offset < e.max(s + 1))?;
    // The list's start: `def NAME(` (or `def NAME[...](`) or `lambda`, before the error.
    let mut depth = 0i32;
    let mut start = None;
    for j in (0..=at).rev() {
        match toks[j].0 {
            T::Rpar | T::Rsqb | T::Rbrace if j < at => depth += 1,
            T::Lpar
                if depth == 0 && j >= 2 && toks[j - 1].0 == T::Name && toks[j - 2].0 == T::Def =>
            {
                start = Some((j + 1, true));
                break;
            }
            T::Lpar | T::Lsqb | T::Lbrace if depth > 0 => depth -= 1,
            T::Lpar | T::Lsqb | T::Lbrace => return None,
            T::Lambda if depth == 0 => {
                start = Some((j + 1, false));
                break;
            }
            T::Newline | T::Colon if depth == 0 => return None,
            _ => {}
        }
    }
    let (first, parenthesized) = start?;
    let mut depth = 0i32;
    let mut slash = false;
    let mut star = false;
    let mut any_param = false;
    let mut expect_param = true;
    let list = &toks[first..];
    for (i, &(kind, s, e)) in list.iter().enumerate() {
        let next = list.get(i + 1).map(|t| t.0);
        if depth == 0 {
            let done = if parenthesized {
                kind == T::Rpar
            } else {
                kind == T::Colon
            };
            if done || matches!(kind, T::Newline | T::EndOfFile) {
                break;
            }
        }
        let place = |msg: &str| {
            let mut m = Message::at(msg);
            m.line = Some(lines.line(s));
            m.column = Some(lines.column(s) + 1);
            m.end = Some(e);
            Some(m)
        };
        match kind {
            T::Lpar | T::Lsqb | T::Lbrace => depth += 1,
            T::Rpar | T::Rsqb | T::Rbrace => depth -= 1,
            _ if depth > 0 => {}
            // A leading `/` needs a comma after it for CPython's message (`def f(/)` is
            // plain invalid syntax), and so does a repeated `*` (or a name).
            T::Slash if i == 0 && next == Some(T::Comma) => {
                return place("at least one argument must precede /")
            }
            T::Slash if !any_param && !star => return None,
            T::Slash if slash => return place("/ may appear only once"),
            T::Slash if star => return place("/ must be ahead of *"),
            T::Slash => slash = true,
            T::Star if star && matches!(next, Some(T::Name | T::Comma)) => {
                return place("* argument may appear only once")
            }
            T::Star if star => return None,
            T::Star => star = true,
            T::DoubleStar => {}
            T::Comma => expect_param = true,
            T::Name if expect_param => {
                any_param = true;
                expect_param = false;
            }
            _ => {}
        }
    }
    None
}

/// The text of line `line` (1-based).
fn source_line_text<'s>(source: &'s str, lines: &LineIndex, line: u32) -> &'s str {
    let start = lines.starts.get(line as usize - 1).copied().unwrap_or(0) as usize;
    let end = source[start..]
        .find('\n')
        .map_or(source.len(), |p| start + p);
    &source[start..end]
}

/// The kind of the last significant token before `offset`.
fn token_kind_before(source: &str, offset: u32) -> Option<T> {
    tokens(source)
        .into_iter()
        .take_while(|&(_, start, _)| start < offset)
        .filter(|&(kind, _, _)| !matches!(kind, T::NonLogicalNewline | T::Comment))
        .last()
        .map(|(kind, _, _)| kind)
}

/// Whether a token can begin an expression (for the missing-comma rule).
fn starts_expression(kind: T) -> bool {
    matches!(
        kind,
        T::Int
            | T::Float
            | T::Complex
            | T::Name
            | T::String
            | T::FStringStart
            | T::Lpar
            | T::Lsqb
            | T::Lbrace
    )
}

/// Whether a token ends an expression element (looking back or ahead at bracket depth 0).
fn element_boundary(kind: T) -> bool {
    matches!(
        kind,
        T::Comma
            | T::Colon
            | T::Equal
            | T::ColonEqual
            | T::Semi
            | T::Newline
            | T::Indent
            | T::Dedent
            | T::For
            | T::If
            | T::Else
            | T::Elif
            | T::While
            | T::With
            | T::Lambda
            | T::Return
            | T::Yield
            | T::Import
            | T::From
            | T::As
            | T::Del
            | T::Assert
            | T::Raise
            | T::Async
            | T::Rarrow
            | T::EndOfFile
    )
}

/// The range CPython marks for a missing comma: from the start of the expression before
/// the token at `at` to the end of the expression starting there (`f(a.b c)` marks `a.b c`).
fn comma_range(source: &str, at: u32) -> Option<(u32, u32)> {
    let toks = tokens(source);
    let i = toks.iter().position(|&(_, s, _)| s >= at)?;
    let trivia = |k: T| matches!(k, T::NonLogicalNewline | T::Comment);
    let mut start = toks[i].1;
    let mut depth = 0;
    let mut j = i;
    while j > 0 {
        j -= 1;
        let (kind, s, _) = toks[j];
        match kind {
            _ if trivia(kind) => continue,
            T::Rpar | T::Rsqb | T::Rbrace => depth += 1,
            T::Lpar | T::Lsqb | T::Lbrace if depth == 0 => break,
            T::Lpar | T::Lsqb | T::Lbrace => depth -= 1,
            // `in` after a comprehension's `for` target ends the element; else it compares.
            T::In if depth == 0 && for_target_before(&toks[..j]) => break,
            _ if depth == 0 && element_boundary(kind) => break,
            _ => {}
        }
        start = s;
    }
    let mut end = toks[i].2;
    let mut depth = 0;
    for &(kind, _, e) in &toks[i..] {
        match kind {
            _ if trivia(kind) => continue,
            T::Lpar | T::Lsqb | T::Lbrace => depth += 1,
            T::Rpar | T::Rsqb | T::Rbrace if depth == 0 => break,
            T::Rpar | T::Rsqb | T::Rbrace => depth -= 1,
            T::In if depth == 0 => break,
            _ if depth == 0 && element_boundary(kind) => break,
            _ => {}
        }
        end = e;
    }
    Some((start, end))
}

/// Whether the innermost bracket open at `at` holds expressions, as CPython's missing-comma
/// rule requires: not a `def`'s parameter list, an import list, or a `case` pattern.
fn expression_brackets(source: &str, at: u32) -> bool {
    let toks = tokens(source);
    let Some((_, open_at)) = open_brackets(source, at).last().copied() else {
        return true;
    };
    let before: Vec<T> = toks
        .iter()
        .take_while(|&&(_, s, _)| s < open_at)
        .filter(|&&(k, _, _)| !matches!(k, T::NonLogicalNewline | T::Comment))
        .map(|&(k, _, _)| k)
        .collect();
    let n = before.len();
    let definition = n >= 2 && before[n - 1] == T::Name && before[n - 2] == T::Def;
    // `def f[T](x y)`: the parameter list after the type parameters.
    let generic_def = n >= 1 && before[n - 1] == T::Rsqb && {
        let mut depth = 0;
        let mut open = None;
        for i in (0..n).rev() {
            match before[i] {
                T::Rsqb => depth += 1,
                T::Lsqb => {
                    depth -= 1;
                    if depth == 0 {
                        open = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        open.is_some_and(|i| i >= 2 && before[i - 1] == T::Name && before[i - 2] == T::Def)
    };
    let import_list = n >= 1 && before[n - 1] == T::Import;
    // A `case` line: its first token is the soft keyword `case`.
    let line_start = source[..open_at as usize].rfind('\n').map_or(0, |p| p + 1);
    let case_pattern = source[line_start..].trim_start().starts_with("case ")
        || source[line_start..].trim_start().starts_with("case(");
    // A parameter's default value is an expression: `def f(x=1 y=2)`.
    let element = &source[open_at as usize + 1..at as usize];
    let element = element.rsplit(',').next().unwrap_or("");
    let default_value = element.contains('=');
    !((definition || generic_def) && !default_value || import_list || case_pattern)
}

/// Whether the tokens before an `in` end with a comprehension's `for TARGET`.
fn for_target_before(toks: &[(T, u32, u32)]) -> bool {
    let mut depth = 0;
    for &(kind, _, _) in toks.iter().rev() {
        match kind {
            T::Rpar | T::Rsqb | T::Rbrace => depth += 1,
            T::Lpar | T::Lsqb | T::Lbrace if depth == 0 => return false,
            T::Lpar | T::Lsqb | T::Lbrace => depth -= 1,
            T::For if depth == 0 => return true,
            _ if depth == 0 && element_boundary(kind) => return false,
            _ => {}
        }
    }
    false
}

/// "Perhaps you forgot a comma?", marked from the expression before to the one after,
/// except where CPython's rule does not apply: an element made of a name directly followed
/// by a string (`(print "x")`).
fn forgot_comma(source: &str, start: usize, found: T, lines: &LineIndex) -> Message {
    let mut m = forgot_comma_message(source, start, found);
    if m.msg.ends_with("forgot a comma?") {
        if let Some((from, to)) = comma_range(source, start as u32) {
            m.line = Some(lines.line(from));
            m.column = Some(lines.column(from) + 1);
            m.end = Some(to);
        }
    }
    m
}

fn forgot_comma_message(source: &str, start: usize, found: T) -> Message {
    if !expression_brackets(source, start as u32) {
        return Message::at("invalid syntax");
    }
    if matches!(found, T::String | T::FStringStart) {
        let before = source[..start].trim_end();
        let word_start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |p| p + 1);
        let word = &before[word_start..];
        let element_start = before[..word_start]
            .trim_end()
            .ends_with(['(', '[', '{', ',']);
        if element_start && word.starts_with(|c: char| c.is_alphabetic() || c == '_') {
            if word == "print" || word == "exec" {
                return Message::at(format!(
                    "Missing parentheses in call to '{word}'. Did you mean {word}(...)?"
                ));
            }
            return Message::at("invalid syntax");
        }
    }
    Message::at("invalid syntax. Perhaps you forgot a comma?")
}

/// Whether `source[at]` is a lone `=` (an assignment, not part of `==`, `<=`, `+=`, ...).
fn lone_equal(source: &str, at: usize) -> bool {
    let bytes = source.as_bytes();
    bytes.get(at) == Some(&b'=')
        && bytes.get(at + 1) != Some(&b'=')
        && !(at > 0 && b"=!<>+-*/%&|^@:".contains(&bytes[at - 1]))
}

/// CPython adds "here. Maybe you meant '==' instead of '='?" only when the invalid target is
/// the whole left side of a single `=` (`1 = x`, `a, 1 = x`), not in `for`/`with` targets,
/// chained assignments or parenthesized target lists.
fn assignment_suffix(source: &str, mut start: usize, mut end: usize) -> bool {
    // A parenthesized target is the whole target too: `(yield) = 1`.
    while source[..start].trim_end().ends_with('(') && source[end..].trim_start().starts_with(')') {
        start = source[..start].trim_end().len() - 1;
        end = source.len() - source[end..].trim_start().len() + 1;
    }
    // The statement's start: the line's, or just after a `;` before the target.
    let line_start = source[..start].rfind(['\n', ';']).map_or(0, |p| p + 1);
    let line_end = source[end..].find('\n').map_or(source.len(), |p| end + p);
    let after = source[end..line_end].trim_start();
    let eq = line_end - source[end..line_end].trim_start().len();
    if !after.starts_with('=') || !lone_equal(source, eq) {
        return false;
    }
    let before = source[line_start..start].trim_start();
    if before.starts_with("for ") || before.starts_with("with ") || before.starts_with("async ") {
        return false;
    }
    !(line_start..start).any(|i| lone_equal(source, i))
        && !(eq + 1..line_end).any(|i| lone_equal(source, i))
}

/// Whether `text` is an expression of CPython's `bitwise_or` level or tighter, other than a
/// display or the constants True/False/None: only such a target gets the "Maybe you meant
/// '=='" hint (`not x = 1` or `a < b = 1` do not).
fn bitwise_level(text: &str) -> bool {
    use rustpython_ruff_python_ast::{Expr as E, UnaryOp};
    let text = text.trim();
    let parsed =
        parser::parse_expression(text).or_else(|_| parser::parse_expression(&format!("({text})")));
    let Ok(parsed) = parsed else {
        return true;
    };
    let parenthesized = text.starts_with('(');
    match parsed.into_syntax().body.as_ref() {
        E::BoolOp(_) | E::Compare(_) | E::If(_) | E::Lambda(_) | E::Named(_) => parenthesized,
        E::UnaryOp(u) if u.op == UnaryOp::Not => parenthesized,
        E::Generator(_) | E::List(_) | E::Tuple(_) => false,
        E::BooleanLiteral(_) | E::NoneLiteral(_) => false,
        _ => true,
    }
}

/// What kind of expression CPython names in "cannot assign to ...".
fn expression_kind(text: &str) -> &'static str {
    use rustpython_ruff_python_ast::Expr as E;
    let text = text.trim();
    if text.starts_with('*') && !text.starts_with("**") {
        return "starred";
    }
    // A bare `yield` does not parse as an expression on its own.
    let inner = text.trim_start_matches('(').trim_start();
    if inner.strip_prefix("yield").is_some_and(|rest| {
        !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_' || !c.is_ascii())
    }) {
        return "yield expression";
    }
    let Ok(parsed) = parser::parse_expression(text) else {
        return "expression";
    };
    match parsed.into_syntax().body.as_ref() {
        E::Call(_) => "function call",
        E::NumberLiteral(_) | E::StringLiteral(_) | E::BytesLiteral(_) => "literal",
        E::EllipsisLiteral(_) => "ellipsis",
        E::Tuple(_) => "tuple",
        E::List(_) => "list",
        E::Starred(_) => "starred",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        E::NoneLiteral(_) => "None",
        E::Lambda(_) => "lambda",
        E::Compare(_) => "comparison",
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::FString(_) => "f-string expression",
        E::Generator(_) => "generator expression",
        E::ListComp(_) => "list comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::If(_) => "conditional expression",
        E::Await(_) => "await expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Named(_) => "named expression",
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        _ => "expression",
    }
}

/// CPython's error for a bad escape in a str or bytes literal (`'\x4'`, `'\N{NOPE}'`): the
/// position is counted as CPython's decoder counts it, where every non-ASCII character of a
/// str literal stands for the ten bytes of a `\U` escape, and the whole literal is marked.
/// `offset` is where the parser met the error, which identifies a bad `\N{...}` name.
fn escape_error(source: &str, offset: u32, lines: &LineIndex) -> Option<Message> {
    let (_, start, end) = tokens(source)
        .into_iter()
        .find(|&(kind, s, e)| kind == T::String && s <= offset && offset <= e)?;
    let text = source.get(start as usize..end as usize)?;
    let prefix = text.find(['\'', '"'])?;
    let flags = text[..prefix].to_ascii_lowercase();
    if flags.contains('r') {
        return None;
    }
    let bytes = flags.contains('b');
    let quote = if text[prefix..].starts_with("\"\"\"") || text[prefix..].starts_with("'''") {
        3
    } else {
        1
    };
    let body_start = prefix + quote;
    let body = text.get(body_start..text.len().checked_sub(quote)?)?;
    let units = |c: char| if c.is_ascii() { 1 } else { 10 };
    let total: usize = body.chars().map(units).sum();
    let decode_error = |from: usize, to: usize, what: &str| {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}"
        )
    };
    let mut chars = body.char_indices().peekable();
    let mut pos = 0usize;
    let failure = loop {
        let (_, c) = chars.next()?;
        if c != '\\' {
            pos += units(c);
            continue;
        }
        let at = pos;
        let (_, kind) = chars.next()?;
        pos += 1 + units(kind);
        let digits = match kind {
            'x' => 2,
            'u' | 'U' if !bytes => {
                if kind == 'u' {
                    4
                } else {
                    8
                }
            }
            'N' if !bytes => {
                let name_at = body_start as u32 + start;
                let rest = &body[chars.peek().map_or(body.len(), |&(i, _)| i)..];
                if !rest.starts_with('{') {
                    break decode_error(at, at + 1, "malformed \\N character escape");
                }
                let Some(close) = rest.find('}') else {
                    break decode_error(at, total - 1, "malformed \\N character escape");
                };
                if close == 1 {
                    break decode_error(at, at + 2, "malformed \\N character escape");
                }
                let name_start = name_at + (body.len() - rest.len()) as u32;
                if (name_start..=name_start + close as u32).contains(&offset) {
                    break decode_error(at, at + 2 + close, "unknown Unicode character name");
                }
                for _ in 0..=close {
                    chars.next();
                }
                pos += close + 1;
                continue;
            }
            _ => continue,
        };
        let mut value = 0u32;
        let mut valid = 0;
        while valid < digits {
            match chars.peek().and_then(|&(_, d)| d.to_digit(16)) {
                Some(d) => {
                    value = value * 16 + d;
                    valid += 1;
                    chars.next();
                }
                None => break,
            }
        }
        pos += valid;
        if valid < digits {
            if bytes {
                break format!("(value error) invalid \\x escape at position {at}");
            }
            let what = match kind {
                'x' => "truncated \\xXX escape",
                'u' => "truncated \\uXXXX escape",
                _ => "truncated \\UXXXXXXXX escape",
            };
            break decode_error(at, at + 1 + valid, what);
        }
        if value > 0x10FFFF {
            break decode_error(at, at + 9, "illegal Unicode character");
        }
    };
    Some(Message {
        msg: failure,
        indentation: false,
        line: Some(lines.line(start)),
        column: Some(lines.column(start) + 1),
        end: Some(end),
    })
}

/// CPython's message (and location, when it differs) for a parse error.
pub(super) fn cpython_message(
    error: &P,
    location: TextRange,
    source: &str,
    lines: &LineIndex,
) -> Message {
    let start = usize::from(location.start()).min(source.len());
    let end = usize::from(location.end()).min(source.len());
    let text = source.get(start..end).unwrap_or("");
    let offset: u32 = location.start().into();
    if matches!(
        error,
        P::Lexical(L::UnicodeError | L::MissingUnicodeLbrace | L::MissingUnicodeRbrace)
    ) {
        if let Some(found) = escape_error(source, offset, lines) {
            return found;
        }
    }
    if let Some(m) = parameter_list_error(source, offset, lines) {
        return m;
    }
    // An unclosed bracket from an earlier line is what CPython reports first.
    let unclosed = |at: u32| -> Option<Message> {
        let open = open_brackets(source, at);
        let (kind, pos) = *open.last()?;
        if !matches!(error, P::Lexical(L::Eof)) {
            // Only a bracket still open at the end of the source was never closed.
            let at_end = open_brackets(source, source.len() as u32);
            if lines.line(pos) == lines.line(at) || !at_end.iter().any(|(_, p)| *p == pos) {
                return None;
            }
        }
        Some(Message {
            msg: format!("'{}' was never closed", bracket_char(kind)),
            indentation: false,
            line: Some(lines.line(pos)),
            column: Some(lines.column(pos) + 1),
            end: None,
        })
    };
    match error {
        P::UnexpectedIndentation => {
            let line_text = super::source_line(source, lines.line(offset));
            let indent: String = line_text
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            let prev_indent_has_other = source[..start.min(source.len())]
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .map(|l| {
                    l.chars()
                        .take_while(|c| *c == ' ' || *c == '\t')
                        .collect::<String>()
                })
                .is_some_and(|p| {
                    (p.contains('\t') && indent.contains(' '))
                        || (p.contains(' ') && indent.contains('\t'))
                });
            if prev_indent_has_other {
                return Message {
                    msg: "inconsistent use of tabs and spaces in indentation".into(),
                    indentation: true,
                    line: None,
                    column: None,
                    end: None,
                };
            }
            // CPython places it at the last character of the indentation.
            Message {
                msg: "unexpected indent".into(),
                indentation: true,
                line: None,
                column: Some(indent.chars().count() as u32),
                end: None,
            }
        }
        P::Lexical(L::IndentationError) => Message {
            msg: "unindent does not match any outer indentation level".into(),
            indentation: true,
            line: None,
            column: None,
            end: None,
        },
        P::Lexical(L::UnclosedStringError) => {
            if text.starts_with("\"\"\"")
                || text.starts_with("'''")
                || text.contains("\"\"\"")
                || text.contains("'''")
            {
                let last = lines.line(source.trim_end_matches(['\n', '\r']).len() as u32);
                Message::at(format!(
                    "unterminated triple-quoted string literal (detected at line {last})"
                ))
            } else {
                Message::at(format!(
                    "unterminated string literal (detected at line {})",
                    lines.line(offset)
                ))
            }
        }
        P::Lexical(L::Eof) => unclosed(source.len() as u32)
            .unwrap_or_else(|| Message::at("unexpected EOF while parsing")),
        P::Lexical(L::UnrecognizedToken { tok }) => {
            let cp = *tok as u32;
            if tok.is_ascii_graphic() {
                // `$`, `?`, `` ` ``: CPython's tokenizer makes an error token of them.
                Message::at("invalid syntax")
            } else if tok.is_control()
                || tok.is_whitespace()
                || matches!(cp, 0xA0 | 0xAD | 0x200B..=0x200F | 0xFEFF)
            {
                Message::at(format!("invalid non-printable character U+{cp:04X}"))
            } else {
                Message::at(format!("invalid character '{tok}' (U+{cp:04X})"))
            }
        }
        P::Lexical(L::OtherError(m))
            if m.contains("decimal integer literal") || m.contains("decimal literal") =>
        {
            let digits = text.trim_start_matches(['-', '+']);
            if digits.starts_with('0')
                && digits.len() > 1
                && digits.chars().all(|c| c.is_ascii_digit() || c == '_')
            {
                Message::at("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
            } else {
                Message::at("invalid decimal literal")
            }
        }
        P::InvalidNamedAssignmentTarget => Message::at(format!(
            "cannot use assignment expressions with {}",
            expression_kind(text)
        )),
        P::OtherError(m)
            if m == "Only single target (not tuple) can be annotated"
                || m == "Only single target (not list) can be annotated" =>
        {
            let mut message = Message::at(m.replacen('O', "o", 1));
            // Without brackets CPython marks the first element: `a, b: int`.
            if !text.starts_with(['(', '[']) {
                let mut depth = 0i32;
                let first = text.char_indices().find(|&(_, c)| {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' => depth -= 1,
                        _ => {}
                    }
                    c == ',' && depth == 0
                });
                if let Some((comma, _)) = first {
                    message.end = Some((start + text[..comma].trim_end().len()) as u32);
                }
            }
            message
        }
        P::InvalidAnnotatedAssignmentTarget if expression_kind(text) == "starred" => {
            // CPython's grammar has no annotated starred target: the `:` is unexpected.
            let colon = end + (source[end..].len() - source[end..].trim_start().len());
            Message {
                msg: "invalid syntax".into(),
                indentation: false,
                line: Some(lines.line(colon as u32)),
                column: Some(lines.column(colon as u32) + 1),
                end: Some(colon as u32 + 1),
            }
        }
        P::InvalidAnnotatedAssignmentTarget => Message::at("illegal target for annotation"),
        P::InvalidAssignmentTarget => match expression_kind(text) {
            kind @ ("None" | "True" | "False") => Message::at(format!("cannot assign to {kind}")),
            "yield expression"
                if !source[..start].trim_end().ends_with('(')
                    && !text.starts_with('(')
                    && source[end..].trim_start().starts_with('=') =>
            {
                Message::at("assignment to yield expression not possible")
            }
            kind if assignment_suffix(source, start, end) && bitwise_level(text) => Message::at(
                format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?"),
            ),
            kind => Message::at(format!("cannot assign to {kind}")),
        },
        P::InvalidAugmentedAssignmentTarget => Message::at(format!(
            "'{}' is an illegal expression for augmented assignment",
            expression_kind(text)
        )),
        P::InvalidDeleteTarget => Message::at(format!("cannot delete {}", expression_kind(text))),
        P::DuplicateKeywordArgumentError(name) => {
            Message::at(format!("keyword argument repeated: {name}"))
        }
        P::OtherError(m) if m == "Expected one or more exception types" => {
            Message::at("expected one or more exception types")
        }
        P::OtherError(m) if m == "Cannot have both 'except' and 'except*' on the same 'try'" => {
            Message::at("cannot have both 'except' and 'except*' on the same 'try'")
        }
        P::ExpectedRealNumber => Message::at("real number required in complex literal"),
        P::ExpectedImaginaryNumber => Message::at("imaginary number required in complex literal"),
        P::OtherError(m) if m == "Positional patterns cannot follow keyword patterns" => {
            Message::at("positional patterns follow keyword patterns")
        }
        P::PositionalAfterKeywordArgument | P::PositionalAfterKeywordUnpacking => {
            // CPython names the call's `**` unpacking when it has one, and marks the
            // call's closing parenthesis.
            let (unpacking, close) = call_arguments_after(source, offset);
            let msg = if unpacking {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            };
            match close {
                Some(at) => Message {
                    msg: msg.into(),
                    indentation: false,
                    line: Some(lines.line(at)),
                    column: Some(lines.column(at) + 1),
                    end: Some(at + 1),
                },
                None => Message::at(msg),
            }
        }
        P::VarParameterWithDefault => {
            let keyword = source[..start].trim_end().ends_with("**")
                || source[..start]
                    .trim_end()
                    .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
                    .trim_end()
                    .ends_with("**");
            Message::at(if keyword {
                "var-keyword argument cannot have default value"
            } else {
                "var-positional argument cannot have default value"
            })
        }
        P::NonDefaultParamAfterDefaultParam => {
            Message::at("parameter without a default follows parameter with a default")
        }
        P::UnparenthesizedGeneratorExpression => {
            Message::at("Generator expression must be parenthesized")
        }
        P::IterableUnpackingInComprehension => {
            Message::at("iterable unpacking cannot be used in comprehension")
        }
        // `{**a for a in b}`: CPython marks the `**`.
        _ if let Some(at) = dict_unpack_comprehension(source, offset) => Message {
            msg: "dict unpacking cannot be used in dict comprehension".into(),
            indentation: false,
            line: Some(lines.line(at)),
            column: Some(lines.column(at) + 1),
            end: Some(at + 2),
        },
        // `from m import (a, *)`: CPython marks the star.
        _ if let Some(at) = star_in_import_list(source, offset) => Message {
            msg: "invalid syntax".into(),
            indentation: false,
            line: Some(lines.line(at)),
            column: Some(lines.column(at) + 1),
            end: Some(at + 1),
        },
        // `f(k=x for x in y)`: CPython reads `k=` as a mistaken comparison.
        _ if let Some((name, value)) = keyword_generator(source, offset) => Message {
            msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
            indentation: false,
            line: Some(lines.line(name)),
            column: Some(lines.column(name) + 1),
            end: Some(value),
        },
        P::ExpectedToken {
            expected: T::Colon,
            found: T::Equal,
        } if condition_keyword(source, offset).is_some() => {
            // `if x = 1:`: CPython marks the condition up to the colon.
            let begin = condition_keyword(source, offset).unwrap_or(offset);
            Message {
                msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                indentation: false,
                line: Some(lines.line(begin)),
                column: Some(lines.column(begin) + 1),
                end: Some(before_colon(source, offset)),
            }
        }
        P::ExpectedToken {
            expected: T::Colon,
            found: T::Comma | T::Rbrace,
        } if matches!(open_brackets(source, offset).last(), Some((T::Lbrace, _))) => {
            Message::at("':' expected after dictionary key")
        }
        P::ExpectedToken {
            expected: T::Colon,
            found,
        } => {
            // CPython asks for the colon where the header's line ends, or right after a
            // keyword that takes nothing else (`else print(x)`); elsewhere it is a plain
            // syntax error, or a missing comma inside a subscript.
            let before = token_kind_before(source, offset);
            if matches!(found, T::Newline | T::EndOfFile)
                || matches!(before, Some(T::Else | T::Try | T::Finally))
            {
                Message::at("expected ':'")
            } else if starts_expression(*found)
                && matches!(open_brackets(source, offset).last(), Some((T::Lsqb, _)))
            {
                forgot_comma(source, start, *found, lines)
            } else {
                Message::at("invalid syntax")
            }
        }
        P::ExpectedToken {
            expected: T::In,
            found,
        } if starts_expression(*found) && !open_brackets(source, offset).is_empty() => {
            // `[x for x y]`: CPython reads two expressions side by side.
            forgot_comma(source, start, *found, lines)
        }
        P::ExpectedToken {
            expected: T::Else, ..
        } => {
            // CPython marks the whole conditional expression, up to the token found.
            let begin = expression_start(source, offset, false);
            Message {
                msg: "expected 'else' after 'if' expression".into(),
                indentation: false,
                line: Some(lines.line(begin)),
                column: Some(lines.column(begin) + 1),
                end: Some(offset),
            }
        }
        P::ExpectedToken { found, .. } if matches!(found, T::Rpar | T::Rsqb | T::Rbrace) => {
            closing_bracket(source, offset, bracket_char(*found))
        }
        P::ExpectedExpression if inside_fstring(source, offset) => {
            // An empty replacement field, or one the f-string ends inside.
            let field = source[..start].rfind('{').map_or(start, |p| p + 1);
            let inside = source[field..start].trim_start();
            let next = source[start..].chars().next().unwrap_or('}');
            if inside.starts_with("lambda") && source[field..start].trim_end().ends_with(':') {
                // `f'{lambda x: x}'`: marked from `lambda` to its colon.
                let from = field + (source[field..].len() - source[field..].trim_start().len());
                let colon = source[..start].trim_end().len();
                let mut m =
                    Message::at("f-string: lambda expressions are not allowed without parentheses");
                m.column = Some(lines.column(from as u32) + 1);
                m.line = Some(lines.line(from as u32));
                m.end = Some(colon as u32);
                m
            } else if inside.is_empty() && matches!(next, '!' | ':' | '=' | '}') {
                let mut m = Message::at(format!(
                    "f-string: valid expression required before '{next}'"
                ));
                m.end = Some(offset + 1);
                m
            } else if inside.is_empty() && matches!(next, ')' | ']') {
                let mut m = Message::at(format!("f-string: unmatched '{next}'"));
                m.end = Some(offset);
                m
            } else if inside.is_empty() && !matches!(next, '\'' | '"' | '\n' | '\r') {
                let mut m = Message::at("f-string: expecting a valid expression after '{'");
                m.end = Some(offset + 1);
                m
            } else {
                let mut m = Message::at("f-string: expecting '}'");
                m.end = Some(offset);
                m
            }
        }
        P::FStringError(F::InvalidConversionFlag) if end > start + 1 => {
            // A conversion of several characters (`!rr`) is named whole.
            let mut m = Message::at(format!(
                "f-string: invalid conversion character '{text}': expected 's', 'r', or 'a'"
            ));
            m.end = Some(end as u32);
            m
        }
        P::FStringError(F::InvalidConversionFlag) => {
            let flag = source[start..].chars().next().unwrap_or('}');
            let mut m = if matches!(flag, '}' | ':') {
                Message::at("f-string: missing conversion character")
            } else {
                Message::at(format!(
                    "f-string: invalid conversion character '{flag}': expected 's', 'r', or 'a'"
                ))
            };
            m.end = Some(offset + 1);
            m
        }
        P::Lexical(L::FStringError(
            kind @ (F::UnterminatedString | F::UnterminatedTripleQuotedString),
        )) if !source_line_text(source, lines, lines.line(offset)).contains('#') => {
            // Placed at the f-string's prefix, detected where the line (or the source) ends.
            let quote = source[..start].rfind(['\'', '"']).unwrap_or(start);
            let quote = source[..quote]
                .trim_end_matches(['\'', '"'])
                .len()
                .min(quote);
            let prefix = source[..quote]
                .trim_end_matches(|c: char| "fFrRbBuU".contains(c))
                .len();
            let triple = matches!(kind, F::UnterminatedTripleQuotedString);
            let detected = if triple {
                let n = source.matches('\n').count() as u32;
                if source.ends_with('\n') {
                    n
                } else {
                    n + 1
                }
            } else {
                lines.line(offset)
            };
            let what = if triple {
                "unterminated triple-quoted f-string literal"
            } else {
                "unterminated f-string literal"
            };
            let mut m = Message::at(format!("{what} (detected at line {detected})"));
            m.line = Some(lines.line(prefix as u32));
            m.column = Some(lines.column(prefix as u32) + 1);
            m.end = Some(prefix as u32);
            m
        }
        P::Lexical(L::InvalidByteLiteral) => {
            // The whole bytes literal is marked.
            let literal = tokens(source)
                .into_iter()
                .find(|&(k, s, e)| k == T::String && s <= offset && offset <= e);
            let mut m = Message::at("bytes can only contain ASCII literal characters");
            if let Some((_, s, e)) = literal {
                m.line = Some(lines.line(s));
                m.column = Some(lines.column(s) + 1);
                m.end = Some(e);
            }
            m
        }
        P::OtherError(m) if m.starts_with("Bytes literal cannot be mixed") => {
            // CPython points just past the literals.
            let at = end as u32;
            let mut m = Message::at("cannot mix bytes and nonbytes literals");
            m.line = Some(lines.line(at));
            m.column = Some(lines.column(at) + 1);
            m.end = Some(at + 1);
            m
        }
        P::Lexical(L::LineContinuationError)
            if source[start..].trim_end_matches(['\n', '\r']) == "\\" =>
        {
            // A continuation at the end of the source.
            let at = start as u32 + 1;
            let mut m = Message::at("unexpected EOF while parsing");
            m.line = Some(lines.line(start as u32));
            m.column = Some(lines.column(at) + 1);
            m
        }
        P::Lexical(L::FStringError(F::SingleRbrace)) | P::FStringError(F::SingleRbrace) => {
            let mut m = Message::at("f-string: single '}' is not allowed");
            m.end = Some(offset);
            m
        }
        P::ExpectedExpression => expected_expression(source, offset, text, lines),
        P::OtherError(m) if m.starts_with("Expected an expression or a") => {
            expected_expression(source, offset, text, lines)
        }
        P::ExpectedToken {
            expected: T::Rpar | T::Rsqb | T::Rbrace,
            found:
                found @ (T::Int
                | T::Float
                | T::Complex
                | T::Name
                | T::String
                | T::FStringStart
                | T::Lpar
                | T::Lsqb
                | T::Lbrace),
        } => forgot_comma(source, start, *found, lines),
        P::ExpectedToken {
            expected: T::Comma,
            found:
                T::PlusEqual
                | T::MinusEqual
                | T::StarEqual
                | T::SlashEqual
                | T::DoubleSlashEqual
                | T::PercentEqual
                | T::DoubleStarEqual
                | T::AtEqual
                | T::AmperEqual
                | T::VbarEqual
                | T::CircumflexEqual
                | T::LeftShiftEqual
                | T::RightShiftEqual,
        } if open_brackets(source, offset).is_empty() => {
            // `a, b += 1`: the left side is a tuple.
            let begin = expression_start(source, offset, true);
            Message {
                msg: "'tuple' is an illegal expression for augmented assignment".into(),
                indentation: false,
                line: Some(lines.line(begin)),
                column: Some(lines.column(begin) + 1),
                end: Some(previous_token_end(source, offset)),
            }
        }
        P::InvalidArgumentUnpackingOrder => {
            let mut m =
                Message::at("iterable argument unpacking follows keyword argument unpacking");
            m.end = Some(offset + 1);
            m
        }
        P::OtherError(m) if m.starts_with("Multiple exception types must be parenthesized") => {
            // CPython marks the types and the name bound with `as`.
            let name_end = match source[end..].trim_start().strip_prefix("as") {
                Some(after_as) => {
                    let name = after_as.trim_start();
                    let len = name
                        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .unwrap_or(name.len());
                    source.len() - name.len() + len
                }
                None => end,
            };
            let mut m = Message::at("multiple exception types must be parenthesized");
            m.end = Some(name_end as u32);
            m
        }
        P::OtherError(m) if m == "Expected a parameter or the end of the parameter list" => {
            Message::at("invalid syntax")
        }
        P::ParamAfterVarKeywordParam => Message::at("arguments cannot follow var-keyword argument"),
        P::ExpectedKeywordParam => Message::at("named arguments must follow bare *"),
        P::OtherError(m)
            if m == "Expected a parameter name"
                && matches!(text, "True" | "False" | "None")
                && source[end..].trim_start().starts_with('=') =>
        {
            Message::at(format!("cannot assign to {text}"))
        }
        P::Lexical(L::LineContinuationError) => {
            Message::at("unexpected character after line continuation character")
        }
        P::Lexical(L::OtherError(m)) if m.starts_with("ParseIntError") => {
            let lower = text.to_ascii_lowercase();
            let (name, radix) = if lower.starts_with("0x") {
                ("hexadecimal", 16)
            } else if lower.starts_with("0o") {
                ("octal", 8)
            } else if lower.starts_with("0b") {
                ("binary", 2)
            } else {
                return Message::at("invalid syntax");
            };
            match source[end..].chars().next() {
                Some(c) if radix != 16 && c.is_ascii_digit() => {
                    Message::at(format!("invalid digit '{c}' in {name} literal"))
                }
                // CPython stops after the prefix and what digits follow it.
                _ => {
                    let mut m = Message::at(format!("invalid {name} literal"));
                    m.column = Some(lines.column(end as u32).max(1));
                    m
                }
            }
        }
        P::ExpectedToken {
            expected: T::Comma,
            found,
        } => {
            if let Some(m) = unclosed(offset) {
                return m;
            }
            let expression_start = matches!(
                found,
                T::Int
                    | T::Float
                    | T::Name
                    | T::String
                    | T::FStringStart
                    | T::Lpar
                    | T::Lsqb
                    | T::Lbrace
            );
            if expression_start && !open_brackets(source, offset).is_empty() {
                forgot_comma(source, start, *found, lines)
            } else {
                Message::at("invalid syntax")
            }
        }
        P::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            // The header's colon: the last token before the block other than comments and
            // line breaks.
            let colon = tokens(source)
                .into_iter()
                .take_while(|&(_, s, _)| s < offset)
                .filter(|&(k, _, _)| {
                    !matches!(
                        k,
                        T::NonLogicalNewline | T::Comment | T::Newline | T::Indent | T::Dedent
                    )
                })
                .last()
                .map_or(offset, |(_, s, _)| s);
            let header_line = lines.line(colon);
            let header_text = source_line_text(source, lines, header_line);
            let mut what = m
                .trim_start_matches("Expected an indented block after ")
                .replace('`', "'")
                .replace("'class' definition", "class definition")
                .replace("'def' definition", "function definition")
                .replace(" clause", " statement")
                .replace("'case' block", "'case' statement");
            if what == "'except' statement" && header_text.trim_start().starts_with("except*") {
                what = "'except*' statement".to_string();
            }
            // CPython names the line of the block's header statement.
            Message {
                msg: format!("expected an indented block after {what} on line {header_line}"),
                indentation: true,
                line: Some(lines.line(offset)),
                column: None,
                end: None,
            }
        }
        P::OtherError(m) if m.contains("`except` or `finally`") => {
            Message::at("expected 'except' or 'finally' block")
        }
        P::OtherError(m) if m == "Expected a statement" => {
            let close = text.chars().next().unwrap_or(' ');
            if matches!(close, ')' | ']' | '}') {
                return Message::at(format!("unmatched '{close}'"));
            }
            Message::at("invalid syntax")
        }
        P::SimpleStatementsOnSameLine => {
            // The statement's start: the line's, or just after a `;` before the target.
            let line_start = source[..start].rfind(['\n', ';']).map_or(0, |p| p + 1);
            let stmt = source[line_start..start].trim_start();
            // CPython marks the whole statement, from its first column.
            let indent = source[line_start..start].chars().count() - stmt.chars().count();
            for word in ["print", "exec"] {
                let legacy = stmt.strip_prefix(word).is_some_and(|rest| {
                    rest.starts_with(' ') && !rest.trim_start().starts_with('(')
                });
                if legacy || (word == "print" && stmt == word) {
                    let mut m = Message::at(format!(
                        "Missing parentheses in call to '{word}'. Did you mean {word}(...)?"
                    ));
                    m.column = Some(indent as u32 + 1);
                    m.line = Some(lines.line(start as u32));
                    return m;
                }
            }
            // `0b102`, `0o78`: the literal stops at the first digit outside its base.
            let number = stmt
                .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let adjacent = !source[..start].ends_with(|c: char| c.is_whitespace());
            if let Some(digit) = text
                .chars()
                .next()
                .filter(|c| adjacent && c.is_ascii_digit())
            {
                if number.starts_with("0b") {
                    return Message::at(format!("invalid digit '{digit}' in binary literal"));
                }
                if number.starts_with("0o") {
                    return Message::at(format!("invalid digit '{digit}' in octal literal"));
                }
            }
            // A number run into a name: CPython's tokenizer stops at the name's first
            // character (after an `e` and its sign, when they look like an exponent).
            let float_end = stmt.ends_with('.')
                && stmt[..stmt.len() - 1].ends_with(|c: char| c.is_ascii_digit());
            if adjacent
                && (stmt.ends_with(|c: char| c.is_ascii_digit()) || float_end)
                && text.starts_with(|c: char| c.is_alphabetic() || c == '_')
            {
                let at = start as u32;
                let past = if text.starts_with(['e', 'E'])
                    && source[start + 1..].starts_with(['+', '-'])
                {
                    2
                } else {
                    u32::from(text.starts_with('_'))
                };
                let mut m = Message::at("invalid decimal literal");
                m.column = Some((lines.column(at) + past).max(1));
                return m;
            }
            if adjacent
                && number.ends_with('j')
                && text.starts_with(|c: char| c.is_alphanumeric() || c == '_')
            {
                let mut m = Message::at("invalid imaginary literal");
                m.column = Some(lines.column(start as u32));
                return m;
            }
            generic(source, lines)
        }
        _ => generic(source, lines),
    }
}

/// The generic error, unless a bracket is never closed: CPython then reports the innermost
/// one still open at the end (its tokenizer, run over the whole source, meets it there).
fn generic(source: &str, lines: &LineIndex) -> Message {
    match open_brackets(source, source.len() as u32).last() {
        Some(&(kind, pos)) => Message {
            msg: format!("'{}' was never closed", bracket_char(kind)),
            indentation: false,
            line: Some(lines.line(pos)),
            column: Some(lines.column(pos) + 1),
            end: None,
        },
        None => Message::at("invalid syntax"),
    }
}
