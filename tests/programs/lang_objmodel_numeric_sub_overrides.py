# numeric subclasses overriding conversion dunders: which ones built-ins honour
def show(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)
class I(int):
    def __index__(self): return 1
    def __int__(self): return 2
    def __float__(self): return 3.0
    def __bool__(self): return False
    def __str__(self): return 'I-str'
    def __repr__(self): return 'I-repr'
    def __hash__(self): return 12345
    def __len__(self): return 7
    def __complex__(self): return 4j
    def __abs__(self): return 'I-abs'
    def __neg__(self): return 'I-neg'
x = I(10)
show('list index', lambda: list(range(20))[x])
show('range', lambda: len(range(x)))
show('int()', lambda: int(x))
show('float()', lambda: float(x))
show('complex()', lambda: complex(x))
show('bool', lambda: (bool(x), 'T' if x else 'F', not x))
show('str repr', lambda: (str(x), repr(x), f'{x}', '%s' % x, '%d' % x, '%r' % x, format(x, 'd'), '{}'.format(x)))
show('hash', lambda: (hash(x), {x: 1}.get(10)))
show('abs neg', lambda: (abs(x), -x))
show('operator.index', lambda: __import__('operator').index(x))
show('hex', lambda: (hex(x), bin(x), oct(x)))
show('chr', lambda: chr(I(65)))
show('math', lambda: (__import__('math').sqrt(x), __import__('math').factorial(I(3))))
show('arith', lambda: (x + 1, x * 2, x // 3, x ** 2, x % 3, x / 4))
show('float arith', lambda: (1.0 + x, x + 0.5))
show('round', lambda: round(x))
show('divmod', lambda: divmod(x, 3))
show('slice', lambda: 'abcdefghijklmnop'[x:])
show('str mul', lambda: 'a' * I(3))
show('bytes(I)', lambda: bytes(I(2)))
show('to_bytes', lambda: x.to_bytes(2, 'big'))
show('int.__str__', lambda: int.__repr__(x))
show('json', lambda: __import__('json').dumps([x]))
show('sorted', lambda: sorted([I(3), I(1), 2]))
show('max', lambda: max(I(3), 5))
show('sum', lambda: sum([I(3), I(4)]))
show('isinstance', lambda: isinstance(x, int))
show('struct', lambda: __import__('struct').pack('i', x))
show('enumerate start', lambda: list(enumerate('ab', I(5))))
show('pow 3', lambda: pow(I(2), I(3), I(5)))
show('int to float compare', lambda: (x == 10, x == 10.0, x < 11))
class F(float):
    def __float__(self): return 99.0
    def __repr__(self): return 'F-repr'
    def __bool__(self): return True
    def __int__(self): return 7
    def __trunc__(self): return 8
    def __round__(self, n=None): return 'F-round'
y = F(1.5)
show('float()', lambda: float(y))
show('int()', lambda: int(y))
show('math.floor', lambda: __import__('math').floor(y))
show('round', lambda: round(y))
show('str', lambda: (str(y), f'{y}', format(y, '.1f'), '%s' % y, '%f' % y, '%.1f' % y))
show('arith', lambda: (y + 1, y * 2))
show('bool', lambda: bool(F(0.0)))
show('json', lambda: __import__('json').dumps(y))
show('math.isnan', lambda: __import__('math').isnan(y))
show('float.__repr__', lambda: float.__repr__(y))
class B(float):
    pass
show('float sub fromhex hex', lambda: (B(2.5).hex(), B(2.5).is_integer(), B(2.0).as_integer_ratio()))
class S(str):
    def __len__(self): return 0
    def __bool__(self): return True
    def __getitem__(self, i): return 'S!'
    def __contains__(self, x): return True
    def __hash__(self): return 1
    def __eq__(self, o): return str.__eq__(self, o)
z = S('abc')
show('len', lambda: len(z))
show('bool', lambda: bool(z))
show('index', lambda: z[0])
show('in', lambda: 'q' in z)
show('str.__contains__', lambda: str.__contains__(z, 'q'))
show('find', lambda: z.find('b'))
show('iter', lambda: list(z))
show('split', lambda: z.split('b'))
show('startswith', lambda: z.startswith('a'))
show('dict key', lambda: {z: 1}['abc'])
show('str key in dict', lambda: {'abc': 1}[z])
show('int(S)', lambda: int(S('5')))
show('% with S fmt', lambda: S('%s!') % 1)
