# operator dispatch: reflected ops, subclass priority, NotImplemented, in-place fallbacks, rich comparisons
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

log = []
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'{type(self).__name__}({self.n})'
    def __add__(self, o): log.append('A.add'); return NotImplemented
    def __radd__(self, o): log.append('A.radd'); return 'A.radd'
    def __sub__(self, o): log.append('A.sub'); return 'A.sub'
    def __rsub__(self, o): log.append('A.rsub'); return 'A.rsub'
    def __lt__(self, o): log.append('A.lt'); return NotImplemented
    def __gt__(self, o): log.append('A.gt'); return NotImplemented
    def __eq__(self, o): log.append('A.eq'); return NotImplemented
class B(A):
    def __radd__(self, o): log.append('B.radd'); return 'B.radd'
    def __rsub__(self, o): log.append('B.rsub'); return 'B.rsub'
    def __gt__(self, o): log.append('B.gt'); return 'B.gt'
class C(A): pass  # inherits rsub without overriding
def L(label, fn):
    log.clear()
    try:
        r = fn()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(label, r, log)
L('A+A', lambda: A(1) + A(2))
L('A+B', lambda: A(1) + B(2))
L('A-B', lambda: A(1) - B(2))
L('A-C', lambda: A(1) - C(2))
L('1+A', lambda: 1 + A(1))
L('A+1', lambda: A(1) + 1)
L('A<A', lambda: A(1) < A(2))
L('A<B', lambda: A(1) < B(2))
L('B<A', lambda: B(1) < A(2))
L('A==A', lambda: A(1) == A(1))
L('A!=A', lambda: A(1) != A(1))
L('a==a', lambda: (lambda a: a == a)(A(1)))
L('A==1', lambda: A(1) == 1)
L('1==A', lambda: 1 == A(1))
L('A>=A', lambda: A(1) >= A(1))
L('A*A', lambda: A(1) * A(2))
L('A**A', lambda: A(1) ** A(2))
L('pow3', lambda: pow(A(1), 2, 3))
L('-A', lambda: -A(1))
L('~A', lambda: ~A(1))
L('abs', lambda: abs(A(1)))
L('A@A', lambda: A(1) @ A(2))
L('A in', lambda: 1 in A(1))
L('iter A', lambda: iter(A(1)))
L('A()', lambda: A(1)())
L('A[0]', lambda: A(1)[0])
L('len A', lambda: len(A(1)))
L('A<1', lambda: A(1) < 1)
L('sorted', lambda: sorted([A(1), A(2)]))

# in-place fallback
class I:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
    def __add__(self, o): return 'I.add'
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return 'I.sub'
    def __imul__(self, o): return NotImplemented
def ip(op):
    x = I()
    if op == '+': x += 1
    if op == '-': x -= 1
    if op == '*': x *= 1
    if op == '|': x |= 1
    return x if isinstance(x, str) else ('I', x.v)
for op in '+-*|':
    show('inplace ' + op, lambda: ip(op))
# list += tuple vs list + tuple
def li():
    x = [1]; x += (2,); return x
show('list+=tuple', li)
show('list+tuple', lambda: [1] + (2,))
show('tuple+list', lambda: (1,) + [2])
show('str+int', lambda: 'a' + 1)
show('int+str', lambda: 1 + 'a')
show('str*float', lambda: 'a' * 2.0)
show('list*list', lambda: [] * [])
show('None+None', lambda: None + None)
show('None<None', lambda: None < None)
show('1<\'a\'', lambda: 1 < 'a')
show('[]<()', lambda: [] < ())
show('unary', lambda: -'a')
show('invert float', lambda: ~1.5)
show('divmod', lambda: divmod('a', 1))
show('pow str', lambda: pow('a', 2))
show('pow 3 mixed', lambda: pow(2, 3, 1.5))
show('matmul', lambda: 1 @ 2)
show('lshift', lambda: 1 << 'a')
show('and', lambda: 1.0 & 1)
def ip2():
    x = 'a'; x -= 1
show('isub str', ip2)
def ip3():
    x = 1; x @= 2
show('imatmul', ip3)
def ip4():
    x = None; x **= 2
show('ipow', ip4)

# subclass of int overriding reflected
class MyInt(int):
    def __radd__(self, o): return 'MyInt.radd'
    def __rsub__(self, o): return 'MyInt.rsub'
    def __eq__(self, o): return 'MyInt.eq'
    def __hash__(self): return 1
    def __lt__(self, o): return 'MyInt.lt'
    def __gt__(self, o): return 'MyInt.gt'
show('1+MyInt', lambda: 1 + MyInt(2))
show('MyInt+1', lambda: MyInt(2) + 1)
show('1-MyInt', lambda: 1 - MyInt(2))
show('1.5+MyInt', lambda: 1.5 + MyInt(2))
show('1==MyInt', lambda: 1 == MyInt(2))
show('1<MyInt', lambda: 1 < MyInt(2))
show('1>MyInt', lambda: 1 > MyInt(2))
show('list index', lambda: [1, 2, 3][MyInt(1)])
show('sum', lambda: sum([MyInt(1), MyInt(2)]))
show('type(MyInt+MyInt)', lambda: type(MyInt(1) + MyInt(2)).__name__)
class MyFloat(float):
    def __rmul__(self, o): return 'MyFloat.rmul'
show('2*MyFloat', lambda: 2 * MyFloat(1))
show('2.0*MyFloat', lambda: 2.0 * MyFloat(1))
class MyStr(str):
    def __radd__(self, o): return 'MyStr.radd'
    def __rmod__(self, o): return 'MyStr.rmod'
show("'a'+MyStr", lambda: 'a' + MyStr('b'))
show("'%s'%MyStr", lambda: '%s' % MyStr('b'))
class MyList(list):
    def __radd__(self, o): return 'MyList.radd'
    def __rmul__(self, o): return 'MyList.rmul'
show('[]+MyList', lambda: [] + MyList())
show('2*MyList', lambda: 2 * MyList())
class MyTuple(tuple):
    def __radd__(self, o): return 'MyTuple.radd'
show('()+MyTuple', lambda: () + MyTuple())
class MySet(set):
    def __ror__(self, o): return 'MySet.ror'
    def __rsub__(self, o): return 'MySet.rsub'
show('set|MySet', lambda: set() | MySet())
show('set-MySet', lambda: set() - MySet())
show('frozenset|MySet', lambda: frozenset() | MySet())
class MyDict(dict):
    def __ror__(self, o): return 'MyDict.ror'
show('dict|MyDict', lambda: {} | MyDict())
# reflected comparisons of subclass
class RC(int):
    def __le__(self, o): return 'RC.le'
    def __ge__(self, o): return 'RC.ge'
show('1<=RC', lambda: 1 <= RC(0))
show('1>=RC', lambda: 1 >= RC(0))
show('RC<=1', lambda: RC(0) <= 1)
# __eq__ default identity & __ne__ derived
class E:
    def __eq__(self, o): return 'E.eq'
show('E!=E', lambda: E() != E())
class E2:
    def __eq__(self, o): return []
show('E2!=E2', lambda: E2() != E2())
class E3:
    def __ne__(self, o): return 'E3.ne'
show('E3==E3', lambda: (lambda e: e == e)(E3()))
show('E3!=E3', lambda: E3() != E3())
class BadBool:
    def __bool__(self): raise ValueError('badbool')
class E4:
    def __eq__(self, o): return BadBool()
show('E4!=', lambda: E4() != E4())
show('E4 in list', lambda: E4() in [1])
show('list eq E4', lambda: [E4()] == [E4()])
show('list eq same E4', lambda: (lambda e: [e] == [e])(E4()))
