# pickle: protocol 4/5 framing of large pickles, and out-of-frame large payloads.
import io
import pickle


def frames(data):
    """List (offset, size) of the FRAME headers found by walking frame to frame."""
    found = []
    pos = 2
    while pos < len(data) and data[pos] == 0x95:
        size = int.from_bytes(data[pos + 1:pos + 9], 'little')
        found.append((pos, size))
        pos += 9 + size
    return found


def checksum(data):
    total = 0
    for i in range(0, len(data), 997):
        total = (total * 31 + sum(data[i:i + 997])) % 1000000007
    return total


def report(label, obj, protocols=(4, 5)):
    for p in protocols:
        data = pickle.dumps(obj, p)
        back = pickle.loads(data)
        print(label, p, len(data), checksum(data), data[:14], data[-14:],
              data.count(b'\x95'), back == obj)


strings = ['x' * 100 + str(i) for i in range(700)]
report('strings', strings)
report('tuple', tuple(strings))
report('dict', {i: s for i, s in enumerate(strings)})
report('nested lists', [[s] for s in strings])
report('pairs', [[s, i] for i, s in enumerate(strings)])
report('big bytes', ['a', b'b' * 70000, 'c'])
report('big str', ['a', 'b' * 70000, 'c'])
report('only big', b'z' * 66000)
report('big first', [b'q' * 65536, 1])
report('just under', [b'q' * 65535, 1])
report('bytearray', ['a', bytearray(b'r' * 70000)], (5,))
report('small', [1, 2, 3])
report('tiny', 5)

data = pickle.dumps(strings, 4)
print(frames(data)[:1], len(frames(data)))

# the reader follows frames when reading from a file, pickle after pickle
stream = io.BytesIO()
pickle.dump(strings, stream, 4)
pickle.dump({'after': b'y' * 70000}, stream, 5)
pickle.dump('end', stream, 4)
stream.seek(0)
print(pickle.load(stream) == strings, len(pickle.load(stream)['after']),
      pickle.load(stream), stream.read())

for bad in (b'\x80\x04\x95\x09\x00\x00\x00\x00\x00\x00\x00K\x01.',
            b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00K\x01.',
            b'\x80\x04\x95\x01\x00\x00\x00\x00\x00\x00\x00M\x01\x00.'):
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
