"""tomllib: valid documents covering every TOML value type and table form."""
import tomllib

DOC = '''
# top comment
title = "TOML \\"Example\\"" # trailing
bare_key-1 = 'literal \\n kept'
"quoted key" = 1
'single quoted' = 2
"" = "empty key"
a.b.c = 3
a . "d" . 'e' = 4
ints = [+99, 42, 0, -17, 1_000, 5_349_221, 0xDEADBEEF, 0xdead_beef, 0o01234567, 0o755, 0b11010110, -0, +0]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991_228, -0.0, +0.0, 1e1_0]
specials = [inf, +inf, -inf]
bools = [true, false]
odt = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00z, 1979-05-27t07:32:00+05:45]
ldt = [1979-05-27T07:32:00, 1979-05-27T00:32:00.5, 1979-05-27T00:32:00.1234567]
ld = 1979-05-27
lt = [07:32:00, 00:32:00.999999, 23:59:59.05]
multi = """
Roses are red
Violets are blue"""
folded = """\\
    The quick brown \\
    fox.\\
    """
quotes = """Here are two quotation marks: "". Simple enough.""""
lit_multi = \'\'\'
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
\'\'\'
lit_quotes = \'\'\'It's fine: ''\'\'\'
escapes = "\\b\\t\\n\\f\\r\\"\\\\\\u00e9\\U0001F600"
nested = [[1, 2], ["a", 'b'], [[3.5]], [], [{x = 1}, {y = [true]}]]
mixed = [1, "two", 3.0, 1979-05-27, {k = "v"}]
trailing = [
  1, # one
  2, # two
]
inline = { first = "Tom", last = "Preston-Werner", nested.deep = 1, empty = {} }
point = {x=1,y=2}

[table]
key = "value"
sub.key = 1

[table.child]
x = 1

[ spaced . "header" ]
ok = true

[x.y.z.w]
[x]
v = 1

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"

[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''

data = tomllib.loads(DOC)


def show(prefix, value):
    if isinstance(value, dict):
        for k, v in value.items():
            show(prefix + (k,), v)
        if not value:
            print(prefix, '{}')
    else:
        print(prefix, type(value).__name__, repr(value))


show((), data)
print(list(data))
print(data['fruits'])
for v in data['odt']:
    print(v.isoformat(), v.utcoffset(), v.tzinfo)
print(data['odt'][0].tzinfo is __import__('datetime').timezone.utc)
n = tomllib.loads('a = nan\nb = +nan\nc = -nan')
print([x != x for x in n.values()])
print(tomllib.loads(''), tomllib.loads('\n\n  \n# only a comment\n'), tomllib.loads('a=1\r\nb="x"\r\n'))
print(tomllib.loads('big = 123456789012345678901234567890\nneg = -9223372036854775809'))
print(tomllib.loads("s = '''''x'''''"), tomllib.loads('s = """""x"""""'))
print(tomllib.loads('s = """a\\\n\n   \\\n   b\\   \n  c"""'))
print(tomllib.loads('1.2 = 3\ntrue = false\ninf = 1\n-_ = 0'))
print(tomllib.loads('[[a]]\n[[a.b]]\n[a.b.c]\n[[a]]\n[a.b]\nx=1'))
print(tomllib.loads('[a.b.c]\n[a]\nb.d=1'), tomllib.loads('a.b.c=1\n[a.b.d]'))
print(tomllib.loads('a.b=1\n[x]\na.c=1\n[a.c]'))
print(tomllib.loads('[a]\nb.c.d=1\n[x]\n[a.b.c.e]'))
print(tomllib.loads('k = 1979-05-27 '), tomllib.loads('k = 99999999e999'))
