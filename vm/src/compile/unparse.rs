//! Expressions back to source text, as CPython writes annotations under
//! `from __future__ import annotations` (its `ast` unparser's spacing and parentheses).

use rustpython_ruff_python_ast::{self as ast, Number, Operator};
use rustpython_ruff_text_size::Ranged;

use crate::object::format::float_repr;
use crate::object::types::str::{repr_bytes, repr_str};

/// Binding strength, weakest first, as CPython's unparser ranks them.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BOr,
    BXor,
    BAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

/// The text of `e`; `source` supplies the few forms written back verbatim (lambdas,
/// f-strings, comprehensions).
pub fn unparse(e: &ast::Expr, source: &str) -> String {
    let mut out = String::new();
    write(&mut out, e, Prec::Test, source);
    out
}

fn binop_prec(op: Operator) -> Prec {
    match op {
        Operator::BitOr => Prec::BOr,
        Operator::BitXor => Prec::BXor,
        Operator::BitAnd => Prec::BAnd,
        Operator::LShift | Operator::RShift => Prec::Shift,
        Operator::Add | Operator::Sub => Prec::Arith,
        Operator::Pow => Prec::Power,
        _ => Prec::Term,
    }
}

fn join(out: &mut String, items: &[ast::Expr], source: &str) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(out, e, Prec::Test, source);
    }
}

fn write(out: &mut String, e: &ast::Expr, outer: Prec, source: &str) {
    use ast::Expr as E;
    let paren = |out: &mut String, mine: Prec, f: &mut dyn FnMut(&mut String)| {
        let wrap = outer > mine;
        if wrap {
            out.push('(');
        }
        f(out);
        if wrap {
            out.push(')');
        }
    };
    match e {
        E::Name(n) => out.push_str(n.id.as_str()),
        E::Attribute(a) => {
            write(out, &a.value, Prec::Atom, source);
            // `1 .real` keeps the space an int literal needs.
            if let E::NumberLiteral(ast::ExprNumberLiteral {
                value: Number::Int(_),
                ..
            }) = a.value.as_ref()
            {
                out.push(' ');
            }
            out.push('.');
            out.push_str(a.attr.id.as_str());
        }
        E::Subscript(s) => {
            write(out, &s.value, Prec::Atom, source);
            out.push('[');
            match s.slice.as_ref() {
                E::Tuple(t) if !t.elts.is_empty() => {
                    join(out, &t.elts, source);
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => write(out, other, Prec::Tuple, source),
            }
            out.push(']');
        }
        E::Tuple(t) => {
            let wrap = outer > Prec::Tuple || t.elts.len() < 2;
            if wrap {
                out.push('(');
            }
            join(out, &t.elts, source);
            if t.elts.len() == 1 {
                out.push(',');
            }
            if wrap {
                out.push(')');
            }
        }
        E::List(l) => {
            out.push('[');
            join(out, &l.elts, source);
            out.push(']');
        }
        E::Set(s) => {
            out.push('{');
            join(out, &s.elts, source);
            out.push('}');
        }
        E::Dict(d) => {
            out.push('{');
            for (i, item) in d.items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match &item.key {
                    Some(k) => {
                        write(out, k, Prec::Test, source);
                        out.push_str(": ");
                        write(out, &item.value, Prec::Test, source);
                    }
                    None => {
                        out.push_str("**");
                        write(out, &item.value, Prec::BOr, source);
                    }
                }
            }
            out.push('}');
        }
        E::StringLiteral(s) => out.push_str(&repr_str(s.value.to_str())),
        E::BytesLiteral(b) => {
            let data: Vec<u8> = b.value.bytes().collect();
            out.push_str(&repr_bytes(&data));
        }
        E::NumberLiteral(n) => match &n.value {
            Number::Int(i) => out.push_str(&i.to_string()),
            Number::Float(f) => out.push_str(&float_inf(*f)),
            Number::Complex { imag, .. } if imag.is_infinite() => {
                out.push_str(&float_inf(*imag));
                out.push('j');
            }
            Number::Complex { real, imag } => {
                out.push_str(&crate::object::types::numeric::complex_repr(*real, *imag));
            }
        },
        E::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        E::NoneLiteral(_) => out.push_str("None"),
        E::EllipsisLiteral(_) => out.push_str("..."),
        E::BinOp(b) => {
            let mine = binop_prec(b.op);
            paren(out, mine, &mut |out| {
                // `**` groups to the right, the others to the left.
                let (left, right) = if b.op == Operator::Pow {
                    (next(mine), mine)
                } else {
                    (mine, next(mine))
                };
                write(out, &b.left, left, source);
                out.push(' ');
                out.push_str(b.op.as_str());
                out.push(' ');
                write(out, &b.right, right, source);
            });
        }
        E::UnaryOp(u) => {
            let (mine, text) = match u.op {
                ast::UnaryOp::Not => (Prec::Not, "not "),
                ast::UnaryOp::Invert => (Prec::Factor, "~"),
                ast::UnaryOp::UAdd => (Prec::Factor, "+"),
                ast::UnaryOp::USub => (Prec::Factor, "-"),
            };
            paren(out, mine, &mut |out| {
                out.push_str(text);
                write(out, &u.operand, mine, source);
            });
        }
        E::BoolOp(b) => {
            let (mine, text) = match b.op {
                ast::BoolOp::And => (Prec::And, " and "),
                ast::BoolOp::Or => (Prec::Or, " or "),
            };
            paren(out, mine, &mut |out| {
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(text);
                    }
                    write(out, v, next(mine), source);
                }
            });
        }
        E::Compare(c) => paren(out, Prec::Cmp, &mut |out| {
            write(out, &c.left, next(Prec::Cmp), source);
            for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                out.push(' ');
                out.push_str(op.as_str());
                out.push(' ');
                write(out, right, next(Prec::Cmp), source);
            }
        }),
        E::Call(c) => {
            write(out, &c.func, Prec::Atom, source);
            out.push('(');
            let mut first = true;
            for a in c.arguments.args.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(out, a, Prec::Test, source);
            }
            for k in c.arguments.keywords.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(name.id.as_str());
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(out, &k.value, Prec::Test, source);
            }
            out.push(')');
        }
        E::Starred(s) => {
            out.push('*');
            write(out, &s.value, Prec::BOr, source);
        }
        E::If(i) => paren(out, Prec::Test, &mut |out| {
            write(out, &i.body, next(Prec::Test), source);
            out.push_str(" if ");
            write(out, &i.test, next(Prec::Test), source);
            out.push_str(" else ");
            write(out, &i.orelse, Prec::Test, source);
        }),
        E::Await(a) => paren(out, Prec::Await, &mut |out| {
            out.push_str("await ");
            write(out, &a.value, Prec::Atom, source);
        }),
        other => {
            let text = source.get(other.range().to_std_range()).unwrap_or("");
            let wrap = outer > Prec::Test;
            if wrap {
                out.push('(');
            }
            out.push_str(text);
            if wrap {
                out.push(')');
            }
        }
    }
}

/// The next stronger level.
fn next(p: Prec) -> Prec {
    use Prec::*;
    match p {
        Tuple => Test,
        Test => Or,
        Or => And,
        And => Not,
        Not => Cmp,
        Cmp => BOr,
        BOr => BXor,
        BXor => BAnd,
        BAnd => Shift,
        Shift => Arith,
        Arith => Term,
        Term => Factor,
        Factor => Power,
        Power => Await,
        Await | Atom => Atom,
    }
}

/// A float as the unparser writes it: `inf` overflows to `1e309`.
fn float_inf(f: f64) -> String {
    if f.is_infinite() {
        "1e309".to_string()
    } else {
        float_repr(f)
    }
}
