# subclassing built-in types: result types of operations, constructors, pickling-free copies, attrs
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)
tn = lambda x: type(x).__name__

class I(int): pass
class F(float): pass
class C(complex): pass
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
show('int ops', lambda: [tn(x) for x in (I(3) + 1, -I(3), +I(3), abs(I(-3)), I(3) * I(2), I(3) // 2, I(3) << 1, ~I(3), I(3) & 1, round(I(3)), int(I(3)), I(3).real, I(3).numerator, I(3).conjugate(), I(3).__index__(), I(3).__int__(), divmod(I(7), 2)[0], pow(I(2), 2), I(3) + True)])
show('float ops', lambda: [tn(x) for x in (F(1.5) + 1, -F(1.5), +F(1.5), abs(F(-1.5)), float(F(1.5)), F(1.5).real, F(1.5).conjugate(), round(F(1.5), 1), F(1.5).__float__(), F.fromhex('0x1p0'), F.fromhex('1.0'))])
show('complex ops', lambda: [tn(x) for x in (C(1, 2) + 1, -C(1), C(1).conjugate(), complex(C(1)), +C(1))])
show('str ops', lambda: [tn(x) for x in (S('a') + 'b', S('a') * 2, S('a')[0], S('ab')[:], S('a').upper(), S('a').strip(), str(S('a')), S('a').__str__(), S('a') % (), S('a').format(), S('a').join(['x']), '%s' % S('a'), S('a').replace('z', 'y'), S('abc').partition('b')[0], S('a').center(1), S('a').ljust(1), S('a').zfill(1), S('a').expandtabs(), S('a').swapcase(), S('').join([S('q')]), S('a').removeprefix('z'), S('a').casefold(), S('a').title(), S('a').split()[0], format(S('a')), f'{S("a")}', S('a').lstrip(''), S('a').translate({}))])
show('bytes ops', lambda: [tn(x) for x in (B(b'a') + b'b', B(b'a') * 1, B(b'a')[:], bytes(B(b'a')), B(b'a').upper(), B(b'a').strip(), B(b'a').replace(b'z', b'y'), B(b'ab').split()[0], B.fromhex('61'), B(b'a').__bytes__() if hasattr(B, '__bytes__') else None, B(b'a').ljust(1))])
show('bytearray ops', lambda: [tn(x) for x in (BA(b'a') + b'b', BA(b'a') * 1, BA(b'a')[:], bytearray(BA(b'a')), BA(b'a').upper(), BA(b'a').copy(), BA.fromhex('61'), BA(b'a').strip())])
show('tuple ops', lambda: [tn(x) for x in (T((1,)) + (2,), T((1,)) * 2, T((1,))[:], tuple(T((1,))), T((1,)) * 1, T((1,)) + ())])
show('list ops', lambda: [tn(x) for x in (L([1]) + [2], L([1]) * 2, L([1])[:], list(L([1])), L([1]).copy(), L([1]) * 1, sorted(L([1])), L([1]).__reversed__())])
show('dict ops', lambda: [tn(x) for x in (D(a=1).copy(), dict(D(a=1)), D(a=1) | {}, {} | D(a=1), D.fromkeys('a'), D(a=1).keys())])
show('set ops', lambda: [tn(x) for x in (St({1}) | {2}, St({1}) & {1}, St({1}) - set(), St({1}) ^ set(), St({1}).copy(), St({1}).union(), St({1}).intersection(), St({1}).difference(), St({1}).symmetric_difference(set()), set(St()), {1} | St())])
show('frozenset ops', lambda: [tn(x) for x in (FS({1}) | {2}, FS({1}) & {1}, FS({1}).copy(), FS({1}).union(), frozenset(FS({1})), FS() | FS())])
show('frozenset copy identity', lambda: (FS({1}).copy() is FS({1}), (lambda f: f.copy() is f)(frozenset({1})), (lambda f: frozenset(f) is f)(frozenset({1})), (lambda f: frozenset(f) is f)(FS({1}))))
show('tuple identity', lambda: ((lambda t: tuple(t) is t)((1, 2)), (lambda t: tuple(t) is t)(T((1, 2))), (lambda t: t[:] is t)((1, 2)), (lambda t: t[:] is t)(T((1,)))))
show('str identity', lambda: ((lambda s: str(s) is s)('abc'), (lambda s: s[:] is s)('abc'), (lambda s: s[:] is s)(S('abc'))))
show('reprs', lambda: [repr(x) for x in (I(3), F(1.5), C(1, 2), S('a'), B(b'a'), BA(b'a'), T((1,)), L([1]), D(a=1), St({1}), FS({1}), St(), FS())])
show('eq', lambda: (I(3) == 3, S('a') == 'a', T((1,)) == (1,), St({1}) == FS({1}), FS({1}) == {1}, L() == [], D() == {}))
show('hash', lambda: (hash(I(3)) == hash(3), hash(S('a')) == hash('a'), hash(T((1,))) == hash((1,)), hash(FS({1})) == hash(frozenset({1}))))
show('unhashable', lambda: hash(L()))
show('unhashable set', lambda: hash(St()))
show('in dict', lambda: {3: 'x'}[I(3)])
show('bool', lambda: (bool(I(0)), bool(S('')), bool(T()), bool(F(0.0)), bool(FS())))
show('instance dict', lambda: (lambda i: (setattr(i, 'tag', 1), i.tag, i.__dict__)[1:])(I(5)))
show('isinstance', lambda: (isinstance(I(1), int), issubclass(B, bytes), isinstance(True, I)))
show('int sub of bool', lambda: type('X', (bool,), {}))
show('int(I)', lambda: (int(I(5)) == 5, tn(int(I(5))), tn(I(5).__pos__())))
show('I(I)', lambda: tn(I(I(3))))
show('I from str base', lambda: (I('ff', 16), tn(I('ff', 16))))
show('F from str', lambda: (F('1.5'), tn(F(' 2 '))))
show('S from bytes', lambda: (S(b'ab', 'ascii'), tn(S(b'ab', 'ascii'))))
show('set sub init', lambda: (St([1, 2]), St('ab') == {'a', 'b'}))
show('frozenset sub new', lambda: (FS([1]), tn(FS([1]))))
# overridden __init__ in set subclass and the operations that construct new
class St2(set):
    def __init__(self, it=(), tag='none'):
        super().__init__(it)
        self.tag = tag
show('set sub ops keep type?', lambda: (tn(St2({1}) | {2}), tn(St2({1}).copy()), getattr(St2({1}, 't').copy(), 'tag', 'no-tag')))
class FS2(frozenset):
    def __new__(cls, it=(), tag='none'):
        o = super().__new__(cls, it)
        o.tag = tag
        return o
show('frozenset sub ops', lambda: (tn(FS2({1}) | {2}), tn(FS2({1}).copy())))
# int subclass with __new__ default
class Color(int):
    def __new__(cls, v, name='?'):
        o = super().__new__(cls, v)
        o.name = name
        return o
    def __repr__(self): return f'Color({int(self)}, {self.name!r})'
show('color', lambda: (Color(3, 'red'), Color(3, 'red') + 1, sorted([Color(3, 'a'), Color(1, 'b')])))
# list subclass methods that mutate call overridden methods?
class LogList(list):
    def append(self, x):
        print('  LogList.append', x)
        super().append(x)
    def __setitem__(self, i, v):
        print('  LogList.__setitem__', i, v)
        super().__setitem__(i, v)
    def __getitem__(self, i):
        return super().__getitem__(i)
def ll():
    l = LogList()
    l.extend([1])
    l += [2]
    l.insert(0, 0)
    l.append(3)
    l[0] = 9
    l.sort()
    return l
show('loglist', ll)
class LogDict(dict):
    def __setitem__(self, k, v):
        print('  LogDict.__setitem__', k, v)
        super().__setitem__(k, v)
def ld():
    d = LogDict(a=1)
    d.update(b=2)
    d.setdefault('c', 3)
    d['d'] = 4
    d |= {'e': 5}
    return dict.__repr__(d)
show('logdict', ld)
# exceptions subclass
class MyErr(ValueError):
    def __str__(self): return 'MyErr!'
show('raise catch', lambda: (lambda: (_ for _ in ()).throw(MyErr('x')))())
def exc_attrs():
    try:
        raise MyErr('a', 'b')
    except ValueError as e:
        return tn(e), e.args, str(e), repr(e)
show('exc attrs', exc_attrs)
class MyKeyError(KeyError): pass
show('keyerror sub str', lambda: str(MyKeyError('k')))
class MyOSError(OSError): pass
show('oserror sub', lambda: (tn(MyOSError(2, 'x')), MyOSError(2, 'x').errno, str(MyOSError(2, 'x'))))
class MyOSError2(OSError):
    def __init__(self, *a): super().__init__(*a)
show('oserror sub init', lambda: (tn(MyOSError2(2, 'x')), MyOSError2(2, 'x').strerror))
show('oserror direct', lambda: tn(OSError(2, 'x')))
class BaseExcGroup(ExceptionGroup): pass
show('exc group sub', lambda: (tn(BaseExcGroup('m', [ValueError()])), tn(BaseExcGroup('m', [ValueError()]).subgroup(ValueError))))
class MyStop(StopIteration): pass
def gen():
    yield 1
    raise MyStop
show('stop sub in gen', lambda: list(gen()))
class MyGenExit(Exception): pass
show('exception instance dict', lambda: (lambda e: (setattr(e, 'x', 1), e.__dict__)[1])(ValueError()))
