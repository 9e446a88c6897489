//! pyrs built-in modules. Each Rust file defines one module through `pyrs_vm`'s public API;
//! `py/` holds modules written in Python, embedded at build time; `install` registers them all
//! with the import system (built-in modules are found before `sys.path`, the others at its
//! library entry, as CPython's standard library).

mod abc;
mod codecs;
mod errno;
mod functools;
mod future;
mod gc;
mod imp;
mod math;
mod posix;
mod random;
mod sre;
mod structs;
mod sys;
mod tb;
mod time;
mod weakref;

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
    ("__future__", future::init, false),
    ("math", math::init, false),
    ("_random", random::init, true),
    ("_sre", sre::init, true),
    ("_abc", abc::init, true),
    ("_struct", structs::init, true),
    ("_traceback", tb::init, true),
];

/// Modules in Python: (name, source, built-in, package).
const PYTHON_MODULES: &[(&str, &str, bool, bool)] = &[
    ("itertools", include_str!("py/itertools.py"), true, false),
    ("_thread", include_str!("py/_thread.py"), true, false),
    ("bisect", include_str!("py/bisect.py"), false, false),
    ("struct", include_str!("py/struct.py"), false, false),
    ("time", include_str!("py/time.py"), false, false),
    ("random", include_str!("py/random.py"), false, false),
    ("linecache", include_str!("py/linecache.py"), false, false),
    ("traceback", include_str!("py/traceback.py"), false, false),
    (
        "_collections_abc",
        include_str!("py/_collections_abc.py"),
        false,
        false,
    ),
    ("base64", include_str!("py/base64.py"), false, false),
    ("contextlib", include_str!("py/contextlib.py"), false, false),
    ("copy", include_str!("py/copy.py"), false, false),
    (
        "dataclasses",
        include_str!("py/dataclasses.py"),
        false,
        false,
    ),
    ("enum", include_str!("py/enum.py"), false, false),
    ("heapq", include_str!("py/heapq.py"), false, false),
    ("keyword", include_str!("py/keyword.py"), false, false),
    ("operator", include_str!("py/operator.py"), false, false),
    ("pprint", include_str!("py/pprint.py"), false, false),
    ("reprlib", include_str!("py/reprlib.py"), false, false),
    ("string", include_str!("py/string.py"), false, false),
    ("textwrap", include_str!("py/textwrap.py"), false, false),
    ("typing", include_str!("py/typing.py"), false, false),
    (
        "collections",
        include_str!("py/collections/__init__.py"),
        false,
        true,
    ),
    (
        "collections.abc",
        include_str!("py/collections/abc.py"),
        false,
        false,
    ),
    ("json", include_str!("py/json/__init__.py"), false, true),
    (
        "json.decoder",
        include_str!("py/json/decoder.py"),
        false,
        false,
    ),
    (
        "json.encoder",
        include_str!("py/json/encoder.py"),
        false,
        false,
    ),
    (
        "json.scanner",
        include_str!("py/json/scanner.py"),
        false,
        false,
    ),
    (
        "logging",
        include_str!("py/logging/__init__.py"),
        false,
        true,
    ),
    ("re", include_str!("py/re/__init__.py"), false, true),
    (
        "re._casefix",
        include_str!("py/re/_casefix.py"),
        false,
        false,
    ),
    (
        "re._compiler",
        include_str!("py/re/_compiler.py"),
        false,
        false,
    ),
    (
        "re._constants",
        include_str!("py/re/_constants.py"),
        false,
        false,
    ),
    ("re._parser", include_str!("py/re/_parser.py"), false, false),
    ("warnings", include_str!("py/warnings.py"), false, false),
    ("codecs", include_str!("py/codecs.py"), false, false),
    ("_typing", include_str!("py/_typing.py"), false, false),
    ("abc", include_str!("py/abc.py"), false, false),
    ("copyreg", include_str!("py/copyreg.py"), false, false),
    ("types", include_str!("py/types.py"), false, false),
    (
        "asyncio",
        include_str!("py/asyncio/__init__.py"),
        false,
        true,
    ),
    (
        "asyncio.base_events",
        include_str!("py/asyncio/base_events.py"),
        false,
        false,
    ),
    (
        "asyncio.events",
        include_str!("py/asyncio/events.py"),
        false,
        false,
    ),
    (
        "asyncio.exceptions",
        include_str!("py/asyncio/exceptions.py"),
        false,
        false,
    ),
    (
        "asyncio.futures",
        include_str!("py/asyncio/futures.py"),
        false,
        false,
    ),
    (
        "asyncio.locks",
        include_str!("py/asyncio/locks.py"),
        false,
        false,
    ),
    (
        "asyncio.queues",
        include_str!("py/asyncio/queues.py"),
        false,
        false,
    ),
    (
        "asyncio.runners",
        include_str!("py/asyncio/runners.py"),
        false,
        false,
    ),
    (
        "asyncio.taskgroups",
        include_str!("py/asyncio/taskgroups.py"),
        false,
        false,
    ),
    (
        "asyncio.tasks",
        include_str!("py/asyncio/tasks.py"),
        false,
        false,
    ),
    (
        "asyncio.timeouts",
        include_str!("py/asyncio/timeouts.py"),
        false,
        false,
    ),
    ("atexit", include_str!("py/atexit.py"), false, false),
    ("fnmatch", include_str!("py/fnmatch.py"), false, false),
    ("gc", include_str!("py/gc.py"), true, false),
    ("weakref", include_str!("py/weakref.py"), false, false),
    ("functools", include_str!("py/functools.py"), false, false),
    ("glob", include_str!("py/glob.py"), false, false),
    ("io", include_str!("py/io.py"), false, false),
    ("os", include_str!("py/os.py"), false, false),
    ("pathlib", include_str!("py/pathlib.py"), false, false),
    ("platform", include_str!("py/platform.py"), false, false),
    ("posixpath", include_str!("py/posixpath.py"), false, false),
    ("shutil", include_str!("py/shutil.py"), false, false),
    ("signal", include_str!("py/signal.py"), false, false),
    ("socket", include_str!("py/socket.py"), false, false),
    ("stat", include_str!("py/stat.py"), false, false),
    ("subprocess", include_str!("py/subprocess.py"), false, false),
    ("tempfile", include_str!("py/tempfile.py"), false, false),
    ("threading", include_str!("py/threading.py"), false, false),
    ("runpy", include_str!("py/runpy.py"), false, false),
    (
        "importlib",
        include_str!("py/importlib/__init__.py"),
        false,
        true,
    ),
    (
        "importlib.abc",
        include_str!("py/importlib/abc.py"),
        false,
        false,
    ),
    (
        "importlib.machinery",
        include_str!("py/importlib/machinery.py"),
        false,
        false,
    ),
    (
        "importlib.metadata",
        include_str!("py/importlib/metadata.py"),
        false,
        false,
    ),
    (
        "importlib.resources",
        include_str!("py/importlib/resources.py"),
        false,
        false,
    ),
    (
        "importlib.util",
        include_str!("py/importlib/util.py"),
        false,
        false,
    ),
];

/// Registers every built-in module so `import` finds it.
pub fn install(vm: &mut Vm) {
    for &(name, init, builtin) in NATIVE_MODULES {
        if builtin {
            vm.register_builtin_module(name, init);
        } else {
            vm.register_module(name, init);
        }
    }
    for &(name, source, builtin, package) in PYTHON_MODULES {
        vm.register_python_module(name, source, builtin, package);
    }
}
