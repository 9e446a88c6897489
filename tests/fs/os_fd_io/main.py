import os


def attempt(label, func, *args):
    try:
        print(label, 'ok', repr(func(*args)))
    except OSError as e:
        print(label, type(e).__name__, e.errno, repr(e.filename), '|', e)
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


fd = os.open('digits.txt', os.O_RDONLY)
print(type(fd).__name__, fd > 2)
print(os.read(fd, 3), os.read(fd, 4), os.read(fd, 100), os.read(fd, 5))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 2))
print(os.lseek(fd, 2, os.SEEK_CUR), os.read(fd, 2))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 20, os.SEEK_SET), os.read(fd, 1))
print(os.fstat(fd).st_size)
attempt('write to rdonly', os.write, fd, b'x')
attempt('negative seek', os.lseek, fd, -100, os.SEEK_SET)
attempt('bad whence', os.lseek, fd, 0, 7)
attempt('read 0', os.read, fd, 0)
attempt('read negative', os.read, fd, -1)
os.close(fd)
attempt('read closed', os.read, fd, 1)
attempt('close closed', os.close, fd)
attempt('fstat closed', os.fstat, fd)
attempt('lseek closed', os.lseek, fd, 0, 0)
attempt('write closed', os.write, fd, b'a')
attempt('close -1', os.close, -1)
attempt('read bad', os.read, 12345, 1)

fd = os.open('new.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello '), os.write(fd, b'world'), os.write(fd, b''))
attempt('read wronly', os.read, fd, 1)
attempt('write str', os.write, fd, 'text')
os.fsync(fd)
os.ftruncate(fd, 5)
print(os.fstat(fd).st_size)
os.ftruncate(fd, 8)
print(os.fstat(fd).st_size)
attempt('ftruncate negative', os.ftruncate, fd, -1)
os.close(fd)
with open('new.bin', 'rb') as f:
    print(f.read())

fd = os.open('new.bin', os.O_RDWR | os.O_APPEND)
os.write(fd, b'++')
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
os.close(fd)

fd = os.open('rw.txt', os.O_RDWR | os.O_CREAT)
os.write(fd, b'abcdef')
os.lseek(fd, 2, os.SEEK_SET)
os.write(fd, b'XY')
os.lseek(fd, 0, 0)
print(os.read(fd, 10))
os.close(fd)

attempt('excl exists', os.open, 'rw.txt', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
attempt('missing', os.open, 'missing.txt', os.O_RDONLY)
attempt('missing bytes', os.open, b'missing.txt', os.O_RDONLY)
attempt('dir write', os.open, '.', os.O_WRONLY)
attempt('dir under file', os.open, 'rw.txt/x', os.O_RDONLY)
attempt('type', os.open, 1.5, os.O_RDONLY)
attempt('flags type', os.open, 'rw.txt', 'r')
fd = os.open('.', os.O_RDONLY)
attempt('read dir', os.read, fd, 10)
os.close(fd)
fd = os.open('digits.txt', os.O_RDONLY)
with open(fd, 'rb') as f:
    print(f.read(4), f.fileno() == fd)
attempt('closed by file', os.close, fd)
with open('digits.txt') as f:
    os.fsync(f)
    print('fsync file object ok')
attempt('fsync bad', os.fsync, 999)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
