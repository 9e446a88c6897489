# calling __init__ and __new__ of built-in types explicitly
l = [1, 2, 3]
list.__init__(l, 'ab')
print(l)
l.__init__()
print(l)
d = {'old': 1}
dict.__init__(d, new=2)
print(d)
d.__init__([('x', 1)], y=2)
print(d)
s = {1}
s.__init__()
print(s)
ba = bytearray(b'abc')
ba.__init__(b'zz')
print(ba)
ba.__init__(2)
print(ba)

class L(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label
x = L('xy', 'lbl')
print(x, x.label)
list.__init__(x, [0])
print(x, x.label)

class D(dict):
    def __init__(self, **kw):
        dict.__init__(self, {k.upper(): v for k, v in kw.items()})
print(D(a=1, b=2))

print(int.__new__(int, '7'), float.__new__(float, '2.5'), str.__new__(str, 3), tuple.__new__(tuple, 'ab'))
print(list.__new__(list, 'ignored'), dict.__new__(dict, {'ignored': 1}), set.__new__(set, [1]))
print(frozenset.__new__(frozenset, [1, 2]), bytes.__new__(bytes, 2))
i = 5
print(int.__init__(i) is None, (5).__init__() is None, 'abc'.__init__() is None, (1, 2).__init__() is None)
print(object.__init__(i) is None)
try:
    list.__init__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__init__([], 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.__init__({}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__new__(str, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple.__new__(list)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(i, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    pass
print(type(int.__new__(Sub, 9)).__name__, int.__new__(Sub, 9))
e = ValueError('a')
e.__init__('b', 'c')
print(e.args, str(e))
Exception.__init__(e)
print(e.args)
