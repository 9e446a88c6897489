# The pieces iterencode hands out (and json.dump writes) for every option, next to encode's
# text; what is yielded before an error; JSONObject/JSONArray/scanstring/scan_once called
# directly; detect_encoding on short inputs; JSONDecodeError positions at the edges.
import json
import json.decoder as D
import json.scanner as S

class EmptyIter(list):
    def __iter__(self):
        return iter([])
class Members(dict):
    def items(self):
        return [('z', 1), ('a', [2])]
class Sub(list):
    pass
class P:
    def __init__(self, x):
        self.x = x

cases = [[], {}, [[]], [{}], [1, [2, [3, {}]], {'a': [], 'b': {}}], {'a': [1, {'b': []}], 'c': {}},
         'str', 2.5, None, (1, 2), [EmptyIter([1]), 2], Members(a=1), Sub([1, Sub([])]),
         {1: 2, 2.5: 3, None: 4, True: 5}, ['é', '😀', '\x00\n"\\'], [P(1), {'p': P([P(2)])}],
         {(1,): 1, 'a': 2, (2,): 3}, [float('nan'), float('-inf')]]
opts = [{}, {'indent': 2}, {'indent': 0}, {'indent': -1}, {'indent': '\t'},
        {'separators': ('', ':')}, {'separators': (';', '='), 'indent': '--'},
        {'skipkeys': True, 'indent': 1}, {'ensure_ascii': False},
        {'default': lambda o: {'P': o.x}, 'indent': 1}, {'allow_nan': False}]
for i, c in enumerate(cases):
    for j, o in enumerate(opts):
        enc = json.JSONEncoder(**o)
        try:
            pieces = list(enc.iterencode(c))
            print(i, j, pieces, ''.join(pieces) == enc.encode(c))
        except (TypeError, ValueError) as e:
            print(i, j, type(e).__name__, e)

for c in ([1, 2, object()], {'a': 1, (1,): 2}, {'a': [1, float('nan')]}, [1, {'b': object()}]):
    out = []
    try:
        for piece in json.JSONEncoder(allow_nan=False, indent=1).iterencode(c):
            out.append(piece)
    except (TypeError, ValueError) as e:
        print(out, type(e).__name__, e)
loop = Sub([1])
loop.append(loop)
for indent in (None, 2):
    try:
        json.dumps(loop, indent=indent)
    except ValueError as e:
        print('ValueError', e)

# decoder entry points
d = json.JSONDecoder()
print(D.JSONObject(('{"a": 1, "b": [2]} x', 1), True, d.scan_once, None, None))
print(D.JSONObject(('{"a": 1}', 1), True, d.scan_once, None, list))
print(D.JSONArray(('[1, [2, "x"]] y', 1), d.scan_once))
for bad in ('{"a" 1}', '{', '[1,'):
    try:
        if bad[0] == '{':
            print(D.JSONObject((bad, 1), True, d.scan_once, None, None))
        else:
            print(D.JSONArray((bad, 1), d.scan_once))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
print(D.scanstring('"a\\u00e9b"', 1), D.py_scanstring('x"y"', 2))
for args in (('"abc', 1), (1, 0), ('"a"', 5), ('"a"', -1)):
    try:
        print(D.scanstring(*args))
    except Exception as e:
        print(type(e).__name__, e)
scan = S.make_scanner(d)
print(scan('1 2 3', 2), scan('[1] [2]', 4))
for args in (('x', 0), ('[1]', 3), ('1', -1), (b'1', 0)):
    try:
        print(scan(*args))
    except StopIteration as e:
        print('StopIteration', e.value)
    except Exception as e:
        print(type(e).__name__, e)
print(list(vars(d)), D.BACKSLASH, ascii(D.WHITESPACE_STR), D.NaN, D.PosInf, D.NegInf)

for b in (b'', b'1', b'12', b'123', b'\x00{', b'{\x00', b'{\x00\x00', b'\x00\x00\x00',
          b'\x00\x00\x00{', b'{\x00\x00\x00', b'\x00{\x00"', b'{\x00"\x00', b'\xef\xbb\xbf{}',
          b'\xff\xfe\x00\x00{', b'\xfe\xff', b'\xff\xfe{\x00', b'\x00\x00\xfe\xff', bytearray(b'\x00{')):
    print(b, json.detect_encoding(b))

for pos in (0, 1, 2, 3, 5, -1, 20):
    e = json.JSONDecodeError('m', 'ab\ncd', pos)
    print(e, e.lineno, e.colno, e.args)
r = json.JSONDecodeError('x', 'y\nz', 2).__reduce__()
e = r[0](*r[1])
print(type(e).__name__, e, e.pos, e.msg, e.doc == 'y\nz')
for doc in ('"\\ud83d\\ude00\\ud83d"', '"a\\\\"', '"\\ud800\\udc00\\u0041\\n"', '"\\ud83d\\u00e9"',
            '"\\udbff\\udfff"', '"\\ud83d\\\\"', '"é\\u00e9\\\\é"', '"\\u"', '"abc\\u004"',
            '"\\u0041\\u0042tail"'):
    try:
        print(ascii(doc), ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(ascii(doc), e)
