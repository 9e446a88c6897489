# stat constants, the S_IS*/S_IMODE/S_IFMT functions, and st_mode of real files.
import os
import stat

for name in ['ST_MODE', 'ST_INO', 'ST_DEV', 'ST_NLINK', 'ST_UID', 'ST_GID',
             'ST_SIZE', 'ST_ATIME', 'ST_MTIME', 'ST_CTIME']:
    print(name, getattr(stat, name))

for name in ['S_IFDIR', 'S_IFCHR', 'S_IFBLK', 'S_IFREG', 'S_IFIFO', 'S_IFLNK',
             'S_IFSOCK', 'S_IFDOOR', 'S_IFPORT', 'S_IFWHT', 'S_ISUID',
             'S_ISGID', 'S_ENFMT', 'S_ISVTX', 'S_IREAD', 'S_IWRITE', 'S_IEXEC',
             'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP',
             'S_IWGRP', 'S_IXGRP', 'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH']:
    print(name, oct(getattr(stat, name)))

for name in ['UF_NODUMP', 'UF_IMMUTABLE', 'UF_APPEND', 'UF_OPAQUE',
             'UF_NOUNLINK', 'UF_COMPRESSED', 'UF_HIDDEN', 'SF_ARCHIVED',
             'SF_IMMUTABLE', 'SF_APPEND', 'SF_NOUNLINK', 'SF_SNAPSHOT']:
    print(name, hex(getattr(stat, name)))

names = sorted(n for n in dir(stat) if n.startswith('FILE_ATTRIBUTE_'))
print(len(names))
for name in names:
    print(name, getattr(stat, name))

tests = ['S_ISDIR', 'S_ISCHR', 'S_ISBLK', 'S_ISREG', 'S_ISFIFO', 'S_ISLNK',
         'S_ISSOCK', 'S_ISDOOR', 'S_ISPORT', 'S_ISWHT']
kinds = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG,
         stat.S_IFIFO, stat.S_IFLNK, stat.S_IFSOCK, 0]
for test in tests:
    func = getattr(stat, test)
    print(test, [func(kind | 0o755) for kind in kinds])

for mode in [0, 0o755, 0o100644, 0o40755, 0o127777, 0o177777, 2**32 - 1]:
    print(oct(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))

for func in [stat.S_IMODE, stat.S_IFMT, stat.S_ISDIR, stat.S_ISDOOR]:
    for bad in [-1, 2**32, 2**64, 0.5, 'x']:
        try:
            print(func.__name__, repr(func(bad)))
        except Exception as e:
            print(func.__name__, repr(bad), type(e).__name__, e)

# Real files: only the file-type bits are compared (WASI has no permissions).
os.mkdir('sub')
with open('sub/file.txt', 'w') as f:
    f.write('data')
for path in ['.', 'sub', 'sub/file.txt']:
    mode = os.stat(path).st_mode
    print(path, stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode),
          stat.filemode(mode)[0], oct(stat.S_IFMT(mode)))
    print(path, os.stat(path)[stat.ST_MODE] == mode)
os.remove('sub/file.txt')
os.rmdir('sub')
print(sorted(os.listdir('.')))
