import os
import stat

os.symlink('file.txt', 'top/link_file')
os.symlink('sub', 'top/link_dir')
os.symlink('nowhere', 'top/link_broken')


def show(entry):
    print(repr(entry), entry.name, entry.path,
          entry.is_dir(), entry.is_file(), entry.is_symlink(),
          entry.is_dir(follow_symlinks=False), entry.is_file(follow_symlinks=False))


entries = sorted(os.scandir('top'), key=lambda e: e.name)
for e in entries:
    show(e)
print([type(e).__name__ for e in entries][:1])
print(isinstance(entries[0], os.DirEntry))

by_name = {e.name: e for e in entries}
st = by_name['file.txt'].stat()
print(st.st_size, stat.S_ISREG(st.st_mode))
st = by_name['link_file'].stat()
print(st.st_size, stat.S_ISREG(st.st_mode))
st = by_name['link_file'].stat(follow_symlinks=False)
print(stat.S_ISLNK(st.st_mode), st.st_size == len('file.txt'))
print(stat.S_ISDIR(by_name['link_dir'].stat().st_mode))
try:
    by_name['link_broken'].stat()
except OSError as e:
    print(type(e).__name__, e)
print(stat.S_ISLNK(by_name['link_broken'].stat(follow_symlinks=False).st_mode))
print(os.fspath(by_name['sub']), os.path.join(by_name['sub'], 'inner'))
print(by_name['file.txt'].inode() == os.stat('top/file.txt').st_ino)
print(by_name['file.txt'].is_junction())

# with-statement and close
with os.scandir('top/sub') as it:
    print(type(it).__name__)
    print([e.name for e in it])
it = os.scandir('top/sub')
it.close()
print(list(it))
with os.scandir('top/sub') as it:
    first = next(it)
    print(first.name)
    try:
        next(it)
    except StopIteration:
        print('StopIteration')

# trailing slash and dot paths
print(sorted(e.path for e in os.scandir('top/sub/')))
print(sorted(e.path for e in os.scandir('./top/sub')))
os.chdir('top')
print(sorted(e.path for e in os.scandir()))
print(sorted(e.path for e in os.scandir('.')))
os.chdir('..')

# bytes
for e in sorted(os.scandir(b'top'), key=lambda e: e.name):
    print(e.name, e.path, e.is_dir())

# entries are snapshots: removing the file after scanning
ents = list(os.scandir('top/sub'))
os.remove('top/sub/inner')
print(ents[0].name, ents[0].is_file())

# errors
for bad in ['missing', 'top/file.txt', b'missing']:
    try:
        os.scandir(bad)
    except OSError as e:
        print(type(e).__name__, e)
try:
    os.scandir(1.5)
except TypeError as e:
    print(type(e).__name__, e)
