import os
import tempfile

ALPHABET = set('abcdefghijklmnopqrstuvwxyz0123456789_')


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


def describe(path, prefix, suffix):
    """What may be printed about a temporary name: never its random part."""
    base = os.path.basename(path)
    middle = base[len(prefix):len(base) - len(suffix)]
    return (os.path.dirname(path) == os.path.abspath('tmpd'),
            base.startswith(prefix), base.endswith(suffix),
            len(middle), set(middle) <= ALPHABET)


print(tempfile.template, tempfile.gettempprefix(), tempfile.gettempprefixb())
os.mkdir('tmpd')
fd, path = tempfile.mkstemp(dir='tmpd')
print(type(fd).__name__, os.path.isabs(path), describe(path, 'tmp', ''))
print(os.write(fd, b'some data'), os.lseek(fd, 0, 0), os.read(fd, 100))
os.close(fd)
print(os.path.isfile(path), os.listdir('tmpd') == [os.path.basename(path)])
os.remove(path)

fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir='tmpd')
os.close(fd)
print(describe(path, 'pre_', '.txt'))
fd, path = tempfile.mkstemp('.s', 'p', 'tmpd', True)
os.close(fd)
print(describe(path, 'p', '.s'))
fd, path = tempfile.mkstemp(prefix='', suffix='', dir='tmpd')
os.close(fd)
print(describe(path, '', ''))
fd, path = tempfile.mkstemp(dir=b'tmpd')
os.close(fd)
print(type(path).__name__, os.path.basename(path).startswith(b'tmp'), len(os.path.basename(path)))
fd, path = tempfile.mkstemp(prefix=b'b_', suffix=b'.bin', dir=b'tmpd')
os.close(fd)
print(os.path.basename(path).startswith(b'b_'), path.endswith(b'.bin'))
show('mixed', tempfile.mkstemp, prefix='a', dir=b'tmpd')
show('mixed suffix', tempfile.mkstemp, suffix=b'.x', prefix='a')
show('mkdtemp mixed', tempfile.mkdtemp, suffix='x', dir=b'tmpd')
try:
    tempfile.mkstemp(dir='no-such-dir')
except OSError as e:
    print('missing dir', type(e).__name__, e.errno)
print(len(os.listdir('tmpd')))

names = set()
for i in range(40):
    fd, path = tempfile.mkstemp(dir='tmpd', prefix='many')
    os.close(fd)
    names.add(path)
print(len(names), len(os.listdir('tmpd')))

d = tempfile.mkdtemp(dir='tmpd', prefix='d_', suffix='_x')
print(os.path.isdir(d), os.path.isabs(d), describe(d, 'd_', '_x'), os.listdir(d))
d = tempfile.mkdtemp(dir=b'tmpd')
print(type(d).__name__, os.path.isdir(d))
try:
    tempfile.mkdtemp(dir='no-such-dir')
except OSError as e:
    print('mkdtemp missing dir', type(e).__name__, e.errno)

name = tempfile.mktemp(dir='tmpd')
print(os.path.dirname(name), os.path.exists(name), len(os.path.basename(name)))
name = tempfile.mktemp('.suf', 'pp', 'tmpd')
print(os.path.dirname(name), name.startswith('tmpd/pp'), name.endswith('.suf'))

tempfile.tempdir = 'tmpd'
print(tempfile.gettempdir(), tempfile.gettempdirb())
fd, path = tempfile.mkstemp()
os.close(fd)
print(describe(path, 'tmp', ''))
print(os.path.dirname(tempfile.mktemp()))
tempfile.tempdir = b'tmpd'
fd, path = tempfile.mkstemp()
os.close(fd)
print(type(path).__name__, tempfile.gettempdir(), tempfile.gettempdirb())
tempfile.tempdir = None
