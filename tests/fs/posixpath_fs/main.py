# os.path queries on files, directories and symlinks the test creates itself.
import os

P = os.path


def write(path, text):
    f = open(path, 'w')
    f.write(text)
    f.close()


os.mkdir('d')
os.mkdir('d/sub')
write('d/file.txt', 'hello world\n')
write('d/empty', '')
os.symlink('file.txt', 'd/link_file')
os.symlink('sub', 'd/link_dir')
os.symlink('missing', 'd/dangling')
os.symlink('link_file', 'd/link_link')

names = ['d', 'd/', 'd/sub', 'd/file.txt', 'd/file.txt/', 'd/empty', 'd/link_file',
         'd/link_dir', 'd/link_dir/', 'd/dangling', 'd/link_link', 'd/missing', '',
         'd/sub/..', 'd/./file.txt']
print('name exists lexists isfile isdir islink ismount isjunction')
for name in names:
    print(repr(name), P.exists(name), P.lexists(name), P.isfile(name), P.isdir(name),
          P.islink(name), P.ismount(name), P.isjunction(name))
# (ismount('.') is left out: the folder is the root of pyrs's file system)
print(P.exists('.'), P.isdir('.'), P.islink('.'), P.isdir(b'.'), P.exists(b''))

print('--- bytes and PathLike arguments')
class Pth:
    def __init__(self, value):
        self.value = value
    def __fspath__(self):
        return self.value
for arg in [b'd/file.txt', b'd/link_dir', b'd/dangling', Pth('d/sub'), Pth(b'd/link_file')]:
    print(P.exists(arg), P.lexists(arg), P.isfile(arg), P.isdir(arg), P.islink(arg))

print('--- sizes and times')
print(P.getsize('d/file.txt'), P.getsize('d/empty'), P.getsize(b'd/link_file'))
st = os.stat('d/file.txt')
print(P.getmtime('d/file.txt') == st.st_mtime, P.getatime('d/file.txt') == st.st_atime,
      P.getctime('d/file.txt') == st.st_ctime)
print(type(P.getmtime('d/file.txt')).__name__)
os.utime('d/empty', (1000000, 2000000))
print(P.getatime('d/empty'), P.getmtime('d/empty'))
for func in (P.getsize, P.getmtime, P.getatime, P.getctime):
    try:
        func('d/dangling')
    except OSError as e:
        print(func.__name__, type(e).__name__, e.errno, e.filename)

print('--- samefile / samestat / sameopenfile')
print(P.samefile('d/file.txt', 'd/link_file'), P.samefile('d/file.txt', 'd/./file.txt'))
print(P.samefile('d/file.txt', 'd/empty'), P.samefile('d/sub', 'd/link_dir'))
print(P.samefile(b'd/link_link', b'd/file.txt'), P.samefile('d/sub/..', 'd'))
print(P.samestat(os.stat('d/link_file'), os.stat('d/file.txt')))
print(P.samestat(os.lstat('d/link_file'), os.stat('d/file.txt')))
try:
    P.samefile('d/file.txt', 'd/dangling')
except OSError as e:
    print(type(e).__name__, e)
fd1 = os.open('d/file.txt', os.O_RDONLY)
fd2 = os.open('d/link_file', os.O_RDONLY)
fd3 = os.open('d/empty', os.O_RDONLY)
print(P.sameopenfile(fd1, fd2), P.sameopenfile(fd1, fd3))
os.close(fd1)
os.close(fd2)
os.close(fd3)

print('--- after changes')
os.remove('d/file.txt')
print(P.exists('d/link_file'), P.lexists('d/link_file'), P.islink('d/link_link'))
os.rename('d/empty', 'd/file.txt')
print(P.isfile('d/link_link'), P.getsize('d/link_link'))
os.rmdir('d/sub')
print(P.isdir('d/link_dir'), P.islink('d/link_dir'), P.exists('d/sub'))
print(sorted(os.listdir('d')))
