import os


def attempt(label, func, *args):
    try:
        print(label, 'ok', repr(func(*args)))
    except OSError as e:
        print(label, type(e).__name__, e.errno, repr(e.filename), '|', e)
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


def content(path):
    with open(path, 'rb') as f:
        return f.read()


# O_TRUNC empties, O_CREAT alone opens read-only
fd = os.open('existing.txt', os.O_RDWR | os.O_TRUNC)
print(os.fstat(fd).st_size, os.read(fd, 10))
os.close(fd)
fd = os.open('created.txt', os.O_CREAT)
print(os.fstat(fd).st_size)
attempt('write to O_CREAT-only fd', os.write, fd, b'x')
os.close(fd)
print(content('created.txt'))

# writing past the end leaves a hole of zeros
fd = os.open('holes.bin', os.O_RDWR | os.O_CREAT)
print(os.lseek(fd, 5, os.SEEK_SET), os.write(fd, b'end'))
print(os.lseek(fd, 0, os.SEEK_END), os.fstat(fd).st_size)
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
os.close(fd)

# O_APPEND writes at the end whatever the position
fd = os.open('holes.bin', os.O_WRONLY | os.O_APPEND)
os.lseek(fd, 0, os.SEEK_SET)
os.write(fd, b'+A')
print(os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
print(content('holes.bin'))

# other buffer types and large data
fd = os.open('buf.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, bytearray(b'ba')), os.write(fd, b'mv'))
big = bytes(range(256)) * 400
print(os.write(fd, big))
os.close(fd)
fd = os.open('buf.bin', os.O_RDONLY)
chunks = []
while True:
    chunk = os.read(fd, 4096)
    if not chunk:
        break
    chunks.append(len(chunk))
os.close(fd)
print(len(chunks), sum(chunks), chunks[0], content('buf.bin')[:6])

# two descriptors on one file have their own offsets
a = os.open('existing.txt', os.O_RDWR)
b = os.open('existing.txt', os.O_RDONLY)
os.write(a, b'shared')
print(os.read(b, 3), os.read(b, 10), os.lseek(a, 0, os.SEEK_CUR))
os.close(a)
os.close(b)

# fds from open() and os.open agree
with open('existing.txt', 'rb') as f:
    print(os.read(f.fileno(), 4), f.read())
with open('existing.txt', 'wb', buffering=0) as f:
    os.write(f.fileno(), b'via fd')
print(content('existing.txt'))
attempt('read on a string', os.read, 'existing.txt', 1)
attempt('read with float fd', os.read, 1.0, 1)
attempt('lseek str whence', os.lseek, 0, 0, 'x')
attempt('fstat negative', os.fstat, -5)
attempt('close 999', os.close, 999)
attempt('os.open dir_fd', lambda: os.open('x', os.O_RDONLY, dir_fd=None))
attempt('exclusive new', lambda: os.close(os.open('excl.txt', os.O_CREAT | os.O_EXCL | os.O_WRONLY)))
print(os.path.exists('excl.txt'))
attempt('isatty file', lambda: os.isatty(os.open('excl.txt', os.O_RDONLY)))
