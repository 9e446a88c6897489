# f-strings: expressions, conversions, debug '=', nested specs.
x = 3.14159
w = 10
p = 3
name = 'World'
n = 42
items = [1, 2, 3]
d = {'key': 'val'}
print(f'Hello, {name}!', f'{n}', f'{n + 1}', f'{n * 2:5d}|', f'{name!r}', f'{name!s}', f'{"é"!a}')
print(f'{x:{w}.{p}f}|', f'{x:.{p}}|', f'{name:>{w}}|', f'{name:{"^"}{w}}|')
print(f'{x=}', f'{n = }', f'{n=:5}', f'{name=!s}', f'{items[1]=}', f'{n+1=}')
print(f'{items}', f'{items[0]}', f'{d["key"]}', f"{d['key']}", f'{len(items)}')
print(f'{{}}', f'{{n}}', f'{{{n}}}', f'a{n}b{n}c')
print(f'{n:x}', f'{n:#b}', f'{n:o}', f'{n:,}', f'{2 ** 40:_}', f'{-n:+}', f'{n:08.2f}')
print(f'{"nested " + f"{n}"}', f'{f"{f"{n}"}"}')
print(f'{[i * 2 for i in range(3)]}', f'{dict(a=1)}', f'{(1, 2)}', f'{ {1: 2} }')
print(f'{"a" if n > 10 else "b"}', f'{n if n < 0 else -n}', f'{not n}')
s = 'multi'
print(f'''{s}
line''', F'{s.upper()}', rf'{s}\n', fr'\t{s}')
v = 0.1
print(f'{v}', f'{v!r}', f'{v:.30f}', f'{1/3:.5}', f'{1e20}', f'{1e-20}')
class Obj:
    def __format__(self, spec):
        return 'Obj<' + spec + '>'
    def __repr__(self):
        return 'Obj()'
    def __str__(self):
        return 'obj-str'
o = Obj()
print(f'{o}', f'{o:abc}', f'{o!r}', f'{o!s}', f'{o=}', format(o, 'zz'), '{:q}'.format(o))
width = 6
for i in range(1, 4):
    print(f'{i:>{width}}|{i * i:<{width}}|{i ** 3:^{width}}|')
print(f'{"x":*^{width + 2}}', f'{3.5:{"." + str(p)}f}')
print(f'{n!r:>5}|', f'{name!r:^12}|', f'{"tab"!r:<8}|')
print(f"{'quote'}", f'{"it" + chr(39) + "s"}', f'{chr(10)!r}')
a, b = 5, 7
print(f'{a}+{b}={a + b}', f'{a * b = }', f'{a:03}{b:03}')
print(f'{None}', f'{True:d}', f'{True}', f'{-0.0:.0f}', f'{12345.6789:.2e}')
