# JSONDecodeError: CPython's messages, positions, lineno/colno; and the encoder's errors.
import json

docs = ['', ' ', '[', ']', '{', '}', '[1,', '[1,]', '[1 2]', '[1,,2]', '{"a":1,}', '{"a" 1}',
        '{"a":}', '{a:1}', "{'a':1}", '{"a":1 "b":2}', '{"a":1,"b"}', '[1]x', '1 2', 'nul',
        'tru', 'fals', 'NaNa', '-', '-x', '01', '1.', '.5', '1e', '1e+', '2.e3', '1.5.3', '"abc',
        '"a\x01b"', '"\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"\\u1234', '"\\ud800\\u12"',
        '"\\ud800\\uzzzz"', '"\\ud800\\u"', '["a", "b\n"]', '\n\n  [1,\n   2,\n   x]',
        '{\n  "key": [\n    1,\n    2\n  ]\n  "other": 3\n}', '[1, 2]\n\nextra', 'é', '"é" é',
        '["é", x]', '["😀😀", }', '{"é": 1, é}', '"\\ud83d\\ude00" 😀', '[-]', '[--1]', '[+1]',
        '[Infinity, -Infinity, NaN, -NaN]', '[1e999999999999]', '\ufeff1', '\x00', '[\x00]']
for doc in docs:
    try:
        print(ascii(doc), '->', ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(ascii(doc), '->', e)
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc, isinstance(e, ValueError))

e = json.JSONDecodeError('Boom', 'ab\ncd\nef', 7)
print(e, e.args, e.__reduce__()[1], type(e).__mro__[1].__name__)
print(json.JSONDecodeError.__module__, json.decoder.JSONDecodeError is json.JSONDecodeError)

# decoder entry points
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('xx"s"yy', 2), d.raw_decode('  1'[2:]))
for args in (('  1',), ('[1', 0), ('[1]', 3)):
    try:
        print(d.raw_decode(*args))
    except json.JSONDecodeError as err:
        print('raw_decode', err)
for bad in (1, b'[]', None):
    try:
        d.decode(bad)
    except TypeError as err:
        print('decode', type(err).__name__, err)

# encoder errors
class Thing:
    pass
tests = [lambda: json.dumps(Thing()), lambda: json.dumps({'a': [1, {2, 3}]}),
         lambda: json.dumps({1: 2, 'b': 3}, sort_keys=True),
         lambda: json.dumps({None: 1, 'a': 2}, sort_keys=True),
         lambda: json.dumps({(1,): 1}), lambda: json.dumps([1], separators=(1, 2)),
         lambda: json.dumps([1], separators=(',', ':', '!')),
         lambda: json.dumps(float('nan'), allow_nan=False),
         lambda: json.dumps([Thing()], default=lambda o: Thing()),
         lambda: json.dumps(b'x'), lambda: json.dumps(1j), lambda: json.dumps(range(3)),
         lambda: json.dumps({1: 2, 'b': 3}, sort_keys=True, indent=2)]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
    except RecursionError:
        print('RecursionError')
