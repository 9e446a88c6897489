import io

N = 20000


def line(i):
    # varying lengths, some non-ASCII characters
    return 'line %d %s%s\n' % (i, 'x' * (i % 37), '\xe9\u20ac' if i % 101 == 0 else '')


def checksum(lines):
    total = 0
    for n, text in enumerate(lines):
        total = (total * 31 + len(text) + n) % 1000000007
    return total


with open('big.txt', 'w', encoding='utf-8') as f:
    for i in range(N):
        f.write(line(i))
    print('tell after write', f.tell())

expected = [line(i) for i in range(N)]
print('expected checksum', checksum(expected))

with open('big.txt', encoding='utf-8') as f:
    got = [text for text in f]
print('iteration', len(got), checksum(got), got == expected)

with open('big.txt', encoding='utf-8') as f:
    got = f.readlines()
print('readlines', len(got), checksum(got), got[-1] == expected[-1])

with open('big.txt', encoding='utf-8') as f:
    data = f.read()
print('read', len(data), data.count('\n'), data.splitlines(True) == expected)

with open('big.txt', encoding='utf-8') as f:
    count = 0
    while f.readline():
        count += 1
print('readline loop', count)

with open('big.txt', 'rb') as f:
    raw = f.read()
print('bytes', len(raw), raw.count(b'\n'), len(list(io.BytesIO(raw))))

with open('big.txt', 'rb') as f:
    blines = f.readlines()
print('binary readlines', len(blines), blines[101].decode('utf-8') == expected[101])

with open('big.txt', encoding='utf-8') as f:
    got = f.readlines(100000)
print('readlines hint', len(got) < N, sum(map(len, got)) >= 100000)

# writelines of the whole list, then compare
with open('big2.txt', 'w', encoding='utf-8') as f:
    f.writelines(expected)
with open('big2.txt', 'rb') as f:
    print('writelines same bytes', f.read() == raw)

# read in fixed-size text chunks
with open('big.txt', encoding='utf-8') as f:
    parts = []
    while True:
        chunk = f.read(4093)
        if not chunk:
            break
        parts.append(chunk)
print('chunks', len(parts), ''.join(parts) == data)

# seek to remembered tell() positions
with open('big.txt', encoding='utf-8') as f:
    marks = {}
    for i in range(N):
        if i % 5000 == 0:
            marks[i] = f.tell()
        f.readline()
    for i in sorted(marks, reverse=True):
        f.seek(marks[i])
        print('mark', i, f.readline() == expected[i])

# StringIO with the same data
s = io.StringIO(data)
print('StringIO lines', len(s.readlines()), len(list(io.StringIO(data))))
