//! Sessions: an interpreter a host hands code to, under limits it sets. This is what the
//! WebAssembly component exports (`component/`); it lives here so the CLI's interpreter and
//! the component's are one and the same, and so it is tested on the host too.
//!
//! A session owns its interpreter (globals, modules), its limits and its opaque handles.
//! The limits are switched on for the length of each call and off after it: the step budget
//! (`Vm::set_step_budget`), the memory cap (`pyrs_vm::limits`, counted by the allocator the
//! component installs), captured output and the file system (`pyrs_wasi_sys::sandbox`).
//! Values cross as a flattened tree (`Node`): the host's types have no recursion.

use std::collections::HashMap;
use std::rc::Rc;

use pyrs_vm::object::types::bytes::new_bytes;
use pyrs_vm::{ExcKind, Interpreter, PyDict, PyErr, PyStr, Value};
use pyrs_wasi_sys::sandbox;

/// What a host allows a session.
#[derive(Clone, Debug, Default)]
pub struct Limits {
    /// Steps each call may take (a step: a Python function call, a loop iteration, or an
    /// item a built-in takes from an iterator).
    pub max_steps: Option<u64>,
    /// Heap bytes the session may hold, its interpreter included.
    pub max_memory_bytes: Option<u64>,
    /// The highest recursion limit; `sys.setrecursionlimit` cannot go above it.
    pub max_recursion: Option<u32>,
    /// Whether paths reach the host's preopened directories (else every path operation fails
    /// with `PermissionError`, and imports find only the built-in library).
    pub filesystem: bool,
    /// Whether standard output and error are captured per call (else written through WASI).
    pub capture_output: bool,
}

/// One node of a value's tree; containers name their items by index into the node list,
/// whose first node is the root.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    None,
    Bool(bool),
    Int(i64),
    /// An int beyond 64 bits, in decimal.
    BigInt(String),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<u32>),
    Tuple(Vec<u32>),
    Dict(Vec<(u32, u32)>),
    /// Any other object, kept by the session until released.
    Handle(Handle),
}

/// An object the host holds by number.
#[derive(Clone, Debug, PartialEq)]
pub struct Handle {
    pub id: u64,
    pub type_name: String,
    pub repr: String,
}

/// How a call failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// An exception not covered below.
    Exception,
    /// `SyntaxError` and its subclasses.
    SyntaxError,
    /// The step budget ran out (`StepLimitExceeded`).
    StepLimit,
    /// `MemoryError`: the memory cap was reached (or a program raised it).
    MemoryError,
    /// `SystemExit` (its code is the message).
    SystemExit,
    /// The host passed a value the session cannot take (an unknown handle, a node index out
    /// of range, a cycle).
    BadValue,
}

/// A failed call: the exception's type and message and the traceback CPython would print.
#[derive(Clone, Debug)]
pub struct Failure {
    pub kind: FailureKind,
    pub type_name: String,
    pub message: String,
    pub traceback: String,
}

/// Standard output and error captured during a call.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
}

/// Deepest nesting of containers a value may have when it crosses.
const MAX_DEPTH: usize = 100;

pub struct Session {
    interp: Interpreter,
    limits: Limits,
    /// Heap bytes the session holds (grown and shrunk by its calls).
    used: usize,
    handles: HashMap<u64, Value>,
    next_handle: u64,
    /// The live-byte count when the current call began.
    start: usize,
    /// The session's own generator of `random`'s functions, and its current directory
    /// (during a call: the instance's, to put back).
    random_state: usize,
    cwd: String,
}

impl Session {
    pub fn new(limits: Limits) -> Session {
        let start = pyrs_vm::limits::live_bytes();
        let mut interp = crate::new_interpreter(vec![String::new()], vec![String::new()]);
        if let Some(n) = limits.max_recursion {
            interp.vm.set_recursion_cap(n as usize);
        }
        let _ = interp.vm.main_globals();
        let used = pyrs_vm::limits::live_bytes().saturating_sub(start);
        Session {
            interp,
            limits,
            used,
            handles: HashMap::new(),
            next_handle: 1,
            start: 0,
            random_state: pyrs_stdlib::random::new_module_state(),
            cwd: pyrs_wasi_sys::getcwd(),
        }
    }

    /// Heap bytes the session holds, its interpreter included.
    pub fn memory_used(&self) -> usize {
        self.used
    }

    /// Runs `source` as code of `__main__`.
    pub fn exec(&mut self, source: &str, filename: &str) -> (Result<(), Failure>, Output) {
        self.enter();
        let r = self
            .interp
            .exec(source, filename)
            .map_err(|e| self.failure(&e));
        self.leave(r)
    }

    /// Evaluates an expression in `__main__`'s namespace.
    pub fn eval(&mut self, expr: &str) -> (Result<Vec<Node>, Failure>, Output) {
        self.enter();
        let r = match self.interp.eval(expr) {
            Ok(v) => Ok(self.export(&v)),
            Err(e) => Err(self.failure(&e)),
        };
        self.leave(r)
    }

    /// Calls the callable `name` (a global or built-in, then attributes: `math.sqrt`).
    pub fn call(
        &mut self,
        name: &str,
        args: &[Vec<Node>],
        kwargs: &[(String, Vec<Node>)],
    ) -> (Result<Vec<Node>, Failure>, Output) {
        self.enter();
        let r = self.call_inner(name, args, kwargs);
        self.leave(r)
    }

    fn call_inner(
        &mut self,
        name: &str,
        args: &[Vec<Node>],
        kwargs: &[(String, Vec<Node>)],
    ) -> Result<Vec<Node>, Failure> {
        let mut parts = name.split('.');
        let first = parts.next().unwrap_or_default();
        let globals = self.interp.vm.main_globals();
        let found = self.interp.vm.dict_get_str(&globals, first).or_else(|| {
            let builtins = self.interp.vm.import_absolute("builtins").ok()?;
            let attr = Rc::new(PyStr::new(first));
            self.interp.vm.getattr(&builtins, &attr).ok()
        });
        let Some(mut f) = found else {
            let e = self
                .interp
                .vm
                .new_error(ExcKind::NameError, format!("name '{first}' is not defined"));
            return Err(self.failure(&e));
        };
        for part in parts {
            let attr = Rc::new(PyStr::new(part));
            f = self
                .interp
                .vm
                .getattr(&f, &attr)
                .map_err(|e| self.failure(&e))?;
        }
        let mut pos = Vec::with_capacity(args.len());
        for a in args {
            pos.push(self.import(a)?);
        }
        let mut kw = Vec::with_capacity(kwargs.len());
        for (k, v) in kwargs {
            kw.push((Rc::new(PyStr::new(k)), self.import(v)?));
        }
        match self.interp.vm.call_value(&f, &pos, &kw) {
            Ok(v) => Ok(self.export(&v)),
            Err(e) => Err(self.failure(&e)),
        }
    }

    /// Binds a global of `__main__`.
    pub fn set_global(&mut self, name: &str, value: &[Node]) -> Result<(), Failure> {
        self.enter();
        let r = self.import(value).and_then(|v| {
            let globals = self.interp.vm.main_globals();
            self.interp
                .vm
                .dict_set(&globals, Value::str(name), v)
                .map_err(|e| self.failure(&e))
        });
        self.leave(r).0
    }

    /// A global of `__main__`, if bound.
    pub fn get_global(&mut self, name: &str) -> Option<Vec<Node>> {
        self.enter();
        let globals = self.interp.vm.main_globals();
        let r = self
            .interp
            .vm
            .dict_get_str(&globals, name)
            .map(|v| self.export(&v));
        self.leave(Ok(r)).0.ok().flatten()
    }

    /// Forgets a handle.
    pub fn release(&mut self, id: u64) {
        let gone = self.handles.remove(&id);
        self.enter();
        drop(gone);
        let _ = self.leave(Ok(()));
    }

    /// Starts over with a fresh interpreter and the same limits.
    pub fn reset(&mut self) {
        let limits = self.limits.clone();
        let old = std::mem::replace(self, Session::new(limits));
        drop(old);
    }

    /// Ends the session's interpreter: its objects are freed, cycles included; what their
    /// finalizers print is dropped with the session.
    fn shut_down(&mut self) {
        self.handles.clear();
        self.enter();
        self.interp.shutdown();
        let _ = self.leave(Ok(()));
        pyrs_stdlib::random::free_module_state(self.random_state);
    }

    /// Switches the session's limits on, and its own state shared parts of the runtime keep
    /// (`random`'s generator, the current directory).
    fn enter(&mut self) {
        pyrs_stdlib::random::use_module_state(self.random_state);
        // The session's directory for the call; the instance's is put back by `leave`.
        let outside = pyrs_wasi_sys::getcwd();
        if outside != self.cwd {
            let _ = pyrs_wasi_sys::chdir(&self.cwd);
        }
        self.cwd = outside;
        sandbox::set_files_denied(!self.limits.filesystem);
        sandbox::set_capture(self.limits.capture_output);
        self.start = pyrs_vm::limits::live_bytes();
        let ceiling = self.limits.max_memory_bytes.map(|cap| {
            let cap = usize::try_from(cap).unwrap_or(usize::MAX);
            self.start.saturating_add(cap.saturating_sub(self.used))
        });
        pyrs_vm::limits::set_memory_ceiling(ceiling);
        self.interp.vm.set_step_budget(self.limits.max_steps);
    }

    /// Switches the limits off again, collecting the call's output and its memory.
    fn leave<T>(&mut self, r: Result<T, Failure>) -> (Result<T, Failure>, Output) {
        self.interp.vm.flush_std();
        let (out, err) = sandbox::take_captured();
        sandbox::set_capture(false);
        sandbox::set_files_denied(false);
        pyrs_stdlib::random::use_module_state(0);
        let outside = std::mem::replace(&mut self.cwd, pyrs_wasi_sys::getcwd());
        if outside != self.cwd {
            let _ = pyrs_wasi_sys::chdir(&outside);
        }
        pyrs_vm::limits::set_memory_ceiling(None);
        self.interp.vm.set_step_budget(None);
        let now = pyrs_vm::limits::live_bytes();
        self.used = self.used.saturating_add(now).saturating_sub(self.start);
        let output = Output {
            stdout: String::from_utf8_lossy(&out).into_owned(),
            stderr: String::from_utf8_lossy(&err).into_owned(),
        };
        (r, output)
    }

    /// The failure a Python exception stands for.
    fn failure(&mut self, err: &PyErr) -> Failure {
        let vm = &mut self.interp.vm;
        let kind = [
            (ExcKind::StepLimitExceeded, FailureKind::StepLimit),
            (ExcKind::MemoryError, FailureKind::MemoryError),
            (ExcKind::SyntaxError, FailureKind::SyntaxError),
            (ExcKind::SystemExit, FailureKind::SystemExit),
        ]
        .into_iter()
        .find(|(k, _)| vm.err_matches(err, *k))
        .map_or(FailureKind::Exception, |(_, f)| f);
        let exc = err.value();
        let ty = vm.type_of(&exc);
        let name = ty.qualname.borrow().as_str().to_string();
        let type_name = match ty.module.as_str() {
            "builtins" => name,
            module => format!("{module}.{name}"),
        };
        // What a failing `str()` would lose is not worth a second failure.
        let message = vm.to_str(&exc).unwrap_or_default();
        let traceback = vm.format_exception(err);
        Failure {
            kind,
            type_name,
            message,
            traceback,
        }
    }

    fn bad_value(msg: impl Into<String>) -> Failure {
        let message = msg.into();
        Failure {
            kind: FailureKind::BadValue,
            type_name: "ValueError".to_string(),
            traceback: format!("ValueError: {message}\n"),
            message,
        }
    }

    /// A value as a tree of nodes: containers by index, a container met again inside itself
    /// (or nested too deep) and every other object as a handle.
    pub fn export(&mut self, v: &Value) -> Vec<Node> {
        let mut nodes = Vec::new();
        let mut open = Vec::new();
        self.export_into(v, &mut nodes, &mut open);
        nodes
    }

    fn export_into(&mut self, v: &Value, nodes: &mut Vec<Node>, open: &mut Vec<usize>) -> u32 {
        let at = nodes.len();
        nodes.push(Node::None);
        // A container's identity, to find it inside itself.
        let container = match v {
            Value::List(l) => Some(Rc::as_ptr(l) as usize),
            Value::Tuple(t) => Some(Rc::as_ptr(t) as usize),
            Value::Dict(d) => Some(Rc::as_ptr(d) as usize),
            _ => None,
        };
        let node = match (v, container) {
            (_, Some(p)) if open.contains(&p) || open.len() >= MAX_DEPTH => self.handle(v),
            (Value::None, _) => Node::None,
            (Value::Bool(b), _) => Node::Bool(*b),
            (Value::Int(i), _) => Node::Int(*i),
            (Value::BigInt(b), _) => Node::BigInt(b.to_string()),
            (Value::Float(f), _) => Node::Float(*f),
            (Value::Str(s), _) => Node::Str(s.as_str().to_string()),
            (Value::Bytes(b), _) => Node::Bytes(b.data.to_vec()),
            (Value::List(l), Some(p)) => {
                let items = l.items.borrow().clone();
                open.push(p);
                let idx = items
                    .iter()
                    .map(|x| self.export_into(x, nodes, open))
                    .collect();
                open.pop();
                Node::List(idx)
            }
            (Value::Tuple(t), Some(p)) => {
                open.push(p);
                let idx = t
                    .items
                    .iter()
                    .map(|x| self.export_into(x, nodes, open))
                    .collect();
                open.pop();
                Node::Tuple(idx)
            }
            (Value::Dict(d), Some(p)) => {
                let items = d.items();
                open.push(p);
                let idx = items
                    .iter()
                    .map(|(k, x)| {
                        let k = self.export_into(k, nodes, open);
                        (k, self.export_into(x, nodes, open))
                    })
                    .collect();
                open.pop();
                Node::Dict(idx)
            }
            _ => self.handle(v),
        };
        nodes[at] = node;
        at as u32
    }

    fn handle(&mut self, v: &Value) -> Node {
        let id = self.next_handle;
        self.next_handle += 1;
        self.handles.insert(id, v.clone());
        let vm = &mut self.interp.vm;
        let type_name = vm.type_of(v).name().as_str().to_string();
        let repr = vm
            .repr(v)
            .unwrap_or_else(|_| format!("<{type_name} object>"));
        Node::Handle(Handle {
            id,
            type_name,
            repr,
        })
    }

    /// The value a tree of nodes stands for.
    pub fn import(&mut self, nodes: &[Node]) -> Result<Value, Failure> {
        self.import_node(nodes, 0, 0)
    }

    fn import_node(&mut self, nodes: &[Node], at: u32, depth: usize) -> Result<Value, Failure> {
        if depth > MAX_DEPTH {
            return Err(Self::bad_value(
                "the value is nested too deeply (or its nodes form a cycle)",
            ));
        }
        let Some(node) = nodes.get(at as usize) else {
            return Err(Self::bad_value(format!(
                "node index {at} is out of range ({} nodes)",
                nodes.len()
            )));
        };
        Ok(match node {
            Node::None => Value::None,
            Node::Bool(b) => Value::Bool(*b),
            Node::Int(i) => Value::Int(*i),
            Node::BigInt(text) => match text.trim().parse::<num_bigint::BigInt>() {
                Ok(b) => Value::from_bigint(b),
                Err(_) => {
                    return Err(Self::bad_value(format!("'{text}' is not an integer")));
                }
            },
            Node::Float(f) => Value::Float(*f),
            Node::Str(s) => Value::str(s),
            Node::Bytes(b) => new_bytes(b.clone()),
            Node::List(items) | Node::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for &i in items {
                    out.push(self.import_node(nodes, i, depth + 1)?);
                }
                match node {
                    Node::List(_) => Value::list(out),
                    _ => Value::tuple(out),
                }
            }
            Node::Dict(pairs) => {
                let d = Rc::new(PyDict::new());
                for &(k, v) in pairs {
                    let k = self.import_node(nodes, k, depth + 1)?;
                    let v = self.import_node(nodes, v, depth + 1)?;
                    self.interp
                        .vm
                        .dict_set(&d, k, v)
                        .map_err(|e| self.failure(&e))?;
                }
                Value::dict(d)
            }
            Node::Handle(h) => match self.handles.get(&h.id) {
                Some(v) => v.clone(),
                None => return Err(Self::bad_value(format!("no handle {}", h.id))),
            },
        })
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.shut_down();
    }
}
