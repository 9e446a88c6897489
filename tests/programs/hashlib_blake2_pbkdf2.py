# BLAKE2 parameters, PBKDF2-HMAC, file_digest and the errors.
import hashlib
import io

for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    print(cls(b'abc').hexdigest())
    print(cls(b'abc', digest_size=7).hexdigest())
    print(cls(b'abc', key=b'secret').hexdigest())
    print(cls(b'abc', key=b'k' * cls.MAX_KEY_SIZE, salt=b's', person=b'me').hexdigest())
    print(cls(salt=b'salty', person=b'p' * cls.PERSON_SIZE).hexdigest())
    h = cls(key=b'key', digest_size=16)
    h.update(b'x' * 300)
    c = h.copy()
    c.update(b'y')
    print(h.hexdigest(), c.hexdigest(), h.digest_size, h.block_size, h.name)
    for kw in [dict(digest_size=0), dict(digest_size=cls.MAX_DIGEST_SIZE + 1),
               dict(key=b'k' * (cls.MAX_KEY_SIZE + 1)), dict(salt=b's' * (cls.SALT_SIZE + 1)),
               dict(person=b'p' * (cls.PERSON_SIZE + 1))]:
        try:
            cls(b'x', **kw)
        except ValueError as e:
            print('ValueError', e)
print(hashlib.new('blake2b', b'x', digest_size=4).hexdigest())
print(hashlib.new('blake2s', b'x', key=b'k').hexdigest())

for name in ['sha1', 'sha256', 'sha512', 'md5', 'sha3_256']:
    print(name, hashlib.pbkdf2_hmac(name, b'password', b'salt', 1000).hex())
    print(name, hashlib.pbkdf2_hmac(name, b'password', b'salt', 3, dklen=100).hex())
print(hashlib.pbkdf2_hmac('sha256', b'k' * 200, b'', 2, 10).hex())
for args in [('sha256', b'pw', b's', 0), ('sha256', b'pw', b's', 1, 0), ('foo', b'pw', b's', 1),
             ('sha256', 'pw', b's', 1)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'abc'), hashlib.md5).hexdigest())

for bad in ['text', 12, None]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    hashlib.sha256().update('x')
except TypeError as e:
    print('TypeError', e)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
try:
    hashlib.shake_128(b'x').hexdigest()
except TypeError as e:
    print('TypeError', e)
for args in [('sha256', b'p', b's', 2 ** 31, 1), ('sha256', b'p', b's', 2 ** 64, 1),
             ('sha256', b'p', b's', 1, 2 ** 31), ('sha256', b'p', b's', 1, 2 ** 40),
             ('sha256', b'p', b's', 1, 2 ** 64), ('sha256', b'p', b's', 0, 2 ** 64)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for n in (2 ** 40,):
    try:
        hashlib.shake_128(b'x').digest(n)
    except MemoryError as e:
        print('MemoryError', e)
