# pickle: loading hand-written and CPython-produced pickles of every protocol.
import io
import pickle


class Thing:
    def __init__(self, *args):
        self.args = args

    def __repr__(self):
        return 'Thing%r' % (self.args,)


class Stateful:
    def __setstate__(self, state):
        self.got = state

    def __repr__(self):
        return 'Stateful(%r)' % (self.got,)


samples = [
    b'I42\n.', b'I-7\n.', b'I01\n.', b'I00\n.', b'L123456789012345678901234567890L\n.',
    b'L5\n.', b'F2.5\n.', b'F-inf\n.', b'N.', b'\x88.', b'\x89.',
    b'K\xff.', b'M\x00\x01.', b'J\xff\xff\xff\xff.', b'\x8a\x00.', b'\x8a\x01\xff.',
    b'\x8b\x02\x00\x00\x00\x00\x80.', b'G@\t!\xfbTD-\x18.',
    b"S'abc'\np0\n.", b'S"dq\\x41\\n\\t\\\\\\\'"\n.', b"S'\\101\\7'\n.",
    b'T\x03\x00\x00\x00abc.', b'U\x02hi.',
    b'Vcaf\\u00e9 \\U0001f600 \\\\u0041\np0\n.', b'Vplain\xe9\n.',
    b'X\x03\x00\x00\x00\xe2\x82\xac.', b'\x8c\x02\xc3\xa9.',
    b'\x8d\x01\x00\x00\x00\x00\x00\x00\x00z.', b'C\x02ab.', b'B\x01\x00\x00\x00x.',
    b'\x8e\x02\x00\x00\x00\x00\x00\x00\x00yz.', b'\x80\x05\x96\x02\x00\x00\x00\x00\x00\x00\x00ab.',
    b'(I1\nI2\nt.', b').', b'K\x01\x85.', b'K\x01K\x02\x86.', b'K\x01K\x02K\x03\x87.',
    b'(lp0\nI1\naI2\na.', b'(I1\nI2\nl.', b'(dp0\nS\'k\'\np1\nI1\ns.', b'(S\'a\'\nI1\nd.',
    b']q\x00(K\x01K\x02e.', b'}q\x00(K\x01K\x02K\x03K\x04u.', b'\x8f(K\x01K\x02\x90.',
    b'(K\x03K\x04\x91.', b'(K\x01K\x022.', b'K\x01K\x020.', b'(K\x01(K\x021K\x03t.',
    b'K\x07p5\n0g5\n.', b'K\x07q\xc8h\xc8\x86.', b'K\x07r\x00\x01\x00\x00j\x00\x01\x00\x00\x86.',
    b'K\x07\x94h\x00\x86.',
    b'c__builtin__\nset\n((lp0\nI1\natR.', b'c__builtin__\nxrange\n(I0\nI3\nI1\ntR.',
    b'c__builtin__\nunicode\n(S\'x\'\ntR.', b'cexceptions\nValueError\n(S\'boom\'\ntR.',
    b'c__builtin__\nlong\n(I5\ntR.', b'citertools\nimap\n.', b'ccopy_reg\n_reconstructor\n.',
    b'c_codecs\nencode\n(Vab\nVlatin1\ntR.',
    b'\x80\x04\x95\x17\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x05range\x94\x93\x94.',
    b'\x80\x04\x8c\x08__main__\x8c\x05Thing\x93K\x01\x85\x81.',
    b'\x80\x04\x8c\x08__main__\x8c\x05Thing\x93)}\x92.',
    b'(i__main__\nThing\nI1\nI2\nb.', b'(c__main__\nThing\nS\'x\'\no.',
    b'(i__main__\nThing\n(dS\'k\'\nI9\nsb.',
    b'\x80\x02c__main__\nStateful\n)\x81K\x05b.',
    b'\x80\x02c__main__\nThing\n)\x81N}X\x01\x00\x00\x00sK\x01s\x86b.',
    b'\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01h\x00e.',
    b'\x80\x04\x95\x03\x00\x00\x00\x00\x00\x00\x00K\x01\x85\x95\x02\x00\x00\x00\x00\x00\x00\x00\x94..',
    b'\x80\x03X\x02\x00\x00\x00hiq\x00.trailing garbage',
]
for data in samples:
    try:
        value = pickle.loads(data)
        if callable(value) and not isinstance(value, type):
            value = value.__module__ + '.' + value.__qualname__
        print(data, '->', type(value).__name__, repr(value))
    except Exception as e:
        print(data, '->', type(e).__name__, e)

print(pickle.loads(b'\x80\x02c__main__\nThing\n)\x81}X\x01\x00\x00\x00kK\x02sb.').k)

# Python 2 byte strings and the encoding/errors arguments
py2 = b"(lp0\nS'caf\\xe9'\np1\naU\x03\xff\x00aT\x01\x00\x00\x00za."
for kwargs in ({}, {'encoding': 'latin1'}, {'encoding': 'bytes'},
               {'encoding': 'ascii', 'errors': 'replace'}, {'encoding': 'utf-8'}):
    try:
        print(kwargs, pickle.loads(py2, **kwargs))
    except Exception as e:
        print(kwargs, type(e).__name__)

# several pickles one after the other in a file
stream = io.BytesIO(pickle.dumps(1, 0) + pickle.dumps([2], 2) + pickle.dumps({'3': 3}, 4)
                    + pickle.dumps((4,), 5))
print([pickle.load(stream) for _ in range(4)], stream.read())

# what dumps produces, read back by the same module, with shared and cyclic parts
inner = {'a': [1, 2.5, 'x', b'y', None, True]}
outer = [inner, inner, (inner,), {3, 4}, frozenset({5})]
outer.append(outer)
for p in range(6):
    back = pickle.loads(pickle.dumps(outer, p))
    print(p, back[0] is back[1], back[2][0] is back[0], back[5] is back, back[:2], back[3:5])
print(pickle.loads(pickle.dumps(outer, 4), fix_imports=False)[0])
print(pickle.loads(bytearray(pickle.dumps([1, 2]))), pickle.loads(memoryview(pickle.dumps('m'))))
