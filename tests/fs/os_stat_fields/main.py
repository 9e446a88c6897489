import os
import stat

st = os.stat('data.txt')
print(type(st).__name__, repr(st).startswith('os.stat_result(st_mode='))
print(st.st_size, len(st), st[6], st[6] == st.st_size)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISLNK(st.st_mode))
print(stat.S_IFMT(st.st_mode) == stat.S_IFREG)
print(st.st_nlink)
print(isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), isinstance(st[8], int))
print(isinstance(st.st_ino, int), isinstance(st.st_dev, int))
print(st[0] == st.st_mode, st[1] == st.st_ino, st[3] == st.st_nlink)
print(st[-4] == st.st_size, len(tuple(st)), len(st[:3]))
print(os.stat('empty.txt').st_size)

d = os.stat('dir')
print(stat.S_ISDIR(d.st_mode), stat.S_ISREG(d.st_mode))
print(stat.S_ISDIR(os.stat('dir/').st_mode), stat.S_ISDIR(os.stat('.').st_mode))

# utime with ns= gives exact times back
os.utime('data.txt', ns=(1_500_000_000_123_456_789, 1_600_000_000_987_654_321))
st = os.stat('data.txt')
print(st.st_atime_ns, st.st_mtime_ns)
print(st.st_mtime, st.st_atime)
print(st[8], st[7], int(st.st_mtime))
os.utime('data.txt', (1000000000, 1234567890))
st = os.stat('data.txt')
print(st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
os.utime('data.txt', times=(1.5, 2.25))
st = os.stat('data.txt')
print(st.st_atime_ns, st.st_mtime_ns, st.st_atime, st.st_mtime)

# lstat and fstat
print(os.lstat('data.txt').st_size, stat.S_ISREG(os.lstat('data.txt').st_mode))
with open('data.txt', 'rb') as f:
    fs = os.fstat(f.fileno())
    print(fs.st_size, stat.S_ISREG(fs.st_mode), fs.st_mtime_ns)
    print(os.stat(f.fileno()).st_size)
with open('data.txt', 'a') as f:
    f.write('!!')
    f.flush()
    print(os.fstat(f.fileno()).st_size)
print(os.stat('data.txt').st_size)
print(os.stat(b'data.txt').st_size, os.stat(path='data.txt').st_size)
print(os.stat('data.txt', follow_symlinks=False).st_size)

# equality of two stats of the same unchanged file
print(os.stat('dir/inner') == os.stat('dir/inner'))

# errors
for bad in ['missing', 'data.txt/x', b'missing', '', 'dir/missing/deeper']:
    try:
        os.stat(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, repr(e.filename), e.strerror, '|', e)
try:
    os.lstat('nope')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.fstat(9999)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, '|', e)
try:
    os.stat(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.stat(2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.lstat(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.fstat('data.txt')
except TypeError as e:
    print(type(e).__name__, e)
