//! The hints CPython 3.12 adds when it reports an AttributeError or a NameError: "Did you
//! mean: 'x'?" with the closest name by an edit distance in which a change of case costs half
//! of any other edit, among the object's attributes or the failing frame's names; "Did you
//! forget to import 'x'?" for a NameError naming a library module.

use std::cell::Cell;

use crate::error::ExcKind;
use crate::interp::Vm;
use crate::object::types::PyStr;
use crate::object::Value;

/// Whose rules the hints follow: the interpreter's own report, or the `traceback` module's
/// (which starts from a tighter bound, leaves the question mark off the import hint and,
/// without a traceback, makes no hint for a NameError).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HintStyle {
    Interpreter,
    Module,
    ModuleWithoutTraceback,
}

thread_local! {
    static STYLE: Cell<HintStyle> = const { Cell::new(HintStyle::Interpreter) };
}

/// The cost of inserting, deleting or replacing a character; replacing one by itself in the
/// other case costs `CASE_COST`.
const EDIT_COST: usize = 2;
const CASE_COST: usize = 1;
/// Longer names, or more candidates than this, get no hint.
const LONGEST_NAME: usize = 40;
const MOST_CANDIDATES: usize = 750;

/// The weighted edit distance between `a` and `b`, or anything above `limit` once it is
/// certain to exceed it.
fn distance(a: &[char], b: &[char], limit: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * EDIT_COST;
    }
    if a.len().abs_diff(b.len()) * EDIT_COST > limit {
        return limit + 1;
    }
    // `row[j]`: the distance from the part of `a` seen so far to `b[..=j]`.
    let mut row: Vec<usize> = (1..=b.len()).map(|j| j * EDIT_COST).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut corner = i * EDIT_COST;
        let mut left = (i + 1) * EDIT_COST;
        let mut lowest = left;
        for (j, cb) in b.iter().enumerate() {
            let change = if ca == cb {
                0
            } else if ca.to_lowercase().eq(cb.to_lowercase()) {
                CASE_COST
            } else {
                EDIT_COST
            };
            let here = (corner + change)
                .min(left + EDIT_COST)
                .min(row[j] + EDIT_COST);
            corner = row[j];
            row[j] = here;
            left = here;
            lowest = lowest.min(here);
        }
        if lowest > limit {
            return limit + 1;
        }
    }
    row[b.len() - 1]
}

/// The candidate closest to `wrong` within a third of the characters involved; the first one
/// wins a tie. A candidate must also beat `start` (the `traceback` module's rule: the length
/// of the wrong name).
fn closest(wrong: &str, candidates: &[String], start: usize) -> Option<String> {
    let target: Vec<char> = wrong.chars().collect();
    if candidates.len() > MOST_CANDIDATES || target.len() > LONGEST_NAME {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for cand in candidates {
        if cand == wrong {
            continue;
        }
        let chars: Vec<char> = cand.chars().collect();
        let mut limit = (chars.len() + target.len() + 3) * EDIT_COST / 6;
        let beaten = best.map_or(start, |(_, d)| d);
        limit = limit.min(beaten.saturating_sub(1));
        let d = distance(&target, &chars, limit);
        if d > limit {
            continue;
        }
        if best.is_none_or(|(_, b)| d < b) {
            best = Some((cand, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

impl Vm {
    /// Runs `f` with the hints following `style` (the `traceback` module's formatting).
    pub fn with_hint_style<R>(&mut self, style: HintStyle, f: impl FnOnce(&mut Vm) -> R) -> R {
        let saved = STYLE.with(|s| s.replace(style));
        let result = f(self);
        STYLE.with(|s| s.set(saved));
        result
    }

    /// `from module import nme`: the closest name the module has.
    fn import_hint(&mut self, exc: &Value, style: HintStyle) -> Option<String> {
        let (Value::Str(module), Value::Str(wrong)) =
            (self.attr_of(exc, "name")?, self.attr_of(exc, "name_from")?)
        else {
            return None;
        };
        let module = self.sys_modules_get(module.as_str())?;
        let names = self.dir_names(&module)?;
        let start = match style {
            HintStyle::Interpreter => usize::MAX,
            _ => wrong.as_str().chars().count(),
        };
        closest(wrong.as_str(), &names, start).map(|s| format!(". Did you mean: '{s}'?"))
    }

    /// What CPython appends to the reported message of `exc`, if anything. Failures while
    /// looking are ignored: a hint is never worth a new error.
    pub(crate) fn suggestion_for(&mut self, exc: &Value) -> Option<String> {
        let style = STYLE.with(Cell::get);
        let Value::Instance(inst) = exc else {
            return None;
        };
        let cls = inst.class();
        if cls.is_subtype(&self.exc_type(ExcKind::ImportError)) {
            return self.import_hint(exc, style);
        }
        let attribute = cls.is_subtype(&self.exc_type(ExcKind::AttributeError));
        if !attribute && !cls.is_subtype(&self.exc_type(ExcKind::NameError)) {
            return None;
        }
        let name = match self.attr_of(exc, "name")? {
            Value::Str(s) => s.as_str().to_string(),
            _ => return None,
        };
        let start = match style {
            HintStyle::Interpreter => usize::MAX,
            _ => name.chars().count(),
        };
        let mean = |s: String| format!(". Did you mean: '{s}'?");
        if attribute {
            let obj = self.attr_of(exc, "obj")?;
            let names = self.dir_names(&obj)?;
            return closest(&name, &names, start).map(mean);
        }
        let found = if style == HintStyle::ModuleWithoutTraceback {
            None
        } else {
            self.name_hint(exc, &name, start)
        };
        let module = !name.contains('.') && self.library_module_names().contains(&name);
        match (found, module, style) {
            (Some(s), false, _) => Some(mean(s)),
            (Some(s), true, HintStyle::Interpreter) => {
                Some(format!("{} Or did you forget to import '{name}'?", mean(s)))
            }
            (Some(s), true, _) => Some(format!("{} Or did you forget to import '{name}'", mean(s))),
            (None, true, HintStyle::Interpreter) => {
                Some(format!(". Did you forget to import '{name}'?"))
            }
            (None, true, _) => Some(format!(". Did you forget to import '{name}'")),
            (None, false, _) => None,
        }
    }

    /// The name to suggest for a NameError: from the failing frame's variables, `self`'s
    /// attributes, its globals, then the builtins (the interpreter looks in each in turn; the
    /// `traceback` module in all of them at once).
    fn name_hint(&mut self, exc: &Value, name: &str, start: usize) -> Option<String> {
        let mut tb = self.attr_of(exc, "__traceback__")?;
        if tb.is_none() {
            return None;
        }
        while let Some(next) = self.attr_of(&tb, "tb_next").filter(|n| !n.is_none()) {
            tb = next;
        }
        let frame = self.attr_of(&tb, "tb_frame")?;
        let mut groups: Vec<Vec<String>> = Vec::new();
        let mut myself = None;
        for (i, which) in ["f_locals", "f_globals", "f_builtins"]
            .into_iter()
            .enumerate()
        {
            let mut names = Vec::new();
            if let Some(Value::Dict(d)) = self.attr_of(&frame, which) {
                for (k, v) in d.items() {
                    if let Value::Str(s) = k {
                        if i == 0 && s.as_str() == "self" {
                            myself = Some(v);
                        }
                        names.push(s.as_str().to_string());
                    }
                }
            }
            groups.push(names);
        }
        let self_hint = |vm: &mut Vm| -> Option<String> {
            let me = myself.clone()?;
            let key = std::rc::Rc::new(PyStr::new(name));
            matches!(vm.getattr_opt(&me, &key), Ok(Some(_))).then(|| format!("self.{name}"))
        };
        if start == usize::MAX {
            let mut found = closest(name, &groups[0], start);
            if found.is_none() {
                found = self_hint(self);
            }
            for names in &groups[1..] {
                if found.is_none() {
                    found = closest(name, names, start);
                }
            }
            return found;
        }
        if let Some(s) = self_hint(self) {
            return Some(s);
        }
        closest(name, &groups.concat(), start)
    }

    fn attr_of(&mut self, obj: &Value, name: &str) -> Option<Value> {
        let key = std::rc::Rc::new(PyStr::new(name));
        self.getattr_opt(obj, &key).ok().flatten()
    }

    /// `dir(obj)` as strings.
    fn dir_names(&mut self, obj: &Value) -> Option<Vec<String>> {
        let dir = self.builtins.get_str("dir")?;
        let listed = self.call_value(&dir, std::slice::from_ref(obj), &[]).ok();
        let items = self.collect(&listed?).ok()?;
        Some(
            items
                .iter()
                .filter_map(|v| match v {
                    Value::Str(s) => Some(s.as_str().to_string()),
                    _ => None,
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        distance(&a, &b, 100)
    }

    #[test]
    fn distances() {
        assert_eq!(d("abc", "abc"), 0);
        assert_eq!(d("abc", "abd"), 2);
        assert_eq!(d("abc", "aBc"), 1);
        assert_eq!(d("prnt", "print"), 2);
        assert_eq!(d("", "ab"), 4);
    }

    #[test]
    fn closest_names() {
        let names: Vec<String> = ["print", "property", "repr"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            closest("prnt", &names, usize::MAX).as_deref(),
            Some("print")
        );
        assert_eq!(closest("zzzzzz", &names, usize::MAX), None);
    }
}
