# format() with __format__, ascii(), repr() and str() conversions.
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == '':
            return 'M' + str(self.v)
        if spec == 'bad':
            return 5
        return '$' + format(self.v, spec)
    def __repr__(self):
        return 'Money(%r)' % self.v
m = Money(3.5)
print(format(m), format(m, '.2f'), f'{m}', f'{m:08.3f}', '{:>6}'.format(m), '{!r}'.format(m), f'{m!r:>12}')
try:
    format(m, 'bad')
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
pl = Plain()
print(format(pl, '') == str(pl), format(pl) == repr(pl))
try:
    format(Plain(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), '>5')
except TypeError as e:
    print(type(e).__name__, e)
print(format(42), format(42, ''), format('s', '^5'), format(None), format(True), format(True, 'd'), format(1.5, ''), format([1], ''))
try:
    format(None, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
class StrOnly:
    def __str__(self):
        return 'S!'
print(format(StrOnly()), f'{StrOnly()}', '{}'.format(StrOnly()), f'{StrOnly()!s:>4}')
print(ascii('plain'), ascii('caf\xe9'), ascii('\u20ac\U0001F600'), ascii('\n\t\x00'), ascii("q'"), ascii('q"\''))
print(ascii([1, 'é', b'\xe9']), ascii({'k\xe9': 'v'}), ascii(('\u1234',)), ascii(Money('\xe9')), ascii(1.5))
print(repr('é'), str('é'), repr('\x7f\x80\xa0\xad'), repr('\u2028\u200b'), repr('\U0001F600'), repr('\ud800'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\\'), repr(''))
class R:
    def __repr__(self):
        return 'R\xe9'
print(repr(R()), ascii(R()), str(R()), f'{R()!a}', '%a' % R(), '%r' % R(), '%s' % R())
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(str(), str(b'x'), str(b'\xc3\xa9', 'utf-8'), str(object=5), str(1e16), str(-0.0), repr(1e-5))
