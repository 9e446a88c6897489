# WeakValueDictionary, WeakKeyDictionary and WeakSet: entries vanish when referents die.
import weakref
class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Item(%d)' % self.n
a, b, c = Item(1), Item(2), Item(3)
wvd = weakref.WeakValueDictionary()
wvd['a'] = a
wvd['b'] = b
wvd['c'] = c
print(len(wvd), sorted(wvd.keys()), wvd['a'], wvd.get('zz'), 'b' in wvd)
del b
print(len(wvd), sorted(wvd), 'b' in wvd, wvd.get('b', 'gone'))
try:
    wvd['b']
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(wvd.items(), key=lambda kv: kv[0]), sorted(v.n for v in wvd.values()))
print(wvd.pop('a'), len(wvd), wvd.setdefault('d', Item(4)) is not None, len(wvd))
try:
    wvd['x'] = 5
except TypeError as e:
    print(type(e).__name__, e)
wkd = weakref.WeakKeyDictionary()
k1, k2 = Item(10), Item(20)
wkd[k1] = 'ten'
wkd[k2] = 'twenty'
print(len(wkd), wkd[k1], k2 in wkd, sorted(wkd.values()))
del k1
print(len(wkd), list(wkd.values()), [k.n for k in wkd.keys()])
try:
    wkd['str key'] = 1
except TypeError as e:
    print(type(e).__name__, e)
ws = weakref.WeakSet()
x, y, z = Item(7), Item(8), Item(9)
ws.add(x); ws.add(y); ws.add(z); ws.add(x)
print(len(ws), x in ws, sorted(i.n for i in ws))
del y
print(len(ws), sorted(i.n for i in ws))
ws.discard(z)
print(len(ws), z in ws)
ws2 = weakref.WeakSet([x, z])
print(sorted(i.n for i in ws | ws2), len(ws & ws2), ws <= ws2, ws == weakref.WeakSet([x]))
try:
    ws.add(1)
except TypeError as e:
    print(type(e).__name__, e)
ws.remove(x)
try:
    ws.remove(x)
except KeyError as e:
    print(type(e).__name__, type(e.args[0]).__name__)
del x, z
print(len(ws), len(ws2))
cache = weakref.WeakValueDictionary()
def get(n):
    obj = cache.get(n)
    if obj is None:
        obj = Item(n)
        cache[n] = obj
        print('created', n)
    return obj
keep = get(1)
get(1)
get(2)
get(2)
print(sorted(cache.keys()))
