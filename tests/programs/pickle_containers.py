# pickle: byte-exact dumps of containers, sharing, recursion and batching.
import pickle


def show(label, obj, protocols=range(6)):
    for p in protocols:
        data = pickle.dumps(obj, protocol=p)
        back = pickle.loads(data)
        print(label, p, data, repr(back)[:60])


show('empty list', [])
show('list1', [1])
show('list3', [1, 'two', 3.0])
show('empty dict', {})
show('dict1', {'a': 1})
show('dict2', {'a': 1, 'b': [2, 3]})
show('int keys', {1: None, 2: True, -3: False})
show('tuple0', ())
show('tuple1', (1,))
show('tuple2', (1, 2))
show('tuple3', (1, 2, 3))
show('tuple4', (1, 2, 3, 4))
show('nested', [(1, [2, {3: (4,)}]), {'k': ()}])
show('set0', set())
show('set', {1, 2, 3})
show('fset0', frozenset())
show('fset', frozenset({5, 6}))
show('set of tuples', {(1, 2), (3, 4)})

shared = [1, 2]
show('shared list', [shared, shared, (shared,)])
s = 'shared string'
show('shared str', [s, s, s])
t = (1, 2)
show('shared tuple', (t, t, [t]))
bs = b'bb'
show('shared bytes', [bs, bs])

rec = [1]
rec.append(rec)
for p in range(6):
    data = pickle.dumps(rec, p)
    back = pickle.loads(data)
    print('self list', p, data, back[1] is back, back[0])

d = {}
d['me'] = d
for p in range(6):
    data = pickle.dumps(d, p)
    back = pickle.loads(data)
    print('self dict', p, data, back['me'] is back)

tup = ([],)
tup[0].append(tup)
for p in range(6):
    data = pickle.dumps(tup, p)
    back = pickle.loads(data)
    print('rec tuple', p, data, back[0][0] is back)

tup5 = ([], 1, 2, 3, 4)
tup5[0].append(tup5)
for p in range(6):
    data = pickle.dumps(tup5, p)
    back = pickle.loads(data)
    print('rec tuple5', p, data, back[0][0] is back)

for n in (999, 1000, 1001, 2000, 2001):
    lst = list(range(n))
    dct = dict.fromkeys(range(n), 0)
    for p in (1, 2, 4):
        a = pickle.dumps(lst, p)
        b = pickle.dumps(dct, p)
        c = pickle.dumps(set(lst), p)
        print('batch', n, p, len(a), a.count(b'e'), a[-10:], len(b), b[-10:], len(c),
              c[-8:], pickle.loads(a) == lst, pickle.loads(b) == dct,
              pickle.loads(c) == set(lst))

for obj in [slice(1, 10, 2), slice(None), range(5), range(1, 20, 3), complex(1, -2),
            1j, Ellipsis, NotImplemented, [Ellipsis, Ellipsis]]:
    show(type(obj).__name__, obj)

for obj in [int, str, list, dict, object, type, type(None), type(Ellipsis),
            type(NotImplemented), len, max, getattr, ValueError, KeyError,
            ConnectionError, FileNotFoundError, ModuleNotFoundError, RecursionError,
            range, map, zip, filter, chr, bytes, bytearray, frozenset]:
    show('global ' + obj.__name__, obj, (0, 2, 3, 4))

show('types twice', [int, int, str, type(None), type(None)])
show('mixed', {'list': [1, 2], 'tuple': (3,), 'none': None, 'float': 2.5,
               'bytes': b'\x00', 'set': {7}, 'nested': {'x': [()]}})
