import io
import tokenize

SOURCES = [
    'x = 1',
    'if a:\n  b\n\n# c\n  c\n',
    'def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n',
    'class A:\n    def f(self):\n        pass\n\n\nx = 1\n',
    'async def f():\n    await x\n    async with a as b:\n        pass\n    async for i in y: pass\n',
    '@dec\n@dec.attr(1, k=2)\ndef f(*a, **k) -> int: ...\n',
    'x = (1,\n  2)\n',
    'a \\\n + b\n',
    '', '\n', '# only comment', '   \n\t\n',
    'if x:\n    y = 1\n# dedent comment\nz = 2\n',
    'print(1)\r\nprint(2)\r\n',
    'if a:\n    b', 'if a:\n    b\n    ',
    '(\n# c\n1\n)\n',
    'x = [\n    1,\n    2,\n]\n',
    'if x:\n\x0c    y\n', 'if 1:\n \tx\n',
    'match x:\n    case [1, *r] if r: pass\n    case _: pass\n',
    'type X = int\nx = 1 \\\n    + 2\n',
    'héllo = ñ + 名前 + _x1; € = 1\n',
    'x = $ ?\n',
]


def show(src):
    print('=====', repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tokenize.tok_name[t.type], tokenize.tok_name[t.exact_type],
                  repr(t.string), t.start, t.end, repr(t.line))
    except (tokenize.TokenError, SyntaxError) as e:
        print('error', type(e).__name__, e.args)


for s in SOURCES:
    show(s)
