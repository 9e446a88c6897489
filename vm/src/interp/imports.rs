//! The import system, as CPython's: `__import__` semantics (relative names, packages,
//! fromlists), `sys.modules` caching and circular imports, and the finders: built-in modules
//! first, then each entry of `sys.path` (read at every import) — the library entry finds the
//! modules embedded in pyrs, a directory finds `pkg/__init__.py`, `mod.py` or a namespace
//! portion. Modules get CPython's `__spec__`, `__loader__`, `__file__`, `__path__`,
//! `__package__`.

use hashbrown::HashMap;
use std::rc::Rc;

use super::{Flow, Frame, ModuleInit, Vm};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::types::{
    Args, NativeFn, PyDict, PyInstance, PyModule, PyStr, PyType, PyWrapper,
};
use crate::object::Value;

/// The `sys.path` entry standing for the library embedded in pyrs.
pub const LIBRARY_PATH: &str = "/usr/local/lib/python3.12";

/// Where a module registered by `stdlib` comes from.
#[derive(Clone, Copy)]
pub enum ModuleSource {
    /// Built by a Rust function.
    Native(ModuleInit),
    /// Python compiled when pyrs was built (`bytecode::marshal`).
    Frozen(&'static [u8]),
}

/// A module `stdlib` registered.
#[derive(Clone, Copy)]
pub struct Registered {
    pub source: ModuleSource,
    /// Found before `sys.path` (CPython's built-in modules), so no file can shadow it.
    pub builtin: bool,
    pub package: bool,
}

/// The classes of import-system objects.
pub struct ImportTypes {
    pub module_spec: Rc<PyType>,
    pub source_loader: Rc<PyType>,
    pub namespace_loader: Rc<PyType>,
    pub builtin_importer: Rc<PyType>,
    pub frozen_importer: Rc<PyType>,
    pub path_finder: Rc<PyType>,
    pub namespace_path: Rc<PyType>,
}

/// The registry of modules `stdlib` provides.
pub type Registry = HashMap<String, Registered>;

thread_local! {
    /// Set while a `zipimporter` is being made.
    static ZIP_PROBE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Who answers for one `sys.path` entry.
enum EntryFinder {
    /// pyrs's own search (a directory, or the library).
    Native,
    /// Nobody (`sys.path_importer_cache[entry]` is None).
    Skip,
    /// A finder object written in Python.
    Finder(Value),
}

/// Whether the `sys.path` entry stands for the library embedded in pyrs (or a folder of it).
fn is_library_entry(entry: &str) -> bool {
    entry
        .strip_prefix(LIBRARY_PATH)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Whether `entry` names a file, or a folder inside one (`lib.zip/pkg`): a zip archive
/// `zipimport` may read. A directory (the usual entry) costs one check.
fn in_zip_archive(entry: &str) -> bool {
    let mut path = entry.trim_end_matches('/');
    while !path.is_empty() {
        if pyrs_wasi_sys::is_dir(path) {
            return false;
        }
        if pyrs_wasi_sys::is_file(path) {
            return true;
        }
        match path.rfind('/') {
            Some(i) => path = &path[..i],
            None => return false,
        }
    }
    false
}

/// How a found module is loaded.
enum Loader {
    Registered(Registered),
    Source(String),
    Namespace,
    /// A spec a finder of `sys.meta_path` written in Python returned.
    Custom(Value),
}

/// What a finder found: the name, how to load it, and its package directories.
struct Found {
    name: String,
    loader: Loader,
    origin: Option<String>,
    search: Option<Vec<String>>,
}

impl ImportTypes {
    /// The classes are Python classes in CPython (`_frozen_importlib`), so they are heap
    /// types here too: messages name them without their module.
    pub fn new(object: &Rc<PyType>) -> ImportTypes {
        use crate::object::types::typeobj::python_like_class;
        let base = std::slice::from_ref(object);
        ImportTypes {
            module_spec: python_like_class("ModuleSpec", "_frozen_importlib", base),
            source_loader: python_like_class(
                "SourceFileLoader",
                "_frozen_importlib_external",
                base,
            ),
            namespace_loader: python_like_class(
                "NamespaceLoader",
                "_frozen_importlib_external",
                base,
            ),
            builtin_importer: python_like_class("BuiltinImporter", "_frozen_importlib", base),
            frozen_importer: python_like_class("FrozenImporter", "_frozen_importlib", base),
            path_finder: python_like_class("PathFinder", "_frozen_importlib_external", base),
            namespace_path: python_like_class("_NamespacePath", "_frozen_importlib_external", base),
        }
    }
}

fn pystr(s: &str) -> Rc<PyStr> {
    Rc::new(PyStr::new(s))
}

impl Vm {
    /// Registers a module written in Rust, found at the library entry of `sys.path`.
    pub fn register_module(&mut self, name: &str, init: ModuleInit) {
        self.register(name, ModuleSource::Native(init), false, false);
    }

    /// Registers a built-in module in Rust (found before `sys.path`, as CPython's `sys`).
    pub fn register_builtin_module(&mut self, name: &str, init: ModuleInit) {
        self.register(name, ModuleSource::Native(init), true, false);
    }

    /// Registers a module compiled at build time: `code` is what `bytecode::marshal::dump`
    /// wrote, loaded and run on first import.
    pub fn register_frozen_module(
        &mut self,
        name: &str,
        code: &'static [u8],
        builtin: bool,
        package: bool,
    ) {
        self.register(name, ModuleSource::Frozen(code), builtin, package);
    }

    fn register(&mut self, name: &str, source: ModuleSource, builtin: bool, package: bool) {
        self.native_modules.insert(
            name.to_string(),
            Registered {
                source,
                builtin,
                package,
            },
        );
    }

    /// The names of the built-in modules (`sys.builtin_module_names`).
    pub fn builtin_module_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .native_modules
            .iter()
            .filter(|(_, r)| r.builtin)
            .map(|(n, _)| n.clone())
            .collect();
        names.sort();
        names
    }

    /// Every module the library embeds (`sys.stdlib_module_names`).
    pub fn library_module_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.native_modules.keys().cloned().collect();
        names.sort();
        names
    }

    pub(crate) fn sys_modules_get(&self, name: &str) -> Option<Value> {
        self.modules.get_str(name)
    }

    /// `sys.path` as it is now (the list may have been changed by the program).
    fn search_path(&mut self) -> Vec<String> {
        let path = match self.sys_modules_get("sys") {
            Some(Value::Module(sys)) => sys.dict.get_str("path"),
            _ => None,
        };
        match path {
            Some(Value::List(l)) => l
                .items
                .borrow()
                .iter()
                .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
                .collect(),
            _ => self.path.clone(),
        }
    }

    // ----- instructions -----

    #[inline(never)]
    /// `ImportName`: the importing frame waits on the frame stack while the import runs, so
    /// the module's code sees it as its caller (`f_back`, a warning's `stacklevel`).
    pub(super) fn import_name_instr(
        &mut self,
        mut frame: Box<Frame>,
        arg: u32,
    ) -> (Box<Frame>, Flow) {
        let name = frame.code.names[arg as usize].clone();
        let fromlist = frame.stack.pop().unwrap_or_default();
        let level = match frame.stack.pop() {
            Some(Value::Int(l)) => l,
            _ => 0,
        };
        let globals = frame.globals.clone();
        let locals = frame.locals.clone();
        let depth = self.frames.len();
        self.frames.push(frame);
        // The importing frame is among the suspended ones while the module runs.
        let running = std::mem::take(&mut self.running);
        let r = self.import_name(name, globals, locals, fromlist, level);
        self.running = running;
        self.frames.truncate(depth + 1);
        let Some(mut frame) = self.frames.pop() else {
            unreachable!("the importing frame was pushed above")
        };
        let flow = match r {
            Ok(module) => {
                frame.stack.push(module);
                Flow::Next
            }
            Err(e) => Flow::Raise(e),
        };
        (frame, flow)
    }

    fn import_name(
        &mut self,
        name: Rc<PyStr>,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
        fromlist: Value,
        level: i64,
    ) -> PyResult<Value> {
        // A program may replace `builtins.__import__`: every import statement then calls it.
        if let Some(hook) = self.builtins.get_str("__import__") {
            let original =
                matches!(&hook, Value::Builtin(b) if b.name == "__import__" && b.owner.is_none());
            if !original {
                let locals = locals.map_or(Value::None, Value::Dict);
                let args = [
                    Value::Str(name),
                    Value::Dict(globals),
                    locals,
                    fromlist,
                    Value::Int(level),
                ];
                return self.call_value(&hook, &args, &[]);
            }
        }
        self.import_level(name.as_str(), Some(&globals), &fromlist, level)
    }

    #[inline(never)]
    pub(super) fn import_from_instr(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = frame.code.names[arg as usize].clone();
        let module = frame.stack.last().cloned().unwrap_or_default();
        let v = self.import_from(&module, &name)?;
        frame.stack.push(v);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn import_star_instr(&mut self, frame: &mut Frame) -> PyResult<()> {
        let module = frame.stack.pop().unwrap_or_default();
        let ns = frame
            .locals
            .clone()
            .unwrap_or_else(|| frame.globals.clone());
        self.import_star(&module, &ns)
    }

    /// `from module import name`: the attribute, else the submodule in `sys.modules` (a
    /// circular import), else CPython's ImportError.
    pub fn import_from(&mut self, module: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        let modname = match self.getattr_opt(module, &pystr("__name__"))? {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
        if let Some(m) = &modname {
            if let Some(sub) = self.sys_modules_get(&format!("{m}.{}", name.as_str())) {
                return Ok(sub);
            }
        }
        let modname = modname.unwrap_or_else(|| "<unknown module name>".to_string());
        let file = match self.getattr_opt(module, &pystr("__file__"))? {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
        let location = file
            .clone()
            .unwrap_or_else(|| "unknown location".to_string());
        let msg = if self.importing.contains(&modname) {
            format!(
                "cannot import name '{}' from partially initialized module '{modname}' (most likely due to a circular import) ({location})",
                name.as_str()
            )
        } else {
            format!(
                "cannot import name '{}' from '{modname}' ({location})",
                name.as_str()
            )
        };
        let err = self.new_error(ExcKind::ImportError, msg);
        let _ = self.dict_set(&err.exc.dict, Value::str("name"), Value::string(modname));
        let _ = self.dict_set(
            &err.exc.dict,
            Value::str("name_from"),
            Value::Str(name.clone()),
        );
        let _ = self.dict_set(
            &err.exc.dict,
            Value::str("path"),
            file.map_or(Value::None, Value::string),
        );
        Err(err)
    }

    /// `from module import *` into `ns`: `__all__`, else the public names.
    pub fn import_star(&mut self, module: &Value, ns: &Rc<PyDict>) -> PyResult<()> {
        let all = self.getattr_opt(module, &pystr("__all__"))?;
        let names: Vec<Value> = match &all {
            Some(all) => self.collect(all)?,
            None => {
                let Value::Module(m) = module else {
                    return Err(
                        self.type_error("from-import-* object has no __dict__ and no __all__")
                    );
                };
                m.dict
                    .items()
                    .into_iter()
                    .map(|(k, _)| k)
                    .filter(|k| k.as_str().is_some_and(|s| !s.as_str().starts_with('_')))
                    .collect()
            }
        };
        for name in names {
            let Value::Str(s) = &name else {
                let modname = self.module_name(module);
                let what = if all.is_some() { "__all__" } else { "__dict__" };
                return Err(self.type_error(format!(
                    "{} in {modname}.{what} must be str, not {}",
                    if all.is_some() { "Item" } else { "Key" },
                    self.type_name(&name)
                )));
            };
            let v = self.getattr(module, s)?;
            self.dict_set(ns, name.clone(), v)?;
        }
        Ok(())
    }

    fn module_name(&mut self, module: &Value) -> String {
        match module {
            Value::Module(m) => m.name.as_str().to_string(),
            _ => "?".to_string(),
        }
    }

    // ----- __import__ -----

    /// `__import__(name, globals, None, fromlist, level)`.
    pub fn import_level(
        &mut self,
        name: &str,
        globals: Option<&Rc<PyDict>>,
        fromlist: &Value,
        level: i64,
    ) -> PyResult<Value> {
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let absolute = if level > 0 {
            let package = self.calc_package(globals)?;
            self.resolve_name(name, package.as_deref(), level)?
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_absolute(&absolute)?;
        let has_fromlist = match fromlist {
            Value::None => false,
            other => self.truthy(other)?,
        };
        if !has_fromlist {
            if level == 0 {
                let top = absolute.split('.').next().unwrap_or("");
                return self.import_absolute(top);
            }
            if name.is_empty() {
                return Ok(module);
            }
            let first = name.split('.').next().unwrap_or("");
            let cut = name.len() - first.len();
            let full = match &module {
                Value::Module(m) => m.name.as_str().to_string(),
                _ => absolute.clone(),
            };
            let base = &full[..full.len().saturating_sub(cut)];
            return Ok(self.sys_modules_get(base).unwrap_or(module));
        }
        self.handle_fromlist(&module, fromlist, false)?;
        Ok(module)
    }

    /// The package a relative import is relative to, from the importer's globals.
    fn calc_package(&mut self, globals: Option<&Rc<PyDict>>) -> PyResult<Option<String>> {
        let Some(g) = globals else {
            return Ok(None);
        };
        match g.get_str("__package__") {
            Some(Value::Str(s)) => return Ok(Some(s.as_str().to_string())),
            Some(Value::None) | None => {}
            Some(_) => return Err(self.type_error("package must be a string")),
        }
        if let Some(spec) = g.get_str("__spec__").filter(|s| !s.is_none()) {
            if let Some(Value::Str(p)) = self.getattr_opt(&spec, &pystr("parent"))? {
                return Ok(Some(p.as_str().to_string()));
            }
        }
        let Some(Value::Str(name)) = g.get_str("__name__") else {
            return Err(self.new_error(ExcKind::KeyError, "'__name__' not in globals"));
        };
        if g.get_str("__path__").is_some() {
            return Ok(Some(name.as_str().to_string()));
        }
        Ok(Some(
            name.as_str()
                .rsplit_once('.')
                .map_or("", |(p, _)| p)
                .to_string(),
        ))
    }

    /// The absolute name of a relative import.
    pub fn resolve_name(
        &mut self,
        name: &str,
        package: Option<&str>,
        level: i64,
    ) -> PyResult<String> {
        let package = package.unwrap_or("");
        if package.is_empty() {
            return Err(self.new_error(
                ExcKind::ImportError,
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package;
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((parent, _)) => base = parent,
                None => {
                    return Err(self.new_error(
                        ExcKind::ImportError,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// Imports the submodules a fromlist (or, recursively, `__all__`) names that are not
    /// attributes yet.
    fn handle_fromlist(
        &mut self,
        module: &Value,
        fromlist: &Value,
        from_all: bool,
    ) -> PyResult<()> {
        if self.getattr_opt(module, &pystr("__path__"))?.is_none() {
            return Ok(());
        }
        let modname = self.module_name(module);
        let items = self.collect(fromlist)?;
        for item in items {
            let Value::Str(s) = &item else {
                let place = if from_all {
                    format!("{modname}.__all__")
                } else {
                    "``from list''".to_string()
                };
                return Err(self.type_error(format!(
                    "Item in {place} must be str, not {}",
                    self.type_name(&item)
                )));
            };
            if s.as_str() == "*" {
                if let Some(all) = self.getattr_opt(module, &pystr("__all__"))? {
                    self.handle_fromlist(module, &all, true)?;
                }
                continue;
            }
            if self.getattr_opt(module, s)?.is_some() {
                continue;
            }
            let full = format!("{modname}.{}", s.as_str());
            match self.import_absolute(&full) {
                Ok(_) => {}
                Err(e) if self.is_not_found(&e, &full) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Whether `e` is the ModuleNotFoundError for exactly `name`.
    fn is_not_found(&mut self, e: &PyErr, name: &str) -> bool {
        self.err_matches(e, ExcKind::ModuleNotFoundError)
            && e.exc
                .dict
                .get_str("name")
                .is_some_and(|n| n.as_str().is_some_and(|s| s.as_str() == name))
    }

    /// Imports a module by absolute dotted name, returning the module itself.
    pub fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        if name.is_empty() || name.starts_with('.') {
            return Err(self.module_not_found(
                name,
                format!(
                    "No module named {}",
                    crate::object::types::str::repr_str(name)
                ),
            ));
        }
        if let Some(m) = self.sys_modules_get(name) {
            if m.is_none() {
                return Err(self.module_not_found(
                    name,
                    format!("import of {name} halted; None in sys.modules"),
                ));
            }
            return Ok(m);
        }
        let (parent, path) = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let parent_module = self.import_absolute(parent)?;
                if let Some(m) = self.sys_modules_get(name) {
                    return Ok(m);
                }
                let path: Vec<String> =
                    match self.getattr_opt(&parent_module, &pystr("__path__"))? {
                        Some(p) => {
                            let items = self.collect(&p)?;
                            items
                                .iter()
                                .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
                                .collect()
                        }
                        None => {
                            return Err(self.module_not_found(
                                name,
                                format!(
                                    "No module named {}; {} is not a package",
                                    crate::object::types::str::repr_str(name),
                                    crate::object::types::str::repr_str(parent)
                                ),
                            ))
                        }
                    };
                (Some((parent_module, parent.to_string())), Some(path))
            }
            None => (None, None),
        };
        let Some(found) = self.find(name, path.as_deref())? else {
            return Err(self.module_not_found(
                name,
                format!(
                    "No module named {}",
                    crate::object::types::str::repr_str(name)
                ),
            ));
        };
        let module = self.load(found)?;
        if let Some((parent_module, _)) = parent {
            let child = name.rsplit('.').next().unwrap_or(name);
            if let Value::Module(p) = &parent_module {
                self.dict_set(&p.dict, Value::str(child), module.clone())?;
            }
        }
        Ok(module)
    }

    /// Kept for callers that import by name (the old entry point).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        self.import_absolute(name)
    }

    fn module_not_found(&mut self, name: &str, msg: String) -> PyErr {
        let err = self.new_error(ExcKind::ModuleNotFoundError, msg);
        let _ = self.dict_set(&err.exc.dict, Value::str("name"), Value::str(name));
        let _ = self.dict_set(&err.exc.dict, Value::str("path"), Value::None);
        err
    }

    // ----- finding -----

    /// Finds `name` (absolute) as `sys.meta_path` says: the built-in modules, then `path`
    /// (`sys.path` for a top-level module, the parent's `__path__` for a submodule), and any
    /// finder a program added.
    fn find(&mut self, name: &str, path: Option<&[String]>) -> PyResult<Option<Found>> {
        let meta = match self.sys_modules_get("sys") {
            Some(Value::Module(sys)) => match sys.dict.get_str("meta_path") {
                Some(Value::List(l)) => Some(l.items.borrow().clone()),
                _ => None,
            },
            _ => None,
        };
        let Some(meta) = meta else {
            if let Some(found) = self.find_builtin(name, path) {
                return Ok(Some(found));
            }
            return self.find_on_path(name, path);
        };
        for finder in meta {
            let found = match &finder {
                Value::Type(t) if Rc::ptr_eq(t, &self.import_types.builtin_importer) => {
                    self.find_builtin(name, path)
                }
                Value::Type(t) if Rc::ptr_eq(t, &self.import_types.frozen_importer) => None,
                Value::Type(t) if Rc::ptr_eq(t, &self.import_types.path_finder) => {
                    self.find_on_path(name, path)?
                }
                custom => self.find_custom(custom, name, path)?,
            };
            if found.is_some() {
                return Ok(found);
            }
        }
        Ok(None)
    }

    fn find_builtin(&mut self, name: &str, path: Option<&[String]>) -> Option<Found> {
        if path.is_some() {
            return None;
        }
        let r = self
            .native_modules
            .get(name)
            .copied()
            .filter(|r| r.builtin)?;
        Some(registered(name, r))
    }

    /// Asks a finder written in Python (`find_spec(name, path, None)`).
    fn find_custom(
        &mut self,
        finder: &Value,
        name: &str,
        path: Option<&[String]>,
    ) -> PyResult<Option<Found>> {
        let Some(find_spec) = self.getattr_opt(finder, &pystr("find_spec"))? else {
            return Ok(None);
        };
        let path = match path {
            Some(p) => Value::list(p.iter().map(|d| Value::str(d)).collect()),
            None => Value::None,
        };
        let spec = self.call_value(&find_spec, &[Value::str(name), path, Value::None], &[])?;
        if spec.is_none() {
            return Ok(None);
        }
        Ok(Some(Found {
            name: name.to_string(),
            loader: Loader::Custom(spec),
            origin: None,
            search: None,
        }))
    }

    /// The path-based finder: each directory of `path` (the library entry finds the modules
    /// embedded in pyrs).
    fn find_on_path(&mut self, name: &str, path: Option<&[String]>) -> PyResult<Option<Found>> {
        let entries = match path {
            Some(p) => p.to_vec(),
            None => self.search_path(),
        };
        let tail = name.rsplit('.').next().unwrap_or(name);
        if tail.is_empty() {
            return Ok(None);
        }
        let mut portions = Vec::new();
        for entry in entries {
            // A finder of `sys.path_importer_cache` or `sys.path_hooks` (a zip archive's
            // `zipimporter` too) answers for its entry.
            match self.entry_finder(&entry)? {
                EntryFinder::Native => {}
                EntryFinder::Skip => continue,
                EntryFinder::Finder(finder) => {
                    let find_spec = pystr("find_spec");
                    let spec = match self.getattr_opt(&finder, &find_spec)? {
                        Some(f) => self.call_value(&f, &[Value::str(name)], &[])?,
                        None => Value::None,
                    };
                    if spec.is_none() {
                        continue;
                    }
                    let loader = self.getattr(&spec, &pystr("loader"))?;
                    if loader.is_none() {
                        // A namespace portion.
                        let locations =
                            self.getattr(&spec, &pystr("submodule_search_locations"))?;
                        for p in self.collect(&locations)? {
                            if let Some(p) = p.as_str() {
                                portions.push(p.as_str().to_string());
                            }
                        }
                        continue;
                    }
                    return Ok(Some(Found {
                        name: name.to_string(),
                        loader: Loader::Custom(spec),
                        origin: None,
                        search: None,
                    }));
                }
            }
            if is_library_entry(&entry) {
                if let Some(r) = self
                    .native_modules
                    .get(name)
                    .copied()
                    .filter(|r| !r.builtin)
                {
                    return Ok(Some(registered(name, r)));
                }
                continue;
            }
            let dir = if entry.is_empty() {
                pyrs_wasi_sys::getcwd()
            } else if entry.starts_with('/') {
                entry.clone()
            } else {
                pyrs_wasi_sys::absolute(&entry)
            };
            let base = join(&dir, tail);
            if pyrs_wasi_sys::is_dir(&base) {
                let init = format!("{base}/__init__.py");
                if pyrs_wasi_sys::is_file(&init) {
                    return Ok(Some(Found {
                        name: name.to_string(),
                        loader: Loader::Source(init.clone()),
                        origin: Some(init),
                        search: Some(vec![base]),
                    }));
                }
                portions.push(base.clone());
            }
            let file = format!("{base}.py");
            if pyrs_wasi_sys::is_file(&file) {
                return Ok(Some(Found {
                    name: name.to_string(),
                    loader: Loader::Source(file.clone()),
                    origin: Some(file),
                    search: None,
                }));
            }
        }
        if portions.is_empty() {
            return Ok(None);
        }
        Ok(Some(Found {
            name: name.to_string(),
            loader: Loader::Namespace,
            origin: None,
            search: Some(portions),
        }))
    }

    /// Who finds modules in the `sys.path` entry `entry`: a finder object cached in
    /// `sys.path_importer_cache` or made by a hook of `sys.path_hooks` (and then cached), a
    /// `zipimport.zipimporter` for a zip archive (or a folder inside one), or pyrs's own
    /// directory search. An entry cached as None is skipped, as in CPython.
    fn entry_finder(&mut self, entry: &str) -> PyResult<EntryFinder> {
        if is_library_entry(entry) {
            return Ok(EntryFinder::Native);
        }
        let Some(Value::Module(sys)) = self.sys_modules_get("sys") else {
            return Ok(EntryFinder::Native);
        };
        let cache = match sys.dict.get_str("path_importer_cache") {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let key = Value::str(entry);
        if let Some(cache) = &cache {
            match self.dict_get(cache, &key)? {
                Some(Value::None) => return Ok(EntryFinder::Skip),
                Some(f) if self.is_native_finder(&f) => return Ok(EntryFinder::Native),
                Some(f) => return Ok(EntryFinder::Finder(f)),
                None => {}
            }
        }
        let hooks = match sys.dict.get_str("path_hooks") {
            Some(Value::List(l)) => l.items.borrow().clone(),
            _ => Vec::new(),
        };
        let mut finder = None;
        for hook in hooks {
            match self.call_value(&hook, std::slice::from_ref(&key), &[]) {
                Ok(f) => {
                    finder = Some(f);
                    break;
                }
                Err(e) if self.err_matches(&e, ExcKind::ImportError) => {}
                Err(e) => return Err(e),
            }
        }
        let absolute = || {
            if entry.starts_with('/') {
                entry.to_string()
            } else {
                pyrs_wasi_sys::absolute(entry)
            }
        };
        // Importing `zipimport` (or what it imports) must not ask the archive again.
        if finder.is_none() && !ZIP_PROBE.get() && in_zip_archive(&absolute()) {
            ZIP_PROBE.set(true);
            let made = self.import_absolute("zipimport").and_then(|m| {
                let cls = self.getattr(&m, &pystr("zipimporter"))?;
                self.call_value(&cls, std::slice::from_ref(&key), &[])
            });
            ZIP_PROBE.set(false);
            match made {
                Ok(f) => finder = Some(f),
                Err(e) if self.err_matches(&e, ExcKind::ImportError) => {}
                Err(e) => return Err(e),
            }
        }
        let Some(finder) = finder else {
            return Ok(EntryFinder::Native);
        };
        if let Some(cache) = &cache {
            self.dict_set(cache, key, finder.clone())?;
        }
        Ok(EntryFinder::Finder(finder))
    }

    /// Whether `f` stands for pyrs's own search of a directory (what `pkgutil` and
    /// `importlib.machinery.FileFinder` put in `sys.path_importer_cache`).
    fn is_native_finder(&mut self, f: &Value) -> bool {
        let t = self.type_of(f);
        let name = t.name();
        name.as_str() == "FileFinder"
    }

    // ----- loading -----

    /// The `ModuleSpec` of what a finder found.
    fn make_spec(&mut self, found: &Found) -> PyResult<Value> {
        let loader = match &found.loader {
            Loader::Custom(spec) => return Ok(spec.clone()),
            Loader::Registered(r) => Value::Type(
                if r.builtin && matches!(r.source, ModuleSource::Native(_)) {
                    self.import_types.builtin_importer.clone()
                } else {
                    self.import_types.frozen_importer.clone()
                },
            ),
            Loader::Source(path) => {
                let l = Rc::new(PyInstance::new(self.import_types.source_loader.clone()));
                self.dict_set(&l.dict, Value::str("name"), Value::str(&found.name))?;
                self.dict_set(&l.dict, Value::str("path"), Value::str(path))?;
                Value::Instance(l)
            }
            Loader::Namespace => Value::Instance(Rc::new(PyInstance::new(
                self.import_types.namespace_loader.clone(),
            ))),
        };
        let origin = match (&found.loader, &found.origin) {
            (_, Some(o)) => Value::str(o),
            (Loader::Registered(r), None) => Value::str(match r.source {
                ModuleSource::Native(_) if r.builtin => "built-in",
                _ => "frozen",
            }),
            _ => Value::None,
        };
        let search = match (&found.loader, &found.search) {
            (Loader::Namespace, Some(s)) => self.namespace_path(&found.name, s)?,
            (_, Some(s)) => Value::list(s.iter().map(|d| Value::str(d)).collect()),
            (_, None) => Value::None,
        };
        let has_location = matches!(found.loader, Loader::Source(_));
        self.new_spec(&found.name, loader, origin, search, has_location)
    }

    /// A `ModuleSpec` object.
    pub fn new_spec(
        &mut self,
        name: &str,
        loader: Value,
        origin: Value,
        search: Value,
        has_location: bool,
    ) -> PyResult<Value> {
        let spec = Rc::new(PyInstance::new(self.import_types.module_spec.clone()));
        let parent = if !search.is_none() {
            name.to_string()
        } else {
            name.rsplit_once('.').map_or("", |(p, _)| p).to_string()
        };
        let cached = Value::None;
        let entries = [
            ("name", Value::str(name)),
            ("loader", loader),
            ("origin", origin),
            ("loader_state", Value::None),
            ("submodule_search_locations", search),
            ("cached", cached),
            ("parent", Value::string(parent)),
            ("has_location", Value::Bool(has_location)),
        ];
        for (k, v) in entries {
            self.dict_set(&spec.dict, Value::str(k), v)?;
        }
        Ok(Value::Instance(spec))
    }

    /// Creates, registers and executes the module of a spec.
    fn load(&mut self, found: Found) -> PyResult<Value> {
        let spec = self.make_spec(&found)?;
        let name = found.name.clone();
        let module = match &found.loader {
            Loader::Registered(Registered {
                source: ModuleSource::Native(init),
                ..
            }) => {
                self.importing.push(name.clone());
                let made = init(self);
                self.importing.pop();
                let m = made?;
                self.init_module_attrs(&m, &spec)?;
                let v = Value::Module(m);
                self.dict_set(&self.modules.clone(), Value::str(&name), v.clone())?;
                return Ok(v);
            }
            _ => self.module_from_spec(&name, &spec)?,
        };
        let Value::Module(m) = &module else {
            return Ok(module);
        };
        let modules = self.modules.clone();
        self.dict_set(&modules, Value::str(&name), module.clone())?;
        self.importing.push(name.clone());
        let result = self.exec_module_code(&found, m);
        self.importing.pop();
        if let Err(e) = result {
            if self.sys_modules_get(&name).is_some_and(|v| v.is(&module)) {
                self.dict_remove_str(&modules, &name);
            }
            return Err(e);
        }
        Ok(self.sys_modules_get(&name).unwrap_or(module))
    }

    /// A new module object with the attributes its spec gives (`module_from_spec`).
    pub fn module_from_spec(&mut self, name: &str, spec: &Value) -> PyResult<Value> {
        let loader = self
            .getattr_opt(spec, &pystr("loader"))?
            .unwrap_or_default();
        if !loader.is_none() {
            if let Some(create) = self.getattr_opt(&loader, &pystr("create_module"))? {
                let made = self.call_value(&create, std::slice::from_ref(spec), &[])?;
                if let Value::Module(m) = &made {
                    self.init_module_attrs(m, spec)?;
                }
                if !made.is_none() {
                    return Ok(made);
                }
            }
        }
        let m = self.new_module(name);
        self.init_module_attrs(&m, spec)?;
        Ok(Value::Module(m))
    }

    /// A namespace package's `__path__`: its portions, found again on the parent path when
    /// that changes (CPython's `_NamespacePath`).
    fn namespace_path(&mut self, name: &str, portions: &[String]) -> PyResult<Value> {
        let p = Rc::new(PyInstance::new(self.import_types.namespace_path.clone()));
        let list = Value::list(portions.iter().map(|d| Value::str(d)).collect());
        self.dict_set(&p.dict, Value::str("_name"), Value::str(name))?;
        self.dict_set(&p.dict, Value::str("_path"), list)?;
        Ok(Value::Instance(p))
    }

    fn init_module_attrs(&mut self, m: &PyModule, spec: &Value) -> PyResult<()> {
        let get = |vm: &mut Vm, k: &str| vm.getattr(spec, &pystr(k));
        let loader = get(self, "loader")?;
        let parent = get(self, "parent")?;
        let origin = get(self, "origin")?;
        let search = get(self, "submodule_search_locations")?;
        let has_location = get(self, "has_location")?;
        let d = &m.dict;
        if d.get_str("__doc__").is_none() {
            // A native module's docstring comes from the built-ins' table.
            let doc = self.builtin_doc(&format!("module:{}", m.name.as_str()));
            self.dict_set(d, Value::str("__doc__"), doc)?;
        }
        self.dict_set(d, Value::str("__package__"), parent)?;
        self.dict_set(d, Value::str("__loader__"), loader)?;
        self.dict_set(d, Value::str("__spec__"), spec.clone())?;
        if !search.is_none() {
            self.dict_set(d, Value::str("__path__"), search.clone())?;
        }
        if self.truthy(&has_location)? {
            self.dict_set(d, Value::str("__file__"), origin)?;
        } else if origin.is_none() && !search.is_none() {
            // A namespace package.
            self.dict_set(d, Value::str("__file__"), Value::None)?;
        }
        Ok(())
    }

    fn exec_module_code(&mut self, found: &Found, m: &Rc<PyModule>) -> PyResult<()> {
        // Code run as a module sees the builtins through `__builtins__`, as in CPython.
        if matches!(found.loader, Loader::Source(_) | Loader::Registered(_))
            && !Rc::ptr_eq(&m.dict, &self.builtins)
            && m.dict.get_str("__builtins__").is_none()
        {
            let builtins = Value::Dict(self.builtins.clone());
            self.dict_set(&m.dict, Value::str("__builtins__"), builtins)?;
        }
        match &found.loader {
            Loader::Source(path) => self.run_path_in(path, m.dict.clone()),
            Loader::Registered(Registered {
                source: ModuleSource::Frozen(code),
                ..
            }) => self.run_frozen_in(code, &found.name, m.dict.clone()),
            Loader::Custom(spec) => {
                let loader = self.getattr(spec, &pystr("loader"))?;
                let module = Value::Module(m.clone());
                if let Some(exec) = self.getattr_opt(&loader, &pystr("exec_module"))? {
                    return self.call_value(&exec, &[module], &[]).map(drop);
                }
                if let Some(load) = self.getattr_opt(&loader, &pystr("load_module"))? {
                    return self
                        .call_value(&load, &[Value::str(&found.name)], &[])
                        .map(drop);
                }
                Err(self.new_error(
                    ExcKind::ImportError,
                    format!("loader for {} cannot execute the module", found.name),
                ))
            }
            _ => Ok(()),
        }
    }

    /// Executes a module again in its own namespace (`importlib.reload`).
    pub fn reload_module(&mut self, module: &Value) -> PyResult<Value> {
        let Value::Module(m) = module else {
            return Err(self.type_error("reload() argument must be a module"));
        };
        let name = m.name.as_str().to_string();
        if !self.sys_modules_get(&name).is_some_and(|v| v.is(module)) {
            return Err(self.new_error(
                ExcKind::ImportError,
                format!("module {name} not in sys.modules"),
            ));
        }
        let path = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let Some(p) = self.sys_modules_get(parent) else {
                    return Err(self.new_error(
                        ExcKind::ImportError,
                        format!("parent '{parent}' not in sys.modules"),
                    ));
                };
                let p = self.getattr(&p, &pystr("__path__"))?;
                let items = self.collect(&p)?;
                Some(
                    items
                        .iter()
                        .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
                        .collect::<Vec<_>>(),
                )
            }
            None => None,
        };
        let Some(found) = self.find(&name, path.as_deref())? else {
            return Err(
                self.module_not_found(&name, format!("spec not found for the module '{name}'"))
            );
        };
        if let Loader::Registered(Registered {
            source: ModuleSource::Native(_),
            ..
        }) = found.loader
        {
            return Ok(module.clone());
        }
        let spec = self.make_spec(&found)?;
        self.init_module_attrs(m, &spec)?;
        self.importing.push(name.clone());
        let result = self.exec_module_code(&found, m);
        self.importing.pop();
        result?;
        Ok(self
            .sys_modules_get(&name)
            .unwrap_or_else(|| module.clone()))
    }

    /// `importlib.util.find_spec`-like search: the spec of `name`, importing its parents;
    /// `None` when it cannot be found.
    pub fn find_spec(&mut self, name: &str) -> PyResult<Option<Value>> {
        if let Some(m) = self.sys_modules_get(name) {
            let spec = self.getattr_opt(&m, &pystr("__spec__"))?;
            return match spec {
                Some(s) if !s.is_none() => Ok(Some(s)),
                _ => Err(self.value_error(format!("{name}.__spec__ is None"))),
            };
        }
        let path = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let parent_module = self.import_absolute(parent)?;
                match self.getattr_opt(&parent_module, &pystr("__path__"))? {
                    Some(p) => {
                        let items = self.collect(&p)?;
                        Some(
                            items
                                .iter()
                                .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
                                .collect::<Vec<_>>(),
                        )
                    }
                    None => {
                        return Err(self.module_not_found(
                            name,
                            format!("__path__ attribute not found on '{parent}' while trying to find '{name}'"),
                        ))
                    }
                }
            }
            None => None,
        };
        match self.find(name, path.as_deref())? {
            Some(found) => self.make_spec(&found).map(Some),
            None => Ok(None),
        }
    }

    /// Runs the module `name` as `__main__` (`python -m name`): a package runs its
    /// `__main__` submodule. Returns the file it ran, for `sys.argv[0]`.
    pub fn run_module_as_main(&mut self, name: &str, set_argv0: bool) -> PyResult<()> {
        let mut mod_name = name.to_string();
        let mut spec = self.main_spec(&mod_name)?;
        let search = self.getattr(&spec, &pystr("submodule_search_locations"))?;
        if !search.is_none() {
            let main = format!("{mod_name}.__main__");
            spec = match self.main_spec(&main) {
                Ok(s) => s,
                Err(e) if self.err_matches(&e, ExcKind::ImportError) => {
                    let why = self.to_str(&e.value()).unwrap_or_default();
                    return Err(self.new_error(
                        ExcKind::ImportError,
                        format!("{why}; '{mod_name}' is a package and cannot be directly executed"),
                    ));
                }
                Err(e) => return Err(e),
            };
            mod_name = main;
        }
        let globals = self.main_globals();
        let origin = self.getattr(&spec, &pystr("origin"))?;
        let loader = self.getattr(&spec, &pystr("loader"))?;
        let parent = self.getattr(&spec, &pystr("parent"))?;
        self.dict_set(&globals, Value::str("__spec__"), spec.clone())?;
        self.dict_set(&globals, Value::str("__loader__"), loader)?;
        self.dict_set(&globals, Value::str("__package__"), parent)?;
        if let Some(Registered {
            source: ModuleSource::Frozen(code),
            package,
            ..
        }) = self.native_modules.get(&mod_name).copied()
        {
            // A frozen module has no file; `sys.argv[0]` names where its source would be
            // in the library, as CPython's does.
            if set_argv0 {
                let tail = if package { "/__init__.py" } else { ".py" };
                let path = format!("{LIBRARY_PATH}/{}{tail}", mod_name.replace('.', "/"));
                self.set_argv0(&Value::str(&path));
            }
            return self.run_frozen_in(code, &mod_name, globals);
        }
        self.dict_set(&globals, Value::str("__file__"), origin.clone())?;
        if set_argv0 {
            self.set_argv0(&origin);
        }
        let Some(Value::Str(path)) = Some(origin) else {
            return Err(self.new_error(
                ExcKind::ImportError,
                format!("No code object available for {mod_name}"),
            ));
        };
        self.run_path_in(path.as_str(), globals)
    }

    /// The spec of a module to run as main, with CPython's `-m` errors.
    fn main_spec(&mut self, name: &str) -> PyResult<Value> {
        if name.starts_with('.') {
            return Err(self.new_error(ExcKind::ImportError, "Relative module names not supported"));
        }
        match self.find_spec(name) {
            Ok(Some(spec)) => {
                let loader = self.getattr(&spec, &pystr("loader"))?;
                let native = matches!(&loader, Value::Type(t) if Rc::ptr_eq(t, &self.import_types.builtin_importer));
                if native {
                    return Err(self.new_error(
                        ExcKind::ImportError,
                        format!("No code object available for {name}"),
                    ));
                }
                Ok(spec)
            }
            Ok(None) => Err(self.module_not_found(name, format!("No module named {name}"))),
            Err(e) => Err(e),
        }
    }

    fn set_argv0(&mut self, origin: &Value) {
        if let (Some(first), Value::Str(s)) = (self.argv.first_mut(), origin) {
            *first = s.as_str().to_string();
        }
        if let Some(Value::Module(sys)) = self.sys_modules_get("sys") {
            if let Some(Value::List(argv)) = sys.dict.get_str("argv") {
                let mut items = argv.items.borrow_mut();
                if items.is_empty() {
                    items.push(origin.clone());
                } else {
                    items[0] = origin.clone();
                }
            }
        }
    }
}

impl Vm {
    /// `repr(module)`: where it came from, as CPython shows it.
    pub(crate) fn module_repr(&mut self, m: &PyModule) -> PyResult<String> {
        let name = self.repr(&Value::Str(m.display_name()))?;
        if let Some(Value::Str(file)) = m.dict.get_str("__file__") {
            let file = self.repr(&Value::Str(file))?;
            return Ok(format!("<module {name} from {file}>"));
        }
        let origin = match m.dict.get_str("__spec__") {
            Some(spec) if !spec.is_none() => self.getattr_opt(&spec, &pystr("origin"))?,
            _ => None,
        };
        Ok(match origin {
            Some(Value::Str(o)) => format!("<module {name} ({})>", o.as_str()),
            _ => match m.dict.get_str("__path__") {
                Some(path) if m.dict.get_str("__spec__").is_some() => {
                    let items = self.collect(&path)?;
                    let path = self.repr(&Value::list(items))?;
                    format!("<module {name} (namespace) from {path}>")
                }
                _ => format!("<module {name}>"),
            },
        })
    }
}

fn registered(name: &str, r: Registered) -> Found {
    let search = r
        .package
        .then(|| vec![format!("{LIBRARY_PATH}/{}", name.replace('.', "/"))]);
    Found {
        name: name.to_string(),
        loader: Loader::Registered(r),
        origin: None,
        search,
    }
}

fn join(dir: &str, name: &str) -> String {
    if dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

// ----- the Python-visible import objects -----

fn spec_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let mut parts = Vec::new();
    for key in ["name", "loader", "origin", "submodule_search_locations"] {
        let v = vm.getattr(&this, &pystr(key))?;
        if key != "name" && key != "loader" && v.is_none() {
            continue;
        }
        parts.push(format!("{key}={}", vm.repr(&v)?));
    }
    Ok(Value::string(format!("ModuleSpec({})", parts.join(", "))))
}

fn spec_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let rest = args.after_self();
    let [name, loader, origin, state, is_package] = vm.bind_args(
        "ModuleSpec",
        &rest,
        &["name", "loader", "origin", "loader_state", "is_package"],
        2,
    )?;
    let name = name.unwrap_or_default();
    let name_text = match &name {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let is_package = match is_package {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let parent = if is_package {
        name_text.clone()
    } else {
        name_text
            .rsplit_once('.')
            .map_or("", |(p, _)| p)
            .to_string()
    };
    let entries = [
        ("name", name),
        ("loader", loader.unwrap_or_default()),
        ("origin", origin.unwrap_or_default()),
        ("loader_state", state.unwrap_or_default()),
        (
            "submodule_search_locations",
            if is_package {
                Value::list(Vec::new())
            } else {
                Value::None
            },
        ),
        ("cached", Value::None),
        ("parent", Value::string(parent)),
        ("has_location", Value::Bool(false)),
    ];
    for (k, v) in entries {
        vm.dict_set(&inst.dict, Value::str(k), v)?;
    }
    Ok(Value::None)
}

fn loader_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let rest = args.after_self();
    let [fullname, path] = vm.bind_args("SourceFileLoader", &rest, &["fullname", "path"], 2)?;
    vm.dict_set(&inst.dict, Value::str("name"), fullname.unwrap_or_default())?;
    vm.dict_set(&inst.dict, Value::str("path"), path.unwrap_or_default())?;
    Ok(Value::None)
}

fn loader_path(vm: &mut Vm, this: &Value) -> PyResult<String> {
    let path = vm.getattr(this, &pystr("path"))?;
    vm.path_string(&path)
}

fn loader_get_filename(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    vm.getattr(&this, &pystr("path"))
}

fn loader_get_data(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("get_data", args.pos.len().saturating_sub(1), 1, 1)?;
    let path = vm.path_string(&args.pos[1])?;
    match pyrs_wasi_sys::read_file(&path) {
        Ok(data) => Ok(crate::object::types::bytes::new_bytes(data)),
        Err(e) => Err(vm.os_error_path(e, &args.pos[1])),
    }
}

fn loader_is_package(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let path = loader_path(vm, &this)?;
    let file = path.rsplit('/').next().unwrap_or("");
    Ok(Value::Bool(file == "__init__.py"))
}

fn loader_get_source(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or_default();
    let path = loader_path(vm, &this)?;
    let data =
        pyrs_wasi_sys::read_file(&path).map_err(|e| vm.os_error_path(e, &Value::str(&path)))?;
    crate::source::decode_source(&data, &path)
        .map(Value::string)
        .map_err(|e| vm.new_error(ExcKind::SyntaxError, e.msg))
}

fn loader_create_module(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn loader_exec_module(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("exec_module", args.pos.len().saturating_sub(1), 1, 1)?;
    let this = args.pos[0].clone();
    let Value::Module(m) = &args.pos[1] else {
        return Err(vm.type_error("exec_module() argument must be a module"));
    };
    let path = loader_path(vm, &this)?;
    let name = m.name.as_str().to_string();
    vm.importing.push(name);
    let result = vm.run_path_in(&path, m.dict.clone());
    vm.importing.pop();
    result.map(|()| Value::None)
}

fn loader_resource_reader(_vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `exec_module` of the built-in and frozen importers: what is registered under the
/// module's name runs in its namespace.
fn importer_exec_module(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Module(m)) = args.pos.last() else {
        return Err(vm.type_error("exec_module() argument must be a module"));
    };
    // The spec names the module to run (`runpy` executes `json.decoder` in `__main__`).
    let spec_name = match m.dict.get_str("__spec__") {
        Some(spec) if !spec.is_none() => {
            let key = vm.intern("name");
            match vm.getattr_opt(&spec, &key)? {
                Some(Value::Str(s)) => Some(s.as_str().to_string()),
                _ => None,
            }
        }
        _ => None,
    };
    let name = spec_name.unwrap_or_else(|| m.name.as_str().to_string());
    match vm.native_modules.get(&name).copied() {
        Some(Registered {
            source: ModuleSource::Frozen(code),
            ..
        }) => vm.run_frozen_in(code, &name, m.dict.clone())?,
        Some(Registered {
            source: ModuleSource::Native(init),
            ..
        }) => {
            let made = init(vm)?;
            for (k, v) in made.dict.items() {
                vm.dict_set(&m.dict, k, v)?;
            }
        }
        None => return Err(vm.new_error(ExcKind::ImportError, format!("No module named {name:?}"))),
    }
    Ok(Value::None)
}

fn importer_find_spec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.pos.first() else {
        return Ok(Value::None);
    };
    let name = name.as_str().to_string();
    match vm.native_modules.get(&name).copied() {
        Some(r) => {
            let found = registered(&name, r);
            vm.make_spec(&found)
        }
        None => Ok(Value::None),
    }
}

fn importer_is_package(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.pos.last() else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(
        vm.native_modules
            .get(name.as_str())
            .is_some_and(|r| r.package),
    ))
}

/// `PathFinder.find_spec(fullname, path=None, target=None)`.
fn path_finder_find_spec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [name, path, _target] =
        vm.bind_args("find_spec", &args, &["fullname", "path", "target"], 1)?;
    let Some(Value::Str(name)) = name else {
        return Ok(Value::None);
    };
    let path: Option<Vec<String>> = match path {
        Some(p) if !p.is_none() => Some(
            vm.collect(&p)?
                .iter()
                .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
                .collect(),
        ),
        _ => None,
    };
    match vm.find_on_path(name.as_str(), path.as_deref())? {
        Some(found) => vm.make_spec(&found),
        None => Ok(Value::None),
    }
}

/// The portions of a namespace package's `__path__`, found again from its parent's path.
fn namespace_portions(vm: &mut Vm, this: &Value) -> PyResult<Rc<crate::object::types::PyList>> {
    let Value::Instance(inst) = this else {
        return Err(vm.type_error("expected a _NamespacePath"));
    };
    let Some(Value::List(list)) = inst.dict.get_str("_path") else {
        return Err(vm.type_error("expected a _NamespacePath"));
    };
    let Some(Value::Str(name)) = inst.dict.get_str("_name") else {
        return Ok(list);
    };
    let parent_path: Option<Vec<String>> = match name.as_str().rsplit_once('.') {
        Some((parent, _)) => {
            let Some(p) = vm.sys_modules_get(parent) else {
                return Ok(list);
            };
            let Some(path) = vm.getattr_opt(&p, &pystr("__path__"))? else {
                return Ok(list);
            };
            Some(
                vm.collect(&path)?
                    .iter()
                    .filter_map(|v| v.as_str().map(|s| s.as_str().to_string()))
                    .collect(),
            )
        }
        None => None,
    };
    if let Some(Found {
        loader: Loader::Namespace,
        search: Some(portions),
        ..
    }) = vm.find_on_path(name.as_str(), parent_path.as_deref())?
    {
        *list.items.borrow_mut() = portions.iter().map(|d| Value::str(d)).collect();
    }
    Ok(list)
}

fn nspath_iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = namespace_portions(vm, &args.pos[0])?;
    let snapshot = Value::list(list.items.borrow().clone());
    vm.iter(&snapshot)
}

fn nspath_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = namespace_portions(vm, &args.pos[0])?;
    let n = list.items.borrow().len();
    Ok(Value::from(n))
}

fn nspath_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("__getitem__", args.pos.len().saturating_sub(1), 1, 1)?;
    let list = namespace_portions(vm, &args.pos[0])?;
    vm.getitem(&Value::List(list), &args.pos[1])
}

fn nspath_contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("__contains__", args.pos.len().saturating_sub(1), 1, 1)?;
    let list = namespace_portions(vm, &args.pos[0])?;
    vm.contains(&Value::List(list), &args.pos[1])
        .map(Value::Bool)
}

fn nspath_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let list = namespace_portions(vm, &args.pos[0])?;
    let shown = vm.repr(&Value::List(list))?;
    Ok(Value::string(format!("_NamespacePath({shown})")))
}

fn nspath_append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.check_count("append", args.pos.len().saturating_sub(1), 1, 1)?;
    let Value::Instance(inst) = &args.pos[0] else {
        return Err(vm.type_error("expected a _NamespacePath"));
    };
    if let Some(Value::List(list)) = inst.dict.get_str("_path") {
        list.items.borrow_mut().push(args.pos[1].clone());
    }
    Ok(Value::None)
}

fn static_method(name: &'static str, func: NativeFn) -> Value {
    let b = crate::object::types::builtin_fn::builtin(name, func);
    Value::Wrapper(Rc::new(PyWrapper::StaticMethod(b, Default::default())))
}

fn method(name: &'static str, owner: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(crate::object::types::PyBuiltin {
        name,
        func,
        owner: Some(owner),
        kind: crate::object::types::TypeKind::Object,
        role: crate::object::types::Role::Plain,
    }))
}

/// Fills the import-system classes with their methods.
pub fn install_import_methods(vm: &mut Vm) {
    let t = &vm.import_types;
    let spec = t.module_spec.clone();
    let loader = t.source_loader.clone();
    let namespace = t.namespace_loader.clone();
    let importers = [t.builtin_importer.clone(), t.frozen_importer.clone()];
    let set = |vm: &mut Vm, ty: &Rc<PyType>, name: &str, v: Value| {
        let _ = vm.dict_set(&ty.dict, Value::str(name), v);
    };
    set(
        vm,
        &spec,
        "__init__",
        method("__init__", "ModuleSpec", spec_init),
    );
    set(
        vm,
        &spec,
        "__repr__",
        method("__repr__", "ModuleSpec", spec_repr),
    );
    let loader_methods: [(&'static str, NativeFn); 8] = [
        ("__init__", loader_init),
        ("get_filename", loader_get_filename),
        ("get_data", loader_get_data),
        ("is_package", loader_is_package),
        ("get_source", loader_get_source),
        ("create_module", loader_create_module),
        ("exec_module", loader_exec_module),
        ("get_resource_reader", loader_resource_reader),
    ];
    for (name, f) in loader_methods {
        set(vm, &loader, name, method(name, "SourceFileLoader", f));
    }
    set(
        vm,
        &namespace,
        "create_module",
        method("create_module", "NamespaceLoader", loader_create_module),
    );
    set(
        vm,
        &namespace,
        "exec_module",
        method("exec_module", "NamespaceLoader", loader_create_module),
    );
    let finder = vm.import_types.path_finder.clone();
    set(
        vm,
        &finder,
        "find_spec",
        static_method("find_spec", path_finder_find_spec),
    );
    let noop = static_method("invalidate_caches", loader_create_module);
    set(vm, &finder, "invalidate_caches", noop);
    let nspath = vm.import_types.namespace_path.clone();
    let nspath_methods: [(&'static str, NativeFn); 6] = [
        ("__iter__", nspath_iter),
        ("__len__", nspath_len),
        ("__getitem__", nspath_getitem),
        ("__contains__", nspath_contains),
        ("__repr__", nspath_repr),
        ("append", nspath_append),
    ];
    for (name, f) in nspath_methods {
        set(vm, &nspath, name, method(name, "_NamespacePath", f));
    }
    for ty in importers {
        set(
            vm,
            &ty,
            "find_spec",
            static_method("find_spec", importer_find_spec),
        );
        set(
            vm,
            &ty,
            "create_module",
            static_method("create_module", loader_create_module),
        );
        set(
            vm,
            &ty,
            "exec_module",
            static_method("exec_module", importer_exec_module),
        );
        set(
            vm,
            &ty,
            "is_package",
            static_method("is_package", importer_is_package),
        );
    }
}
