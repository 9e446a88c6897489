# Deprecated constant classes (Num, Str, Bytes, NameConstant, Ellipsis).
import ast
import warnings


def run(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            result = fn()
            if isinstance(result, ast.AST):
                result = type(result).__name__ + ' ' + ast.dump(result, include_attributes=True)
        except Exception as exc:
            result = '!! %s: %s' % (type(exc).__name__, exc)
    notes = [(w.category.__name__, str(w.message)) for w in caught]
    print(label, '->', result, notes)


NAMES = ['Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis']
print([n in vars(ast) for n in NAMES])
for n in NAMES:
    run('getattr ' + n, lambda: getattr(ast, n).__name__)
run('again', lambda: ast.Num.__name__)
print([n in vars(ast) for n in NAMES])
run('missing', lambda: ast.NoSuchThing)
run('from-import', lambda: __import__('ast').Str.__name__)

classes = {}
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    for n in NAMES:
        classes[n] = getattr(ast, n)

for n, cls in classes.items():
    print(n, type(cls).__name__, cls.__module__, cls.__qualname__, [k.__name__ for k in cls.__mro__])
    print('  ', cls._fields, cls.__doc__, cls._attributes, cls.__match_args__)
    print('  ', issubclass(cls, ast.Constant), issubclass(ast.Constant, cls), issubclass(cls, ast.expr))

C = ast.Constant
for n, cls in classes.items():
    for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1,), {'kind': 'k'}),
                     ((1,), {'n': 2}), ((1,), {'s': 2}), ((1,), {'value': 2}), ((), {'n': 2}),
                     ((), {'s': 2}), ((), {'value': 2}), ((1, 2), {'kind': 3}), ((1, 2), {'value': 3}),
                     ((), {'kind': 3}), ((5,), {'lineno': 3, 'col_offset': 1}), ((), {'n': 1, 's': 2})]:
        run('%s%r%r' % (n, args, kw), lambda: cls(*args, **kw))


class I(int):
    pass


class S(str):
    pass


class B(bytes):
    pass


values = [5, 5.0, 5j, True, False, None, 'a', b'a', ..., (1,), [1], bytearray(b''), I(1), S('x'), B(b'')]
for n, cls in classes.items():
    run('isinstance ' + n, lambda: [isinstance(C(v), cls) for v in values])
    run('  no value', lambda: isinstance(C(), cls))
    run('  int', lambda: isinstance(5, cls))
    run('  Name', lambda: isinstance(ast.Name('x'), cls))
    run('  issubclass', lambda: (issubclass(C, cls), issubclass(cls, C)))
    run('  plain new', lambda: isinstance(cls.__new__(cls), cls))


class MyNum(classes['Num']):
    pass


class MyNC(classes['NameConstant']):
    """own doc"""


print(type(MyNum).__name__, MyNum.__doc__, MyNum._fields, MyNC.__doc__, MyNC._fields)
run('MyNum(3)', lambda: MyNum(3))
run('MyNum(n=3)', lambda: MyNum(n=3))
run('MyNum(1, n=2)', lambda: MyNum(1, n=2))
run('MyNum(1, 2)', lambda: MyNum(1, 2))
run('MyNC(None)', lambda: MyNC(None))
run('isinstance C MyNum', lambda: isinstance(C(3), MyNum))
run('isinstance MyNum MyNum', lambda: isinstance(MyNum.__new__(MyNum), MyNum))
m = MyNum.__new__(MyNum)
m.value = 4
run('isinstance MyNum Num', lambda: isinstance(m, classes['Num']))
run('isinstance MyNum Str', lambda: isinstance(m, classes['Str']))

c = C(7)
run('.n', lambda: c.n)
run('.s', lambda: c.s)
def setn():
    c.n = 8
    return c.value
run('set .n', setn)
def sets():
    c.s = 'q'
    return c.value
run('set .s', sets)
run('Constant no warn', lambda: isinstance(C(1), ast.Constant))
