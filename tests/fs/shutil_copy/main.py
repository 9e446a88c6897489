import io
import os
import shutil


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


def read(path):
    with open(path) as f:
        return f.read()


class Recorder:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)


print(shutil.COPY_BUFSIZE)
src = io.BytesIO(b'abcdefgh')
rec = Recorder()
shutil.copyfileobj(src, rec, 3)
print(rec.chunks)
rec = Recorder()
shutil.copyfileobj(io.BytesIO(b'x' * 100000), rec)
print([len(c) for c in rec.chunks])
rec = Recorder()
shutil.copyfileobj(io.StringIO('text data'), rec, length=4)
print(rec.chunks)
rec = Recorder()
shutil.copyfileobj(io.BytesIO(b''), rec)
print(rec.chunks)

os.mkdir('work')
os.chdir('work')
with open('a.txt', 'w') as f:
    f.write('hello\nworld\n')
show('copyfile', shutil.copyfile, 'a.txt', 'b.txt')
print(repr(read('b.txt')))
with open('b.txt', 'w') as f:
    f.write('old content that is longer')
show('copyfile over', shutil.copyfile, 'a.txt', 'b.txt')
print(repr(read('b.txt')))
show('same', shutil.copyfile, 'a.txt', 'a.txt')
show('same dot', shutil.copyfile, 'a.txt', './a.txt')
show('missing src', shutil.copyfile, 'nope.txt', 'c.txt')
print(os.path.exists('c.txt'))
os.mkdir('d')
show('dst dir', shutil.copyfile, 'a.txt', 'd')
show('dst in missing dir', shutil.copyfile, 'a.txt', 'nodir/x.txt')
show('src dir', shutil.copyfile, 'd', 'e.txt')
show('copy into dir', shutil.copy, 'a.txt', 'd')
print(sorted(os.listdir('d')), repr(read('d/a.txt')))
show('copy2 new name', shutil.copy2, 'a.txt', 'd/a2.txt')
show('copy same', shutil.copy, 'a.txt', '.')
show('copy missing', shutil.copy, 'nope.txt', 'd')
show('copy2 missing', shutil.copy2, 'nope.txt', 'd/n.txt')

os.utime('a.txt', (1000000000, 1200000000))
shutil.copy2('a.txt', 'd/t.txt')
st = os.stat('d/t.txt')
print('copy2 times', int(st.st_mtime), st.st_mtime_ns == os.stat('a.txt').st_mtime_ns)
shutil.copy('a.txt', 'd/u.txt')
print('copy keeps times', int(os.stat('d/u.txt').st_mtime) == 1200000000)
shutil.copystat('a.txt', 'd/u.txt')
print('copystat', int(os.stat('d/u.txt').st_mtime))
show('copystat missing dst', shutil.copystat, 'a.txt', 'zz.txt')
show('copystat missing src', shutil.copystat, 'zz.txt', 'a.txt')
show('copymode', shutil.copymode, 'a.txt', 'b.txt')
show('copymode missing dst', shutil.copymode, 'a.txt', 'zz.txt')
show('copymode missing src', shutil.copymode, 'zz.txt', 'a.txt')

os.symlink('a.txt', 'link.txt')
show('copyfile link', shutil.copyfile, 'link.txt', 'l1.txt')
print(os.path.islink('l1.txt'), repr(read('l1.txt')))
show('copyfile nofollow', shutil.copyfile, 'link.txt', 'l2.txt', follow_symlinks=False)
print(os.path.islink('l2.txt'), os.readlink('l2.txt'))
show('copy nofollow', shutil.copy, 'link.txt', 'l3.txt', follow_symlinks=False)
print(os.path.islink('l3.txt'), os.readlink('l3.txt'))
show('copy2 nofollow', shutil.copy2, 'link.txt', 'l4.txt', follow_symlinks=False)
print(os.path.islink('l4.txt'))
show('copy link to self', shutil.copyfile, 'link.txt', 'a.txt')
os.symlink('missing.txt', 'dangling')
show('copy dangling', shutil.copyfile, 'dangling', 'x.txt')
show('copy dangling nofollow', shutil.copy2, 'dangling', 'x2', follow_symlinks=False)
print(os.path.islink('x2'), os.readlink('x2'))

print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
print(issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ReadError, OSError))
print(issubclass(shutil.ExecError, OSError), issubclass(shutil.RegistryError, OSError))
print(sorted(os.listdir('.')))
