//! Lone surrogates written as escapes in string literals (`'\ud800'`): the parser gives U+FFFD
//! for them, so literals whose source has such an escape are decoded again here and the
//! surrogates stored as `object::types::surrogate` describes.

use rustpython_ruff_python_ast::visitor::transformer::{self as walk, Transformer};
use rustpython_ruff_python_ast::{self as ast, StringFlags};
use rustpython_ruff_text_size::Ranged;

use crate::object::types::surrogate;

/// Whether `source` may write a surrogate escape; only then is the tree walked.
pub fn may_have(source: &str) -> bool {
    ["\\ud", "\\uD", "\\U0000d", "\\U0000D"]
        .iter()
        .any(|p| source.contains(p))
}

/// Puts the lone surrogates that `source`'s escapes write into the literals of `module`.
pub fn restore(module: &mut ast::ModModule, source: &str) {
    Fixer { source }.visit_body(&mut module.body);
}

struct Fixer<'a> {
    source: &'a str,
}

impl Fixer<'_> {
    /// The new value for a literal whose escaped text is `body` and parsed value `value`.
    fn fixed(&self, body: &str, value: &str, fstring: bool) -> Option<Box<str>> {
        if !value.contains('\u{FFFD}') {
            return None;
        }
        redecode(body, value, fstring).map(String::into_boxed_str)
    }

    fn fix_elements(&self, elements: &mut ast::InterpolatedStringElements, raw: bool) {
        for element in elements.iter_mut() {
            match element {
                ast::InterpolatedStringElement::Literal(lit) if !raw => {
                    let body = self.source.get(lit.range().to_std_range()).unwrap_or("");
                    if let Some(v) = self.fixed(body, &lit.value, true) {
                        lit.value = v;
                    }
                }
                ast::InterpolatedStringElement::Literal(_) => {}
                ast::InterpolatedStringElement::Interpolation(i) => {
                    self.visit_expr(&mut i.expression);
                    if let Some(spec) = &mut i.format_spec {
                        self.fix_elements(&mut spec.elements, raw);
                    }
                }
            }
        }
    }
}

impl Transformer for Fixer<'_> {
    fn visit_string_literal(&self, lit: &mut ast::StringLiteral) {
        if lit.flags.prefix().is_raw() {
            return;
        }
        let text = self.source.get(lit.range().to_std_range()).unwrap_or("");
        let open = lit.flags.opener_len().to_usize();
        let close = lit.flags.closer_len().to_usize();
        let body = text
            .get(open..text.len().saturating_sub(close))
            .unwrap_or("");
        if let Some(v) = self.fixed(body, &lit.value, false) {
            lit.value = v;
        }
    }

    fn visit_f_string(&self, f: &mut ast::FString) {
        let raw = f.flags.prefix().is_raw();
        self.fix_elements(&mut f.elements, raw);
    }

    fn visit_interpolated_string_element(&self, e: &mut ast::InterpolatedStringElement) {
        walk::walk_interpolated_string_element(self, e);
    }
}

/// Walks the escaped source `body` beside the parsed `value`: each escape gave one character
/// of `value` (none for a line continuation), and a `\u`/`\U` escape of a surrogate gave U+FFFD,
/// which is replaced by the stored surrogate. `None` if the two do not line up.
fn redecode(body: &str, value: &str, fstring: bool) -> Option<String> {
    let mut out = String::with_capacity(value.len());
    let mut vals = value.chars();
    let mut src = body.chars().peekable();
    while let Some(c) = src.next() {
        match c {
            '\\' => {
                let d = src.next()?;
                let hex = |src: &mut std::iter::Peekable<std::str::Chars>, n: usize| {
                    let digits: String = (0..n).filter_map(|_| src.next()).collect();
                    u32::from_str_radix(&digits, 16).ok()
                };
                match d {
                    '\n' => continue,
                    '\r' => {
                        src.next_if_eq(&'\n');
                        continue;
                    }
                    'u' | 'U' => {
                        let u = hex(&mut src, if d == 'u' { 4 } else { 8 })?;
                        let parsed = vals.next()?;
                        match surrogate::to_char(u) {
                            Some(s) if (0xD800..0xE000).contains(&u) => out.push(s),
                            _ => out.push(parsed),
                        }
                    }
                    'x' => {
                        hex(&mut src, 2)?;
                        out.push(vals.next()?);
                    }
                    'N' => {
                        while src.next()? != '}' {}
                        out.push(vals.next()?);
                    }
                    '0'..='7' => {
                        for _ in 0..2 {
                            src.next_if(|c| ('0'..='7').contains(c));
                        }
                        out.push(vals.next()?);
                    }
                    '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' => {
                        out.push(vals.next()?)
                    }
                    // An unknown escape keeps its backslash.
                    _ => {
                        out.push(vals.next()?);
                        out.push(vals.next()?);
                    }
                }
            }
            '{' | '}' if fstring && src.peek() == Some(&c) => {
                src.next();
                out.push(vals.next()?);
            }
            '\r' => {
                let v = vals.next()?;
                if v == '\n' {
                    src.next_if_eq(&'\n');
                }
                out.push(v);
            }
            _ => out.push(vals.next()?),
        }
    }
    vals.next().is_none().then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogate_escapes_line_up() {
        let s = surrogate::to_char(0xD800).unwrap();
        let got = redecode(r"a\ud800\x41\n\q{{", "a\u{FFFD}A\n\\q{{", false);
        assert_eq!(got, Some(format!("a{s}A\n\\q{{{{")));
        let got = redecode(r"\U0000D800{{x", "\u{FFFD}{x", true);
        assert_eq!(got, Some(format!("{s}{{x")));
        assert_eq!(redecode(r"\ud800", "", false), None);
    }
}
