# The number attributes as descriptors apply only to their own type; int.from_bytes passes
# on an iterator's own errors and calls only a TypeError from iter() "cannot convert".
print(int.real.__get__(5), int.imag.__get__(True), float.real.__get__(2.5), complex.imag.__get__(3j))
for descr, obj in [(float.real, 5), (float.imag, True), (complex.real, 1.5), (int.real, 2.5), (int.numerator, 'x')]:
    try:
        descr.__get__(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class Bad:
    def __iter__(self):
        raise ValueError('from __iter__')
class NotIter:
    def __iter__(self):
        raise TypeError('refused')
for arg in [Bad(), NotIter(), 5, [1, 2]]:
    try:
        print(int.from_bytes(arg, 'big'))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
