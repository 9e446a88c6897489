def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


with open('t.txt', 'w', encoding='utf-8') as f:
    f.write('first line\nsecond\n\nfourth é line\nlast no newline')

with open('t.txt', encoding='utf-8') as f:
    print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
with open('t.txt', encoding='utf-8') as f:
    print(repr(f.read(3)), f.tell())
    print(repr(f.read(0)), repr(f.read(-1)[:10]))
with open('t.txt', encoding='utf-8') as f:
    for n in [1, 5, 0, 100, 3, -1, 4]:
        print('readline', n, repr(f.readline(n)), f.tell())
with open('t.txt', encoding='utf-8') as f:
    print(f.readlines())
    f.seek(0)
    print(f.readlines(1))
    print(f.readlines(12))
    print(f.readlines(0))
    f.seek(0)
    print(f.readlines(-1))
    f.seek(0)
    print(f.readlines(None))
with open('t.txt', encoding='utf-8') as f:
    print([line for line in f])
with open('t.txt', encoding='utf-8') as f:
    cookies = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        cookies.append((pos, line))
    print('end tell', f.tell())
    for pos, line in reversed(cookies):
        f.seek(pos)
        print(pos, f.readline() == line, repr(f.read(2)))
    f.seek(0)
    print(repr(f.read(30)), f.tell())
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    print(next(f), end='')
    show('tell after next', f.tell)
    show('readline after next', f.readline)
    for rest in f:
        pass
    print('tell after exhausted', f.tell())
    f.seek(0)
    print(next(iter(f)), end='')
    show('seek after next', lambda: f.seek(0))
    print(f.tell())

# empty file
open('empty.txt', 'w').close()
with open('empty.txt') as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f), f.tell())
    show('next empty', lambda: next(f))

# multi-byte characters straddling byte 8192
for ch in ['é', '€', '😀']:
    size = len(ch.encode())
    for shift in range(size):
        prefix = 'a' * (8192 - shift - 1) 
        text = prefix + ch + 'b\n' + ('x' * 10 + ch + '\n') * 3 + ch
        with open('mb.txt', 'w', encoding='utf-8') as f:
            f.write(text)
        with open('mb.txt', encoding='utf-8') as f:
            whole = f.read()
        with open('mb.txt', encoding='utf-8') as f:
            parts = []
            while True:
                piece = f.read(1000)
                if not piece:
                    break
                parts.append(piece)
            pieced = ''.join(parts)
        with open('mb.txt', encoding='utf-8') as f:
            lines = []
            tells = []
            while True:
                tells.append(f.tell())
                line = f.readline()
                if not line:
                    break
                lines.append(line)
            f.seek(tells[1])
            again = f.readline()
        with open('mb.txt', encoding='utf-8') as f:
            iterated = list(f)
        with open('mb.txt', encoding='utf-8') as f:
            f.read(8191 - shift)
            t0 = f.tell()
            around = f.read(3)
            t = f.tell()
            after = f.read(2)
            f.seek(t)
            after2 = f.read(2)
            f.seek(t0)
            back = f.read(1) == ch
        print(ascii(ch), shift, whole == text, pieced == text, len(lines), tells,
              again == lines[1], iterated == lines, ascii(around), ascii(after), after == after2, t0, back)
