//! Compiles the library's Python modules (`src/py/`) with pyrs's own compiler when pyrs is
//! built, so importing one loads code objects instead of parsing source. Writes
//! `frozen.bin` (every module's code in `pyrs_vm::bytecode::marshal` format, each compressed
//! with raw DEFLATE, one after the other) and `frozen.rs` (the table of names and byte ranges)
//! to `OUT_DIR`, and compresses `unicodedata`'s table (`data/ucd.txt`) and the built-ins' docstrings
//! (`data/docs.txt`) into `ucd.bin` and `docs.bin` there.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use pyrs_vm::bytecode::marshal;
use pyrs_vm::compile::{compile_source, Mode};

/// The modules and packages of `src/py/` that pyrs ships (a package with all its files).
const SHIPPED: &[&str] = &[
    "__future__",
    "_ast",
    "_bz2",
    "_collections_abc",
    "_pickle",
    "_sitebuiltins",
    "_string",
    "_strptime",
    "_thread",
    "_typing",
    "abc",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "base64",
    "binascii",
    "bisect",
    "bz2",
    "calendar",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "csv",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "doctest",
    "email",
    "encodings",
    "enum",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "locale",
    "logging",
    "marshal",
    "mimetypes",
    "netrc",
    "ntpath",
    "numbers",
    "operator",
    "optparse",
    "os",
    "pathlib",
    "pickle",
    "pickletools",
    "pkgutil",
    "platform",
    "plistlib",
    "posixpath",
    "pprint",
    "py_compile",
    "queue",
    "quopri",
    "random",
    "re",
    "reprlib",
    "runpy",
    "sched",
    "secrets",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "socket",
    "socketserver",
    "stat",
    "statistics",
    "string",
    "struct",
    "subprocess",
    "sys",
    "tarfile",
    "tempfile",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "token",
    "tokenize",
    "tomllib",
    "traceback",
    "types",
    "typing",
    "unittest",
    "urllib",
    "uuid",
    "warnings",
    "wave",
    "weakref",
    "xml",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

/// The `.py` files of package `dir` (named `name`) and its subpackages, as (module name,
/// path, package), in name order.
fn package(dir: &Path, name: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    out.push((name.to_string(), dir.join("__init__.py"), true));
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("UTF-8 name");
        if path.is_dir() && path.join("__init__.py").exists() {
            package(&path, &format!("{name}.{stem}"), out);
        } else if path.extension().is_some_and(|e| e == "py") && stem != "__init__" {
            out.push((format!("{name}.{stem}"), path, false));
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let py = root.join("src").join("py");
    let mut found = Vec::new();
    for name in SHIPPED {
        let dir = py.join(name);
        if dir.is_dir() {
            println!("cargo:rerun-if-changed={}", dir.display());
            package(&dir, name, &mut found);
        } else {
            found.push((name.to_string(), py.join(format!("{name}.py")), false));
        }
    }
    let mut blob = Vec::new();
    let mut table =
        String::from("/// Frozen modules: (name, start, end, package) in `FROZEN_CODE`.\n");
    table.push_str("const FROZEN_MODULES: &[(&str, usize, usize, bool)] = &[\n");
    for (name, path, package) in &found {
        println!("cargo:rerun-if-changed={}", path.display());
        let source =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let filename = format!("<frozen {name}>");
        let code = compile_source(&source, &filename, Mode::Exec)
            .unwrap_or_else(|e| panic!("{}:{}:{}: {}", path.display(), e.line, e.column, e.msg));
        let start = blob.len();
        let mut dumped = Vec::new();
        marshal::dump(&code, &mut dumped).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        blob.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(&dumped, 9));
        writeln!(table, "    ({name:?}, {start}, {}, {package}),", blob.len()).unwrap();
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("frozen.bin"), &blob).expect("write frozen.bin");
    std::fs::write(out.join("frozen.rs"), table).expect("write frozen.rs");

    // unicodedata's table (see data/ucd_gen.py), compressed.
    let ucd = root.join("data").join("ucd.txt");
    println!("cargo:rerun-if-changed={}", ucd.display());
    let text = std::fs::read(&ucd).unwrap_or_else(|e| panic!("{}: {e}", ucd.display()));
    let packed = miniz_oxide::deflate::compress_to_vec(&text, 9);
    std::fs::write(out.join("ucd.bin"), packed).expect("write ucd.bin");

    // The docstrings of built-in objects (our own texts, `key<TAB>text`) in two parts: the
    // native modules' own (`module:NAME`), which importing one at start-up reads, kept
    // uncompressed (16 KB) so that start-up inflates nothing; the rest, compressed, read
    // only when a docstring is asked for.
    let docs = root.join("data").join("docs.txt");
    println!("cargo:rerun-if-changed={}", docs.display());
    let text = std::fs::read_to_string(&docs).unwrap_or_else(|e| panic!("{}: {e}", docs.display()));
    let (modules, objects): (Vec<&str>, Vec<&str>) =
        text.lines().partition(|line| line.starts_with("module:"));
    let packed = miniz_oxide::deflate::compress_to_vec(objects.join("\n").as_bytes(), 9);
    std::fs::write(out.join("docs.bin"), packed).expect("write docs.bin");
    std::fs::write(out.join("docs_modules.txt"), modules.join("\n"))
        .expect("write docs_modules.txt");
}
