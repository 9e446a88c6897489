# len(), [] and iteration on instances of subclasses of built-in types: the built-in
# behaviour unless the subclass overrides the method, and messages naming the subclass.
class L(list):
    pass
class D(dict):
    pass
class S(str):
    pass
class T(tuple):
    pass
class St(set):
    pass
class I(int):
    pass
class LenL(list):
    def __len__(self):
        return 99
class GetL(list):
    def __getitem__(self, i):
        return ('got', i)
class IterL(list):
    def __iter__(self):
        return iter(['custom'])
l, d, s, t, st = L([3, 1, 2]), D(a=1, b=2), S('hey'), T((5, 6)), St({7})
print(len(l), len(d), len(s), len(t), len(st), l[0], l[-1], l[1:], type(l[1:]).__name__)
print(d['a'], s[1], s[1:], type(s[1:]).__name__, t[1], type(t[:1]).__name__)
print(list(l), sorted(d), [c for c in s], list(t), list(st), [x for x in l])
print(len(LenL([1])), GetL([1])[0], list(IterL([1, 2])), [x for x in IterL([1])])
for bad in (lambda: I(5)[0], lambda: len(I(5)), lambda: St({1})[0], lambda: iter(I(3))):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    l[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    d['zz']
except KeyError as e:
    print(type(e).__name__, e)
l.append(4)
it = iter(l)
print(next(it), type(it).__name__, len(l), l)
