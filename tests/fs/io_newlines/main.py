import io

RAW = b'a\nb\r\nc\rd\r\re\n\rf'


def raw(name):
    with open(name, 'rb') as f:
        return f.read()


with open('nl.bin', 'wb') as f:
    f.write(RAW)

for nl in [None, '', '\n', '\r', '\r\n']:
    with open('nl.bin', newline=nl) as f:
        print('read', repr(nl), repr(f.read()), repr(f.newlines))
    with open('nl.bin', newline=nl) as f:
        print('  lines', f.readlines())
    with open('nl.bin', newline=nl) as f:
        print('  iter', list(f))
    with open('nl.bin', newline=nl) as f:
        out = []
        while True:
            part = f.read(2)
            if not part:
                break
            out.append(part)
        print('  read(2)', out, repr(f.newlines))
    with open('nl.bin', newline=nl) as f:
        print('  readline(2)', [f.readline(2) for _ in range(8)])

# newlines attribute as it evolves
with open('nl.bin') as f:
    seen = []
    for line in f:
        seen.append(f.newlines)
    print('evolving', seen)
with open('nl.bin', 'rb') as f:
    pass
with open('nl.bin', 'w') as f:
    print('write newlines', f.newlines)

# writing
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('w.txt', 'w', newline=nl) as f:
        f.write('x\ny\r\nz\rw')
        f.writelines(['\n', 'end\n'])
    print('write', repr(nl), raw('w.txt'))

# \r\n split across the 8192-byte chunk boundary
for pad in [8190, 8191, 8192]:
    data = b'q' * pad + b'\r\n' + b'tail\r\n' + b'r\rs'
    with open('split.bin', 'wb') as f:
        f.write(data)
    for nl in [None, '', '\r\n', '\r']:
        with open('split.bin', newline=nl) as f:
            lines = f.readlines()
        with open('split.bin', newline=nl) as f:
            whole = f.read()
        with open('split.bin', newline=nl) as f:
            f.read(pad)
            t = f.tell()
            nxt = f.read(2)
            f.seek(t)
            nxt2 = f.read(2)
        print(pad, repr(nl), len(lines), [len(x) for x in lines], [x[-8:] for x in lines[-2:]],
              len(whole), repr(whole[pad - 1:pad + 3]), repr(nxt), nxt == nxt2)
with open('split.bin', 'rb') as f:
    g = io.TextIOWrapper(f)
    print(repr(g.read()[-10:]), repr(g.newlines))
    g.detach()

# lone \r at end of file and \r at the end of the read
with open('cr.bin', 'wb') as f:
    f.write(b'one\r')
with open('cr.bin') as f:
    print(repr(f.read(4)), repr(f.read()), repr(f.newlines))
with open('cr.bin', newline='') as f:
    print(repr(f.readline()), repr(f.readline()))
with open('cr.bin', 'wb') as f:
    f.write(b'one\r\ntwo\r')
with open('cr.bin') as f:
    print(repr(f.read(3)), f.tell(), repr(f.read(1)), f.tell(), repr(f.read()), repr(f.newlines))

# StringIO with newline
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\n', newline=nl)
    print('StringIO', repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
try:
    io.StringIO(newline='x')
except ValueError as e:
    print(type(e).__name__, e)
