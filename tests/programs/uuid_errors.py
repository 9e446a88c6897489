# uuid: every constructor error, immutability and comparison errors.
import uuid
from uuid import UUID


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


# Wrong number of sources.
show(lambda: UUID())
show(lambda: UUID('12345678123456781234567812345678', int=1))
show(lambda: UUID(bytes=bytes(16), fields=(1, 2, 3, 4, 5, 6)))
show(lambda: UUID(None, None, None, None, None))
show(lambda: UUID(version=4))

# hex=
for text in ['', '1234', 'URN:UUID:12345678-1234-5678-1234-567812345678',
             '  12345678-1234-5678-1234-567812345678  ',
             '{ 12345678123456781234567812345678}',
             '1234567812345678123456781234567{8}',
             '12345678-1234-5678-1234-56781234567',
             '12345678-1234-5678-1234-5678123456789',
             '1234567812345678123456781234567g',
             '_2345678123456781234567812345678',
             '-2345678123456781234567812345678',
             '12345678\xa0123456781234567812345678']:
    show(lambda: UUID(text))
show(lambda: UUID(5))
show(lambda: UUID(b'12345678123456781234567812345678'))

# bytes= / bytes_le=
show(lambda: UUID(bytes=b'1' * 15))
show(lambda: UUID(bytes=b'1' * 17))
show(lambda: UUID(bytes=b''))
show(lambda: UUID(bytes='1' * 16))
show(lambda: UUID(bytes=bytearray(b'1' * 16)))
show(lambda: UUID(bytes=[1] * 16))
show(lambda: UUID(bytes=5))
show(lambda: UUID(bytes_le=b'1' * 15))
show(lambda: UUID(bytes_le='abcdefghijklmnop'))
show(lambda: UUID(bytes_le=bytearray(range(16))))
show(lambda: UUID(bytes_le=list(range(16))))
show(lambda: UUID(bytes_le=5))

# fields=
show(lambda: UUID(fields=(1, 2, 3, 4, 5)))
show(lambda: UUID(fields=(1, 2, 3, 4, 5, 6, 7)))
show(lambda: UUID(fields=5))
show(lambda: UUID(fields=iter((1, 2, 3, 4, 5, 6))))
limits = [1 << 32, 1 << 16, 1 << 16, 256, 256, 1 << 48]
for i in range(6):
    f = [1, 2, 3, 4, 5, 6]
    f[i] = limits[i]
    show(lambda: UUID(fields=f))
    f[i] = -1
    show(lambda: UUID(fields=f))
    f[i] = limits[i] - 1
    show(lambda: UUID(fields=f))
show(lambda: UUID(fields=(1, 2, '3', 4, 5, 6)))
show(lambda: UUID(fields=(1.0, 2, 3, 4, 5, 6)))
show(lambda: UUID(fields=(1, 2, 3, 4.0, 5, 6)))
show(lambda: UUID(fields=(1, 2, 3, 4, 5.0, 6)))
show(lambda: UUID(fields=(1, 2, 3, 4, 5, 6.0)))

# int=
show(lambda: UUID(int=-1))
show(lambda: UUID(int=1 << 128))
show(lambda: UUID(int='5'))
show(lambda: hash(UUID(int=1.0)))

# version=
for v in [0, 6, -1, 100]:
    show(lambda: UUID(int=0, version=v))
show(lambda: UUID(int=0, version='4'))
show(lambda: UUID(int=0, version=4.0))
show(lambda: UUID(int=1.0, version=4))
show(lambda: UUID('zz', version=99))

# Immutability.
u = UUID(int=1)
show(lambda: setattr(u, 'int', 5))
show(lambda: setattr(u, 'hex', 'x'))
show(lambda: setattr(u, 'brand_new', 1))
show(lambda: u.__dict__)
print(u)

# Ordering against foreign types.
show(lambda: u == 1)
show(lambda: u != '00000000-0000-0000-0000-000000000001')
show(lambda: u < 1)
show(lambda: u <= 'x')
show(lambda: u > None)
show(lambda: u >= 1.5)
show(lambda: u.__eq__(1))
show(lambda: u.__lt__(1))
show(lambda: format(u, 's'))

# State errors.
show(lambda: UUID(int=1, is_safe=5).__getstate__())
n = UUID.__new__(UUID)
show(lambda: n.__setstate__({}))
n = UUID.__new__(UUID)
show(lambda: n.__setstate__({'int': 7, 'is_safe': 5}))
show(lambda: uuid.SafeUUID(5))

# uuid3 / uuid5 argument errors.
show(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, 5))
show(lambda: uuid.uuid5(uuid.NAMESPACE_DNS, None))
show(lambda: uuid.uuid3('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'x'))
show(lambda: uuid.uuid5(None, 'x'))
show(lambda: uuid.uuid5(uuid.NAMESPACE_DNS, '\udc80'))
show(lambda: uuid.uuid1(node=1 << 48, clock_seq=0))
show(lambda: uuid.uuid1(node=-1, clock_seq=0))
show(lambda: uuid.uuid1(node='x', clock_seq=0))
show(lambda: uuid.uuid1(node=1, clock_seq='x'))
show(lambda: uuid.uuid1(node=1.0, clock_seq=0))
