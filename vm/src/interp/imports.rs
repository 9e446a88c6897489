//! The import system: built-in modules registered by `stdlib`, and `.py` files found on the
//! search path, compiled and run once each, cached in `sys.modules`.

use std::rc::Rc;

use super::{Frame, Vm};
use crate::error::{ExcKind, PyResult};
use crate::object::types::{PyDict, PyModule, PyStr};
use crate::object::Value;

impl Vm {
    #[inline(never)]
    pub(super) fn import_name_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let fromlist = frame.stack.pop().unwrap_or(Value::None);
        let leaf = self.import_module(name.as_str())?;
        if fromlist.is_none() {
            let top = name.as_str().split('.').next().unwrap_or("");
            let top = self
                .dict_get_str(&self.modules.clone(), top)
                .unwrap_or(leaf);
            frame.stack.push(top);
        } else {
            frame.stack.push(leaf);
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn import_from_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let module = frame.stack.last().cloned().unwrap_or(Value::None);
        match self.getattr_opt(&module, &name)? {
            Some(v) => {
                frame.stack.push(v);
                Ok(())
            }
            None => {
                let modname = match &module {
                    Value::Module(m) => m.name.as_str().to_string(),
                    _ => "?".to_string(),
                };
                Err(self.new_error(
                    ExcKind::ImportError,
                    format!(
                        "cannot import name '{}' from '{modname}' (unknown location)",
                        name.as_str()
                    ),
                ))
            }
        }
    }

    /// Imports a module by dotted name, returning the leaf module.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.dict_get_str(&self.modules.clone(), name) {
            return Ok(m);
        }
        if let Some(init) = self.native_modules.get(name).copied() {
            let module = init(self)?;
            let v = Value::Module(module);
            let modules = self.modules.clone();
            self.dict_set(&modules, Value::str(name), v.clone())?;
            return Ok(v);
        }
        if let Some((package, _)) = name.split_once('.') {
            // The package must import first; packages themselves are not supported yet.
            self.import_module(package)?;
            return Err(self.module_not_found(name));
        }
        for dir in self.path.clone() {
            let path = if dir.is_empty() || dir == "." {
                format!("{name}.py")
            } else {
                format!("{dir}/{name}.py")
            };
            if pyrs_wasi_sys::is_file(&path) {
                return self.import_source_module(name, &path);
            }
        }
        Err(self.module_not_found(name))
    }

    fn module_not_found(&mut self, name: &str) -> crate::error::PyErr {
        let err = self.new_error(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{name}'"),
        );
        let _ = self.dict_set(&err.exc.dict, Value::str("name"), Value::str(name));
        let _ = self.dict_set(&err.exc.dict, Value::str("path"), Value::None);
        err
    }

    fn import_source_module(&mut self, name: &str, path: &str) -> PyResult<Value> {
        let globals = Rc::new(PyDict::new());
        self.dict_set(&globals, Value::str("__name__"), Value::str(name))?;
        self.dict_set(&globals, Value::str("__file__"), Value::str(path))?;
        let module = Rc::new(PyModule {
            name: Rc::new(PyStr::new(name)),
            dict: globals.clone(),
        });
        let modules = self.modules.clone();
        self.dict_set(&modules, Value::str(name), Value::Module(module.clone()))?;
        let result = self.run_path_in(path, globals);
        if let Err(e) = result {
            self.dict_remove_str(&modules, name);
            return Err(e);
        }
        Ok(Value::Module(module))
    }
}
