# json.loads and its hooks: object_hook, object_pairs_hook (priority), parse_float, parse_int,
# parse_constant, strict, cls; bytes input in every encoding; JSONDecoder attributes.
import json

doc = '{"a": 1, "b": [2.5, {"c": null}], "a": 3, "d": {}, "e": [], "f": "x"}'
print(json.loads(doc))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads(doc, object_pairs_hook=tuple, object_hook=dict))
print(json.loads('[1.5, 2, -0.0, 1e5, 10E-1]', parse_float=lambda s: 'F' + s))
print(json.loads('[1.5, 2, -0, 12345678901234567890]', parse_int=lambda s: 'I' + s))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
try:
    json.loads('[1, NaN]', parse_constant=lambda c: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

calls = []
def hook(d):
    calls.append(sorted(d))
    return len(d)
print(json.loads('{"x": {"y": {}}, "z": [{"w": 1}]}', object_hook=hook), calls)

# strict: control characters inside strings
for s in ('"a\tb"', '"line\nbreak"', '["\x00", "\x1f"]', '{"k\x01": 1}'):
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print('strict:', e)
    print('non-strict:', repr(json.loads(s, strict=False)))

# cls and extra keyword arguments
class MyDecoder(json.JSONDecoder):
    def __init__(self, *, tag='T', **kw):
        super().__init__(**kw)
        self.tag = tag
    def decode(self, s):
        return (self.tag, super().decode(s))
print(json.loads('[1]', cls=MyDecoder))
print(json.loads('[1]', cls=MyDecoder, tag='X', parse_int=str))
try:
    json.loads('[1]', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)

# bytes and bytearray in every encoding json detects
text = '{"k": ["é", "😀", 1]}'
for enc in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    print(enc, json.loads(text.encode(enc)), json.loads(bytearray(text.encode(enc))))
print(json.loads(b'1'), json.loads(b'12'), json.loads('"x"'.encode('utf-16-le')))
print(json.detect_encoding(b'\x00\x00\x00{'), json.detect_encoding(b'{\x00\x00\x00'),
      json.detect_encoding(b'\x00{\x00"'), json.detect_encoding(b'{\x00"\x00'), json.detect_encoding(b'{}'))
for bad in (None, 1, ['[]'], memoryview(b'[]')):
    try:
        json.loads(bad)
    except TypeError as e:
        print(e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e)

d = json.JSONDecoder()
print(d.parse_float is float, d.parse_int is int, d.strict, d.object_hook, d.object_pairs_hook)
print(d.parse_constant('NaN'), d.parse_constant('-Infinity'))
print(json.JSONDecoder(parse_float=None).parse_float is float)
print(json.decoder.scanstring('"abc\\n" tail', 1), json.decoder.scanstring('x"\\u00e9\\ud83d\\ude00"', 2))
print(json.decoder.scanstring('"a\tb"', 1, False))
print(json.scanner.make_scanner(d)('[1, "two"] 3', 0))
try:
    json.scanner.make_scanner(d)('[1]', 5)
except StopIteration as e:
    print('StopIteration', e.value)
