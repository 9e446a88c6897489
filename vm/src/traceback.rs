//! Printing uncaught exceptions as CPython does: chained causes and contexts, frames with
//! their source lines, repeated-frame folding, and the SyntaxError layout.

use std::collections::HashMap;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr};
use crate::interp::Vm;
use crate::object::types::TracebackEntry;
use crate::object::Value;

/// Source texts of the files compiled so far, for printing their lines.
#[derive(Default)]
pub struct SourceCache {
    files: HashMap<Rc<str>, Rc<str>>,
}

impl SourceCache {
    pub fn insert(&mut self, filename: &str, text: &str) {
        self.files.insert(filename.into(), text.into());
    }

    pub fn line(&self, filename: &str, line: u32) -> Option<String> {
        let text = self.files.get(filename)?;
        text.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(str::to_string)
    }
}

impl Vm {
    /// The full report CPython prints to stderr for an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(err.value(), &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: Value, out: &mut String, seen: &mut Vec<usize>) {
        let Value::Instance(inst) = &exc else { return };
        seen.push(exc.identity());
        if let Some(data) = &inst.exc {
            let cause = data.cause.borrow().clone();
            let context = data.context.borrow().clone();
            if let Some(c) = cause.filter(|c| !seen.contains(&c.identity())) {
                self.format_chain(c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let Some(c) =
                context.filter(|c| !data.suppress_context.get() && !seen.contains(&c.identity()))
            {
                self.format_chain(c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
            let tb = data.traceback.borrow().clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                self.format_frames(&tb, out);
            }
        }
        out.push_str(&self.format_exception_only(&exc));
    }

    fn format_frames(&mut self, tb: &[TracebackEntry], out: &mut String) {
        let mut last: Option<(&str, u32, &str)> = None;
        let mut repeats = 0;
        let flush_repeats = |out: &mut String, repeats: usize| {
            if repeats > 3 {
                let n = repeats - 3;
                let s = if n == 1 { "" } else { "s" };
                out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
            }
        };
        for entry in tb.iter().rev() {
            let key = (entry.filename.as_ref(), entry.line, entry.name.as_str());
            if last == Some(key) {
                repeats += 1;
                if repeats > 3 {
                    continue;
                }
            } else {
                flush_repeats(out, repeats);
                repeats = 1;
                last = Some(key);
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.filename,
                entry.line,
                entry.name.as_str()
            ));
            if let Some(line) = self.sources.line(&entry.filename, entry.line) {
                let trimmed = line.trim();
                if !trimmed.is_empty() {
                    out.push_str(&format!("    {trimmed}\n"));
                }
            }
        }
        flush_repeats(out, repeats);
    }

    /// The last line(s): `Type: message`, with SyntaxError's location block.
    pub fn format_exception_only(&mut self, exc: &Value) -> String {
        let Value::Instance(inst) = exc else {
            return String::new();
        };
        let cls = inst.class.clone();
        let module = cls.module.as_str();
        let name = if module == "builtins" || module == "__main__" {
            cls.qualname.borrow().as_str().to_string()
        } else {
            format!("{module}.{}", cls.qualname.borrow().as_str())
        };
        let mut out = String::new();
        let is_syntax = cls.is_subtype(&self.exc_type(ExcKind::SyntaxError));
        if is_syntax {
            let get = |k: &str| inst.dict.get_str(k);
            if let (Some(Value::Str(file)), Some(Value::Int(line))) =
                (get("filename"), get("lineno"))
            {
                out.push_str(&format!("  File \"{}\", line {line}\n", file.as_str()));
                if let Some(Value::Str(text)) = get("text") {
                    let raw = text.as_str().trim_end_matches('\n');
                    let trimmed = raw.trim_start();
                    let removed = raw.chars().count() - trimmed.chars().count();
                    if !trimmed.is_empty() {
                        out.push_str(&format!("    {}\n", trimmed.trim_end()));
                        if let Some(Value::Int(offset)) = get("offset") {
                            let col = (offset as usize).saturating_sub(1).saturating_sub(removed);
                            out.push_str(&format!("    {}^\n", " ".repeat(col)));
                        }
                    }
                }
            }
            let msg = match get("msg") {
                Some(Value::Str(m)) => m.as_str().to_string(),
                _ => self.to_str(exc).unwrap_or_default(),
            };
            out.push_str(&format!("{name}: {msg}\n"));
            return out;
        }
        let msg = match self.to_str(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        out
    }
}
