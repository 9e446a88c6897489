import os
import stat


def attempt(label, func, *args, **kw):
    try:
        print(label, 'ok', repr(func(*args, **kw)))
    except OSError as e:
        print(label, type(e).__name__, e.errno, repr(e.filename), repr(e.filename2), '|', e)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


print(os.stat('orig.txt').st_nlink)
os.link('orig.txt', 'hard.txt')
print(os.stat('orig.txt').st_nlink, os.stat('hard.txt').st_nlink)
print(os.stat('orig.txt').st_ino == os.stat('hard.txt').st_ino)
os.link(b'hard.txt', b'third.txt')
print(os.stat('orig.txt').st_nlink)
with open('hard.txt', 'a') as f:
    f.write(' + more')
with open('orig.txt') as f:
    print(f.read())
os.remove('orig.txt')
print(os.stat('hard.txt').st_nlink, os.path.islink('hard.txt'))
with open('third.txt') as f:
    print(f.read())
attempt('link exists', os.link, 'hard.txt', 'third.txt')
attempt('link missing', os.link, 'orig.txt', 'x.txt')
attempt('link to missing dir', os.link, 'hard.txt', 'no/x.txt')
attempt('link type', os.link, 'hard.txt', None)
attempt('link kw', os.link, src='hard.txt', dst='fourth.txt')
print(os.stat('fourth.txt').st_nlink)

print('utime')
os.utime('hard.txt', ns=(10**18, 2 * 10**18))
st = os.stat('hard.txt')
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
print(os.stat('third.txt').st_mtime_ns)
os.utime('hard.txt', times=(100, 200))
st = os.stat('hard.txt')
print(st.st_atime_ns, st.st_mtime_ns, st.st_atime, st.st_mtime)
os.utime('hard.txt', (100.25, 200.75))
st = os.stat('hard.txt')
print(st.st_atime_ns, st.st_mtime_ns)
os.utime('hard.txt', ns=(5, 123456789))
st = os.stat('hard.txt')
print(st.st_atime_ns, st.st_mtime_ns)
os.utime('hard.txt')
print(os.stat('hard.txt').st_mtime_ns > 10**18)
os.utime('hard.txt', None)
print(os.stat('hard.txt').st_mtime > 1.6e9)
os.mkdir('d')
os.utime('d', ns=(7 * 10**17, 8 * 10**17))
print(os.stat('d').st_mtime_ns)
os.utime(b'd', times=(1, 2))
print(os.stat('d').st_mtime_ns)
with open('hard.txt') as f:
    os.utime(f.fileno(), ns=(3, 4 * 10**9))
print(os.stat('hard.txt').st_mtime_ns)
attempt('utime missing', os.utime, 'missing', ns=(1, 2))
attempt('utime both', os.utime, 'hard.txt', (1, 2), ns=(1, 2))
attempt('utime bad times', os.utime, 'hard.txt', (1,))
attempt('utime bad times type', os.utime, 'hard.txt', [1, 2])
attempt('utime bad ns', os.utime, 'hard.txt', ns=(1.5, 2))
attempt('utime ns list', os.utime, 'hard.txt', ns=[1, 2])
attempt('utime str', os.utime, 'hard.txt', ('a', 'b'))

print('truncate')
os.truncate('hard.txt', 4)
with open('third.txt', 'rb') as f:
    print(f.read())
os.truncate(b'hard.txt', 6)
with open('hard.txt', 'rb') as f:
    print(f.read())
os.truncate('hard.txt', 0)
print(os.path.getsize('hard.txt'), os.stat('third.txt').st_size)
with open('hard.txt', 'r+') as f:
    f.write('abcdefgh')
    f.flush()
    os.truncate(f.fileno(), 3)
print(os.path.getsize('hard.txt'))
attempt('truncate missing', os.truncate, 'missing', 0)
attempt('truncate dir', os.truncate, 'd', 0)
attempt('truncate negative', os.truncate, 'hard.txt', -1)
attempt('truncate type', os.truncate, 1.5, 0)
