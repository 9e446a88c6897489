//! The SyntaxWarning CPython 3.12 gives for an invalid escape sequence (`'\d'`, or an octal
//! escape above `\377`) in a string, bytes or f-string literal that is not raw: the source
//! text of each literal is scanned, and its first bad escape reported at the line the
//! literal starts on.

use rustpython_ruff_python_ast::visitor::{self as walk, Visitor};
use rustpython_ruff_python_ast::{self as ast, StringFlags};
use rustpython_ruff_text_size::{Ranged, TextRange};

/// Whether `source` has a backslash at all; only then is the tree walked.
pub fn may_have(source: &str) -> bool {
    source.contains('\\')
}

/// The (source offset of the literal, message) of each literal with a bad escape.
pub fn find(module: &ast::ModModule, source: &str) -> Vec<(u32, String)> {
    let mut finder = Finder {
        source,
        found: Vec::new(),
    };
    finder.visit_body(&module.body);
    finder.found
}

struct Finder<'a> {
    source: &'a str,
    found: Vec<(u32, String)>,
}

impl Finder<'_> {
    /// Scans the text in `range` (a literal's body, between its quotes).
    fn scan(&mut self, range: TextRange, bytes: bool) {
        let body = self.source.get(range.to_std_range()).unwrap_or("");
        if let Some(msg) = first_bad_escape(body, bytes) {
            self.found.push((range.start().to_u32(), msg));
        }
    }

    /// The body of a quoted literal: its range without the prefix and the quotes.
    fn body(range: TextRange, flags: impl StringFlags) -> Option<TextRange> {
        let start = range.start() + flags.opener_len();
        let end = range.end().checked_sub(flags.closer_len())?;
        (start <= end).then(|| TextRange::new(start, end))
    }

    /// An f-string's (or format spec's) parts in CPython's order: the replacement fields
    /// (their expressions, then their format specs) as the parser meets them, then the
    /// literal text, decoded when the whole string is assembled.
    fn scan_elements(&mut self, elements: &ast::InterpolatedStringElements, raw: bool) {
        for element in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = element {
                self.visit_expr(&i.expression);
                if let Some(spec) = &i.format_spec {
                    self.scan_elements(&spec.elements, raw);
                }
            }
        }
        if raw {
            return;
        }
        for element in elements.iter() {
            if let ast::InterpolatedStringElement::Literal(lit) = element {
                self.scan(lit.range(), false);
            }
        }
    }
}

impl<'a> Visitor<'a> for Finder<'_> {
    fn visit_string_literal(&mut self, lit: &'a ast::StringLiteral) {
        if !lit.flags.prefix().is_raw() {
            if let Some(body) = Self::body(lit.range(), lit.flags) {
                self.scan(body, false);
            }
        }
    }

    fn visit_bytes_literal(&mut self, lit: &'a ast::BytesLiteral) {
        if !lit.flags.prefix().is_raw() {
            if let Some(body) = Self::body(lit.range(), lit.flags) {
                self.scan(body, true);
            }
        }
    }

    fn visit_f_string(&mut self, f: &'a ast::FString) {
        self.scan_elements(&f.elements, f.flags.prefix().is_raw());
    }

    fn visit_expr(&mut self, expr: &'a ast::Expr) {
        walk::walk_expr(self, expr);
    }
}

/// The warning for the first invalid escape of a literal body, if any.
fn first_bad_escape(body: &str, bytes: bool) -> Option<String> {
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            continue;
        }
        let next = chars.next()?;
        match next {
            '\n' | '\r' | '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | 'x' => {}
            'N' | 'u' | 'U' if !bytes => {}
            '0'..='7' => {
                let mut digits = String::from(next);
                while digits.len() < 3 {
                    match chars.peek() {
                        Some(&d @ '0'..='7') => {
                            digits.push(d);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                if u32::from_str_radix(&digits, 8).is_ok_and(|v| v > 0o377) {
                    return Some(format!("invalid octal escape sequence '\\{digits}'"));
                }
            }
            other => return Some(format!("invalid escape sequence '\\{other}'")),
        }
    }
    None
}
