# Every guaranteed algorithm: digests of several inputs, fed whole and in pieces, copies.
import hashlib

inputs = [b'', b'abc', b'a' * 63, b'a' * 64, b'a' * 65, b'x' * 1000, bytes(range(256)) * 5]
for name in sorted(hashlib.algorithms_guaranteed):
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith('shake'):
            print(name, len(data), h.hexdigest(20), h.digest(3).hex())
        else:
            print(name, len(data), h.hexdigest())
    h = getattr(hashlib, name)()
    for i in range(0, 700, 7):
        h.update(bytes(range(i % 256, min(256, i % 256 + 7))))
    c = h.copy()
    c.update(b'more')
    if name.startswith('shake'):
        print(name, 'pieces', h.hexdigest(16), c.hexdigest(16))
    else:
        print(name, 'pieces', h.hexdigest(), c.hexdigest())
        print(name, h.digest_size, h.block_size, h.name, len(h.digest()))

for name in ['sha512_224', 'sha512_256', 'SHA256', 'MD5', 'sha3-256']:
    try:
        print(name, hashlib.new(name, b'abc').hexdigest())
    except ValueError as e:
        print(name, 'ValueError', e)

print(hashlib.sha256(memoryview(b'abcdef')[1:4]).hexdigest())
print(hashlib.sha1(bytearray(b'abc')).hexdigest())
print(hashlib.md5(string=b'abc').hexdigest())
print(hashlib.new('md5', data=b'abc').hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.__all__)
