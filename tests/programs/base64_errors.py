# base64: error types and messages (binascii.Error is a ValueError subclass).
import base64


def attempt(func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        bases = [c.__name__ for c in type(e).__mro__[1:3]]
        print(func.__name__, args, kwargs, '->', type(e).__name__, bases, e)
    else:
        print(func.__name__, args, kwargs, '=', result)


# padding and length rules of b64decode, lenient and strict
for s in [b'Zg', b'Zg=', b'Zg==', b'Zg===', b'Z', b'Zm9vY', b'Zm9vYg', b'Zm9vYmE',
          b'=Zm9v', b'Zm9v=', b'Zm=9v', b'Zm9=v', b'Zm8=x', b'Zg==x', b'Zm9v!', b'Zm 9v',
          b'====', b'Z=g=', b'Zg=\n=', b'Zm9vYg=x', b'Zm9vY=', b'', b'Zm9vYmFy====']:
    attempt(base64.b64decode, s)
    attempt(base64.b64decode, s, validate=True)

# argument types
attempt(base64.b64encode, 'text')
attempt(base64.b64encode, 123)
attempt(base64.b64encode, None)
attempt(base64.b64encode, b'abc', altchars=b'-')
attempt(base64.b64decode, 'caf\xe9')
attempt(base64.b64decode, 3.5)
attempt(base64.b64decode, b'Zm9v', altchars=b'---')
attempt(base64.standard_b64decode, 'Zm9v')
attempt(base64.urlsafe_b64decode, 42)
attempt(base64.b32encode, 'text')
attempt(base64.b32hexencode, 1)
attempt(base64.b16encode, 'text')
attempt(base64.b85encode, 'text')
attempt(base64.a85encode, 'text')
attempt(base64.encodebytes, 'text')
attempt(base64.decodebytes, 'Zm9v')
attempt(base64.decodebytes, 7)

# base32
for s in [b'MZXW6', b'MZXW6===', b'MZXW6==', b'MZXW6YQ=', b'MZXW6Y==', b'MZ======',
          b'M=======', b'========', b'MZXW6!==', b'mzxw6===', b'MZXW=6==', b'0ZXW6===']:
    attempt(base64.b32decode, s)
attempt(base64.b32decode, b'mzxw6===', casefold=True)
attempt(base64.b32decode, b'01======', map01=b'ab')
attempt(base64.b32decode, b'abc', map01=b'L')
attempt(base64.b32decode, b'01======', map01=b'L')
attempt(base64.b32hexdecode, b'CPNMU===')
attempt(base64.b32hexdecode, b'cpnmu===')
attempt(base64.b32hexdecode, b'WXYZ====')

# base16
for s in [b'0', b'0G', b'0g', b'abcd', b'ABC', b'AB CD', 'AB\n']:
    attempt(base64.b16decode, s)
attempt(base64.b16decode, b'abcd', casefold=True)
attempt(base64.b16decode, b'abc', casefold=True)

# base85
for s in [b'|NsC0', b'|NsC1', b'00000|NsC1', b'{{{{{', b'0"', b'00000a"', b'0', b'00', b'~~~~~']:
    attempt(base64.b85decode, s)

# Ascii85
for s in [b's8W-!', b's8W-"', b'uuuuu', b'u', b'!', b'!!', b'ab~c', b'abzc', b'zz', b'ab\x00c',
          b'!!!!!z!!!!!', b'!!z', b'abcdey']:
    attempt(base64.a85decode, s)
attempt(base64.a85decode, b'abcdey', foldspaces=True)
attempt(base64.a85decode, b'ay', foldspaces=True)
attempt(base64.a85decode, b'9jqo^', adobe=True)
attempt(base64.a85decode, b'<~9jqo^', adobe=True)
attempt(base64.a85decode, b'9j qo^', ignorechars=b'')
attempt(base64.a85decode, 'caf\xe9')

# the exception classes
e = None
try:
    base64.b64decode(b'Z')
except ValueError as exc:
    e = exc
print(type(e).__name__, type(e).__module__, isinstance(e, ValueError), issubclass(type(e), Exception))
