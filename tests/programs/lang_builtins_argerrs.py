# error messages for wrong argument counts/types/keywords of built-in functions and methods
import builtins
names = ["abs", "all", "any", "ascii", "bin", "callable", "chr", "divmod", "format", "getattr", "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter", "len", "max", "min", "next", "oct", "ord", "pow", "repr", "round", "setattr", "sorted", "sum", "vars", "dir", "delattr", "aiter", "anext", "bool", "int", "float", "complex", "str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "enumerate", "zip", "map", "filter", "reversed", "object", "type", "memoryview", "super", "property", "staticmethod", "classmethod"]
argsets = [(), (None,), (None, None), (None, None, None), (1, 2, 3, 4), ("x",), ([],), (1.5,)]
for n in names:
    f = getattr(builtins, n)
    for a in argsets:
        if n in ("id",) and a == (None,):
            continue
        try:
            r = f(*a)
            r = type(r).__name__
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(n, len(a), type(a[0]).__name__ if a else "-", r)
kwcalls = [
    (abs, {"x": 1}), (len, {"obj": []}), (chr, {"i": 65}), (ord, {"c": "a"}), (sorted, {"iterable": [1]}), (round, {"number": 1.5}),
    (int, {"x": "5"}), (int, {"base": 2}), (float, {"x": "1"}), (str, {"object": 1}), (bool, {"x": 1}), (list, {"iterable": []}),
    (tuple, {"iterable": []}), (enumerate, {"iterable": [], "start": 1}), (divmod, {"x": 1, "y": 2}), (isinstance, {"obj": 1, "class_or_tuple": int}),
    (getattr, {"name": "x"}), (hex, {"number": 1}), (bin, {"number": 2}), (max, {"key": len}), (pow, {"base": 2, "exp": 3}), (print, {"flush": 1}),
    (sum, {"start": 1}), (iter, {"object": []}), (next, {"iterator": iter([])}), (range, {"stop": 3}), (filter, {"function": None}), (zip, {"strict": False}),
    (bytes, {"source": b"x"}), (bytearray, {"source": b"x"}), (memoryview, {"object": b"x"}), (complex, {"real": 1}), (frozenset, {"iterable": []}),
    (set, {"iterable": []}), (dict, {"x": 1}), (type, {"name": "x"}), (slice, {"start": 1}), (object, {"a": 1}), (reversed, {"sequence": []}),
    (ascii, {"obj": 1}), (repr, {"obj": 1}), (hash, {"obj": 1}), (callable, {"obj": 1}), (vars, {"object": 1}), (format, {"value": 1, "format_spec": "x"}),
]
for f, kw in kwcalls:
    try:
        r = f(**kw)
        r = type(r).__name__
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(f.__name__, sorted(kw), r)
meths = [
    ("abc", "upper", (1,)), ("abc", "split", (1, 2, 3)), ("abc", "count", ()), ("abc", "encode", (1,)), ("abc", "encode", ("nope",)), ("abc", "center", ("a",)),
    ("abc", "startswith", (1,)), ("abc", "join", (1,)), ("abc", "format", ()), ("abc", "expandtabs", ("a",)), ("abc", "splitlines", ("a",)), ("abc", "zfill", ()),
    ([], "append", ()), ([], "append", (1, 2)), ([], "insert", (1,)), ([], "insert", ("a", 1)), ([], "pop", ("a",)), ([], "pop", ()), ([1], "index", (2,)),
    ([1], "index", (1, "a")), ([], "remove", (1,)), ([], "extend", (1,)), ([], "sort", (1,)), ([], "count", ()), ([], "copy", (1,)), ([], "clear", (1,)),
    ({}, "get", ()), ({}, "get", (1, 2, 3)), ({}, "pop", ()), ({}, "setdefault", ()), ({}, "update", (1, 2)), ({}, "fromkeys", ()), ({}, "keys", (1,)),
    ({}, "popitem", (1,)), (set(), "add", ()), (set(), "remove", ()), (set(), "pop", (1,)), (set(), "update", (1,)), (set(), "issubset", (1,)),
    ((), "index", ()), ((), "count", (1, 2)), (b"", "decode", (1,)), (b"", "hex", (1,)), (b"", "split", (1,)), (1, "to_bytes", ("a",)), (1, "bit_length", (1,)),
    (1.0, "is_integer", (1,)), (1.0, "hex", (1,)), (1j, "conjugate", (1,)), (range(3), "index", ()), (range(3), "count", ()), (1, "__add__", ()), (1, "__round__", (1, 2)),
]
for obj, m, a in meths:
    try:
        r = getattr(obj, m)(*a)
        r = repr(r)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(type(obj).__name__, m, a, r)
