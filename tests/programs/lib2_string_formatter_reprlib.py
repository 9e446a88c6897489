import string
import reprlib

# --- Formatter subclass: a tiny templating engine
class SafeFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key] if key < len(args) else f"<missing {key}>"
        return kwargs.get(key, f"<{key}?>")

    def format_field(self, value, spec):
        if spec.endswith("u"):
            return format(value, spec[:-1]).upper()
        return super().format_field(value, spec)

    def convert_field(self, value, conversion):
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

f = SafeFormatter()
print(f.format("{name} is {age:>4} and {missing}", name="Ann", age=7))
print(f.format("{0}-{1}-{5}", "a", "b"))
print(f.format("{word:su}|{word!l}|{word!r:>10}", word="MiXeD"))
print(f.format("{obj.real} {lst[1]} {d[key]}", obj=3 + 4j, lst=[9, 8], d={"key": "v"}))
print(list(string.Formatter().parse("a{0}b{x!r:>{w}}c{{}}d{}")))
print(list(string.Formatter().parse("")), list(string.Formatter().parse("}}")))
fmt = string.Formatter()
print(fmt.format("{:{fill}{align}{width}}", "x", fill="*", align="^", width=7))
print(fmt.vformat("{0} {a}", ("pos",), {"a": "kw"}))
print(fmt.get_field("a.b", (), {"a": type("N", (), {"b": 42})()}))
errs = [
    lambda: fmt.format("{0}"), lambda: fmt.format("{x}"), lambda: fmt.format("{"),
    lambda: fmt.format("}"), lambda: fmt.format("{0!z}", 1), lambda: fmt.format("{:{:{}}}", 1, 2, 3),
    lambda: fmt.format("{0}{}", 1, 2), lambda: fmt.format("{}{0}", 1, 2), lambda: fmt.format("{a.}", a=1),
    lambda: fmt.format("{a[}", a=1), lambda: fmt.format("{0:d}", "s"), lambda: fmt.format("{0.missing}", 1),
    lambda: string.Formatter().parse(5),
]
for e in errs:
    try:
        print("ok", e())
    except Exception as ex:
        print(type(ex).__name__, ex)

# --- Template
T = string.Template
t = T("$who likes ${what}s; cost: $$${amount}")
print(t.substitute(who="Tim", what="apple", amount=3))
print(t.safe_substitute(who="Tim"))
print(t.safe_substitute({"who": "dict"}, what="kw-wins"))
print(t.get_identifiers(), t.is_valid(), T("$ bad").is_valid(), T("${bad").get_identifiers())
for tpl, kw in [("$missing", {}), ("$", {}), ("${a", {"a": 1}), ("abc $1x", {}), ("ok $a", {"a": 1})]:
    try:
        print(repr(T(tpl).substitute(**kw)))
    except Exception as ex:
        print(type(ex).__name__, ex)
class Pct(T):
    delimiter = "%"
    idpattern = r"[a-z][_a-z0-9]*"
print(Pct("%name costs %%%price").substitute(name="pen", price="2"))
print(Pct("%Name").safe_substitute(Name="x"))
class Braces(T):
    pattern = r"""
    \{\{(?:
      (?P<escaped>\{\{) |
      (?P<named>[a-z]+)\}\} |
      (?P<braced>[a-z]+)\}\} |
      (?P<invalid>)
    )"""
print(Braces("Hi {{name}}, {{{{ok").substitute(name="you"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   world-of  python"), string.capwords("a_b c_d", "_"), repr(string.capwords("  x  ")))

# --- reprlib
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
r.maxdict = 2
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr({i: i for i in range(5)}))
print(r.repr([[[[1]]]]), r.repr((1,)), r.repr(set(range(10))), r.repr(frozenset([1, 2, 3, 4])))
print(r.repr(10**50), r.repr(b"x" * 100), r.repr(3.5), r.repr(None))
r2 = reprlib.Repr(maxlevel=1, maxtuple=2, fillvalue="…", indent=2)
print(r2.repr(((1, 2, 3), [4, 5])))
print(r2.repr([1, [2, [3]]]))
print(reprlib.repr("x" * 100), reprlib.repr(list(range(100))), reprlib.repr({"a": list(range(20))}))
print(reprlib.aRepr.maxlong, reprlib.aRepr.maxother)

class Tree:
    def __init__(self, kids):
        self.kids = kids
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return f"Tree({self.kids!r})"
t = Tree([])
t.kids.append(t)
t.kids.append(Tree([1]))
print(repr(t))
class Big:
    def __repr__(self):
        return "B" * 50
print(reprlib.repr(Big()), reprlib.repr([Big()]))
try:
    r.maxlevel = "x"
    r.repr([1])
except Exception as ex:
    print(type(ex).__name__, ex)
