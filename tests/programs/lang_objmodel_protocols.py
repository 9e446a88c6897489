# __eq__/__hash__ rules, __bool__/__len__ truthiness, __index__, __int__/__float__, __format__, __repr__/__str__ results
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class EqOnly:
    def __eq__(self, o): return True
show('eq only hash None', lambda: EqOnly.__hash__)
show('eq only hash()', lambda: hash(EqOnly()))
show('eq only in set', lambda: {EqOnly()})
show('eq only dict key', lambda: {EqOnly(): 1})
class EqHash(EqOnly):
    def __hash__(self): return 5
show('sub with hash', lambda: hash(EqHash()))
class SubEq(EqHash):
    def __eq__(self, o): return False
show('sub redefines eq', lambda: SubEq.__hash__)
class KeepHash:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
show('keep hash', lambda: type(hash(KeepHash())).__name__)
class HashNone:
    __hash__ = None
show('hash none', lambda: hash(HashNone()))
show('hash none isinstance', lambda: isinstance(HashNone(), __import__('collections.abc').abc.Hashable))
class HashBad:
    def __hash__(self): return 'x'
show('hash str', lambda: hash(HashBad()))
class HashBig:
    def __hash__(self): return 2**100
show('hash big', lambda: hash(HashBig()) == hash(2**100))
class HashNeg1:
    def __hash__(self): return -1
show('hash -1', lambda: hash(HashNeg1()))
class HashIntSub:
    def __hash__(self):
        class I(int): pass
        return I(7)
show('hash int subclass', lambda: hash(HashIntSub()))
class HashBool:
    def __hash__(self): return True
show('hash bool', lambda: hash(HashBool()))

# truthiness
class BoolLen:
    def __bool__(self): return False
    def __len__(self): return 5
show('bool over len', lambda: bool(BoolLen()))
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in [0, 3, -1, 2**70, 1.5, '3', True]:
    show('len ' + repr(n), lambda: (bool(LenOnly(n)), len(LenOnly(n))))
class BoolRet:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
for v in [True, 0, 1, None, 'x', 1.0]:
    show('bool ret ' + repr(v), lambda: bool(BoolRet(v)))
show('not', lambda: not BoolRet(1))
show('if', lambda: 'y' if BoolRet([]) else 'n')
class BoolNone:
    __bool__ = None
show('bool None', lambda: bool(BoolNone()))
class LenNone:
    __len__ = None
show('len None', lambda: len(LenNone()))
class IntSubLen:
    def __len__(self):
        class I(int): pass
        return I(4)
show('len int sub', lambda: (len(IntSubLen()), type(len(IntSubLen())).__name__))
class IndexLen:
    def __len__(self):
        class X:
            def __index__(self): return 3
        return X()
show('len index obj', lambda: len(IndexLen()))

# __index__
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
for v in [2, True, -1, 2**65, 'a', 1.0]:
    show('idx ' + repr(v), lambda: [10, 20, 30][Idx(v)])
show('idx slice', lambda: [0, 1, 2, 3, 4][Idx(1):Idx(3)])
show('idx range', lambda: list(range(Idx(3))))
show('idx hex', lambda: (hex(Idx(255)), bin(Idx(2)), oct(Idx(8))))
show('idx mul', lambda: 'ab' * Idx(2))
show('idx int()', lambda: int(Idx(4)))
show('idx operator', lambda: __import__('operator').index(Idx(4)))
show('idx bytes', lambda: bytes(Idx(2)))
show('idx round', lambda: round(1.2345, Idx(2)))
show('idx chr', lambda: chr(Idx(65)))
show('idx complex', lambda: complex(Idx(3)))
show('idx float', lambda: float(Idx(3)))
show('idx %d', lambda: '%d %x' % (Idx(5), Idx(255)))
show('idx format', lambda: format(Idx(5), 'd'))
show('idx math', lambda: __import__('math').factorial(Idx(4)))
show('idx pow', lambda: pow(2, Idx(3)))
show('idx int + ', lambda: 1 + Idx(3))
show('idx list.pop', lambda: [1, 2, 3].pop(Idx(0)))
show('idx tuple index', lambda: (1, 2, 3)[Idx(-1)])
show('idx str index', lambda: 'abc'[Idx(1)])
show('idx insert', lambda: (lambda l: (l.insert(Idx(0), 9), l)[1])([1]))
show('idx isinstance int', lambda: isinstance(Idx(1), int))
class IdxSub:
    def __index__(self):
        class I(int): pass
        return I(1)
show('idx int sub', lambda: [5, 6][IdxSub()])
# __int__ / __float__ / __complex__ / __trunc__
class IntOnly:
    def __int__(self): return 42
show('int()', lambda: int(IntOnly()))
show('int index', lambda: [1][IntOnly()])
show('float(IntOnly)', lambda: float(IntOnly()))
show('%d IntOnly', lambda: '%d' % IntOnly())
class IntBad:
    def __int__(self): return 'x'
show('int bad', lambda: int(IntBad()))
class IntFloat:
    def __int__(self): return 1.5
show('int float', lambda: int(IntFloat()))
class FloatOnly:
    def __float__(self): return 2.5
show('float()', lambda: float(FloatOnly()))
show('int(FloatOnly)', lambda: int(FloatOnly()))
show('math.floor', lambda: __import__('math').floor(FloatOnly()))
show('math.sqrt', lambda: __import__('math').sqrt(FloatOnly()))
class FloatBad:
    def __float__(self): return 1
show('float bad', lambda: float(FloatBad()))
class FloatSub:
    def __float__(self):
        class F(float): pass
        return F(1.5)
show('float sub', lambda: float(FloatSub()))
class Trunc:
    def __trunc__(self): return 7
show('int trunc', lambda: int(Trunc()))
class Cx:
    def __complex__(self): return 1j
show('complex()', lambda: complex(Cx()))
class CxBad:
    def __complex__(self): return 1
show('complex bad', lambda: complex(CxBad()))
# __repr__/__str__ bad results
class ReprBad:
    def __repr__(self): return 5
show('repr bad', lambda: repr(ReprBad()))
show('str falls to repr bad', lambda: str(ReprBad()))
class StrBad:
    def __str__(self): return None
show('str bad', lambda: str(StrBad()))
show('print bad', lambda: print(StrBad()))
show('fstring bad', lambda: f'{StrBad()}')
class StrSubRet:
    def __str__(self):
        class S(str): pass
        return S('sub')
show('str sub ret', lambda: (str(StrSubRet()), type(str(StrSubRet())).__name__))
class ReprOnly:
    def __repr__(self): return 'R!'
show('str from repr', lambda: (str(ReprOnly()), f'{ReprOnly()}', '%s' % ReprOnly(), format(ReprOnly())))
# __format__
class Fmt:
    def __format__(self, spec): return 'F<' + spec + '>'
show('format', lambda: (format(Fmt(), 'abc'), f'{Fmt():{"x"}>3}', '{0:q}'.format(Fmt())))
class FmtBad:
    def __format__(self, spec): return 5
show('format bad', lambda: format(FmtBad()))
show('object format spec', lambda: format(object(), 'x'))
show('object format empty', lambda: format(ReprOnly(), ''))
show('object format >', lambda: f'{ReprOnly():>5}')
class IntFmt(int): pass
show('int sub format', lambda: (format(IntFmt(5), '03d'), f'{IntFmt(5)!r}'))
class IntRepr(int):
    def __repr__(self): return 'IntRepr!'
show('int sub repr format', lambda: (format(IntRepr(5)), f'{IntRepr(5)}', str(IntRepr(5)), '%s' % IntRepr(5), '%d' % IntRepr(5)))
class FloatRepr(float):
    def __repr__(self): return 'FR!'
show('float sub', lambda: (format(FloatRepr(1.5)), f'{FloatRepr(1.5)}', str(FloatRepr(1.5)), '%s' % FloatRepr(1.5), '%r' % FloatRepr(1.5), [FloatRepr(1.5)]))
class BoolLike(int):
    def __str__(self): return 'BL!'
show('int sub str', lambda: (format(BoolLike(1)), f'{BoolLike(1)}', str(BoolLike(1)), '%s' % BoolLike(1), repr(BoolLike(1)), format(BoolLike(1), 'd')))
show('bool format', lambda: (format(True), format(True, 'd'), f'{True:>5}', format(False, '')))
class EnumLike(int):
    def __format__(self, spec): return 'EL' + spec
show('int sub __format__', lambda: (f'{EnumLike(3)}', '%d' % EnumLike(3), '{:x}'.format(EnumLike(3))))
