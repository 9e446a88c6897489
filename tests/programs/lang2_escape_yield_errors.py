# SyntaxErrors for bad escapes in literals, assignments to yield, := in class bodies,
# and the singletons CPython shares (empty str/bytes, a frozenset's copy)
sources = [
    r"'\x4'", r"'\xz1'", r"'\x'", r"'ab\u12z4'", r"'\N{NOPE'", r"'\N{}'", r"'\Nx'",
    r"'a' '\x4' 'b'", "x = ('a'\n '\\x4')", r"'\\x4\x4'",
    r"b'a\x4'", r"b'\xzz'", r"rb'\x4'", r"'\U0011000'", r"'\U00110000'", r"'\N{nope}'",
    r"u'\x4'", r"print('ok') ; 'a\N{DASH}'", r"'\N{DASH} \N{NOPE}'", r"'\N{EM DASH}\x0'",
    "yield = 1", "def f():\n    (yield) = 1", "def f():\n    x = yield x = 1",
    "def f():\n    for (yield) in x: pass", "def f():\n    (yield) += 1",
    "def f():\n    del (yield)", "(yield from x) = 1", "def f():\n    with a as (yield): pass",
    "(a + 1) = 2", "x = (a+1) = 2", "((f())) = 3", "for (a+1) in x: pass",
    "class C:\n    [(y := 1) for x in range(3)]",
    "class C:\n    def f(self):\n        return [(y := 1) for x in range(3)]",
    "class C:\n    [[(z := 1) for a in b] for x in range(3)]",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

a = ''
x = 'x'
print(str() is a, ''.join([]) is a, 'abc'[5:] is a, x.replace('x', '') is a, str(a) is a,
      x[:0] is a, f'' is a, format('', '') is a, x * 0 is a, ''.strip() is a, repr(a)[1:1] is a)
e = b''
print(bytes() is e, b''.join([]) is e, b'x'[:0] is e, bytes(0) is e, e + e is e)
fs = frozenset([1, 2])
print(fs.copy() is fs, frozenset().copy() == frozenset())

class F(frozenset):
    pass

f = F([1])
print(type(f.copy()).__name__, f.copy() is f, f.copy() == f)

class S(str):
    pass

s = S('ab')
for name, r in [('format', s.format()), ('mod', s % ()), ('__str__', s.__str__()),
                ('__format__', s.__format__('')), ('strip', s.strip()), ('add', s + ''),
                ('slice', s[:]), ('str', str(s)), ('empty', str(S()))]:
    print(name, type(r).__name__, r == s or r)
c = classmethod(len)
print(type(c).__name__, type(dict.__dict__['fromkeys']).__name__, c.__func__)

class A:
    m = classmethod(len)

try:
    A.m()
except TypeError as exc:
    print(exc)
