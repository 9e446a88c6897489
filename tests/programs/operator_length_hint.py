# operator.length_hint: __len__ first, then __length_hint__ (None counts as missing), errors.
import operator


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class NoneHint:
    __length_hint__ = None


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


class BadLen:
    def __len__(self):
        raise TypeError('no len')

    def __length_hint__(self):
        return 7


class LenAndHint:
    def __len__(self):
        return 2

    def __length_hint__(self):
        return 99


show('none hint', lambda: operator.length_hint(NoneHint(), 3))
show('hint', lambda: operator.length_hint(Hint(4)))
show('hint default', lambda: operator.length_hint(Hint(NotImplemented), 8))
show('bad len', lambda: operator.length_hint(BadLen()))
show('len wins', lambda: operator.length_hint(LenAndHint()))
show('neg', lambda: operator.length_hint(Hint(-1)))
show('float', lambda: operator.length_hint(Hint(1.0)))
show('bool', lambda: operator.length_hint(Hint(True)))
show('default type', lambda: operator.length_hint([], 1.5))
show('iterators', lambda: [operator.length_hint(iter(x)) for x in ([1, 2], (1,), 'abc', {1: 2}, range(4))])
show('truth', lambda: [operator.truth(x) for x in (0, 1, '', 'a', [], None)])
show('dunders', lambda: [operator.__add__(1, 2), operator.__not__(0), operator.__and__(6, 3),
                         operator.__or__(4, 1), operator.__concat__([1], [2]),
                         operator.__ixor__(5, 1), operator.__call__(len, 'ab')])
show('no dunder', lambda: [hasattr(operator, n) for n in ('__truth__', '__is___', '__countOf__',
                                                          '__length_hint__', '__attrgetter__')])
