# secrets: only deterministic facts (types, lengths, alphabets, ranges, errors).
import secrets
import random
import string


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


print(sorted(secrets.__all__))
print(secrets.DEFAULT_ENTROPY)
print(secrets.SystemRandom is random.SystemRandom)
print(isinstance(secrets.SystemRandom(), random.Random))

# Tokens: types and lengths.
for n in (None, 0, 1, 5, 16, 33):
    tb = secrets.token_bytes(n)
    th = secrets.token_hex(n)
    tu = secrets.token_urlsafe(n)
    print(n, type(tb).__name__, len(tb), type(th).__name__, len(th), len(tu))
print(len(secrets.token_bytes()), len(secrets.token_hex()), len(secrets.token_urlsafe()))

hexdigits = set('0123456789abcdef')
urlsafe = set(string.ascii_letters + string.digits + '-_')
ok_hex = all(set(secrets.token_hex(20)) <= hexdigits for _ in range(50))
ok_url = all(set(secrets.token_urlsafe(20)) <= urlsafe for _ in range(50))
print(ok_hex, ok_url)
print('=' in ''.join(secrets.token_urlsafe(k) for k in range(1, 10)))
# Tokens of 16 bytes essentially never repeat.
print(len({secrets.token_hex(16) for _ in range(100)}))

# randbelow / randbits / choice stay in range and cover it.
seen = set()
for _ in range(400):
    v = secrets.randbelow(6)
    assert 0 <= v < 6
    seen.add(v)
print(sorted(seen))
print(secrets.randbelow(1), secrets.randbits(0))
print(all(0 <= secrets.randbelow(10**30) < 10**30 for _ in range(50)))
bits = set()
for _ in range(300):
    v = secrets.randbits(3)
    assert 0 <= v < 8
    bits.add(v)
print(sorted(bits))
print(all(secrets.randbits(64) < 2**64 for _ in range(50)))
print(max(secrets.randbits(100) for _ in range(50)).bit_length() > 90)
picks = {secrets.choice('abc') for _ in range(200)}
print(sorted(picks))
print(secrets.choice([42]), secrets.choice((7,)), secrets.choice(range(5, 6)))
print(type(secrets.randbelow(True)).__name__, secrets.randbelow(True))

# compare_digest is shared with hmac.
import hmac
print(secrets.compare_digest is hmac.compare_digest)
print(secrets.compare_digest(b'ab', b'ab'), secrets.compare_digest('ab', 'ac'))

# Errors.
show(lambda: secrets.randbelow(0))
show(lambda: secrets.randbelow(-5))
show(lambda: secrets.randbelow(1.5))
show(lambda: secrets.randbelow('a'))
show(lambda: secrets.randbits(-1))
show(lambda: secrets.randbits(1.0))
show(lambda: secrets.randbits('a'))
show(lambda: secrets.token_bytes(-1))
show(lambda: secrets.token_bytes(1.5))
show(lambda: secrets.token_hex(-1))
show(lambda: secrets.token_urlsafe(-1))
show(lambda: secrets.token_hex('x'))
show(lambda: secrets.choice([]))
show(lambda: secrets.choice(''))
show(lambda: secrets.choice(5))
show(lambda: secrets.compare_digest('a', b'a'))
