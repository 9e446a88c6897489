# Weak references cannot be pickled; copying one gives it back; a proxy copies its referent.
import pickle, weakref, copy


class C:
    def __init__(self):
        self.x = 5


c = C()
r = weakref.ref(c)
r2 = weakref.ref(c, lambda _r: None)
for obj, name in ((r, 'ref'), (r2, 'ref with callback')):
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(obj, proto)
            print(name, proto, 'pickled')
        except Exception as e:
            print(name, proto, type(e).__name__, e)
    try:
        pickle.dumps(obj)
        print(name, 'default pickled')
    except Exception as e:
        print(name, 'default', type(e).__name__, e)
    try:
        pickle.dumps([1, {'k': obj}])
        print(name, 'nested pickled')
    except Exception as e:
        print(name, 'nested', type(e).__name__, e)
print('copy', copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
p = weakref.proxy(c)
for f in (copy.copy, copy.deepcopy):
    try:
        got = f(p)
        print(f.__name__, type(got).__name__, got.x, got is c)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print('still', pickle.loads(pickle.dumps([1, 2])))
