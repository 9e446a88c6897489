# py_compile: compile a source file and write its byte code file; errors as PyCompileError.
import os, tempfile
_tmp = tempfile.TemporaryDirectory()
os.chdir(_tmp.name)
import py_compile, os, sys
open("good.py", "w").write("x = 1\nprint(x)\n")
open("bad.py", "w").write("def f(:\n    pass\n")
p = py_compile.compile("good.py")
print(p is not None, os.path.exists(p), p.endswith(".pyc"), "__pycache__" in p)
with open(p, "rb") as f:
    head = f.read(16)
import importlib.util
print(head[:4] == importlib.util.MAGIC_NUMBER, len(head))
print(py_compile.compile("good.py", cfile="out/x.pyc"), os.path.isfile("out/x.pyc"))
print(py_compile.compile("bad.py", quiet=2), py_compile.compile("bad.py", doraise=True, quiet=2))
try:
    py_compile.compile("bad.py", doraise=True)
except py_compile.PyCompileError as e:
    print("PyCompileError", e.exc_type_name, e.file, "SyntaxError" in e.msg, str(e) == e.msg)
    print(e.msg.splitlines()[0])
try:
    py_compile.compile("missing.py")
except FileNotFoundError as e:
    print("FileNotFoundError")
os.mkdir("dirc")
try:
    py_compile.compile("good.py", cfile="dirc")
except FileExistsError as e:
    print("FileExistsError", "non-regular" in str(e))
print([m.name for m in py_compile.PycInvalidationMode], py_compile.__all__)
print(py_compile.compile("good.py", cfile="h.pyc", invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH))
print(open("h.pyc", "rb").read(8)[4:8])
e = py_compile.PyCompileError(ValueError, ValueError("boom"), "f.py")
print(e.msg, e.args[1:3])
os.chdir("/")
_tmp.cleanup()
