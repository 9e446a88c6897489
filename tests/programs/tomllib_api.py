"""tomllib: load/loads arguments, parse_float, TOMLDecodeError and type errors."""
import io
import tomllib
from decimal import Decimal

print(tomllib.__all__)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
print(tomllib.TOMLDecodeError.__name__, tomllib.TOMLDecodeError('m', 1).args)

calls = []


def record(text):
    calls.append(text)
    return text


print(tomllib.loads('a=1_0.5e1_0\nb=inf\nc=-nan\nd=[1.5]\ne={f=+2.0}\ng=3\nh=0x1F', parse_float=record))
print(calls)
print(tomllib.loads('x = 0.1\ny = [1.25, -2e-3]', parse_float=Decimal))
print(tomllib.loads('x = 1', parse_float=lambda s: {}))
for bad in [lambda s: {}, lambda s: [], int, None]:
    try:
        tomllib.loads('a = 1.5', parse_float=bad)
    except Exception as e:
        print(type(e).__name__, e)
print(tomllib.loads('a = 1.5', parse_float=lambda s: (s,)))

for arg in [1, None, b'a=1', bytearray(b'a=1')]:
    try:
        tomllib.loads(arg)
    except Exception as e:
        print(type(e).__name__, e)

print(tomllib.load(io.BytesIO(b'a = "\xc3\xa9"\r\n[t]\r\nb = 2\r\n')))
for raw in [b'a="\xff"', b'\xef\xbb\xbfa=1', b'a=\n']:
    try:
        print(tomllib.load(io.BytesIO(raw)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    tomllib.load(io.StringIO('a=1'))
except TypeError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__)
print(tomllib.load(io.BytesIO(b'x = 2.5'), parse_float=str))
try:
    tomllib.loads('a = 1', parse_float=float, extra=1)
except TypeError as e:
    print('TypeError')
try:
    tomllib.loads(s='a = 1')
except TypeError as e:
    print('TypeError')
d = tomllib.loads('a = [1, {b = 2}]\nc = {d = [3]}')
d['a'].append(9)
d['c']['d'].append(4)
print(d, type(d['a']), type(d['c']))
