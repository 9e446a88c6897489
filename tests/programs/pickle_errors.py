# pickle: error types and messages when pickling and unpickling.
import pickle
import copyreg


def attempt(label, func):
    try:
        result = func()
        print(label, 'ok', result)
    except Exception as e:
        print(label, type(e).__name__, e)


class R:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


class A:
    pass


for rv in [(), (A,), (A, 1), (A, (), None, 5), (A, (), None, None, 5),
           (A, (), None, None, None, 5), (A, (), None, None, None, None, 7), 5, None,
           (copyreg.__newobj__, ()), (copyreg.__newobj__, (1,)),
           (copyreg.__newobj__, (A,)), (copyreg.__newobj_ex__, (A,)),
           (copyreg.__newobj_ex__, (1, (), {})), (copyreg.__newobj_ex__, (A, [], {})),
           (copyreg.__newobj_ex__, (A, (), [])), (copyreg.__newobj_ex__, (A, (), {}))]:
    attempt('reduce %r' % (rv,) if not isinstance(rv, tuple) or not rv or
            not callable(rv[0]) else 'reduce %s %d' % (rv[0].__name__, len(rv)),
            lambda: pickle.dumps(R(rv), 4))


def outer():
    def inner():
        pass
    return inner


attempt('local', lambda: pickle.dumps(outer(), 2))
attempt('local4', lambda: pickle.dumps(outer(), 4))
attempt('lambda', lambda: pickle.dumps(lambda: 0, 0))


class Renamed:
    pass


Renamed.__qualname__ = 'DoesNotExist'
attempt('missing attr', lambda: pickle.dumps(Renamed, 2))
Ghost = type('Ghost', (), {})
Ghost.__module__ = 'no_such_module_xyz'
attempt('missing module', lambda: pickle.dumps(Ghost, 3))
Impostor = type('A', (), {})
attempt('not same', lambda: pickle.dumps(Impostor, 4))
attempt('generator', lambda: pickle.dumps((x for x in []), 2))
attempt('module', lambda: pickle.dumps(pickle, 4))
attempt('module0', lambda: pickle.dumps(pickle, 0))


class Slots:
    __slots__ = ('a',)


attempt('slots p0', lambda: pickle.dumps(Slots(), 0))
attempt('slots p1', lambda: pickle.dumps(Slots(), 1))
attempt('slots p2', lambda: pickle.dumps(Slots(), 2))


class BadNewargs:
    def __getnewargs__(self):
        return [1]


class BadNewargsEx:
    def __init__(self, value):
        self.value = value

    def __getnewargs_ex__(self):
        return self.value


attempt('getnewargs list', lambda: pickle.dumps(BadNewargs(), 2))
for value in ([], (1,), (1, 2, 3), ([], {}), ((), [])):
    attempt('getnewargs_ex %r' % (value,), lambda: pickle.dumps(BadNewargsEx(value), 4))

attempt('protocol', lambda: pickle.dumps(1, 6))
attempt('loads str', lambda: pickle.loads('abc'))
bad = [b'', b'K', b'K\x01', b'\x00.', b'x', b'\'', b'\xff', b'\x80\x09.', b't.', b'(K\x010.',
       b'h\x05.', b'0.', b'.', b'\x97.', b'K\x01\x93.', b'K\x01K\x02\x93.',
       b'Sabc\n.', b'S"abc\'\n.', b'\x82\x05.', b'\x82\x00.', b'P1\n.', b'Q.', b'I1x\n.',
       b'F1x\n.', b'\x80\x02cbuiltins\nNope\n.', b'\x80\x04\x8c\x08builtins\x8c\x04Nope\x93.',
       b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.', b'X\x05\x00\x00\x00ab.',
       b'\x8b\xff\xff\xff\xff.', b'T\xff\xff\xff\xff.', b'K\x01K\x02\x81.', b'a.',
       b'(K\x01s.', b'K\x01u.', b'N)b.', b'N}b.', b'}K\x01b.']
for data in bad:
    attempt(repr(data), lambda: pickle.loads(data))
attempt('buffers none', lambda: pickle.loads(b'\x97.', buffers=None))
attempt('buffers empty', lambda: pickle.loads(b'\x97.', buffers=[]))
attempt('buffers one', lambda: pickle.loads(b'\x80\x05\x97.', buffers=[b'abc']))

try:
    copyreg.add_extension('m', 'n', 0)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.dumps(R((A, ())), 4)
    print('fine')
except pickle.PicklingError as e:
    print('PicklingError', e)
