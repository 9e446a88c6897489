# Item access of arrays: the native cases (an int index, a value the typecode keeps as it
# is) and the others, a subclass's own __getitem__/__setitem__ calling the array's, bool
# indices and the errors.
from array import array
a = array('d', [1.0, 2.0, 3.0])
print(a[0], a[-1], a[1:], end=' ')
a[0] = 5; a[-1] = 2.5
print(a)
try:
    a[3]
except IndexError as e:
    print('IndexError', e)
try:
    a[0] = 'x'
except TypeError as e:
    print('TypeError', e)
class A(array):
    def __getitem__(self, i):
        return ('sub', super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)
b = A('i', [1, 2, 3])
b[1] = 10
print(b[1], b[True], list(b))
c = array('b', [1, 2])
try:
    c[0] = 300
except OverflowError as e:
    print('OverflowError', e)
c[1] = True
print(c, c[False])
u = array('u', 'ab')
u[0] = 'z'
print(u, u[1])
