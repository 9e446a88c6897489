//! Argument checking for functions written in Rust, with CPython's messages.

use std::rc::Rc;

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::types::{Args, NativeFn, PyBuiltin};
use crate::object::Value;

impl<'a> Args<'a> {
    /// A keyword argument by name.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kw
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v)
    }

    /// Positional argument `i`, or the keyword `name`.
    pub fn arg(&self, i: usize, name: &str) -> Option<&'a Value> {
        self.pos.get(i).or_else(|| self.kwarg(name))
    }
}

impl Vm {
    /// Checks a positional count in `min..=max` and that no keywords were given.
    pub fn check_args(
        &mut self,
        name: &str,
        args: &Args<'_>,
        min: usize,
        max: usize,
    ) -> PyResult<()> {
        if !args.kw.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        self.check_count(name, args.pos.len(), min, max)
    }

    pub fn check_count(&mut self, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        Err(self.type_error(msg))
    }

    /// Refuses keyword arguments other than `allowed`, with CPython's message.
    pub fn check_kwnames(&mut self, func: &str, args: &Args<'_>, allowed: &[&str]) -> PyResult<()> {
        match args.kw.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
            Some((k, _)) => Err(self.type_error(format!(
                "'{}' is an invalid keyword argument for {func}()",
                k.as_str()
            ))),
            None => Ok(()),
        }
    }

    /// The format spec a `__format__` method was given (a str, or a str subclass's text).
    pub fn format_spec_arg(&mut self, args: &Args<'_>) -> PyResult<String> {
        match args.pos.get(1).map(Value::plain_text) {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            other => Err(self.type_error(format!(
                "__format__() argument must be str, not {}",
                other.map_or("NoneType".to_string(), |v| self.arg_type_name(v))
            ))),
        }
    }

    /// Checks the arguments against the parameters `names` of `func` (none required) without
    /// binding them: [`Vm::bind_args`]'s messages for too many, unknown or repeated ones.
    pub fn check_params<const N: usize>(
        &mut self,
        func: &str,
        args: &Args<'_>,
        names: &[&str; N],
    ) -> PyResult<()> {
        if args.pos.len() > N || !args.kw.is_empty() {
            self.bind_args(func, args, names, 0)?;
        }
        Ok(())
    }

    /// Binds positional and keyword arguments to the parameters `names` of `func`, the first
    /// `required` of them required, with CPython's messages; `None` for what was not given.
    pub fn bind_args<const N: usize>(
        &mut self,
        func: &str,
        args: &Args<'_>,
        names: &[&str; N],
        required: usize,
    ) -> PyResult<[Option<Value>; N]> {
        if args.pos.len() > N {
            return Err(self.type_error(format!(
                "{func}() takes at most {N} argument{} ({} given)",
                if N == 1 { "" } else { "s" },
                args.pos.len() + args.kw.len()
            )));
        }
        let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.pos.get(i).cloned());
        for (k, v) in args.kw {
            match names.iter().position(|n| *n == k.as_str()) {
                Some(i) if out[i].is_some() => {
                    return Err(self.type_error(format!(
                        "argument for {func}() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    )))
                }
                Some(i) => out[i] = Some(v.clone()),
                None => {
                    return Err(self.type_error(format!(
                        "'{}' is an invalid keyword argument for {func}()",
                        k.as_str()
                    )))
                }
            }
        }
        if let Some(i) = (0..required.min(N)).find(|&i| out[i].is_none()) {
            return Err(self.type_error(format!(
                "{func}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
        Ok(out)
    }

    /// How an argument-type message names a value's type: `None` for None (CPython's
    /// `_PyArg_BadArgument`), else the type name.
    pub fn arg_type_name(&self, v: &Value) -> String {
        if v.is_none() {
            "None".to_string()
        } else {
            self.type_name(v)
        }
    }

    /// An int argument (bools and `__index__` objects accepted).
    pub fn int_arg(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        if let Value::BigInt(_) = v {
            return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
        }
        match self.index_value(v)? {
            Some(i) => Ok(i),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer{what}",
                self.type_name(v)
            ))),
        }
    }

    /// An attribute name argument (`getattr`, `object.__setattr__`, ...).
    pub fn attr_name_arg(&mut self, v: &Value) -> PyResult<Rc<crate::object::types::PyStr>> {
        // A str subclass names the attribute by its text.
        let text = match v {
            Value::Instance(i) => i.base.as_ref().unwrap_or(v),
            _ => v,
        };
        match text {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(self.type_error(format!(
                "attribute name must be string, not '{}'",
                self.type_name(v)
            ))),
        }
    }

    /// A str argument; `pos` 0 for a method's only argument.
    pub fn str_arg(
        &mut self,
        v: &Value,
        func: &str,
        pos: usize,
    ) -> PyResult<Rc<crate::object::types::PyStr>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            other if pos == 0 => Err(self.type_error(format!(
                "{func}() argument must be str, not {}",
                self.arg_type_name(other)
            ))),
            other => Err(self.type_error(format!(
                "{func}() argument {pos} must be str, not {}",
                self.arg_type_name(other)
            ))),
        }
    }
}

/// A built-in function value.
pub fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(PyBuiltin {
        name,
        func,
        owner: None,
        kind: crate::object::types::TypeKind::Object,
        role: crate::object::types::Role::Plain,
    }))
}
