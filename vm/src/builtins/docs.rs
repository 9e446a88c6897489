//! Docstrings of built-in functions, types and methods, read from the library's table
//! (`stdlib/data/docs.txt`, `key<TAB>text` lines) on first use. A text that begins with a
//! signature line followed by `--` gives `__text_signature__`, and the rest is `__doc__`, as
//! CPython's built-ins carry them.

use hashbrown::HashMap;
use std::rc::Rc;

use crate::interp::Vm;
use crate::object::types::PyBuiltin;
use crate::object::Value;

/// Where the table comes from: the library that embeds it (`Vm::set_doc_source`), in two
/// parts: the native modules' docstrings (`module:NAME` keys, true) and the others (false).
pub type DocSource = fn(bool) -> Option<String>;

/// One part of the table, read: key to docstring.
pub type DocTable = std::rc::Rc<HashMap<String, std::rc::Rc<str>>>;

impl Vm {
    fn doc_entry(&mut self, key: &str) -> Option<Rc<str>> {
        // Importing a native module reads only the small part with the modules' texts.
        let part = usize::from(key.starts_with("module:"));
        if self.doc_tables[part].is_none() {
            let text = self
                .doc_source
                .and_then(|read| read(part == 1))
                .unwrap_or_default();
            let table: HashMap<String, Rc<str>> = text
                .lines()
                .filter_map(|line| line.split_once('\t'))
                .map(|(k, v)| (k.to_string(), Rc::from(unescape(v))))
                .collect();
            self.doc_tables[part] = Some(Rc::new(table));
        }
        self.doc_tables[part].as_ref()?.get(key).cloned()
    }

    /// `__doc__` of the built-in named `key` (`len`, `str.join`, `int`, `module:math`).
    pub fn builtin_doc(&mut self, key: &str) -> Value {
        match self.doc_entry(key) {
            Some(text) => match text.split_once("\n--\n\n") {
                Some((_, doc)) => Value::str(doc),
                None => Value::str(&text),
            },
            None => Value::None,
        }
    }

    /// `__text_signature__` of the built-in named `key`, as CPython writes it
    /// (`($module, obj, /)`), or None.
    pub fn builtin_text_signature(&mut self, key: &str) -> Value {
        let text = self.doc_entry(key);
        match text.as_deref().and_then(|t| t.split_once("\n--\n\n")) {
            Some((signature, _)) => Value::str(signature),
            None => Value::None,
        }
    }

    /// The table key of a built-in function or method: `owner.name`, or the name of a
    /// function of the builtins module (a native module's functions have none).
    pub fn builtin_doc_key(&self, b: &Rc<PyBuiltin>) -> Option<String> {
        match b.owner {
            Some(owner) => Some(format!("{owner}.{}", b.name)),
            None => match self.builtins.get_str(b.name) {
                Some(Value::Builtin(found)) if Rc::ptr_eq(&found, b) => Some(b.name.to_string()),
                _ => None,
            },
        }
    }
}

/// The table's escapes: `\n`, `\t` and `\\`.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}
