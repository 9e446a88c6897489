# Round-trips: floats (repr as CPython's), big ints, unicode (BMP, astral, surrogate pairs,
# lone surrogates), escapes in both directions, ensure_ascii on and off.
import json

floats = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2.5e-8, 1e16, 1e22, 123456789.125, 5e-324,
          1.7976931348623157e308, -2.2250738585072014e-308, 1e-7, 12345678912345678.0, 100.0, 1.5e300]
s = json.dumps(floats)
print(s)
back = json.loads(s)
print(back == floats, [repr(x) for x in back][:6])
print(json.loads('[1E2, 1e-2, -1.25E+3, 0e0, 0.000001, 1.0000000000000002, 9007199254740993]'))
print(json.loads('[1e400, -1e400, 1e-400]'))
ints = [0, -1, 2 ** 63, -2 ** 64, 10 ** 40, 123456789012345678901234567890]
print(json.dumps(ints), json.loads(json.dumps(ints)) == ints)
print(json.dumps([True, False, None]), json.loads('[true,false,null]'))

texts = ['', 'plain', 'é', 'ąćż', '☃', '😀', 'a😀b', '\u2028\u2029', '\x00\x01\x1f\x7f\x80\x9f',
         '"\\/\b\f\n\r\t', '\ud800', '\udfff', '\ud800\udc00', '\udc00\ud800', 'x\ud83dy',
         'tab\there', '\\u0041', '\\\\x', '\uffff\U0010ffff', 'a' * 50 + '\n']
for t in texts:
    a = json.dumps(t)
    u = json.dumps(t, ensure_ascii=False)
    print(ascii(t), a, ascii(u), json.loads(a) == t, json.loads(u) == t)
doc = json.dumps({t: t for t in texts}, ensure_ascii=False)
print(json.loads(doc) == {t: t for t in texts}, len(doc))
doc = json.dumps([texts, {'k': texts}], ensure_ascii=True)
print(json.loads(doc) == [texts, {'k': texts}], doc.isascii())

# escapes decode
esc = ['"\\u0041\\u00e9\\u2603"', '"\\ud83d\\ude00"', '"\\uD83D\\uDE00"', '"\\ud83d"', '"\\ude00"',
       '"\\ud83d\\u0041"', '"\\ud83dx"', '"\\ud83d\\ud83d\\ude00"', '"\\/\\"\\\\\\b\\f\\n\\r\\t"',
       '"\\u0000"', '"é\\u00e9😀\\ud83d\\ude00"']
for e in esc:
    v = json.loads(e)
    print(e, ascii(v), len(v))

# non-ASCII documents: positions count code points
doc = '{"ключ": ["значение", 1.5, "😀😀"], "ё": {"é": null}, "a\\nb": "\\u00e9é"}'
v = json.loads(doc)
print(ascii(v))
print(json.dumps(v, ensure_ascii=False) == doc.replace('\\u00e9', 'é'), ascii(json.dumps(v)))
print(json.JSONDecoder().raw_decode('"日本" [1]'), json.JSONDecoder().raw_decode('"日本" [1]', 5))
big = ['ж' * 1000, {'k' * 500: '😀' * 700}] * 50
print(json.loads(json.dumps(big)) == big, json.loads(json.dumps(big, ensure_ascii=False)) == big)
