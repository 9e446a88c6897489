import os
import tempfile


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', type(result).__name__)
        return result


def name_ok(path, prefix='tmp', suffix=''):
    base = os.path.basename(path)
    return (os.path.dirname(path) == os.path.abspath('tmpd'),
            base.startswith(prefix), base.endswith(suffix),
            len(base) == len(prefix) + 8 + len(suffix))


os.mkdir('tmpd')
f = tempfile.NamedTemporaryFile(dir='tmpd', suffix='.dat')
print(type(f).__name__, name_ok(f.name, suffix='.dat'), os.path.isabs(f.name))
print(f.mode, f.closed, f.file.name == f.name, os.path.exists(f.name))
print(f.write(b'abc\ndef\n'), f.tell(), f.seek(0), f.read())
print(f.write is f.write, f.closed is f.closed)
f.seek(0)
print(list(f))
name = f.name
f.close()
print(f.closed, os.path.exists(name), os.listdir('tmpd'))
f.close()

with tempfile.NamedTemporaryFile('w+', dir='tmpd', prefix='txt_', encoding='utf-8') as f:
    print(name_ok(f.name, 'txt_'), f.mode, f.encoding)
    f.write('line1\nline2\n')
    f.flush()
    f.seek(0)
    for line in f:
        print(repr(line))
    name = f.name
    print(os.path.exists(name))
print(f.closed, os.path.exists(name))

f = tempfile.NamedTemporaryFile(dir='tmpd', delete=False)
f.write(b'kept')
f.close()
print('delete=False', os.path.exists(f.name))
with open(f.name, 'rb') as g:
    print(g.read())
os.remove(f.name)

with tempfile.NamedTemporaryFile(dir='tmpd', delete_on_close=False) as f:
    f.write(b'data')
    f.close()
    print('closed, still there', f.closed, os.path.exists(f.name))
    with open(f.name, 'rb') as g:
        print(g.read())
print('after with', os.path.exists(f.name))

with tempfile.NamedTemporaryFile(dir='tmpd', delete=False, delete_on_close=False) as f:
    pass
print('delete=False after with', os.path.exists(f.name))
os.remove(f.name)

f = tempfile.NamedTemporaryFile(mode='r+b', buffering=0, dir='tmpd')
print(type(f.file).__name__, f.write(b'unbuffered'))
f.close()
show('bad mode', tempfile.NamedTemporaryFile, mode='q', dir='tmpd')
try:
    tempfile.NamedTemporaryFile(dir='no-such-dir')
except OSError as e:
    print('missing dir', type(e).__name__, e.errno)
print(os.listdir('tmpd'))

try:
    with tempfile.NamedTemporaryFile(dir='tmpd') as f:
        name = f.name
        raise KeyError('inside')
except KeyError as e:
    print('raised', repr(e), os.path.exists(name))

t = tempfile.TemporaryFile(dir='tmpd')
print(os.listdir('tmpd'), t.write(b'hidden'), t.seek(0), t.read())
t.close()
print(t.closed)
with tempfile.TemporaryFile('w+', dir='tmpd', encoding='utf-8', newline='') as t:
    t.write('a\r\nb\n')
    t.seek(0)
    print(repr(t.read()), t.mode)
print(t.closed, os.listdir('tmpd'))
print(os.listdir('.'))
