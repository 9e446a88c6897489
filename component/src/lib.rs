//! pyrs as a WebAssembly component: the `session` resource of `wit/python.wit` over
//! `pyrs::session`, with the counting allocator that enforces the sessions' memory caps.
//! This file only translates between the WIT types and the session's.

use std::cell::RefCell;

use pyrs::session::{self, FailureKind, Node, Session};

/// The generated bindings: the only unsafe code of the component (the canonical ABI glue).
#[allow(unsafe_code)]
mod bindings {
    wit_bindgen::generate!({ path: "../wit", world: "python" });

    use super::Component;
    export!(Component with_types_in self);
}

use bindings::exports::pyrs::python::interpreter as wit;

#[global_allocator]
static ALLOC: pyrs_vm::limits::CountingAlloc<pyrs_vm::pool::PoolAlloc> =
    pyrs_vm::limits::CountingAlloc(pyrs_vm::pool::PoolAlloc);

struct Component;

impl wit::Guest for Component {
    type Session = SessionResource;
}

/// A session and the output of its `eval`s and `call`s not yet taken.
struct SessionResource {
    session: RefCell<Session>,
    pending: RefCell<session::Output>,
}

impl SessionResource {
    /// Keeps a call's output for `take-output`.
    fn keep(&self, out: session::Output) {
        let mut p = self.pending.borrow_mut();
        p.stdout.push_str(&out.stdout);
        p.stderr.push_str(&out.stderr);
    }
}

impl wit::GuestSession for SessionResource {
    fn new(limits: wit::Limits) -> Self {
        let limits = session::Limits {
            max_steps: limits.max_steps,
            max_memory_bytes: limits.max_memory_bytes,
            max_recursion: limits.max_recursion,
            filesystem: limits.filesystem,
            capture_output: limits.capture_output,
        };
        SessionResource {
            session: RefCell::new(Session::new(limits)),
            pending: RefCell::default(),
        }
    }

    fn exec(&self, source: String, filename: String) -> Result<wit::Output, wit::Error> {
        let (r, out) = self.session.borrow_mut().exec(&source, &filename);
        match r {
            Ok(()) => Ok(output(out)),
            Err(f) => Err(error(f, out)),
        }
    }

    fn eval(&self, expr: String) -> Result<wit::Value, wit::Error> {
        let (r, out) = self.session.borrow_mut().eval(&expr);
        self.finish(r, out)
    }

    fn call(
        &self,
        name: String,
        args: Vec<wit::Value>,
        kwargs: Vec<(String, wit::Value)>,
    ) -> Result<wit::Value, wit::Error> {
        let args: Vec<Vec<Node>> = args.into_iter().map(from_wit).collect();
        let kwargs: Vec<(String, Vec<Node>)> =
            kwargs.into_iter().map(|(k, v)| (k, from_wit(v))).collect();
        let (r, out) = self.session.borrow_mut().call(&name, &args, &kwargs);
        self.finish(r, out)
    }

    fn set_global(&self, name: String, value: wit::Value) -> Result<(), wit::Error> {
        self.session
            .borrow_mut()
            .set_global(&name, &from_wit(value))
            .map_err(|f| error(f, session::Output::default()))
    }

    fn get_global(&self, name: String) -> Option<wit::Value> {
        self.session.borrow_mut().get_global(&name).map(to_wit)
    }

    fn take_output(&self) -> wit::Output {
        output(std::mem::take(&mut *self.pending.borrow_mut()))
    }

    fn release(&self, handle: u64) {
        self.session.borrow_mut().release(handle);
    }

    fn reset(&self) {
        self.session.borrow_mut().reset();
        *self.pending.borrow_mut() = session::Output::default();
    }
}

impl SessionResource {
    fn finish(
        &self,
        r: Result<Vec<Node>, session::Failure>,
        out: session::Output,
    ) -> Result<wit::Value, wit::Error> {
        match r {
            Ok(nodes) => {
                self.keep(out);
                Ok(to_wit(nodes))
            }
            Err(f) => Err(error(f, out)),
        }
    }
}

fn output(out: session::Output) -> wit::Output {
    wit::Output {
        stdout: out.stdout,
        stderr: out.stderr,
    }
}

fn error(f: session::Failure, out: session::Output) -> wit::Error {
    wit::Error {
        kind: match f.kind {
            FailureKind::Exception => wit::ErrorKind::Exception,
            FailureKind::SyntaxError => wit::ErrorKind::SyntaxError,
            FailureKind::StepLimit => wit::ErrorKind::StepLimit,
            FailureKind::MemoryError => wit::ErrorKind::MemoryError,
            FailureKind::SystemExit => wit::ErrorKind::SystemExit,
            FailureKind::BadValue => wit::ErrorKind::BadValue,
        },
        type_name: f.type_name,
        message: f.message,
        traceback: f.traceback,
        output: output(out),
    }
}

fn to_wit(nodes: Vec<Node>) -> wit::Value {
    let nodes = nodes
        .into_iter()
        .map(|n| match n {
            Node::None => wit::Node::None,
            Node::Bool(b) => wit::Node::Boolean(b),
            Node::Int(i) => wit::Node::Int(i),
            Node::BigInt(s) => wit::Node::BigInt(s),
            Node::Float(f) => wit::Node::Float(f),
            Node::Str(s) => wit::Node::Str(s),
            Node::Bytes(b) => wit::Node::Bytes(b),
            Node::List(items) => wit::Node::List(items),
            Node::Tuple(items) => wit::Node::Tuple(items),
            Node::Dict(pairs) => wit::Node::Dict(pairs),
            Node::Handle(h) => wit::Node::Handle(wit::Opaque {
                id: h.id,
                type_name: h.type_name,
                repr: h.repr,
            }),
        })
        .collect();
    wit::Value { nodes }
}

fn from_wit(value: wit::Value) -> Vec<Node> {
    value
        .nodes
        .into_iter()
        .map(|n| match n {
            wit::Node::None => Node::None,
            wit::Node::Boolean(b) => Node::Bool(b),
            wit::Node::Int(i) => Node::Int(i),
            wit::Node::BigInt(s) => Node::BigInt(s),
            wit::Node::Float(f) => Node::Float(f),
            wit::Node::Str(s) => Node::Str(s),
            wit::Node::Bytes(b) => Node::Bytes(b),
            wit::Node::List(items) => Node::List(items),
            wit::Node::Tuple(items) => Node::Tuple(items),
            wit::Node::Dict(pairs) => Node::Dict(pairs),
            wit::Node::Handle(h) => Node::Handle(session::Handle {
                id: h.id,
                type_name: h.type_name,
                repr: h.repr,
            }),
        })
        .collect()
}
