import os
import tempfile

# TMPDIR=tmproot (a relative path) comes from tempfile_dir.env.
print(os.environ['TMPDIR'], tempfile.tempdir)
os.mkdir('tmproot')
root = tempfile.gettempdir()
print(root == os.path.abspath('tmproot'), os.path.isabs(root), os.path.basename(root))
print(tempfile.tempdir == root, tempfile.gettempdirb() == root.encode())
print(os.listdir('tmproot'))


def name_ok(path, parent, prefix='tmp', suffix=''):
    base = os.path.basename(path)
    return (os.path.dirname(path) == os.path.abspath(parent),
            base.startswith(prefix), base.endswith(suffix),
            len(base) == len(prefix) + 8 + len(suffix))


d = tempfile.mkdtemp()
print('mkdtemp', name_ok(d, 'tmproot'), os.path.isdir(d))
os.rmdir(d)
with tempfile.NamedTemporaryFile() as f:
    print('named', name_ok(f.name, 'tmproot'))

with tempfile.TemporaryDirectory() as name:
    print(type(name).__name__, name_ok(name, 'tmproot'), os.path.isdir(name))
print(os.path.exists(name))

os.mkdir('base')
with tempfile.TemporaryDirectory(suffix='_s', prefix='td_', dir='base') as name:
    print(name_ok(name, 'base', 'td_', '_s'))
    os.makedirs(os.path.join(name, 'x', 'y'))
    with open(os.path.join(name, 'x', 'y', 'f.txt'), 'w') as f:
        f.write('data')
    os.symlink('x', os.path.join(name, 'link'))
    print(sorted(os.listdir(name)))
print(os.path.exists(name), os.listdir('base'))

td = tempfile.TemporaryDirectory(dir='base')
print(repr(td).startswith("<TemporaryDirectory '"), repr(td).endswith(td.name + "'>"))
print(name_ok(td.name, 'base'), os.path.isdir(td.name))
td.cleanup()
print(os.path.exists(td.name))
td.cleanup()
print('second cleanup ok')

td = tempfile.TemporaryDirectory(dir='base', delete=False)
with td as name:
    print(name == td.name)
print('delete=False', os.path.isdir(td.name))
td.cleanup()
print('cleaned', os.path.exists(td.name))

td = tempfile.TemporaryDirectory(dir='base')
os.rmdir(td.name)
td.cleanup()
print('already gone', os.path.exists(td.name))

td = tempfile.TemporaryDirectory(dir='base', ignore_cleanup_errors=True)
with open(os.path.join(td.name, 'f'), 'w') as f:
    f.write('x')
td.cleanup()
print('ignore errors', os.path.exists(td.name))

try:
    with tempfile.TemporaryDirectory(dir='base') as name:
        raise RuntimeError('boom')
except RuntimeError as e:
    print('raised', e, os.path.exists(name))

try:
    tempfile.TemporaryDirectory(dir='no-such-dir')
except OSError as e:
    print('missing dir', type(e).__name__, e.errno)
td = tempfile.TemporaryDirectory(dir=b'base')
print(type(td.name).__name__, os.path.isdir(td.name))
td.cleanup()
print(os.listdir('base'), os.listdir('tmproot'))
