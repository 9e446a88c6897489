//! pyrs built-in modules. Each Rust file defines one module through `pyrs_vm`'s public API;
//! `py/` holds modules written in Python, compiled at build time by `build.rs`; `install` registers them all
//! with the import system (built-in modules are found before `sys.path`, the others at its
//! library entry, as CPython's standard library).

mod abc;
mod array;
mod bisect;
mod bound;
mod bz2;
mod codecs;
mod decimal;
mod deque;
mod errno;
mod functools;
mod gc;
mod hashlib;
mod heapq;
mod imp;
mod json;
mod math;
mod pickle;
mod posix;
pub mod random;
mod slots;
mod sre;
mod structs;
mod sys;
mod tb;
mod time;
mod unicodedata;
mod weakref;
mod zlib;

use pyrs_vm::{ModuleInit, Vm};

/// Modules in Rust: (name, init, built-in).
const NATIVE_MODULES: &[(&str, ModuleInit, bool)] = &[
    ("sys", sys::init, true),
    ("posix", posix::init, true),
    ("errno", errno::init, true),
    ("_codecs", codecs::init, true),
    ("_weakref", weakref::init, true),
    ("_gc", gc::init, true),
    ("_functools", functools::init, true),
    ("_time", time::init, true),
    ("_imp", imp::init, true),
    ("math", math::init, false),
    ("_random", random::init, true),
    ("_sre", sre::init, true),
    ("_abc", abc::init, true),
    ("_struct", structs::init, true),
    ("_traceback", tb::init, true),
    ("_hashlib", hashlib::init, true),
    ("_zlib", zlib::init, true),
    ("_bzip2", bz2::init, true),
    ("_json", json::init, true),
    ("_pickle_native", pickle::init, true),
    ("_decimal_native", decimal::init, true),
    ("_array", array::init, true),
    ("_deque", deque::init, true),
    ("_heapq", heapq::init, true),
    ("_bisect", bisect::init, true),
    ("unicodedata", unicodedata::init, false),
];

// The modules of `py/`, compiled by `build.rs`: `FROZEN_MODULES` locates each in `FROZEN_CODE`.
include!(concat!(env!("OUT_DIR"), "/frozen.rs"));
static FROZEN_CODE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/frozen.bin"));

/// The modules of `py/` that are built-in (found before `sys.path`) as in CPython.
const BUILTIN_PYTHON: &[&str] = &["itertools", "_thread", "gc", "marshal"];

/// The compiled code of the module `name` of `py/`.
fn frozen(name: &str) -> Option<&'static [u8]> {
    let &(_, start, end, _) = FROZEN_MODULES.iter().find(|m| m.0 == name)?;
    FROZEN_CODE.get(start..end)
}

/// A frozen module's stored bytes (raw DEFLATE) back to its code.
fn inflate_frozen(stored: &[u8]) -> Result<Vec<u8>, String> {
    miniz_oxide::inflate::decompress_to_vec(stored).map_err(|e| format!("{e:?}"))
}

/// The docstrings of built-in objects (`data/docs.txt`): the native modules' own (read at
/// start-up, so not compressed), and the others, compressed.
static DOCS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/docs.bin"));
static MODULE_DOCS: &str = include_str!(concat!(env!("OUT_DIR"), "/docs_modules.txt"));

/// One part of the docstring table as text, for the interpreter to read on first use.
fn read_docs(modules: bool) -> Option<String> {
    if modules {
        return Some(MODULE_DOCS.to_string());
    }
    let bytes = miniz_oxide::inflate::decompress_to_vec(DOCS).ok()?;
    String::from_utf8(bytes).ok()
}

/// Registers every built-in module so `import` finds it.
pub fn install(vm: &mut Vm) {
    vm.set_frozen_decoder(inflate_frozen);
    vm.set_doc_source(read_docs);
    for &(name, init, builtin) in NATIVE_MODULES {
        if builtin {
            vm.register_builtin_module(name, init);
        } else {
            vm.register_module(name, init);
        }
    }
    for &(name, start, end, package) in FROZEN_MODULES {
        // `sys` is finished by its native part (`sys.rs`).
        if name == "sys" {
            continue;
        }
        if let Some(code) = FROZEN_CODE.get(start..end) {
            vm.register_frozen_module(name, code, BUILTIN_PYTHON.contains(&name), package);
        }
    }
}
