# Differential test: namedtuple field descriptors and related behaviour.
import re
import copy
import pickle
import operator
from collections import namedtuple
from typing import NamedTuple, Generic, TypeVar

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)
    else:
        print(label, repr(r))

def noaddr(s):
    return re.sub(r' at 0x[0-9a-fA-F]+', ' at ADDR', s)

Point = namedtuple('Point', 'x y')
Point3 = namedtuple('Point3', ['x', 'y', 'z'], defaults=[0])
Other = namedtuple('Other', 'a b')

# ---------------- 1. the class attribute itself ----------------
for rnd in range(3):
    print('--- descriptor round', rnd)
    d = Point.x
    print('type name', type(d).__name__)
    print('type qualname', type(d).__qualname__)
    print('type module', type(d).__module__)
    print('doc x', repr(Point.x.__doc__), 'doc y', repr(Point.y.__doc__))
    print('repr', noaddr(repr(Point.x)))
    print('same object', Point.x is Point.__dict__['x'], Point.x is Point.x)
    print('callable', callable(Point.x))
    print('has __get__', hasattr(d, '__get__'), 'has __set__', hasattr(d, '__set__'),
          'has __delete__', hasattr(d, '__delete__'))
    p = Point(10, 20)
    show('__get__(None, Point) is self', lambda: d.__get__(None, Point) is d)
    show('__get__(p)', lambda: d.__get__(p))
    show('__get__(p, Point)', lambda: d.__get__(p, Point))
    show('__get__(p, None)', lambda: d.__get__(p, None))
    show('__get__(p, int)', lambda: d.__get__(p, int))
    show('__get__(plain tuple)', lambda: d.__get__((7, 8)))
    show('y.__get__(plain tuple)', lambda: Point.y.__get__((7, 8)))
    show('y.__get__(short tuple)', lambda: Point.y.__get__((7,)))
    show('x.__get__(empty tuple)', lambda: Point.x.__get__(()))
    show('__get__(int)', lambda: d.__get__(5))
    show('__get__(list)', lambda: d.__get__([1, 2]))
    show('y.__get__(str)', lambda: Point.y.__get__('ab'))
    show('__get__(None, None)', lambda: d.__get__(None, None))
    show('__get__(Other(1,2))', lambda: d.__get__(Other(1, 2)))
    show('__set__', lambda: d.__set__(p, 5))
    show('__delete__', lambda: d.__delete__(p))
    show('__set__ on int', lambda: d.__set__(5, 5))
    show('p.x after', lambda: p.x)
    show('reduce', lambda: d.__reduce__()[1])
    show('copy.copy(desc).__doc__', lambda: copy.copy(d).__doc__)
    show('copy.copy(desc).__get__', lambda: copy.copy(d).__get__(p))
    show('pickle desc', lambda: pickle.loads(pickle.dumps(d)).__get__(p))
    show('getattr Point x', lambda: getattr(Point, 'x') is d)
    show('vars has x', lambda: 'x' in vars(Point))

# __doc__ writable
Q = namedtuple('Q', 'a b')
for rnd in range(3):
    show('Q.a doc before', lambda: Q.a.__doc__)
    try:
        Q.a.__doc__ = 'first field %d' % rnd
    except Exception as e:
        print('set doc EXC', type(e).__name__, e)
    show('Q.a doc after', lambda: Q.a.__doc__)
    show('Q(1,2).a still', lambda: Q(1, 2).a)
    show('Q doc', lambda: Q.__doc__)

# ---------------- 2. instance access ----------------
for rnd in range(3):
    print('--- instance round', rnd)
    p = Point(1, y=2)
    print('p', p, p.x, p.y, p[0], p[-1], p[:1], len(p))
    show('getattr', lambda: getattr(p, 'y'))
    show('attrgetter', lambda: operator.attrgetter('x', 'y')(p))
    show('hasattr z', lambda: hasattr(p, 'z'))
    show('p.z', lambda: p.z)
    show('p.__dict__', lambda: p.__dict__)
    show('set p.x', lambda: setattr(p, 'x', 5))
    show('del p.x', lambda: delattr(p, 'x'))
    show('set p.z', lambda: setattr(p, 'z', 5))
    show('p == tuple', lambda: p == (1, 2))
    show('hash eq', lambda: hash(p) == hash((1, 2)))
    show('p3 default', lambda: Point3(1, 2))
    show('p3 z', lambda: Point3(1, 2).z)
    show('p3 kw', lambda: Point3(z=3, y=2, x=1))
    show('new missing', lambda: Point(1))
    show('new too many', lambda: Point(1, 2, 3))
    show('new dup kw', lambda: Point(1, x=2))
    show('new unknown kw', lambda: Point(1, q=2))
    show('new defaults', lambda: Point3.__new__.__defaults__)
    show('match_args', lambda: Point.__match_args__)
    show('slots', lambda: Point.__slots__)
    show('qualname new', lambda: Point.__new__.__qualname__)
    show('module', lambda: Point.__module__)
    show('repr', lambda: repr(Point3(1, 'a', [2])))
    show('add', lambda: p + (3,))
    show('mul', lambda: type(p * 2).__name__)
    show('iter unpack', lambda: (lambda a, b: a - b)(*p))
    match p:
        case Point(x, y) if x < y:
            print('match positional', x, y)
        case _:
            print('match none')
    match Point3(5, 6):
        case Point3(x=5, z=z):
            print('match kw', z)
    match (1, 2):
        case Point(x, y):
            print('tuple matched Point?!')
        case (a, b):
            print('plain tuple sequence', a, b)

# ---------------- 3. class mutation between runs ----------------
M = namedtuple('M', 'a b c')
orig_a = M.__dict__['a']

def read_all(m):
    out = []
    for attr in ('a', 'b', 'c'):
        try:
            out.append(getattr(m, attr))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out

def read_direct(m):
    out = []
    for _ in range(3):
        try:
            out.append((m.a, m.b, m.c))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out

for rnd in range(4):
    print('--- mutation round', rnd)
    m = M(1, 2, 3)
    print('read', read_all(m), read_direct(m))
    M.a = property(lambda self: 'prop-a')
    print('after property', read_all(m), read_direct(m))
    M.a = 'plain-class-attr'
    print('after plain attr', read_all(m), read_direct(m))
    del M.a
    print('after del', read_all(m), read_direct(m))
    M.a = M.__dict__['c']
    print('a aliased to c getter', read_all(m), read_direct(m))
    M.a = orig_a
    print('restored', read_all(m), read_direct(m))
    M.b = Point.y
    print('b is Point.y getter', read_all(m), read_direct(m))
    M.b = Point.x
    print('b is Point.x getter', read_all(m), read_direct(m))
    M.b = M.__dict__['c'].__class__(1, 'rebuilt')
    print('b rebuilt', read_all(m), read_direct(m), M.b.__doc__)
    M.__getattr__ = lambda self, name: 'getattr-' + name
    del M.c
    print('with __getattr__', read_all(m), read_direct(m))
    del M.__getattr__
    M.c = orig_a.__class__(2, 'c again')
    print('final', read_all(m), read_direct(m))

# __class__ assignment between namedtuple classes
class PA(namedtuple('PA', 'u v')):
    __slots__ = ()

class PB(namedtuple('PB', 'v u')):
    __slots__ = ()

class PC(tuple):
    __slots__ = ()

for rnd in range(3):
    print('--- class switch round', rnd)
    o = PA(1, 2)
    for target in (PB, PA, PC, PB, Point):
        try:
            o.__class__ = target
        except Exception as e:
            print('switch EXC', target.__name__, type(e).__name__, e)
        print('as', type(o).__name__, read_uv := [getattr(o, n, 'none') for n in ('u', 'v', 'x', 'y')], tuple(o))

# ---------------- 4. subclasses ----------------
class PP(Point):
    __slots__ = ()
    @property
    def hyp(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self):
        return 'PP<%s,%s>' % self

class PD(Point):
    pass

class PX(Point):
    __slots__ = ()
    @property
    def x(self):
        return 'overridden x, real %r' % (self[0],)

class PG(Point):
    __slots__ = ()
    def __getitem__(self, i):
        return ('getitem', i)
    def __len__(self):
        return 99
    def __iter__(self):
        return iter(['it'])

try:
    class PE(Point):
        __slots__ = ('extra',)
except Exception as e:
    print('PE EXC', type(e).__name__, e)
    PE = None

class PEEmpty(Point):
    __slots__ = ()

for rnd in range(3):
    print('--- subclass round', rnd)
    pp = PP(3, 4)
    print('PP', pp.x, pp.y, str(pp), repr(pp), type(pp._replace(x=0)).__name__)
    show('PP hyp', lambda: pp.hyp)
    show('PP dict', lambda: pp.__dict__)
    show('PP set', lambda: setattr(pp, 'q', 1))
    pd = PD(5, 6)
    pd.extra = 'e'
    print('PD', pd.x, pd.y, pd.extra, pd.__dict__, repr(pd))
    show('PD set x', lambda: setattr(pd, 'x', 0))
    show('PD del x', lambda: delattr(pd, 'x'))
    pd.__dict__['x'] = 'instance-x'
    show('PD x with instance dict entry', lambda: pd.x)
    px = PX(7, 8)
    print('PX', px.x, px.y, px[0], repr(px), px._asdict())
    show('PX set x', lambda: setattr(px, 'x', 1))
    pg = PG(9, 10)
    show('PG x', lambda: pg.x)
    show('PG y', lambda: pg.y)
    show('PG [0]', lambda: pg[0])
    show('PG repr', lambda: repr(pg))
    show('PG asdict', lambda: pg._asdict())
    show('PG len', lambda: len(pg))
    show('PG tuple', lambda: tuple(pg))
    show('PG unpack', lambda: [*pg])
    show('PG getnewargs', lambda: pg.__getnewargs__())
    pe = PEEmpty(1, 2)
    show('PEEmpty set', lambda: setattr(pe, 'extra', 3))
    show('PEEmpty x', lambda: pe.x)
    if PE is not None:
        print('PE exists', PE(1, 2).x)
    if rnd == 0:
        PP.hyp = property(lambda self: 'hyp-patched')
        PG.__getitem__ = lambda self, i: ('patched', i)
    elif rnd == 1:
        del PP.hyp
        del PG.__getitem__
        PX.x = Point.y

# field named like a tuple method
T = namedtuple('T', ['count', 'index'])
for rnd in range(3):
    t = T(3, 4)
    show('T.count attr', lambda: t.count)
    show('T.index attr', lambda: t.index)
    show('T.count call', lambda: t.count(3))
    show('tuple.count', lambda: tuple.count(t, 3))
    show('tuple.index', lambda: tuple.index(t, 4))
    show('T.count class', lambda: type(T.count).__name__)
    show('T repr', lambda: repr(t))
    show('T _replace', lambda: t._replace(count=0))
    show('T asdict', lambda: t._asdict())

# invalid names and rename
for rnd in range(2):
    for args in [('P', 'x x'), ('P', 'def y'), ('P', '_x'), ('P', '1x'), ('class', 'x'),
                 ('P', ['x', 1]), ('1P', 'x'), ('P', 'x, y,,z')]:
        show('namedtuple%r' % (args,), lambda: namedtuple(*args)._fields)
    show('rename', lambda: namedtuple('R', 'a def a _b 1c', rename=True)._fields)
    show('too many defaults', lambda: namedtuple('P', 'a', defaults=(1, 2)))
    show('module kw', lambda: namedtuple('P', 'a', module='mymod').__module__)
    show('empty', lambda: (namedtuple('E', '')(), namedtuple('E', [])._fields))

# ---------------- 5. _replace/_asdict/_fields/_field_defaults/_make ----------------
for rnd in range(3):
    print('--- helpers round', rnd)
    p = Point3(1, 2)
    print('fields', Point3._fields, p._fields, Point3._field_defaults, Point._field_defaults)
    show('replace', lambda: p._replace(z=9, x=8))
    show('replace bad', lambda: p._replace(w=1, q=2))
    show('replace positional', lambda: p._replace(1))
    show('asdict', lambda: p._asdict())
    show('asdict type', lambda: type(p._asdict()).__name__)
    show('make', lambda: Point3._make([4, 5, 6]))
    show('make iter', lambda: Point3._make(iter(range(3))))
    show('make short', lambda: Point3._make([4, 5]))
    show('make long', lambda: Point3._make([4, 5, 6, 7]))
    show('make on instance', lambda: p._make((0, 0, 0)))
    show('PP make', lambda: type(PP._make((1, 2))).__name__)
    show('fields of subclass', lambda: PP._fields)
    show('dir contains', lambda: [n for n in ('x', 'y', '_make', '_replace', '_asdict', '_fields', 'count') if n in dir(p)])
    show('class getitem', lambda: Point[int])

# ---------------- 6. pickling and copying ----------------
for rnd in range(3):
    print('--- pickle round', rnd)
    for obj in (Point(1, 2), Point3(1, [2, 3]), PP(3, 4), T(1, 2)):
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            try:
                r = pickle.loads(pickle.dumps(obj, proto))
                print('pickle', proto, type(r).__name__, repr(r), r == obj, type(r) is type(obj))
            except Exception as e:
                print('pickle EXC', proto, type(e).__name__, e)
        c = copy.copy(obj)
        dc = copy.deepcopy(obj)
        print('copy', repr(c), c is obj, repr(dc), type(dc).__name__)
    show('reduce_ex 2', lambda: Point(1, 2).__reduce_ex__(2)[1:])
    show('getnewargs', lambda: Point(1, 2).__getnewargs__())
    pd = PD(1, 2)
    pd.attr = 'kept'
    r = pickle.loads(pickle.dumps(pd))
    print('PD pickle', repr(r), r.__dict__)
    local = namedtuple('Local', 'a')
    show('pickle unreachable', lambda: pickle.dumps(local(1)))

# ---------------- 7. short/long instances via tuple.__new__ ----------------
for rnd in range(3):
    print('--- tuple.__new__ round', rnd)
    short = tuple.__new__(Point, (1,))
    long_ = tuple.__new__(Point, (1, 2, 3))
    empty = tuple.__new__(Point3, ())
    show('short type', lambda: type(short).__name__)
    show('short x', lambda: short.x)
    show('short y', lambda: short.y)
    show('short getattr y', lambda: getattr(short, 'y', 'dflt'))
    show('short hasattr y', lambda: hasattr(short, 'y'))
    show('short repr', lambda: repr(short))
    show('short asdict', lambda: short._asdict())
    show('short replace', lambda: short._replace(x=5))
    show('short len', lambda: len(short))
    show('long y', lambda: long_.y)
    show('long repr', lambda: repr(long_))
    show('long asdict', lambda: long_._asdict())
    show('empty z', lambda: empty.z)
    show('empty x', lambda: empty.x)
    show('empty repr', lambda: repr(empty))
    show('Point3.z on Point(1,2)', lambda: Point3.z.__get__(Point(1, 2)))
    class PPH(Point):
        __slots__ = ()
        @property
        def hyp(self):
            return self.y
    show('short via property', lambda: tuple.__new__(PPH, (3,)).hyp)
    show('short via property getattr dflt', lambda: getattr(tuple.__new__(PPH, (3,)), 'hyp', 'D'))
    def loop_read(objs):
        out = []
        for o in objs:
            try:
                out.append(o.y)
            except Exception as e:
                out.append((type(e).__name__, str(e)))
        return out
    print('loop', loop_read([Point(1, 2), short, long_, Point(3, 4), short]))

# ---------------- 8. typing.NamedTuple ----------------
class Emp(NamedTuple):
    """An employee."""
    name: str
    id: int = 3
    tags: list = []
    def describe(self):
        return '%s#%d' % (self.name, self.id)
    @property
    def upper(self):
        return self.name.upper()
    @classmethod
    def make_default(cls):
        return cls('default')
    @staticmethod
    def helper():
        return 'static'

class Emp2(Emp):
    def describe(self):
        return 'Emp2:' + super().describe()

class ReprNT(NamedTuple):
    a: int
    def __repr__(self):
        return 'custom-repr(%r)' % (self.a,)

T_ = TypeVar('T_')

class Gen(NamedTuple, Generic[T_]):
    val: T_
    n: int = 0

for rnd in range(3):
    print('--- typing round', rnd)
    e = Emp('ann')
    print('Emp', repr(e), e.id, e.tags, Emp.make_default(), Emp.helper())
    show('Emp describe', lambda: e.describe())
    show('Emp upper', lambda: e.upper)
    print('Emp fields', Emp._fields, Emp._field_defaults, Emp.__annotations__)
    print('Emp doc', Emp.__doc__, repr(Emp.name.__doc__), type(Emp.name).__name__)
    print('Emp kw', Emp(id=5, name='bob'), Emp('c', 1, ['t'])._asdict())
    show('Emp missing', lambda: Emp())
    show('Emp too many', lambda: Emp('a', 1, [], 4))
    show('Emp set', lambda: setattr(e, 'name', 'z'))
    show('Emp set other', lambda: setattr(e, 'other', 'z'))
    show('Emp mro', lambda: [c.__name__ for c in Emp.__mro__])
    show('Emp orig_bases', lambda: noaddr(repr(Emp.__orig_bases__)))
    show('Emp bases', lambda: Emp.__bases__)
    e2 = Emp2('zed', 7)
    print('Emp2', repr(e2), type(e2._replace(id=1)).__name__, e2._fields)
    show('Emp2 describe', lambda: e2.describe())
    show('Emp2 dict', lambda: e2.__dict__)
    show('ReprNT', lambda: (repr(ReprNT(1)), str(ReprNT(2))))
    g = Gen[int](5)
    print('Gen', repr(g), g.val, g.n, Gen.__parameters__, type(g).__name__)
    show('Gen alias', lambda: Gen[str])
    F = NamedTuple('F', [('a', int), ('b', str)])
    print('functional', F(1, 'x'), F._fields, F.__annotations__)
    show('non-default after default', lambda: NamedTuple('Bad', [('a', int)]) and
         type('X', (), {}))
    try:
        class Bad1(NamedTuple):
            a: int = 1
            b: int
    except Exception as ex:
        print('Bad1 EXC', type(ex).__name__, ex)
    try:
        class Bad2(NamedTuple):
            _a: int
    except Exception as ex:
        print('Bad2 EXC', type(ex).__name__, ex)
    try:
        class Bad3(NamedTuple):
            a: int
            def _fields(self):
                pass
    except Exception as ex:
        print('Bad3 EXC', type(ex).__name__, ex)
    try:
        class Bad4(NamedTuple, dict):
            a: int
    except Exception as ex:
        print('Bad4 EXC', type(ex).__name__, ex)
    try:
        class Ok5(NamedTuple):
            a: int
            _private_method = lambda self: 'pm'
        print('Ok5', Ok5(1)._private_method())
    except Exception as ex:
        print('Ok5 EXC', type(ex).__name__, ex)
    show('Emp pickle', lambda: pickle.loads(pickle.dumps(Emp('p', 2))))
    show('Emp2 pickle', lambda: type(pickle.loads(pickle.dumps(Emp2('p', 2)))).__name__)
    if rnd == 0:
        Emp.describe = lambda self: 'patched-describe'
        Emp.upper = property(lambda self: 'patched-upper')
    elif rnd == 1:
        del Emp.describe
        del Emp.upper
        Emp2.describe = lambda self: 'emp2-only'


# ---------------- 9. polymorphic hot loop ----------------
A1 = namedtuple('A1', 'k v')
A2 = namedtuple('A2', 'v k')
A3 = namedtuple('A3', 'v')

class A4:
    def __init__(self):
        self.k = 'obj-k'
        self.v = 'obj-v'

class A5(A1):
    @property
    def k(self):
        return 'A5-prop'

class A6(A2):
    __slots__ = ()

def hot_kv(objs):
    out = []
    for o in objs:
        try:
            out.append((o.k, o.v))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out

for rnd in range(4):
    print('--- poly round', rnd)
    objs = [A1(1, 2), A2(3, 4), A1(5, 6), A3(7), A4(), A5(8, 9), A6(10, 11), (1, 2), A1(12, 13)]
    for _ in range(2):
        print('hot', hot_kv(objs))
    if rnd == 0:
        A1.k = A2.__dict__['k']
    elif rnd == 1:
        A1.k = A1.__dict__['v']
        A2.__getattr__ = lambda self, n: 'A2-getattr'
        del A2.k
    elif rnd == 2:
        A1.k = A2.v
        A2.k = A1.__dict__['v']
        del A2.__getattr__
    o = A1(1, 2)
    o.__class__ = A2
    print('switched', hot_kv([o, o]))

print('done')
