# Argument-type errors name None as "None" where CPython's argument parser does.
checks = [
    lambda: b'x'.decode(None), lambda: b'x'.decode('utf-8', None), lambda: 'x'.encode(None),
    lambda: 'x'.encode('utf-8', None), lambda: int('1', None), lambda: 'a'.split(None, None),
    lambda: 'abc'.startswith(None), lambda: open(None), lambda: 'a'.join([None]),
    lambda: chr(None), lambda: 'x'.center(None),
]
for f in checks:
    try:
        f()
    except TypeError as e:
        print(e)
