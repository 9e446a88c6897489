# string.Formatter: parse on tricky strings, get_field, vformat, overriding the hooks.
import string
from string import Formatter

f = Formatter()
cases = ['', 'abc', '{}', '{0}', '{a}', '{a!r}', '{a!r:>10}', '{a:{b}}', '{a:{b}{c}}', '{{', '}}',
         '{{}}', 'x{{y}}z', '{', '}', 'a{', 'a}', '{a', '{a!', '{a!}', '{a!r', '{a!rx}', '{a!r:',
         '{a:', '{a:{', '{a:}}}', '{a:{}}', '{!r}', '{:}', '{a[}', '{a[}]}', '{a[x}y]}', '{a[0]}',
         '{a.b}', '{a{b}', '{a}b}', '}{', '{}}', '{{}', '{0!}', '{!}', '{:{:{}}}', '{a:x}y}',
         'ab{c:{d:{e}}}f', '{ }', '{a!r }', '{a!!}', '{a:!r}', '{a!:x}', 'é{ü}ö', '{a[[]}',
         '{a]}', '{a.[}]}', 'tail{{', '{{head']
for c in cases:
    try:
        print(repr(c), list(f.parse(c)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)


class Obj:
    attr = {'k': [10, 20]}
    name = 'obj'


args = (['zero', 'one'], Obj())
kwargs = {'a': {'x': 'ax', 0: 'a0', '-1': 'neg'}, 'b': Obj()}
for name in ['0', '0[1]', '1.attr[k][0]', 'a[x]', 'a[0]', 'a[-1]', 'b.name', 'b.attr[k]',
             '1.nope', 'c', '5', 'a[', 'a[]', 'a.', 'a[0]x', '٣', '99999999999999999999',
             'a[99999999999999999999]', '0[ 1]']:
    try:
        print(repr(name), f.get_field(name, args, kwargs))
    except Exception as e:
        print(repr(name), type(e).__name__, e)

print(f.format('{} and {}', 1, 2), f.format('{1}{0}{1}', 'a', 'b'))
print(f.format('{0.name!r:>8}|{x:^7}|{y!a}', Obj(), x='mid', y='ü'))
print(f.format('{:{}}|{:{}.{}}', 'ab', 5, 3.14159, 8, 3))
print(f.format('{0:{1}}', 42, '>6'), f.format('{n:{w}d}', n=7, w=4))
print(f.format('{0.attr[k][1]}', Obj()))
try:
    f.format('{.name}', Obj())
except KeyError as e:
    print('KeyError', e)
for fmt, a, k in [('{}{0}', (1,), {}), ('{0}{}', (1,), {}), ('{0.real}{}', (5,), {}),
                  ('{:{:{}}}', (1, 2, 3), {}), ('{a:{b:{c}}}', (), {'a': 1, 'b': 2, 'c': 3}),
                  ('{0!x}', (1,), {}), ('{}', (), {}), ('{x}', (), {}), ('{!s:>3}', (5,), {}),
                  ('{a}', (), {'a': object.__new__(type('R', (), {'__format__': lambda s, spec: 'R:' + spec}))})]:
    try:
        print(repr(fmt), repr(f.vformat(fmt, a, k)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError('unused: ' + ', '.join(sorted(map(str, unused))))

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}?>'
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == 'stars':
            return '*' * len(str(value))
        return super().format_field(value, format_spec)


s = Strict()
print(s.format('{0} {missing} {name!u} {0:stars}', 'abc', name='bob'))
try:
    s.format('{0}', 1, 2, z=3)
except ValueError as e:
    print(type(e).__name__, e)


class Upper(Formatter):
    def parse(self, format_string):
        for literal, field, spec, conv in super().parse(format_string):
            yield literal.upper(), field, spec, conv


print(Upper().format('hello {0} world {x}', 1, x=2))
p = f.parse('a{b}')
print(type(p).__name__ in ('formatteriterator', 'generator'), next(p))
try:
    list(f.parse(5))
except TypeError as e:
    print('TypeError')
print(f.convert_field('x', None), f.convert_field('é', 'a'), f.convert_field(1, 'r'))
try:
    f.convert_field(1, 'z')
except ValueError as e:
    print(type(e).__name__, e)
print(f.format_field(3.5, '08.3f'), f.get_value(0, ['v'], {}), f.get_value('k', [], {'k': 'kv'}))
