# hmac: error handling, custom digest objects and compare_digest.
import hmac
import hashlib
import warnings


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: hmac.new(b'k'))
show(lambda: hmac.new(b'k', b'm'))
show(lambda: hmac.new(b'k', digestmod=None))
show(lambda: hmac.new(b'k', digestmod=''))
show(lambda: hmac.new(b'k', b'm', 0))
show(lambda: hmac.new('k', digestmod='sha1'))
show(lambda: hmac.new('k'))
show(lambda: hmac.new(None, digestmod=hashlib.sha1))
show(lambda: hmac.new(memoryview(b'k'), digestmod='sha1'))
show(lambda: hmac.new(b'k', 'text', 'sha1'))
show(lambda: hmac.new(b'k', 5, 'sha1'))
show(lambda: hmac.new(b'k', 'text', hashlib.sha1))
show(lambda: hmac.new(b'k', b'm', 'nope'))
show(lambda: hmac.new(b'k', 'm', 'nope'))
show(lambda: hmac.new(b'k', b'm', 5))
show(lambda: hmac.new(b'k', b'm', b'sha1'))
show(lambda: hmac.new(b'k', b'm', 'shake_128'))
show(lambda: hmac.new(b'k', 'm', 'shake_256'))
show(lambda: hmac.new(b'k', b'm', hashlib.shake_128))
h = hmac.new(b'k', b'm', 'sha1')
show(lambda: h.update('s'))
show(lambda: h.update(None))
show(lambda: setattr(h, 'name', 'x'))
show(lambda: setattr(h, 'other', 1))

show(lambda: hmac.digest('k', b'm', 'sha1'))
show(lambda: hmac.digest(b'k', 'm', 'sha1'))
show(lambda: hmac.digest(b'k', None, 'sha1'))
show(lambda: hmac.digest(5, b'm', 'sha1'))
show(lambda: hmac.digest('k', b'm', 'nope'))
show(lambda: hmac.digest(b'k', b'm', 'nope'))
show(lambda: hmac.digest(b'k', b'm', ''))
show(lambda: hmac.digest(b'k', b'm', 'shake_128'))
show(lambda: hmac.digest(b'k', b'm', None))
show(lambda: hmac.digest('k', b'm', hashlib.blake2s))
show(lambda: hmac.digest(None, b'm', hashlib.blake2s))
show(lambda: hmac.digest(memoryview(b'k'), b'm', hashlib.blake2s))


# A toy PEP 247 hash whose digest reveals how many bytes it was fed.
class Counter:
    digest_size = 2
    name = 'counter'

    def __init__(self, data=b''):
        self.n = len(data)

    def update(self, data):
        self.n += len(data)

    def copy(self):
        other = type(self)()
        other.n = self.n
        return other

    def digest(self):
        return self.n.to_bytes(2, 'big')

    def hexdigest(self):
        return self.digest().hex()


class Small(Counter):
    block_size = 8


class Big(Counter):
    block_size = 32


class Module:
    pass


mod = Module()
mod.new = Big

for dm in (Counter, Small, Big, mod):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        h = hmac.new(b'k' * 40, b'hello', dm)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
        print([(w.category.__name__, str(w.message)) for w in caught])
    print(hmac.digest(b'k' * 40, b'hello', dm).hex())
    print(hmac.digest(b'k', b'hello', dm).hex())

show(lambda: hmac.new(b'k', b'm', lambda: 5))
show(lambda: hmac.new(b'k', b'm', lambda: hashlib.sha256()).hexdigest())

cd = hmac.compare_digest
show(lambda: cd(b'abc', b'abc'))
show(lambda: cd(b'abc', b'abd'))
show(lambda: cd(b'abc', b'ab'))
show(lambda: cd(b'', b''))
show(lambda: cd('abc', 'abc'))
show(lambda: cd('abc', 'abcd'))
show(lambda: cd('', ''))
show(lambda: cd(b'a', bytearray(b'a')))
show(lambda: cd(memoryview(b'xy'), b'xy'))
show(lambda: cd(b'a', 'a'))
show(lambda: cd('a', b'a'))
show(lambda: cd('\xe9', '\xe9'))
show(lambda: cd('a', '\xe9'))
show(lambda: cd(1, 2))
show(lambda: cd('a', 2))
show(lambda: cd(2, b'a'))
show(lambda: cd(b'a', 2))
show(lambda: cd(None, None))
show(lambda: cd([1], [1]))
show(lambda: cd())
show(lambda: cd(b'a'))
show(lambda: cd(b'a', b'a', b'a'))
show(lambda: cd(a=b'', b=b''))


class S(str):
    pass


class B(bytes):
    pass


show(lambda: cd(S('x'), 'x'))
show(lambda: cd(B(b'x'), b'x'))
