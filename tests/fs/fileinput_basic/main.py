"""fileinput: FileInput and the module functions over several files, modes, hooks and errors."""
import fileinput
import gzip
import pathlib


def state(f):
    return (f.filename(), f.lineno(), f.filelineno(), f.isfirstline(), f.isstdin(), f.fileno() >= 0)


f = fileinput.FileInput(['a.txt', 'empty.txt', 'b.txt'])
print(state(f))
for line in f:
    print(repr(line), state(f))
print(state(f))
f.close()
print(state(f))

with fileinput.input(files=('b.txt', 'a.txt')) as f:
    for line in f:
        print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), repr(line))
        if fileinput.filelineno() == 1 and fileinput.filename() == 'b.txt':
            fileinput.nextfile()
            print('after nextfile', state(f))
try:
    fileinput.filename()
except RuntimeError as e:
    print(type(e).__name__, e)

fi = fileinput.input('a.txt')
print(next(fi))
try:
    fileinput.input('b.txt')
except RuntimeError as e:
    print(type(e).__name__, e)
fileinput.close()
fileinput.close()
for name in ['nextfile', 'filename', 'lineno', 'filelineno', 'fileno', 'isfirstline', 'isstdin']:
    try:
        getattr(fileinput, name)()
    except RuntimeError as e:
        print(name, type(e).__name__, e)

f = fileinput.FileInput(['a.txt', 'b.txt'], mode='rb')
print(list(f))
f = fileinput.FileInput(pathlib.Path('b.txt'))
print(f.readline(), f.readline(), repr(f.readline()), repr(f.readline()), state(f))
f = fileinput.FileInput('utf.txt', encoding='utf-8')
print(list(f))
f = fileinput.FileInput('utf.txt', openhook=fileinput.hook_encoded('latin-1'))
print(list(f))
f = fileinput.FileInput('utf.txt', openhook=fileinput.hook_encoded('ascii', 'replace'))
print(list(f))
calls = []


def hook(name, mode, **kw):
    calls.append((name, mode, kw))
    return open(name, mode, **kw)


print(list(fileinput.FileInput(['b.txt', 'a.txt'], openhook=hook)), calls)
calls.clear()
print(list(fileinput.FileInput(['b.txt'], openhook=hook, encoding='utf-8')), calls)

with gzip.open('c.txt.gz', 'wb') as g:
    g.write(b'zipped\nlines\n')
print(list(fileinput.FileInput(['c.txt.gz', 'b.txt'], openhook=fileinput.hook_compressed, encoding='utf-8')))
print(list(fileinput.FileInput(['c.txt.gz'], mode='rb', openhook=fileinput.hook_compressed)))

for kw in [dict(mode='w'), dict(mode='rU'), dict(openhook=1), dict(inplace=True, openhook=open)]:
    try:
        fileinput.FileInput(['a.txt'], **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(fileinput.FileInput(['missing.txt']))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
f = fileinput.FileInput(['a.txt', 'missing.txt', 'b.txt'])
try:
    for line in f:
        print(repr(line))
except OSError as e:
    print(type(e).__name__, state(f)[1:3])
print(f.filename())
print(fileinput.FileInput[str])
print(fileinput.__all__)
empty = fileinput.FileInput([])
print(empty.filename(), empty.lineno())
