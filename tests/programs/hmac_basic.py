# hmac: known-answer vectors and the HMAC object API.
import hmac
import hashlib

# RFC 2202 (MD5 / SHA-1) and RFC 4231 (SHA-2) test cases.
cases = [
    (b'\x0b' * 16, b'Hi There', 'md5'),
    (b'Jefe', b'what do ya want for nothing?', 'md5'),
    (b'\xaa' * 80, b'Test Using Larger Than Block-Size Key - Hash Key First', 'md5'),
    (b'\x0b' * 20, b'Hi There', 'sha1'),
    (b'Jefe', b'what do ya want for nothing?', 'sha1'),
    (b'\xaa' * 20, b'\xdd' * 50, 'sha1'),
    (b'\x0b' * 20, b'Hi There', 'sha224'),
    (b'\x0b' * 20, b'Hi There', 'sha256'),
    (b'\x0b' * 20, b'Hi There', 'sha384'),
    (b'\x0b' * 20, b'Hi There', 'sha512'),
    (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha256'),
    (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha512'),
]
for key, msg, algo in cases:
    h = hmac.new(key, msg, algo)
    one = hmac.digest(key, msg, algo)
    print(algo, h.hexdigest(), one == h.digest())

# Every way of naming the hash gives the same MAC.
for algo in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'sha3_512',
             'blake2b', 'blake2s', 'sha224', 'sha384']:
    by_name = hmac.new(b'secret', b'payload', algo)
    by_ctor = hmac.new(b'secret', b'payload', getattr(hashlib, algo))
    by_kw = hmac.new(b'secret', digestmod=algo)
    by_kw.update(b'pay')
    by_kw.update(b'load')
    print(algo, by_name.name, by_name.digest_size, by_name.block_size,
          by_ctor.name, by_name.hexdigest() == by_ctor.hexdigest() == by_kw.hexdigest())
    print('  ', by_name.hexdigest()[:32])
    print('  ', hmac.digest(b'secret', b'payload', getattr(hashlib, algo)).hex()[:32])

print(hmac.new(b'k', b'm', 'SHA256').name)
print(hmac.new(b'k', b'm', 'sha512_256').hexdigest())
print(hmac.digest(b'k', b'm', 'sha512_224').hex())

# Keys: bytearray, empty, exactly one block, one block + 1.
print(hmac.new(bytearray(b'key'), b'msg', 'sha1').hexdigest())
print(hmac.new(b'', b'', 'sha1').hexdigest())
print(hmac.new(b'x' * 64, b'm', 'sha256').hexdigest())
print(hmac.new(b'x' * 65, b'm', 'sha256').hexdigest())
print(hmac.digest(bytearray(b'x' * 65), memoryview(b'm'), 'sha256').hex())
print(hmac.digest(memoryview(b'key'), bytearray(b'msg'), 'md5').hex())

# msg None vs empty, update with various buffers.
print(hmac.new(b'k', None, 'md5').hexdigest() == hmac.new(b'k', b'', 'md5').hexdigest())
h = hmac.new(b'k', digestmod='sha1')
h.update(b'abc')
h.update(bytearray(b'def'))
h.update(memoryview(b'ghi'))
print(h.hexdigest() == hmac.new(b'k', b'abcdefghi', 'sha1').hexdigest())

# digest() does not finalise; copy() is independent.
h = hmac.new(b'key', b'start', 'sha256')
d1 = h.digest()
print(d1 == h.digest(), type(d1).__name__, len(d1))
c = h.copy()
c.update(b'more')
print(type(c).__name__, c.name, h.digest() == d1, c.digest() != d1)
print(c.hexdigest() == hmac.new(b'key', b'startmore', 'sha256').hexdigest())
c2 = hmac.new(b'key', b'start', hashlib.md5).copy()
c2.update(b'!')
print(c2.hexdigest() == hmac.new(b'key', b'start!', 'md5').hexdigest())

# Module-level odds and ends.
print(hmac.digest_size, hmac.HMAC.blocksize)
print(len(hmac.trans_5C), len(hmac.trans_36), type(hmac.trans_5C).__name__)
print(hmac.trans_5C[:8], hmac.trans_36[:8])
print(hmac.trans_5C[0x5C], hmac.trans_36[0x36], hmac.trans_5C[255], hmac.trans_36[255])
print(type(hmac.new(b'k', digestmod='md5')) is hmac.HMAC)
print(hmac.HMAC(b'k', digestmod='md5', msg=b'z').hexdigest())
print(hmac.new(key=b'k', msg=b'z', digestmod='md5').hexdigest())
print(hmac.digest(key=b'k', msg=b'z', digest='md5').hex())
