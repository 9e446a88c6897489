import io
import tokenize

SOURCES = [
    'f"a{{b}}c{x!r:>{w}} {y=}"\n',
    'f"{x}" f\'{y}\' rf"{z}\\n" fR"a" Rf"b"\n',
    'f"{a:{b}{c}}" f"{x:}" f"{x!r}" f"{ {1:2}[1] }"\n',
    'f"{f"{1}"}" f"{\'a\'}"\n',
    'f"""\nabc {x\n} def\n"""\n',
    'f"\\N{DASH} {y}"\n',
    'f"{x:%H:%M}" f"{x=!r:10}"\n',
    'f"{{}}" f"{{" f"}}"\n', 'f""\nf"" ""\n',
    "f'{x:{y:{z}}}'\n", 'f"{x!}"\n', 'print(f"{x:=10}")\n', 'f"{(x:=10)}"\n',
    'f"{x # c\n}"\n', 'f"""{\nx\n:abc}"""\n', "f'{x}' 'y'\n",
    'x = f"{a\n', 'x = f"abc\n', 'f"{"\n', 'f"}"\n',
]

for src in SOURCES:
    print('=====', repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tokenize.tok_name[t.exact_type], repr(t.string), t.start, t.end, repr(t.line))
    except (tokenize.TokenError, SyntaxError) as e:
        print('error', type(e).__name__, e.args)

# untokenize round trips, full and compat modes
for src in ['x = 1\nif x:\n    y = f"{x!r:>{w}} {{b}}"\n', 'def f(a,\n      b):\n    return a  # c\n']:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    print(repr(tokenize.untokenize(toks)))
    print(repr(tokenize.untokenize((t.type, t.string) for t in toks)))
    b = list(tokenize.tokenize(io.BytesIO(src.encode()).readline))
    print(b[0], repr(tokenize.untokenize(b)))
