# unparse() of f-strings, docstrings and string constants.
import ast

FSTRINGS = [
    'f"a{b!r:>{c}}d"', "f'{x}'", 'f"{x!s}"', 'f"{x=}"', 'f"{{}}"', 'f"\'"', 'f"{\'a\'}"', 'f"{x:{y}.{z}}"',
    'f"{a}" "b"', 'f"""{x}\n"""', 'f"{(lambda: 1)()}"', 'f"{x,y}"', 'f"{ {1:2} }"', 'f"{3.14:.2f}"',
    "f'''{\"'\"}'''", 'f"\\n{x}"', r'''f"'{x}"''', r'''f"'\"{x}"''', r'''f"{x}'"''', r'''f"a\\b{x}"''',
    r'''f"{x!r:>{c!s:{d}}}"''', r'''f"{f'{x}'}"''', r'''f"{x:'}"''', r'''f"{x:\"}"''', r'''f"\x00{x}"''',
    r'''f"é{x}"''', r'''f"\u1234{x}\t"''', r'''f"{x}\r\n"''', r'''f"{x:\n}"''', r'''f"{x:a{{b}}c}"''',
    r'''f"{ x = }"''', r'''f"{x = !s:>4}"''', r'''f"{yield}"''', r'''f"{*a,}"''', r'''f"{a if b else c}"''',
    r'''f"{x:=1}"''', r'''f"{(x:=1)}"''', r'''f"{{{x}}}"''', r'''f"{x!a}"''', r'''f"{x}" f"{y}" "z"''',
    r'''f"{ {x} }"''', r'''f"{[x]}"''', r'''f"{x['a']}"''', r'''f"{'\''}"''', r'''f"{x}" 'it\'s' ''',
    "f'''a'b\"c{x}'''", r'''f"{x!r:{'\"'}}"''', 'f"{x:{{}}}"', 'f"{x:}}}"',
]
DOCS = [
    r'"a\\b"', r'"\\"', r'"a\""', r"'a\''", r'''"""a'''+"'''"+r'''b\"\"\""""''', r'"\r"', r'"\x7f"',
    r'"\u200b"', r'"\U0001F600"', r'"  leading"', r'"trail  "', r'"\n\nx\n"', '"a\\\\n"', r'"end\\"',
    r'"\"start"', r'"x\ty"', r'"\f"', r'"\v"', r'"\0"', r'""', r'b"x"', r'"\ud800"', r'"a\"\"\"b" ',
    '"""a\'\'\'b\n\\"\\"\\"c\\t"""', 'u"x"',
]

for src in FSTRINGS:
    try:
        text = ast.unparse(ast.parse(src))
    except Exception as exc:
        text = '!! %s %s' % (type(exc).__name__, exc)
    print('F', src)
    print(' ', text)
for src in DOCS:
    print('D', src)
    for wrap in ('{}', 'x = {}', 'def f():\n    {}\n    return 1', 'class C:\n    {}', 'pass\n{}'):
        code = wrap.format(src)
        try:
            print(' ', repr(ast.unparse(ast.parse(code))))
        except Exception as exc:
            print('  !!', type(exc).__name__, exc)
