# uuid: generators (uuid1/3/4/5, getnode), ordering, hashing, pickling, CLI.
import contextlib
import copy
import io
import pickle
import sys
import time
import uuid
import weakref
from uuid import UUID

names = ['python.org', 'http://python.org/', '1.3.6.1', 'c=ca', '', 'caf\xe9',
         '\u2603 snow']
spaces = [uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID,
          uuid.NAMESPACE_X500]
for ns in spaces:
    for name in names:
        a = uuid.uuid3(ns, name)
        b = uuid.uuid5(ns, name)
        print(a, a.version, b, b.version)
print(uuid.uuid3(uuid.NAMESPACE_DNS, b'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, bytearray(b'python.org')))
print(uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_DNS, 'a'), 'b'))
print(uuid.uuid3(UUID(int=0), 'x').is_safe, uuid.uuid5(UUID(int=0), 'x').variant)

# uuid4: random, but version/variant are fixed.
fours = [uuid.uuid4() for _ in range(50)]
print({u.version for u in fours}, {u.variant for u in fours}, len(set(fours)))
print(all(u.hex[12] == '4' and u.hex[16] in '89ab' for u in fours))
print(type(fours[0]).__name__, fours[0].is_safe)

# getnode: a stable 48-bit int.
node = uuid.getnode()
print(type(node).__name__, 0 <= node < 1 << 48, node == uuid.getnode())

# uuid1 with explicit node and clock sequence.
u = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(u.version, u.variant, hex(u.node), hex(u.clock_seq), u.is_safe)
print(uuid.uuid1(node=0, clock_seq=0xffff).clock_seq)
print(uuid.uuid1(node=5, clock_seq=-1).clock_seq)
unix = (u.time - 0x01b21dd213814000) / 1e7
print(abs(unix - time.time()) < 60)
ones = [uuid.uuid1() for _ in range(20)]
print({x.version for x in ones}, {x.variant for x in ones}, len(set(ones)))
print(all(x.node == node for x in ones))
print(all(0 <= x.clock_seq < 1 << 14 for x in ones))
print(all(ones[i].time < ones[i + 1].time for i in range(19)))

# Ordering and hashing.
a, b, c = UUID(int=1), UUID(int=2), UUID(int=1, is_safe=uuid.SafeUUID.safe)
print(a == c, a != b, a < b, a <= c, b > a, b >= a, a > b, a == b)
print(hash(a) == hash(c) == hash(1), int(a), a.__int__())
print(sorted([UUID(int=3), UUID(int=1), UUID(int=2)]))
print(max(spaces), min(spaces))
print({a: 'one'}[c], len({a, b, c}))
print(weakref.ref(a)() is a)

# Pickling and copying keep the value and is_safe.
for src in [a, c, UUID(int=9, is_safe=uuid.SafeUUID.unsafe), uuid.NAMESPACE_DNS]:
    print(src.__getstate__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(src, proto))
        assert back == src and back.is_safe is src.is_safe, proto
    print(repr(back), back.is_safe, copy.copy(src).is_safe, copy.deepcopy(src) == src)
n = UUID.__new__(UUID)
n.__setstate__({'int': 7, 'extra': 1})
print(n, n.is_safe)
n = UUID.__new__(UUID)
n.__setstate__({'int': 7, 'is_safe': -1})
print(n, n.is_safe)
n = UUID.__new__(UUID)
n.__setstate__({'int': 7, 'is_safe': None})
print(n, n.is_safe)


class Sub(UUID):
    pass


s = Sub(int=3)
print(repr(s), s == UUID(int=3), type(copy.copy(s)).__name__, str(s))
print(type(pickle.loads(pickle.dumps(s))).__name__)
try:
    s.extra = 1
except TypeError as e:
    print('TypeError', e)
print(format(a), f'{a}', '%s' % a)


# The command-line entry point.
def run_main(*argv):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ['uuid.py'] + list(argv)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            uuid.main()
        code = 0
    except SystemExit as e:
        code = e.code
    except Exception as e:
        code = type(e).__name__ + ': ' + str(e)
    finally:
        sys.argv = saved
    print(code, repr(out.getvalue()), err.getvalue().splitlines()[-1:])


run_main('-u', 'uuid3', '-n', '@dns', '-N', 'python.org')
run_main('--uuid', 'uuid5', '--namespace', '@url', '--name', 'python.org')
run_main('-u', 'uuid5', '-n', '6ba7b812-9dad-11d1-80b4-00c04fd430c8', '-N', 'x')
run_main('-u', 'uuid3')
run_main('-u', 'uuid5', '-n', '@bad', '-N', 'x')
run_main('-u', 'uuid7')
out = io.StringIO()
saved = sys.argv
sys.argv = ['uuid.py']
with contextlib.redirect_stdout(out):
    uuid.main()
sys.argv = saved
print(UUID(out.getvalue().strip()).version)
