# WeakValueDictionary / WeakKeyDictionary: MutableMapping API, equality, deepcopy, subscript.
import weakref, copy, collections.abc


class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'O(%d)' % self.n


class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'K(%d)' % self.n


def show(label, fn):
    try:
        print(label, fn())
    except Exception as exc:
        print(label, type(exc).__name__, exc)


objs = [O(i) for i in range(3)]
keys = [K(i) for i in range(3)]
wvd = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
wkd = weakref.WeakKeyDictionary({k: [k.n] for k in keys})
for label, fn in [
        ('wvd deepcopy keys', lambda: sorted(copy.deepcopy(wvd).keys())),
        ('wvd deepcopy same values', lambda: all(copy.deepcopy(wvd)[i] is objs[i] for i in range(3))),
        ('wvd copy', lambda: sorted(copy.copy(wvd).keys())),
        ('wkd deepcopy len', lambda: len(copy.deepcopy(wkd))),
        ('wkd deepcopy same keys', lambda: sorted(k.n for k in copy.deepcopy(wkd).keys())),
        ('wkd deepcopy new values', lambda: copy.deepcopy(wkd)[keys[1]] is wkd[keys[1]]),
        ('wkd deepcopy values', lambda: copy.deepcopy(wkd)[keys[1]]),
        ('wvd == dict', lambda: wvd == dict(wvd)), ('dict == wvd', lambda: dict(wvd) == wvd),
        ('wvd != dict', lambda: wvd != dict(wvd)), ('wvd == {}', lambda: wvd == {}),
        ('wvd == copy', lambda: wvd == wvd.copy()), ('wvd == list', lambda: wvd == [1]),
        ('wkd == dict', lambda: wkd == {k: [k.n] for k in keys}),
        ('wkd == wkd copy', lambda: wkd == wkd.copy()),
        ('wvd hash', lambda: hash(wvd)), ('wkd hash', lambda: hash(wkd)),
        ('isinstance MutableMapping', lambda: isinstance(wvd, collections.abc.MutableMapping)),
        ('isinstance Mapping wkd', lambda: isinstance(wkd, collections.abc.Mapping)),
        ('issubclass', lambda: issubclass(weakref.WeakKeyDictionary, collections.abc.MutableMapping)),
        ('WVD[int, O] args', lambda: weakref.WeakValueDictionary[int, O].__args__),
        ('WVD[int, O] origin', lambda: weakref.WeakValueDictionary[int, O].__origin__ is weakref.WeakValueDictionary),
        ('WVD[int, O]', lambda: weakref.WeakValueDictionary[int, O]),
        ('WKD[K, int]', lambda: weakref.WeakKeyDictionary[K, int]),
        ('wvd | dict', lambda: sorted((wvd | {5: objs[0]}).keys())),
        ('wvd in', lambda: (1 in wvd, 7 in wvd)),
        ('wvd get', lambda: wvd.get(1)), ('wvd len', lambda: len(wvd)),
        ('wkd get', lambda: wkd.get(keys[2])), ('wkd len', lambda: len(wkd))]:
    show(label, fn)

# Dying values / keys leave the mappings; equality follows.
tmp = O(9)
wvd[9] = tmp
snapshot = dict(wvd)
show('with tmp', lambda: wvd == snapshot)
del tmp, snapshot
show('after death', lambda: (sorted(wvd), wvd == {i: o for i, o in enumerate(objs)}))
tk = K(9)
wkd[tk] = 'x'
show('wkd with tmp', lambda: len(wkd))
del tk
show('wkd after death', lambda: (len(wkd), wkd == {k: [k.n] for k in keys}))
show('mro tail', lambda: weakref.WeakValueDictionary.__mro__[-1].__name__)
