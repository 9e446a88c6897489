# __eq__/__hash__ interplay with containers: identity shortcut, reflected __eq__, subclass-of-builtin hash removal
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)
log = []
class Noisy:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append(f'eq({self.v},{getattr(o, "v", o)})')
        return isinstance(o, Noisy) and self.v == o.v
    def __hash__(self): return hash(self.v) % 3
    def __repr__(self): return f'N{self.v}'
def L(label, fn):
    log.clear()
    try: r = fn()
    except Exception as e: r = (type(e).__name__, str(e))
    print(label, r, log)
a, b, c = Noisy(1), Noisy(2), Noisy(1)
L('in list identity', lambda: a in [b, a])
L('in list equal', lambda: c in [b, a])
L('list.index', lambda: [b, a].index(c))
L('list.count', lambda: [a, b, c].count(a))
L('list.remove', lambda: (lambda l: (l.remove(c), l)[1])([b, a]))
L('tuple in', lambda: c in (b, a))
L('list ==', lambda: [a, b] == [c, b])
L('tuple ==', lambda: (a,) == (c,))
L('set in', lambda: c in {a, b})
L('dict get', lambda: {a: 'x'}.get(c))
L('dict identity', lambda: {a: 'x'}[a])
L('set add dup', lambda: len({a, c}))
L('dict eq', lambda: {1: a} == {1: c})
L('list < ', lambda: [a, 1] < [c, 2])
L('1 in list of Noisy', lambda: 1 in [a])
L('Noisy in ints', lambda: a in [1, 2])
L('max key', lambda: max([a, b], key=lambda n: n.v))
L('operator.contains', lambda: __import__('operator').contains([b], a))
L('list.__contains__', lambda: [b].__contains__(a))
L('str.count no eq', lambda: 'aaa'.count('a'))
L('deque in', lambda: c in __import__('collections').deque([b, a]))
L('dict keys &', lambda: sorted(({a: 1}.keys() & {c}), key=lambda n: n.v))
L('set ==', lambda: {a} == {c})
L('frozenset in set', lambda: frozenset([a]) in {frozenset([c])})

# subclass of builtin overriding __eq__ only -> unhashable
for base in (int, str, tuple, float, bytes, frozenset, object):
    cls = type('Sub' + base.__name__, (base,), {'__eq__': lambda s, o: True})
    show('eq-only sub of ' + base.__name__, lambda: (cls.__hash__ is None, hash(cls())))
# overriding __hash__ only keeps __eq__
class HI(int):
    def __hash__(self): return 99
show('hash only', lambda: (hash(HI(1)), HI(1) == 1))
# __eq__ returning non-bool used in containers
class Weird:
    def __eq__(self, o): return 'yes'
    __hash__ = object.__hash__
show('weird in', lambda: Weird() in [1])
show('weird list ==', lambda: [Weird()] == [1])
show('weird ==', lambda: Weird() == 1)
class NI:
    def __eq__(self, o): return NotImplemented
    __hash__ = object.__hash__
show('NI in list', lambda: NI() in [NI()])
show('NI same in list', lambda: (lambda n: n in [n])(NI()))
show('NI ==', lambda: NI() == NI())
# NaN identity
nan = float('nan')
# dict key mutation during lookup
class Mut:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
def mut():
    d = {}
    d[Mut(d)] = 1
    d[Mut(d)] = 2
    return len(d)
show('dict mutation during eq', mut)
# __eq__ raising
class Raiser:
    def __eq__(self, o): raise RuntimeError('eq raised')
    __hash__ = lambda s: 0
show('raiser in list', lambda: Raiser() in [1])
show('raiser in dict', lambda: {Raiser(): 1, 0: 2})
show('raiser remove', lambda: [1].remove(Raiser()))
# __ne__ default reflection
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', None)
show('derived ne', lambda: (OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2)))
class NeSub(OnlyEq):
    def __ne__(self, o): return 'NeSub.ne'
show('reflected ne', lambda: (OnlyEq(1) != NeSub(1), NeSub(1) != OnlyEq(1)))
# comparisons of different types with subclass priority for ==
class Base:
    def __eq__(self, o): return 'Base.eq'
class Derived(Base):
    def __eq__(self, o): return 'Derived.eq'
show('eq priority', lambda: (Base() == Derived(), Derived() == Base()))
class Derived2(Base): pass
show('eq same method no priority', lambda: Base() == Derived2())
