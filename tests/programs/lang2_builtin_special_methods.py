# Built-in functions stored as special methods do not bind; deep tuples in isinstance end in
# RecursionError; except clauses refuse nested tuples; bytes % bytes; "{!}"; dict.fromkeys keywords
for body in ['__len__ = len', '__repr__ = repr', '__hash__ = hash', '__iter__ = iter', '__abs__ = abs', '__bool__ = callable', '__neg__ = id', '__len__ = print', '__str__ = str', '__eq__ = isinstance', '__contains__ = hasattr', '__getitem__ = getattr', '__call__ = print', '__format__ = format', '__index__ = ord', '__lt__ = max']:
    ns = {}
    exec('class B:\n    ' + body, ns)
    B = ns['B']
    op = body.split()[0]
    try:
        b = B()
        r = {'__len__': lambda: len(b), '__repr__': lambda: repr(b), '__hash__': lambda: hash(b), '__iter__': lambda: iter(b),
             '__abs__': lambda: abs(b), '__bool__': lambda: bool(b), '__neg__': lambda: -b, '__str__': lambda: str(b),
             '__eq__': lambda: b == 1, '__contains__': lambda: 1 in b, '__getitem__': lambda: b[1], '__call__': lambda: b(5),
             '__format__': lambda: format(b, 'x'), '__index__': lambda: [1,2][b], '__lt__': lambda: b < 3}[op]()
        print(body, 'ok', type(r).__name__)
    except Exception as e:
        print(body, type(e).__name__, e)
t = int
for i in range(100000): t = (t,)
try: print(isinstance(1, t))
except RecursionError as e: print("RE", e)
try: print(issubclass(int, t))
except RecursionError as e: print("RE", e)
print(isinstance(1, (str, (float, (int,)))), issubclass(bool, ((int,),)))
try:
    try: 1/0
    except (ValueError, (ZeroDivisionError,)): print("caught")
except TypeError as e: print(e)
try:
    try: 1/0
    except (ZeroDivisionError, 1): print("caught")
except TypeError as e: print(e)
for a, b in [(b"a b", b"x"), (b"a", bytearray(b"x")), (bytearray(b"a"), b"x"), (b"%s", b"x"), ("a", b"x"), (b"%(k)s", {b"k": 1})]:
    try: print(a % b)
    except TypeError as e: print(e)
for src in ['"{!}".format(1)', '"{0!}".format(1)', '"{!:}".format(1)', '"{!r}".format(1)',
            'dict.fromkeys([1], value=2)', 'dict.fromkeys([1], 2)']:
    try:
        print(src, eval(src))
    except (ValueError, TypeError) as e:
        print(src, type(e).__name__, e)
