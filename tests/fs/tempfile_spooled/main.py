import os
import tempfile


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


os.mkdir('tmpd')
s = tempfile.SpooledTemporaryFile(max_size=10, dir='tmpd')
print(type(s).__name__, s._rolled, s.name, s.mode, s.closed)
print(s.write(b'hello'), s.tell(), s._rolled, os.listdir('tmpd'))
print(s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.write(b' world!!'), s.tell(), s._rolled, os.listdir('tmpd'))
print(s.mode, s.seek(0), s.read(), s.seek(6), s.read(3), s.tell())
s.seek(0, 2)
s.writelines([b'\nmore', b'\nlast\n'])
s.seek(0)
print(s.readline(), s.readlines())
s.seek(0)
print(list(s))
s.close()
print(s.closed)

s = tempfile.SpooledTemporaryFile(dir='tmpd')
s.write(b'x' * 100000)
print('max_size 0', s._rolled, s.tell())
s.seek(0)
print(len(s.read(70000)), len(s.read()))
s.truncate(5)
s.seek(0)
print(s._rolled, s.read())
s.close()

s = tempfile.SpooledTemporaryFile(max_size=100, dir='tmpd')
s.write(b'abcdef')
s.seek(2)
print(type(s.fileno()).__name__, s._rolled, s.tell(), s.read())
s.close()

s = tempfile.SpooledTemporaryFile(max_size=4, dir='tmpd')
s.write(b'abc')
s.truncate(2)
print('truncate small', s._rolled)
s.truncate(8)
print('truncate big', s._rolled)
s.close()

with tempfile.SpooledTemporaryFile(max_size=5, mode='w+', encoding='utf-8', dir='tmpd') as t:
    print(t.mode, t.name, t.encoding, t.errors, t.newlines)
    t.write('abc\r\n')
    print(t._rolled)
    t.write('defgh\n')
    print(t._rolled, t.mode)
    t.seek(0)
    print(repr(t.read()), t.newlines)
    t.seek(0)
    for line in t:
        print(repr(line))
print(t.closed)
show('reenter', t.__enter__)

with tempfile.SpooledTemporaryFile(mode='w+', newline='', encoding='utf-8', dir='tmpd') as t:
    t.write('one\r\ntwo\n')
    t.seek(0)
    print(t.readlines(), t._rolled)
    t.rollover()
    t.rollover()
    t.seek(0)
    print(t.read(), t._rolled)

s = tempfile.SpooledTemporaryFile(max_size=3, dir='tmpd')
s.write(b'ab')
s.seek(0)
s.rollover()
print(s._rolled, s.tell(), s.read())
s.close()
s = tempfile.SpooledTemporaryFile(mode='w+b')
s.write(b'1234')
show('detach', s.detach)
print(s.getvalue() if hasattr(s, 'getvalue') else 'no getvalue')
print(os.listdir('tmpd'))
