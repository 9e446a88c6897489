# special methods of str and bytes reached as attributes
def t(f):
    try:
        return f()
    except TypeError as e:
        return f'{type(e).__name__}: {e}'

s = 'hello'
print(str.__mul__('ab', 3), 'ab'.__rmul__(2), s.__getitem__(1), s.__getitem__(slice(1, 3)), s.__len__())
print(s.__add__(' world'), t(lambda: s.__add__(5)), t(lambda: s.__mul__('x')), s.__contains__('ell'), s.__contains__('z'))
print(s.__eq__('hello'), s.__eq__(5), s.__ne__('x'), s.__lt__('world'), s.__ge__('hello'), s.__lt__(1))
print(s.__mod__(()), '%s-%d'.__mod__(('a', 1)), '%s'.__mod__('x'), t(lambda: s.__rmod__('x')), 'hi'.__rmod__('%s!'))
print(s.__repr__(), s.__str__(), s.__format__('>8'), s.__format__(''), 'é'.__repr__(), '\n'.__repr__())
print(s.__hash__() == hash(s), list(s.__iter__())[:2], s.__sizeof__() > 0)
print(str.__new__(str, 5), str.__new__(str), str.upper(s), str.join(',', 'abc'), str.split('a b'))
print(str.__getitem__.__qualname__, type(str.__dict__['__add__']).__name__, s.upper.__name__, type(s.upper).__name__)
print(str.maketrans.__name__, type(str.__dict__['maketrans']).__name__, str.maketrans('a', 'b') == {97: 98})
try:
    s.__getitem__(10)
except IndexError as e:
    print(type(e).__name__, e)
try:
    s.__contains__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__add__(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)

b = b'abc'
print(bytes.__add__(b, b'd'), b.__add__(bytearray(b'e')), t(lambda: b.__add__('x')), b.__radd__(b'z') if hasattr(b, '__radd__') else 'no __radd__')
print(b.__getitem__(0), b.__getitem__(slice(1, None)), b.__len__(), b.__contains__(98), b.__contains__(b'bc'))
print(b.__mul__(2), b.__rmul__(2), b.__eq__(b'abc'), b.__eq__('abc'), b.__lt__(b'b'), b.__mod__(()))
print(b'%d-%s'.__mod__((1, b'x')), b.__repr__(), b.__hash__() == hash(b))
print(bytes.__new__(bytes, 3), bytes.__new__(bytes, [65]), bytes.decode(b), bytes.hex(b))
print(type(b.__iter__()).__name__, list(b.__iter__()), b.__getnewargs__())
print(bytes.__getitem__.__qualname__, bytes.fromhex.__name__, type(bytes.__dict__['fromhex']).__name__)
try:
    b.__getitem__(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    b.__contains__(300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.__contains__('a')
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b'xy')
print(ba.__iadd__(b'z') is ba, ba, ba.__imul__(2), ba.__getitem__(0), ba.__len__(), ba.__hash__)
ba.__setitem__(0, 65)
ba.__delitem__(1)
print(ba, ba.__eq__(b'Azxyz'), ba.__add__(b'!'))
