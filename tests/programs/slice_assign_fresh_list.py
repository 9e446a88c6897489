# Slice assignment from a list nothing else holds (moved), from a shared list, from the list
# itself and from other iterables; list and tuple concatenation; bytes find/rfind/index with
# one-byte and longer needles, ranges and misses.

l = list(range(8))
l[:] = l[3:4] + l[0:3] + l[4:]
print(l)
src = [10, 20]
l[2:5] = src
src.append(30)
print(l, src)
l[1:1] = l
print(l)
l[::2] = [0] * len(l[::2])
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
l[:] = (x * 2 for x in range(3))
print(l)
l[5:2] = [7, 8]
print(l, l[5:2], l[10:], l[-100:2], (1, 2) + (3,), [1] + [], [] + [2, 3])
t = tuple(range(5))
print(t[1:4], t[4:1], t[::-2], t + t[:1])

data = bytes(range(256)) * 3 + b"needle in the haystack"
print(data.find(b"\x05"), data.rfind(b"\x05"), data.find(b"needle"), data.rfind(b"hay"))
print(data.find(b"\x05", 6), data.find(b"\x05", 6, 200), data.rfind(b"\x05", 0, 300))
print(data.find(b""), data.rfind(b""), data.find(b"", 800), data.find(b"absent"), data.find(7))
print(data.index(b"stack"), bytearray(b"abcabc").find(b"c"), bytearray(b"abcabc").rfind(b"bc"))
print(b"aaaa".find(b"aa", 1), b"aaaa".rfind(b"aa"), b"abc".find(b"abcd"), b"".find(b"a"))
try:
    data.index(b"nope")
except ValueError as e:
    print("ValueError", e)
try:
    data.rindex(b"\x05", 0, 5)
except ValueError as e:
    print("ValueError", e)
for b in (b"abc", bytearray(b"abc")):
    print(b.find(b"", 3), b.find(b"", 4), b.rfind(b"", 4), b.count(b"", 3), b.count(b"", 4),
          b.startswith(b"", 3), b.startswith(b"", 4), b.endswith(b"", 4), b.find(b"c", 2, 1),
          b.count(b"", -10, 10), b.find(b"", -1), b.rfind(b"", 10))
