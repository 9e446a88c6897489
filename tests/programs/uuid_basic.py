# uuid: construction forms and every property of fixed UUIDs.
import uuid
from uuid import UUID

PROPS = ['bytes', 'bytes_le', 'fields', 'time_low', 'time_mid',
         'time_hi_version', 'clock_seq_hi_variant', 'clock_seq_low',
         'time', 'clock_seq', 'node', 'hex', 'int', 'urn', 'variant',
         'version', 'is_safe']


def dump(u):
    print(str(u), repr(u))
    for name in PROPS:
        print('   %s = %r' % (name, getattr(u, name)))


samples = [
    UUID('12345678-1234-5678-9234-567812345678'),
    UUID(int=0),
    UUID(int=(1 << 128) - 1),
    UUID('00000000-0000-0000-c000-000000000000'),
    UUID('00000000-0000-0000-e000-000000000000'),
    UUID('00000000-0000-7000-a000-000000000000'),
    UUID('a8098c1a-f86e-11da-bd1a-00112444be1e'),
    uuid.NAMESPACE_X500,
]
for u in samples:
    dump(u)

# Every input form of the same UUID.
ref = UUID('{12345678-1234-5678-1234-567812345678}')
forms = [
    UUID('12345678123456781234567812345678'),
    UUID(hex='12345678-1234-5678-1234-567812345678'),
    UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
    UUID('uuid:12345678-1234-5678-1234-567812345678'),
    UUID('{{12345678-1234-5678-1234-567812345678}}'),
    UUID('1234-5678-1234-5678-1234-5678-1234-5678'),
    UUID('12345678123456781234567812345678urn:'),
    UUID('-12345678-1234-5678-1234-567812345678-'),
    UUID('12345678-1234-5678-1234-567812345678'.upper()),
    UUID(bytes=b'\x12\x34\x56\x78' * 4),
    UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56' + b'\x12\x34\x56\x78' * 2),
    UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
    UUID(fields=[0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678]),
    UUID(int=0x12345678123456781234567812345678),
    UUID(None, None, None, None, 0x12345678123456781234567812345678),
]
print([f == ref for f in forms])
print(ref.bytes_le, UUID(bytes_le=ref.bytes_le) == ref)

# Odd strings that int(..., 16) still accepts once the length is 32.
for text in ['+2345678123456781234567812345678',
             '12345678_1234567812345678123456',
             ' 2345678123456781234567812345678',
             '0x345678123456781234567812345678',
             '0X345678123456781234567812345678',
             'uurn:uid:12345678123456781234567812345678']:
    try:
        print(repr(text), UUID(text))
    except Exception as e:
        print(repr(text), type(e).__name__, e)

# version= rewrites the variant and version bits.
for v in range(1, 6):
    u = UUID(int=0, version=v)
    print(v, u, u.version, u.variant)
    w = UUID(int=(1 << 128) - 1, version=v)
    print(v, w, w.version, w.variant)
print(UUID(bytes=bytes(16), version=3))
print(UUID(fields=(1, 2, 3, 4, 5, 6), version=1))
print(UUID('00000000-0000-0000-0000-000000000000', version=4))

# is_safe keyword.
print(UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(UUID(int=5, is_safe=uuid.SafeUUID.unsafe).is_safe)
print(UUID(int=5).is_safe)
print(UUID(int=True), UUID(int=True).int)

# Constants.
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT,
      uuid.RESERVED_FUTURE, sep=' | ')
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID,
      uuid.NAMESPACE_X500)
print(repr(uuid.NAMESPACE_URL), uuid.NAMESPACE_OID.urn)
print(list(uuid.SafeUUID), uuid.SafeUUID.safe.value, uuid.SafeUUID.unknown.value)
print(uuid.SafeUUID(0), uuid.SafeUUID(-1), uuid.SafeUUID(None))
print(uuid.bytes_ is bytes, uuid.int_ is int)
