//! A Rust host for the pyrs component on wasmtime's component API: it compiles the component
//! once, gives each instance WASI (standard streams, an optional preopened directory) and
//! calls the `session` resource of `wit/python.wit`. The tests in `tests/` drive it; the
//! README's Rust example is this, shortened.

use std::path::Path;

use wasmtime::component::{Component, Linker, ResourceAny, ResourceTable};
use wasmtime::{Engine, ResourceLimiter, Store};
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{FsPerms, WasiCtx, WasiCtxView, WasiView};

wasmtime::component::bindgen!({ path: "../../wit", world: "python" });

pub use exports::pyrs::python::interpreter::{
    Error, ErrorKind, Limits, Node, Opaque, Output, Value,
};

/// The store's data: WASI's context and table, and the size of the instance's memory.
pub struct State {
    wasi: WasiCtx,
    table: ResourceTable,
    memory: usize,
}

impl State {
    /// The size of the instance's linear memory, in bytes.
    pub fn memory_size(&self) -> usize {
        self.memory
    }
}

/// Memory may grow to 1 GiB; the guest's own caps apply long before.
impl ResourceLimiter for State {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let ok = desired <= 1 << 30;
        if ok {
            self.memory = self.memory.max(desired);
        }
        Ok(ok)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        _desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(true)
    }
}

impl WasiView for State {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

/// The compiled component, shared by instances.
pub struct Runtime {
    engine: Engine,
    component: Component,
    linker: Linker<State>,
}

impl Runtime {
    /// Compiles the component at `path`.
    pub fn load(path: &Path) -> wasmtime::Result<Runtime> {
        let engine = Engine::default();
        let component = Component::from_file(&engine, path)?;
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
        Ok(Runtime {
            engine,
            component,
            linker,
        })
    }

    /// A store with WASI for any component (standard output kept in `stdout`).
    pub fn store(&self, stdout: &MemoryOutputPipe) -> Store<State> {
        let mut wasi = WasiCtx::builder();
        wasi.stdout(stdout.clone());
        self.store_with(wasi)
    }

    fn store_with(&self, mut wasi: wasmtime_wasi::WasiCtxBuilder) -> Store<State> {
        let state = State {
            wasi: wasi.build(),
            table: ResourceTable::new(),
            memory: 0,
        };
        let mut store = Store::new(&self.engine, state);
        store.limiter(|s| s);
        store
    }

    /// The engine and the WASI linker, to load other components beside pyrs.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn linker(&self) -> &Linker<State> {
        &self.linker
    }

    /// A new instance; `dir` is preopened as `/` when given.
    pub fn instantiate(&self, dir: Option<&Path>) -> wasmtime::Result<Instance> {
        let stdout = MemoryOutputPipe::new(1 << 20);
        let mut wasi = WasiCtx::builder();
        wasi.stdout(stdout.clone());
        if let Some(dir) = dir {
            wasi.preopened_dir(dir, "/", FsPerms::ReadWrite)?;
        }
        let mut store = self.store_with(wasi);
        let python = Python::instantiate(&mut store, &self.component, &self.linker)?;
        Ok(Instance {
            store,
            python,
            stdout,
        })
    }
}

/// One instance of the component.
pub struct Instance {
    pub store: Store<State>,
    python: Python,
    stdout: MemoryOutputPipe,
}

/// A session of an instance.
#[derive(Clone, Copy)]
pub struct Session(ResourceAny);

impl Instance {
    /// What the guest wrote to its WASI standard output (sessions that do not capture).
    pub fn wasi_stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout.contents()).into_owned()
    }

    pub fn session(&mut self, limits: Limits) -> wasmtime::Result<Session> {
        let s = self.python.pyrs_python_interpreter().session();
        Ok(Session(s.call_constructor(&mut self.store, limits)?))
    }

    pub fn drop_session(&mut self, s: Session) -> wasmtime::Result<()> {
        s.0.resource_drop(&mut self.store)
    }

    pub fn exec(&mut self, s: Session, source: &str) -> wasmtime::Result<Result<Output, Error>> {
        let g = self.python.pyrs_python_interpreter().session();
        g.call_exec(&mut self.store, s.0, source, "<session>")
    }

    pub fn eval(&mut self, s: Session, expr: &str) -> wasmtime::Result<Result<Value, Error>> {
        let g = self.python.pyrs_python_interpreter().session();
        g.call_eval(&mut self.store, s.0, expr)
    }

    pub fn call(
        &mut self,
        s: Session,
        name: &str,
        args: &[Value],
        kwargs: &[(String, Value)],
    ) -> wasmtime::Result<Result<Value, Error>> {
        let g = self.python.pyrs_python_interpreter().session();
        g.call_call(&mut self.store, s.0, name, args, kwargs)
    }

    pub fn set_global(
        &mut self,
        s: Session,
        name: &str,
        value: &Value,
    ) -> wasmtime::Result<Result<(), Error>> {
        let g = self.python.pyrs_python_interpreter().session();
        g.call_set_global(&mut self.store, s.0, name, value)
    }

    pub fn get_global(&mut self, s: Session, name: &str) -> wasmtime::Result<Option<Value>> {
        let g = self.python.pyrs_python_interpreter().session();
        g.call_get_global(&mut self.store, s.0, name)
    }

    pub fn take_output(&mut self, s: Session) -> wasmtime::Result<Output> {
        let g = self.python.pyrs_python_interpreter().session();
        g.call_take_output(&mut self.store, s.0)
    }

    pub fn release(&mut self, s: Session, handle: u64) -> wasmtime::Result<()> {
        let g = self.python.pyrs_python_interpreter().session();
        g.call_release(&mut self.store, s.0, handle)
    }

    pub fn reset(&mut self, s: Session) -> wasmtime::Result<()> {
        let g = self.python.pyrs_python_interpreter().session();
        g.call_reset(&mut self.store, s.0)
    }
}

/// A value of one node.
pub fn scalar(node: Node) -> Value {
    Value { nodes: vec![node] }
}

/// A value as Python's `repr` would show it (handles as `<handle TYPE>`).
pub fn render(v: &Value) -> String {
    fn node(v: &Value, at: u32, depth: usize) -> String {
        if depth > 100 {
            return "...".to_string();
        }
        let items = |ix: &[u32]| {
            ix.iter()
                .map(|&i| node(v, i, depth + 1))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match &v.nodes[at as usize] {
            Node::None => "None".to_string(),
            Node::Boolean(b) => if *b { "True" } else { "False" }.to_string(),
            Node::Int(i) => i.to_string(),
            Node::BigInt(s) => s.clone(),
            Node::Float(f) => format!("{f:?}"),
            Node::Str(s) => format!("'{s}'"),
            Node::Bytes(b) => format!("b'{}'", String::from_utf8_lossy(b)),
            Node::List(ix) => format!("[{}]", items(ix)),
            Node::Tuple(ix) if ix.len() == 1 => format!("({},)", items(ix)),
            Node::Tuple(ix) => format!("({})", items(ix)),
            Node::Dict(pairs) => {
                let parts: Vec<String> = pairs
                    .iter()
                    .map(|&(k, x)| format!("{}: {}", node(v, k, depth + 1), node(v, x, depth + 1)))
                    .collect();
                format!("{{{}}}", parts.join(", "))
            }
            Node::Handle(h) => format!("<handle {}>", h.type_name),
        }
    }
    node(v, 0, 0)
}
