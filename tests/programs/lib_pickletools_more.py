# pickletools.dis / genops / optimize on malformed and edge-case pickles.
import io
import pickle
import pickletools


def normalized(text):
    out = []
    for line in text.split('\n'):
        for op in pickletools.opcodes:
            d = ' ' + op.doc.split('\n')[0]
            if (' ' + op.name + ' ') in line and line.endswith(d):
                line = line[:-len(d)] + ' <DOC>'
                break
        out.append(line)
    return '\n'.join(out)


def listing(p, **kw):
    buf = io.StringIO()
    try:
        pickletools.dis(p, buf, **kw)
        tail = ''
    except Exception as e:
        tail = '!! %s: %s\n' % (type(e).__name__, e)
    return normalized(buf.getvalue()) + tail


def opt(p):
    try:
        return pickletools.optimize(p)
    except Exception as e:
        return '!! %s: %s' % (type(e).__name__, e)


class NoTell:
    def __init__(self, data):
        self.d = io.BytesIO(data)

    def read(self, n=-1):
        return self.d.read(n)

    def readline(self):
        return self.d.readline()


MALFORMED = [b'N(a(Nt.', b'(N(a0t.', b'(a0t.', b'N(at.', b'Np0\n0p0\n.', b'0p0\n.', b'(p0\n.',
             b'Np0\n(p0\n.', b'(\x94\x94.', b'N(N\x94h\x00.', b'(e.', b'NNN(u.', b'(0.', b'(0N.',
             b'N(1N.', b'\x80\x02(\x85.', b'(N2.', b'(2.', b'N(\x86.', b'(((((N0000t.',
             b'I123456789012345\nN0N.', b'(I123456789012345\nN0N.', b'Nq\x00h\x00h\x00\x87.',
             b'N\x94N\x94h\x01h\x00\x86\x86.', b'(Np0\n1g0\n.', b'1', b'(1', b'K', b'J\x01\x02',
             b'X\x05\x00\x00\x00ab', b'\x95\x05\x00\x00\x00\x00\x00\x00\x00N.', b'(c__main__\nX\nN\x81\x92.']
for p in MALFORMED:
    print('MAL', p)
    print(listing(p), end='')
    print(listing(p, annotate=1, indentlevel=1), end='')
    print(listing(NoTell(p), indentlevel=3), end='')
    print('OPT', opt(p))

# Doc column: lines up to 50 characters push it, longer lines reset it.
for n in (30, 33, 34, 35, 36, 60):
    p = b'(I' + b'1' * n + b'\nNI1\n0t.'
    print(listing(p, annotate=1), end='')
    print(listing(p, annotate=40), end='')
print(listing(b'(Vab\nN\x86Vx\n0t.', annotate=60), end='')

memo = {}
for p in [b'N\x94.', b'Nq\x05.', b'h\x05h\x00\x86.', b'Np5\n.', b'\x94.']:
    print(listing(p, memo=memo), end='')
    print(sorted(memo.items()))

# genops on assorted inputs
for src in [b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N\x94.', bytearray(b'I1\n.'), io.BytesIO(b'xx(N.'), NoTell(b'(N.')]:
    if isinstance(src, io.BytesIO):
        src.read(2)
    print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(src)])

OPT_CASES = [b'N.', b'Nq\x00h\x00\x86.', b'N\x94h\x00\x86.', b'Np0\ng0\n\x86.', b'Np0\nh\x00\x86.',
             b'Nr\x00\x00\x00\x00j\x00\x00\x00\x00\x86.', b'N\x94h\x00\x85.', b'N\x94g0\n.',
             b'\x80\x02N\x94h\x00\x86.', b'\x80\x04N\x94h\x00\x86.', b'\x80\x01N\x94h\x00\x86.',
             b'\x80\x00N\x94h\x00\x86.', b'\x80\x04Nq\x05h\x05\x86.', b'Np5\ng5\n\x86.',
             b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N\x94h\x00\x86.', b'\x80\x02\x80\x04N.',
             b'N\x80\x04.', b'N\x80\x02.', b'Nq\x01Nq\x00h\x00h\x01\x87.', b'Nq\x01Nq\x00h\x00\x86.',
             b'Nq\x00q\x01h\x01h\x00\x87.', b'\x80\x04N\x94N\x94h\x01.', b'\x95\x01\x00\x00\x00\x00\x00\x00\x00N.',
             b'\x80\x04NNN\x87.', b'\x80\x04NN\x86.extra', b'Nq\x00g0\n.', b'\x80\x00Nq\x00g0\n.',
             b'\x95\x04\x00\x00\x00\x00\x00\x00\x00NN0N0.', b'\x8c\x01a\x8c\x01b\x93.', b'\x80\x05\x80\x03NN0.',
             b'\x80\x02\x80\x06N.', b'N\x80\x06.', b'\x80\x04(N\x94h\x00t.', b'Nq\x00Nq\x00h\x00h\x00\x86\x86.',
             b'Nq\x00h\x00Nq\x00h\x00\x86\x86\x86.', b'Vabc\np0\ng0\n\x86.', b'\x80\x04\x8c\x01a\x94h\x00\x86.',
             b'\x80\x04' + b'V' + b'a' * 70000 + b'\n.', b'\x80\x04N' + b'V' + b'a' * 70000 + b'\n.',
             bytearray(b'Np0\ng0\n\x86.'), io.BytesIO(b'N.'), 'N.']
for p in OPT_CASES:
    r = opt(p)
    if isinstance(r, bytes) and len(r) > 200:
        r = (len(r), r[:30], r[-10:])
    print('OPT', repr(p)[:60] if isinstance(p, (bytes, bytearray, str)) else type(p).__name__, r)


def frames(r):
    out = []
    for op, arg, pos in pickletools.genops(r):
        if op.name == 'FRAME':
            out.append((pos, 'F', arg))
        elif isinstance(arg, (bytes, str, bytearray)) and len(arg) > 1000:
            out.append((pos, op.name, len(arg)))
    return out


shared = 'shared string'
for proto in range(6):
    data = [1, -1, 2 ** 70, 1.5, 'a', shared, shared, b'b', (1, 2), (shared,), {'k': [shared, None, True]},
            {1, 2}, frozenset([3]), bytearray(b'xy'), [shared] * 3]
    data.append(data)
    for obj in [data, [b'q' * 70000, 's' * 65536, b'r' * 65531, b'r' * 65532], list(range(30000)),
                [str(i) for i in range(20000)], [b'x' * 30000] * 3 + [b'y' * 30000, b'z' * 30000]]:
        p = pickle.dumps(obj, proto)
        r = pickletools.optimize(p)
        print('PROTO', proto, len(p), len(r), r[:40], r[-30:], frames(r))
        same = pickle.loads(r)
        print('  round trip', repr(same)[:80] == repr(obj)[:80], len(repr(same)) == len(repr(obj)))
print('done')
