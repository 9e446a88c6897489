# Node classes: fields, attributes, hierarchy, constructors, copying.
import ast
import copy
import warnings


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '!!', type(exc).__name__, str(exc).split(' at 0x')[0])
    else:
        if isinstance(result, ast.AST):
            result = ast.dump(result, include_attributes=True)
        print(label, '->', result)


names = sorted(n for n in dir(ast)
               if not n.startswith('_') and isinstance(getattr(ast, n), type)
               and issubclass(getattr(ast, n), ast.AST))
print(len(names))
for n in names:
    cls = getattr(ast, n)
    own = {k: v for k, v in vars(cls).items()
           if v is None and not k.startswith('__')}
    print(n, cls.__mro__[1].__name__, cls._fields, cls._attributes,
          cls.__match_args__, sorted(own), cls.__module__)
    if n not in ('slice', 'Index', 'ExtSlice', 'Suite', 'Param', 'AugLoad', 'AugStore'):
        print('   ', repr(cls.__doc__))

print(ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

attempt('pos', lambda: ast.Name('x', ast.Load(), 3))
attempt('pos1', lambda: ast.Await(1, 2))
attempt('pos0', lambda: ast.Add(1))
attempt('posAST', lambda: ast.AST(1))
attempt('dup', lambda: ast.Name('x', id='y'))
attempt('extra', lambda: ast.Name(foo=1).foo)
attempt('missing', lambda: ast.Name('x').ctx)
attempt('default', lambda: ast.Name().end_lineno)
attempt('nolineno', lambda: ast.Name().lineno)
attempt('pattern-end', lambda: ast.MatchAs().end_lineno)
attempt('opt', lambda: (ast.FunctionDef().returns, ast.arg().annotation,
                        ast.ImportFrom().level, ast.keyword().arg))
attempt('full', lambda: ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []),
                                        [ast.Pass()], [], None, None, []))
attempt('kw', lambda: ast.alias(name='a', asname='b', lineno=1, col_offset=2))


class MyName(ast.Name):
    pass


class Custom(ast.AST):
    _fields = ('p', 'q')


attempt('sub', lambda: MyName('a').id)
attempt('subpos', lambda: MyName(1, 2, 3))
attempt('custom', lambda: (Custom(1).p, Custom(1, 2).q))
attempt('custompos', lambda: Custom(1, 2, 3))
print(isinstance(MyName(), ast.expr), issubclass(ast.Name, ast.AST))
print(isinstance(ast.Name(), ast.stmt))

node = ast.BinOp(ast.Name('a', ast.Load()), ast.Add(), ast.Constant(1), lineno=4)
red = node.__reduce__()
print(red[0].__name__, red[1], sorted(red[2]))
dup = copy.copy(node)
print(dup is node, dup.left is node.left, ast.dump(dup, include_attributes=True))
deep = copy.deepcopy(node)
print(deep.left is node.left, ast.dump(deep, include_attributes=True))
print(node == dup, node == node, ast.Load() == ast.Load())
print(type(ast.Load().__dict__), ast.Load().__dict__)

# Deprecated Constant aliases and classes.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    c = ast.Constant(5)
    print(c.n, c.s)
    c.n = 7
    print(c.value)
    num = ast.Num(3)
    print(type(num).__name__, num.value)
    print(ast.dump(ast.Str('a')), ast.dump(ast.Bytes(b'x')))
    print(ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
    print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num))
    print(isinstance(ast.Constant(True), ast.NameConstant), isinstance(ast.Constant('s'), ast.Str))
    print(isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Constant(b''), ast.Bytes))
    print(isinstance(1, ast.Num), isinstance(ast.Constant(1.5), ast.Str))
    print(ast.Num._fields, ast.Str._fields, ast.Bytes._fields, ast.Ellipsis._fields)
    print([k.__name__ for k in ast.Num.__mro__])
    print(ast.Num.__name__, ast.Ellipsis.__name__, ast.Num.__module__)
    kinds = sorted({str(w.message) for w in caught})
for k in kinds:
    print('warned:', k)
print(all(w.category is DeprecationWarning for w in caught))

print(ast.Tuple([1]).dims)
t = ast.Tuple([1])
t.dims = [2]
print(t.elts)
attempt('index', lambda: ast.Index(ast.Name('x')))
attempt('index0', lambda: ast.Index())
attempt('extslice', lambda: ast.ExtSlice([ast.Name('a')]))
attempt('extslice0', lambda: ast.ExtSlice())
for old in ('slice', 'Index', 'ExtSlice', 'Suite', 'Param', 'AugLoad', 'AugStore'):
    print(old, [k.__name__ for k in getattr(ast, old).__mro__])
attempt('param', lambda: ast.Param())
attempt('nosuch', lambda: ast.Foo)
