# CPython's compile-time errors for bad patterns, checked through compile().

def try_compile(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "-> compiles")
    except SyntaxError as e:
        print(label, "->", e.msg, "| line", e.lineno)

def case(*patterns):
    lines = ["x = 0", "match x:"]
    for p in patterns:
        lines.append(f"    case {p}:")
        lines.append("        pass")
    return "\n".join(lines) + "\n"

try_compile("capture first", case("y", "1"))
try_compile("wildcard first", case("_", "1"))
try_compile("capture last", case("1", "y"))
try_compile("wildcard last", case("1", "_"))
try_compile("guarded capture", case("y if y", "1"))
try_compile("parenthesised capture", case("(y)", "1"))
try_compile("capture as", case("y as z", "1"))
try_compile("or with capture", case("y | z", "1"))
try_compile("or capture not last", case("y | 1"))
try_compile("or bind different", case("1 | y"))
try_compile("or bind different 2", case("[y] | (z,)"))
try_compile("or same names", case("[y, 0] | [0, y]"))
try_compile("repeat in sequence", case("[y, y]"))
try_compile("repeat in mapping", case("{'a': y, 'b': y}"))
try_compile("repeat with as", case("(y as y)"))
try_compile("repeat in class", case("C(y, a=y)"))
try_compile("two stars", case("[*a, *b]"))
try_compile("two star wildcards", case("[*_, *_]"))
try_compile("duplicate literal key", case("{'a': 1, 'a': 2}"))
try_compile("duplicate int key", case("{1: _, 1: _}"))
try_compile("repeated keyword", case("C(a=1, a=2)"))
try_compile("positional after keyword", case("C(a=1, 2)"))
try_compile("as underscore", case("_ as _"))
try_compile("literal as underscore", case("1 as _"))
try_compile("real + real", case("1 + 2"))
try_compile("imag + real", case("1j + 2"))
try_compile("f-string", case("f'x'"))
try_compile("call-looking class", case("f(y)"))
try_compile("second line", "match 1:\n    case 1:\n        pass\n    case _:\n        pass\n    case 2:\n        pass\n")
try_compile("irrefutable in middle", "match 1:\n    case 0:\n        pass\n    case other:\n        pass\n    case 2:\n        pass\n")
try_compile("valid program", case("[1, *rest]", "{'k': v, **kw}", "Point(x=0) | Point(y=0)", "_"))
