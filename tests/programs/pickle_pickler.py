# pickle: Pickler/Unpickler objects and their hooks.
import io
import pickle
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


# persistent_id / persistent_load
class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ('Point', obj.x, obj.y)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, x, y = pid
        return 'loaded %s(%d, %d)' % (kind, x, y)


for p in range(1, 6):
    buf = io.BytesIO()
    DBPickler(buf, p).dump([Point(1, 2), 'other', Point(1, 2)])
    data = buf.getvalue()
    print('pid', p, data)
    print('  ', DBUnpickler(io.BytesIO(data)).load())


class TextPid(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ref-%s' % obj if isinstance(obj, int) and obj > 100 else None


buf = io.BytesIO()
TextPid(buf, 0).dump([1, 200])
print('pid0', buf.getvalue())
u = pickle.Unpickler(io.BytesIO(buf.getvalue()))
u.persistent_load = lambda pid: pid.upper()
print('  ', u.load())
try:
    pickle.loads(buf.getvalue())
except Exception as e:
    print(type(e).__name__, e)


class BadPid(pickle.Pickler):
    def persistent_id(self, obj):
        return 42 if obj == 'x' else None


buf = io.BytesIO()
BadPid(buf, 0).dump(['x'])
print('int pid', buf.getvalue())


class UnicodePid(pickle.Pickler):
    def persistent_id(self, obj):
        return '\xe9' if obj == 'x' else None


try:
    UnicodePid(io.BytesIO(), 0).dump(['x'])
except Exception as e:
    print(type(e).__name__, e)

# dispatch_table, per class and per instance
def reduce_point(pt):
    return (Point, (pt.y, pt.x))


class TablePickler(pickle.Pickler):
    dispatch_table = {Point: reduce_point}


for p in (0, 2, 4):
    buf = io.BytesIO()
    TablePickler(buf, p).dump(Point(1, 2))
    print('table', p, buf.getvalue(), pickle.loads(buf.getvalue()))
buf = io.BytesIO()
pk = pickle.Pickler(buf, 3)
pk.dispatch_table = copyreg.dispatch_table.copy()
pk.dispatch_table[Point] = lambda pt: (Point, (0, 0))
pk.dump(Point(5, 6))
print('instance table', pickle.loads(buf.getvalue()))

# reducer_override
class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is TablePickler:
            return (str, ('no class',))
        if isinstance(obj, Point):
            return (Point, (obj.x * 10, obj.y * 10))
        return NotImplemented


for p in (2, 5):
    buf = io.BytesIO()
    Override(buf, p).dump([Point(1, 2), Point, 7, TablePickler])
    print('override', p, buf.getvalue(), pickle.loads(buf.getvalue()))

# find_class override
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError('global %s.%s is forbidden' % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 3))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

# memo, clear_memo, several dumps on one pickler
buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
shared = ['s']
pk.dump(shared)
pk.dump(shared)
print('memo size', len(pk.memo.copy()), sorted(v[0] for v in pk.memo.copy().values()))
pk.clear_memo()
pk.dump(shared)
print('three dumps', buf.getvalue())
buf.seek(0)
up = pickle.Unpickler(buf)
first = up.load()
second = up.load()
third = up.load()
print(first, second, third, first is second, first is third, len(up.memo.copy()))
try:
    up.load()
except EOFError as e:
    print('EOFError', e)

# fast mode
buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
pk.fast = 1
pk.dump([shared, shared])
print('fast', buf.getvalue(), pk.fast, pk.bin)

# dump/load on files, protocol choices
for proto in (None, -1, 0, 5):
    buf = io.BytesIO()
    pickle.dump({'k': (1, 2)}, buf, proto)
    buf.seek(0)
    print('file', proto, buf.getvalue(), pickle.load(buf))
print(pickle.dumps([1], fix_imports=False), pickle.dumps(range(2), 2, fix_imports=False))
print(pickle.loads(b'\x80\x02c__builtin__\nxrange\nK\x00K\x02\x86R.'))
try:
    pickle.loads(b'\x80\x02c__builtin__\nxrange\nK\x00K\x02\x86R.', fix_imports=False)
except Exception as e:
    print(type(e).__name__)
for bad in (6, 100):
    try:
        pickle.Pickler(io.BytesIO(), bad)
    except ValueError as e:
        print('ValueError', e)
try:
    pickle.Pickler(io.BytesIO(), 4, buffer_callback=print)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.Pickler(object())
except TypeError as e:
    print('TypeError', e)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
