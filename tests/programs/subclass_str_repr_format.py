# str subclass with __str__/__repr__/__format__ overrides
class Loud(str):
    def __str__(self):
        return self.upper() + '!'
    def __repr__(self):
        return f'Loud({str.__repr__(self)})'

x = Loud('hi')
print(x)
print(str(x), repr(x), [x])
print(f'{x}', f'{x!s}', f'{x!r}', f'{x:>5}')
print('%s|%r' % (x, x))
print(format(x), format(x, '^6'))
print('{}'.format(x), '{!r}'.format(x), '{0!s}'.format(x))
print(x + 'there', len(x), x == 'hi')
print(''.join([x, x]), str.__str__(x))

class Fmt(str):
    def __format__(self, spec):
        return f'<{spec}:{str(self)}>'

y = Fmt('val')
print(f'{y}', f'{y:abc}', format(y, 'z'), '{:q}'.format(y))
print(str(y), y, repr(y))

class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def shout(self):
        return self + '!!'

u = Upper('quiet')
print(u, u.shout(), type(u.shout()).__name__, type(u).__name__)
print(u.lower(), type(u.lower()).__name__)

class Eq(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    __hash__ = str.__hash__

e = Eq('ABC')
print(e == 'abc', 'abc' == e, e != 'abc', e == 'xyz')
print(e in ['abc'], e in {'ABC'}, 'abc' in [e])
print(sorted([Loud('b'), Loud('a')]))
print(str(Loud('q')) == 'Q!', type(str(Loud('q'))).__name__)
