# parse(): modes, positions, errors, feature_version, type comments.
import ast


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)
    else:
        print(label, '->', ast.dump(result, include_attributes=True) if isinstance(result, ast.AST) else result)


attempt('exec', lambda: ast.parse('x = 1\nprint(x)\n'))
attempt('eval', lambda: ast.parse('a + b * 2', mode='eval'))
attempt('single', lambda: ast.parse('x = 1\n', mode='single'))
attempt('single2', lambda: ast.parse('if x:\n    pass\n', mode='single'))
attempt('func_type', lambda: ast.parse('(int, *str) -> None', mode='func_type'))
attempt('bytes', lambda: ast.parse(b'y = "\xc3\xa9"'))
attempt('utf8 cols', lambda: ast.parse('\u00e9\u00e9 = "\u20ac" + z'))
attempt('empty', lambda: ast.parse(''))
attempt('comment', lambda: ast.parse('# only a comment\n'))
attempt('multiline', lambda: ast.parse('x = (1 +\n     2)\ndef f(a,\n      b):\n    return a\n'))
attempt('syntax', lambda: ast.parse('x = = 1'))
attempt('syntax2', lambda: ast.parse('def f(:\n', filename='prog.py'))
attempt('indent', lambda: ast.parse('if x:\npass'))
attempt('eval stmt', lambda: ast.parse('x = 1', mode='eval'))
attempt('bad mode', lambda: ast.parse('x', mode='nope'))
attempt('bad type', lambda: ast.parse(5))
attempt('fv 2.7', lambda: ast.parse('x', feature_version=(2, 7)))
attempt('fv short', lambda: ast.parse('x', feature_version=(3,)))
attempt('fv ok', lambda: ast.parse('x', feature_version=(3, 10)))
attempt('fv int', lambda: ast.parse('x', feature_version=9))
attempt('tc', lambda: ast.parse('x = 1  # type: int\n', type_comments=True))
attempt('tc off', lambda: ast.parse('x = 1  # type: int\n'))
attempt('tc def', lambda: ast.parse('def f(a):  # type: (int) -> str\n    pass\n', type_comments=True))
attempt('tc ignore', lambda: ast.parse('import x  # type: ignore[abc]\n', type_comments=True))
attempt('await top', lambda: ast.parse('await x'))
attempt('match', lambda: ast.parse('match p:\n    case [1, *r] if r: pass\n    case {"k": v, **kw}: pass\n    case C(1, a=b) | None: pass\n'))
attempt('typeparams', lambda: ast.parse('type A[T: int, *Ts, **P] = list[T]\nclass B[T]: pass\ndef g[U](x: U) -> U: ...\n'))
attempt('fstring', lambda: ast.parse('f"a{b!r:>{w}}c{d=}"'))
attempt('numbers', lambda: ast.parse('[0x1f, 1_000, 1.5e3, 2j, 0o7, 0b1, 1e309]'))
attempt('strings', lambda: ast.parse('"a" "b"; b"x" b"y"; u"z"; r"\\d"'))
attempt('decorated', lambda: ast.parse('@dec(1)\n@other\nclass K(Base, metaclass=M):\n    x: int = 0\n'))
attempt('async', lambda: ast.parse('async def f():\n    async with a as b:\n        await c\n    async for i in j:\n        yield i\n'))
attempt('try', lambda: ast.parse('try:\n    pass\nexcept* ValueError as e:\n    raise X from e\nfinally:\n    del a[0], b.c\n'))
attempt('walrus', lambda: ast.parse('if (n := len(a)) > 10: print(n)'))
attempt('slices', lambda: ast.parse('a[1:2, ::3, ...]; a[:, None]'))
attempt('lambda', lambda: ast.parse('lambda a, /, b=1, *c, d, e=2, **f: 0'))
attempt('global', lambda: ast.parse('def f():\n    global g\n    nonlocal h\n'))
attempt('tab', lambda: ast.parse('if 1:\n\tx = 1\n'))
attempt('crlf', lambda: ast.parse('x = 1\r\ny = 2\r\n'))
attempt('nulls', lambda: ast.parse('x = 1\0'))
attempt('parse ast', lambda: ast.parse(ast.Module([], [])).body)
