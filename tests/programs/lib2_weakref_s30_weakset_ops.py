# WeakSet set operations, comparisons and API as CPython's.
import weakref, collections.abc


class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'O(%d)' % self.n


objs = [O(i) for i in range(6)]
a, b, c, d, e, f = objs


def ns(it):
    return sorted(x.n for x in it)


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, (weakref.WeakSet, set, frozenset, list)) and all(isinstance(x, O) for x in r):
            print(label, type(r).__name__, ns(r))
        else:
            print(label, r)
    except Exception as exc:
        print(label, type(exc).__name__, exc)


ws = weakref.WeakSet([a, b, c])
other = weakref.WeakSet([b, c, d])
for label, fn in [
        ('| set', lambda: ws | {d}), ('| list', lambda: ws | [d]), ('| ws', lambda: ws | other),
        ('union many?', lambda: ws.union([e])), ('set |', lambda: {d} | ws),
        ('& set', lambda: ws & {a, b, e}), ('& list', lambda: ws & [a, 1]),
        ('& ws', lambda: ws & other), ('intersection', lambda: ws.intersection([c])),
        ('- set', lambda: ws - {a}), ('- list', lambda: ws - [a, 1]), ('- ws', lambda: ws - other),
        ('difference', lambda: ws.difference({b})),
        ('^ set', lambda: ws ^ {a, d}), ('^ ws', lambda: ws ^ other),
        ('symmetric_difference', lambda: ws.symmetric_difference([c, e])),
        ('^ int', lambda: ws ^ {1}),
        ('isdisjoint T', lambda: ws.isdisjoint([d, e])), ('isdisjoint F', lambda: ws.isdisjoint({a})),
        ('isdisjoint ints', lambda: ws.isdisjoint([1, 2])),
        ('<= set', lambda: ws <= {a, b, c, d}), ('<= list', lambda: ws <= [a, b, c]),
        ('< set', lambda: ws < {a, b, c}), ('< bigger', lambda: ws < {a, b, c, d}),
        ('>= set', lambda: ws >= {a}), ('> set', lambda: ws > {a, b, c}),
        ('> smaller', lambda: ws > [a]), ('<= ints', lambda: ws <= {1}),
        ('issubset', lambda: ws.issubset([a, b, c, e])), ('issuperset', lambda: ws.issuperset((a,))),
        ('== ws', lambda: ws == weakref.WeakSet([c, b, a])), ('== set', lambda: ws == {a, b, c}),
        ('!= set', lambda: ws != {a, b, c}), ('!= ws', lambda: ws != other),
        ('== list', lambda: ws == [a, b, c]),
        ('set ==', lambda: {a, b, c} == ws),
        ('isinstance MutableSet', lambda: isinstance(ws, collections.abc.MutableSet)),
        ('isinstance Set', lambda: isinstance(ws, collections.abc.Set)),
        ('repr empty', lambda: repr(weakref.WeakSet())),
        ('len', lambda: len(ws)), ('contains int', lambda: 1 in ws),
        ('WeakSet[int] args', lambda: weakref.WeakSet[int].__args__),
        ('WeakSet[int] origin', lambda: weakref.WeakSet[int].__origin__ is weakref.WeakSet),
        ('hash', lambda: hash(ws))]:
    show(label, fn)

# In-place forms.
w = weakref.WeakSet([a, b])
w |= {c}
show('|=', lambda: w)
w &= [b, c, d]
show('&=', lambda: w)
w -= {b}
show('-=', lambda: w)
w ^= {c, d}
show('^=', lambda: w)
w.update([a, b])
w.difference_update([a])
show('difference_update', lambda: w)
w.intersection_update({b, d, e})
show('intersection_update', lambda: w)
w.symmetric_difference_update([b, f])
show('symmetric_difference_update', lambda: w)
w2 = w
w2 ^= w2
show('^= self', lambda: w)
w = weakref.WeakSet([a, b])
w -= w
show('-= self', lambda: w)
w = weakref.WeakSet([a, b])
w &= w
show('&= self', lambda: w)
w = weakref.WeakSet([a])
for label, fn in [('|= int', lambda: w.__ior__({1})), ('update int', lambda: w.update([1])),
                  ('ior list', lambda: w.__ior__([b]))]:
    show(label, fn)
show('after', lambda: w)


class Sub(weakref.WeakSet):
    pass


s = Sub([a, b])
for label, fn in [('sub |', lambda: type(s | {c}).__name__), ('sub &', lambda: type(s & {a}).__name__),
                  ('sub -', lambda: type(s - {a}).__name__), ('sub ^', lambda: type(s ^ {a}).__name__),
                  ('sub copy', lambda: type(s.copy()).__name__),
                  ('sub == ws', lambda: s == weakref.WeakSet([a, b])),
                  ('ws == sub', lambda: weakref.WeakSet([a, b]) == s)]:
    show(label, fn)

# Dying members disappear from results.
tmp = O(99)
w = weakref.WeakSet([a, tmp])
u = w | {b}
del tmp
show('after death', lambda: u)
show('after death len', lambda: len(w))
