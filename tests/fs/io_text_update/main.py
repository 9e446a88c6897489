def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def raw(name):
    with open(name, 'rb') as f:
        return f.read()


with open('u.txt', 'w') as f:
    f.write('line one\nline two\nline three\n')

print('-- r+: read then write')
with open('u.txt', 'r+') as f:
    print(repr(f.readline()), f.tell())
    print(f.write('LINE'), f.tell())
    print(repr(f.readline()))
    f.seek(0)
    print(repr(f.read()))
print(raw('u.txt'))

print('-- r+: write at start, then read')
with open('u.txt', 'r+') as f:
    f.write('X')
    print(repr(f.read(4)), f.tell())
    f.write('Y')
    f.seek(0)
    print(repr(f.readline()))
print(raw('u.txt'))

print('-- w+: write, seek, read, overwrite')
with open('u.txt', 'w+') as f:
    print(f.write('abc\xe9def\n'), f.tell())
    f.seek(0)
    print(repr(f.read(3)), f.tell())
    print(repr(f.read(1)), f.tell())
    pos = f.tell()
    print(repr(f.read()), f.tell())
    f.seek(pos)
    f.write('DEF')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(3), f.tell())
    f.seek(0)
    print(repr(f.read()))
print(raw('u.txt'))

print('-- a+: appends go to the end whatever the position')
with open('u.txt', 'a+') as f:
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.write('+app')
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
print(raw('u.txt'))

print('-- tell() with pending writes and multi-byte characters')
with open('m.txt', 'w+', encoding='utf-8') as f:
    for piece in ['a', '\xe9', '\u20ac', '\U0001f600', 'z\n']:
        f.write(piece)
        print(ascii(piece), f.tell())
    f.seek(0)
    while True:
        c = f.read(1)
        if not c:
            break
        print(ascii(c), f.tell(), end='; ')
    print()
    f.seek(3)
    print(ascii(f.read(1)))
    show('seek into a char', lambda: (f.seek(2), f.read(1)))

print('-- text write then binary read of the same file object')
with open('u.txt', 'w+') as f:
    f.write('text part\n')
    f.flush()
    f.buffer.seek(0)
    print(f.buffer.read())
    f.buffer.write(b'binary part\n')
    f.seek(0)
    print(f.readlines())

print('-- newline translation with tell/seek')
with open('n.txt', 'w+', newline='\r\n') as f:
    f.write('a\nbb\nccc\n')
    print(f.tell())
    f.seek(0)
    marks = []
    while True:
        marks.append(f.tell())
        if not f.readline():
            break
    print(marks)
    f.seek(marks[2])
    print(repr(f.read()))
print(raw('n.txt'))
