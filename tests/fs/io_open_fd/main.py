import io
import os


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open('f.txt', 'w') as f:
    f.write('hello fd\nsecond\n')

print('-- open() on a descriptor')
fd = os.open('f.txt', os.O_RDONLY)
f = open(fd)
print(f.name == fd, f.mode, repr(f.readline()), f.buffer.raw.closefd)
print(repr(f).replace(str(fd), 'FD'))
print(repr(f.buffer).replace(str(fd), 'FD'), repr(f.buffer.raw).replace(str(fd), 'FD'))
f.close()
show('fd closed with the file', lambda: os.fstat(fd))

fd = os.open('f.txt', os.O_RDONLY)
with open(fd, 'rb', closefd=False) as f:
    print(f.read(5), f.raw.closefd)
print('fd still open', os.read(fd, 3))
with open(fd, 'r', closefd=False) as f:
    print(repr(f.read()))
os.close(fd)

print('-- os.open flags and modes')
fd = os.open('new.txt', os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
with open(fd, 'w') as f:
    print(f.writable(), f.readable(), f.write('via fd\n'))
show('read through write-only fd', lambda: open(os.open('new.txt', os.O_WRONLY), 'r').read())
fd = os.open('new.txt', os.O_RDWR | os.O_APPEND)
with open(fd, 'a+') as f:
    f.write('appended\n')
    f.seek(0)
    print(repr(f.read()))
show('O_EXCL existing', lambda: os.open('new.txt', os.O_WRONLY | os.O_CREAT | os.O_EXCL))

print('-- opener')
calls = []


def opener(path, flags):
    calls.append((path, flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND | os.O_EXCL)))
    return os.open(path, flags)


for mode in ['r', 'w', 'a', 'r+', 'x']:
    if mode == 'x' and os.path.exists('op.txt'):
        os.remove('op.txt')
    with open('op.txt' if mode != 'r' else 'f.txt', mode, opener=opener) as f:
        print(mode, f.name, f.mode, type(f.buffer.raw).__name__)
expect = {'r': os.O_RDONLY, 'w': os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
          'a': os.O_WRONLY | os.O_CREAT | os.O_APPEND, 'r+': os.O_RDWR,
          'x': os.O_WRONLY | os.O_CREAT | os.O_EXCL}
for (path, flags), mode in zip(calls, ['r', 'w', 'a', 'r+', 'x']):
    print(path, mode, flags == expect[mode])
show('opener returns -1', lambda: open('f.txt', opener=lambda p, fl: -1))
show('opener returns str', lambda: open('f.txt', opener=lambda p, fl: 'x'))
show('opener raises', lambda: open('f.txt', opener=lambda p, fl: os.open('missing', fl)))

print('-- FileIO on descriptors')
fd = os.open('f.txt', os.O_RDONLY)
r = io.FileIO(fd)
print(r.name == fd, r.mode, r.closefd, r.read(5))
r.close()
show('FileIO closed fd', lambda: os.read(fd, 1))
show('FileIO bad fd', lambda: io.FileIO(99999))
show('FileIO negative', lambda: io.FileIO(-3))
show('FileIO closefd name', lambda: io.FileIO('f.txt', closefd=False))
show('FileIO bool', lambda: io.FileIO(True, closefd=False).name)

print(sorted(os.listdir('.')))

print('-- os.fdopen')
fd = os.open('f.txt', os.O_RDONLY)
with os.fdopen(fd) as f:
    print(type(f).__name__, repr(f.readline()))
show('fdopen closed fd', lambda: os.read(fd, 1))
fd = os.open('f.txt', os.O_RDONLY)
with os.fdopen(fd, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(3))
show('fdopen bad type', lambda: os.fdopen('f.txt'))
