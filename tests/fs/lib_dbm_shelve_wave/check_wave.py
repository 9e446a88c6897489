import sys, os, io, struct, wave
W = sys.argv[1]
def T(f):
    try: r = f()
    except BaseException as e: r = 'EXC %s %r' % (type(e).__name__, e)
    print(r if isinstance(r, str) and r.startswith('EXC') else repr(r))
print(wave.__all__, wave.WAVE_FORMAT_PCM, wave.WAVE_FORMAT_EXTENSIBLE, wave.KSDATAFORMAT_SUBTYPE_PCM, wave._array_fmts, wave._wave_params._fields, wave.Error.__mro__)
for nch, sw, fr in [(1, 1, 8000), (2, 2, 44100), (3, 3, 22050.4), (1, 4, 11025.6)]:
    b = io.BytesIO()
    w = wave.open(b, 'wb')
    T(lambda: w.getparams()); T(lambda: w.getnchannels()); T(lambda: w.getsampwidth()); T(lambda: w.getframerate()); T(lambda: w.getcomptype()); T(lambda: w.getnframes())
    w.setnchannels(nch); w.setsampwidth(sw); w.setframerate(fr)
    T(lambda: w.getparams())
    w.setcomptype('NONE', 'not compressed')
    T(lambda: w.getparams()); T(lambda: w.tell()); T(lambda: w.getmarkers()); T(lambda: w.getmark(1)); T(lambda: w.setmark(1, 2, 'x'))
    data = bytes(range(256)) * nch * sw
    w.writeframes(data[:nch * sw * 10])
    w.writeframesraw(data[nch * sw * 10:])
    w.writeframesraw(memoryview(bytearray(b'\x01\x02' * nch * sw)))
    T(lambda: w.tell()); T(lambda: w.getnframes())
    T(lambda: w.setnchannels(2)); T(lambda: w.setsampwidth(2)); T(lambda: w.setframerate(2)); T(lambda: w.setnframes(2)); T(lambda: w.setcomptype('NONE', 'x')); T(lambda: w.setparams((1, 1, 1, 1, 'NONE', 'x')))
    w.close()
    raw = b.getvalue()
    print(len(raw), raw[:48])
    r = wave.open(io.BytesIO(raw))
    T(lambda: r.getparams()); T(lambda: r.getnchannels()); T(lambda: r.getsampwidth()); T(lambda: r.getframerate()); T(lambda: r.getnframes()); T(lambda: r.getcomptype()); T(lambda: r.getcompname())
    T(lambda: r.readframes(3)); T(lambda: r.tell()); T(lambda: r.readframes(0)); T(lambda: len(r.readframes(10 ** 6))); T(lambda: r.tell()); T(lambda: r.readframes(5))
    r.setpos(7); T(lambda: r.readframes(1)); T(lambda: r.setpos(-1)); T(lambda: r.setpos(10 ** 6)); r.rewind(); T(lambda: r.tell()); T(lambda: r.readframes(1))
    T(lambda: r.getmarkers()); T(lambda: r.getmark(0)); T(lambda: type(r.getfp()).__name__); r.close(); T(lambda: r.getfp())
w = wave.open(io.BytesIO(), 'wb')
for f, a in [(w.setnchannels, 0), (w.setsampwidth, 0), (w.setsampwidth, 5), (w.setframerate, 0), (w.setframerate, -1.0), (w.setcomptype, ('ULAW', 'x')), (w.writeframes, b'ab')]:
    T(lambda: f(*a) if isinstance(a, tuple) else f(a))
w.setnchannels(1); T(lambda: w.writeframes(b'a')); w.setsampwidth(2); T(lambda: w.writeframes(b'a')); w.setframerate(10); T(lambda: w.getparams())
T(lambda: w.writeframes(b'abc')); T(lambda: w.tell())
T(lambda: w.close())
for m in ['x', 'r+', 'ab']:
    T(lambda: wave.open(io.BytesIO(), m))
bad = [b'', b'RIFX\x00\x00\x00\x00WAVE', b'RIFF\x04\x00\x00\x00WAVX', b'RIFF\x04\x00\x00\x00WAVE',
       b'RIFF\x20\x00\x00\x00WAVEdata\x04\x00\x00\x00abcd',
       b'RIFF\x20\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 3, 1, 8000, 8000, 1, 8),
       b'RIFF\x20\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 1, 0, 8000, 8000, 1, 8) + b'data\x00\x00\x00\x00',
       b'RIFF\x20\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 1, 1, 8000, 8000, 1, 0) + b'data\x00\x00\x00\x00',
       b'RIFF\x20\x00\x00\x00WAVEfmt \x04\x00\x00\x00ab',
       b'RIFF\x20\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 1, 1, 8000, 8000, 1, 8),
       b'RIFF\x20\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 1, 2, 8000, 8000, 1, 12) + b'LIST\x03\x00\x00\x00abc\x00data\x05\x00\x00\x00abcde\x00',
       b'RIFF\x20\x00\x00\x00WAVEfmt \x28\x00\x00\x00' + struct.pack('<HHLLHHHHL', 0xFFFE, 2, 8000, 8000, 1, 24, 22, 24, 3) + wave.KSDATAFORMAT_SUBTYPE_PCM + b'data\x07\x00\x00\x00abcdefg',
       b'RIFF\x20\x00\x00\x00WAVEfmt \x28\x00\x00\x00' + struct.pack('<HHLLHHHHL', 0xFFFE, 2, 8000, 8000, 1, 24, 22, 24, 3) + b'\x03' + wave.KSDATAFORMAT_SUBTYPE_PCM[1:] + b'data\x07\x00\x00\x00abcdefg',
       b'RIFF\x20\x00\x00\x00WAVEfmt \x28\x00\x00\x00' + struct.pack('<HHLLHHHHL', 0xFFFE, 2, 8000, 8000, 1, 24, 22, 24, 3) + b'short',
       ]
for i, raw in enumerate(bad):
    try:
        r = wave.open(io.BytesIO(raw), 'rb')
        print(i, r.getparams(), r.readframes(100), r.tell())
    except BaseException as e:
        print(i, 'EXC', type(e).__name__, repr(e))
# files
with wave.open(W + '/t.wav', 'wb') as w:
    w.setparams((2, 2, 16000, 0, 'NONE', 'not compressed')); w.writeframes(b'\x00\x01\x02\x03' * 5)
with wave.open(W + '/t.wav') as r:
    T(lambda: r.getparams()); T(lambda: r.readframes(2))
with open(W + '/t.wav', 'rb') as fh:
    T(lambda: wave.open(fh).getparams()); print(fh.closed)
T(lambda: wave.open(W + '/missing.wav'))
w = wave.open(W + '/t2.wav', 'wb'); w.setnchannels(1); w.setsampwidth(1); w.setframerate(8); w.setnframes(100); w.writeframes(b'abc'); w.close()
with open(W + '/t2.wav', 'rb') as fh: print(fh.read())
w = wave.open(W + '/t3.wav', 'wb'); T(lambda: w.close())
print(sorted(os.listdir(W)))
print('--- fixed sizes')
for i, raw in enumerate(bad[9:]):
    raw = raw[:4] + struct.pack('<L', len(raw) - 8) + raw[8:]
    try:
        r = wave.open(io.BytesIO(raw), 'rb')
        print(i, r.getparams(), r.readframes(100), r.tell(), r.readframes(1))
    except BaseException as e:
        print(i, 'EXC', type(e).__name__, repr(e))
