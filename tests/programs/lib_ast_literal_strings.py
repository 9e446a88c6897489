# literal_eval() on source strings.
import ast

CASES = [
    '1', ' \t1', '\n1', '1 ', '-1', '+1', '--1', '-+1', '-True', '+1.5', '-1j', '1+2j', '1-2j', '-1+2j',
    '1+2', '1j+1', '(1+2j)+3j', '1+-2j', '1+(-2j)', "'a'", "b'x'", "'a' 'b'", "f'a'", '...', 'None',
    'True', 'False', '(1,)', '()', '[1,[2]]', '{1,2}', 'set()', 'set([])', 'frozenset()', '{}', '{1:2, **x}',
    '{"a":[1]}', 'x', '[x]', 'a.b', '1;2', 'x=1', '', '1 if 2 else 3', '-x', '-"a"', '~1', 'not 1',
    '(-1)+2j', '1e3+1j', '+1+1j', '[1,\n x]', '2**3', 'set(a=1)', '[*a]', '(1,)*2', '1 +\t2j', '2**x',
    'x*2', 'x+1j', '1+x', '1j+1j', '1+(2,)', '0x10', '1_0', '1e309', '-1e309', '(1, [2, {3: (4,)}], {5})',
    '{1: 2, 1: 3}', "'\\u00e9\\n'", 'b"\\x00"', '\t[1, 2]', '  [1]', ' (\n1)', 'print(1)', 'lambda: 1',
    '[1, 2', '{"a": 1, "b": -2.5}', '(yield)', '1 < 2', 'a[0]', '"abc"[0]', '0.1 + 0.2j', '-0.0',
]

for src in CASES:
    try:
        value = ast.literal_eval(src)
    except Exception as exc:
        print(repr(src), '!!', type(exc).__name__, str(exc).split(' at 0x')[0])
    else:
        print(repr(src), '->', repr(value), type(value).__name__)
