//! Path arguments: the `os.PathLike` protocol (`os.fspath`) and the text of a path for the
//! system, with CPython's errors for wrong types and embedded NULs.

use crate::error::PyResult;
use crate::interp::Vm;
use crate::object::Value;

impl Vm {
    /// `os.fspath(v)`: a str or bytes path, from `__fspath__` for path-like objects.
    pub fn fspath(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Str(_) | Value::Bytes(_) = v.plain_text() {
            return Ok(v.clone());
        }
        let ty = self.type_of(v);
        if ty.lookup("__fspath__").is_none() {
            return Err(self.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                ty.name().as_str()
            )));
        }
        let r = self.call_special(v, "__fspath__", &[])?.unwrap_or_default();
        match r {
            Value::Str(_) | Value::Bytes(_) => Ok(r),
            other => Err(self.type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                ty.name().as_str(),
                self.type_name(&other)
            ))),
        }
    }

    /// The text of a str or bytes path for the system (that `fspath` already made str or
    /// bytes), with CPython's error for an embedded NUL.
    pub fn path_string(&mut self, v: &Value) -> PyResult<String> {
        let text = match v.plain_text() {
            Value::Str(s) => s.as_str().to_string(),
            Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
            other => {
                return Err(self.type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    self.type_name(other)
                )))
            }
        };
        if text.contains('\0') {
            return Err(self.value_error("embedded null byte"));
        }
        Ok(text)
    }
}
