import io
import os


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open('c.txt', 'w') as f:
    f.write('line1\nline2\n')
print('with closed', f.closed)

OPS = [
    ('read', lambda f: f.read()),
    ('read(1)', lambda f: f.read(1)),
    ('readline', lambda f: f.readline()),
    ('readlines', lambda f: f.readlines()),
    ('write', lambda f: f.write('x' if isinstance(f, io.TextIOBase) else b'x')),
    ('writelines', lambda f: f.writelines([])),
    ('flush', lambda f: f.flush()),
    ('seek', lambda f: f.seek(0)),
    ('tell', lambda f: f.tell()),
    ('truncate', lambda f: f.truncate()),
    ('fileno', lambda f: f.fileno()),
    ('isatty', lambda f: f.isatty()),
    ('readable', lambda f: f.readable()),
    ('writable', lambda f: f.writable()),
    ('seekable', lambda f: f.seekable()),
    ('next', lambda f: next(f)),
    ('iter', lambda f: iter(f)),
    ('enter', lambda f: f.__enter__()),
    ('peek', lambda f: f.peek(1)),
    ('read1', lambda f: f.read1(1)),
    ('readinto', lambda f: f.readinto(bytearray(2))),
    ('readall', lambda f: f.readall()),
    ('detach', lambda f: f.detach()),
    ('name', lambda f: f.name),
    ('mode', lambda f: f.mode),
    ('encoding', lambda f: f.encoding),
    ('newlines', lambda f: f.newlines),
    ('raw', lambda f: type(f.raw).__name__),
]

for mode, buffering in [('r', -1), ('w', -1), ('r+', -1), ('rb', -1), ('wb', -1), ('r+b', -1),
                        ('rb', 0), ('wb', 0)]:
    f = open('c.txt', mode, buffering=buffering)
    f.close()
    print('--', mode, buffering, type(f).__name__, f.closed)
    show('close again', f.close)
    for name, op in OPS:
        if hasattr(type(f), name.split('(')[0]) or name in ('next', 'iter', 'enter'):
            show('  ' + name, lambda: op(f))

print('-- repr of closed files')
for mode, buffering in [('r', -1), ('rb', -1), ('rb', 0)]:
    f = open('c.txt', mode, buffering=buffering)
    f.close()
    print(repr(f))

print('-- with blocks')
with open('c.txt') as f:
    print(f.closed, f.__enter__() is f)
print(f.closed, f.__exit__(None, None, None))
try:
    with open('c.txt') as f:
        raise KeyError('inside')
except KeyError as e:
    print('exc', repr(e), f.closed)
show('with on closed', lambda: [None for _ in [0] if f.__enter__()])

print('-- detach')
f = open('c.txt', 'r')
b = f.detach()
print(type(b).__name__, b.closed, repr(b.read()))
show('after detach read', f.read)
show('after detach closed', lambda: f.closed)
show('after detach repr', lambda: repr(f))
show('after detach close', f.close)
show('after detach detach', f.detach)
raw = b.detach()
print(type(raw).__name__, raw.closed)
show('buffered after detach', lambda: b.read())
show('buffered repr', lambda: repr(b))
show('buffered closed', lambda: b.closed)
raw.close()

print('-- fileno and closefd')
with open('c.txt', 'w') as f:
    f.write('line1\nline2\n')
f = open('c.txt', 'rb')
fd = f.fileno()
print(isinstance(fd, int), f.raw.fileno() == fd, f.raw.closefd)
g = open(fd, 'rb', closefd=False)
print(g.name == fd, g.read(5), g.raw.closefd)
g.close()
print('still open', f.read(1), f.closed)
f.close()
show('os.read closed fd', lambda: os.read(fd, 1))
fd = os.open('c.txt', os.O_RDONLY)
with open(fd) as h:
    print(h.name == fd, repr(h.readline()))
show('fd closed by with', lambda: os.read(fd, 1))

print('-- del and close()')
f = open('c.txt', 'w')
f.write('gone')
del f
with open('c.txt') as f:
    print(repr(f.read()))
