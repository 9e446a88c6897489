import struct
import array

# binary record format: header + entries
HEADER = struct.Struct("<4sHHI")
ENTRY = struct.Struct("<hq?xd3s")
print(HEADER.size, ENTRY.size, HEADER.format, ENTRY.format)
entries = [(-5, 2**40, True, 1.5, b"abc"), (32767, -1, False, -0.0, b"x"), (0, 0, True, float("inf"), b"toolong")]
buf = bytearray(HEADER.size + ENTRY.size * len(entries))
HEADER.pack_into(buf, 0, b"REC1", 1, len(entries), 0xDEADBEEF)
for i, e in enumerate(entries):
    ENTRY.pack_into(buf, HEADER.size + i * ENTRY.size, *e)
print(bytes(buf).hex())
magic, ver, n, crc = HEADER.unpack_from(buf)
print(magic, ver, n, hex(crc))
print(list(ENTRY.iter_unpack(bytes(buf[HEADER.size:]))))

for fmt in ("@i", "=i", "<i", ">i", "!i", "@bi", "=bi", "@qb", "<qb", "3x", "0s", "5p", "?", "e", "f", "d", "n", "N", "P"):
    try:
        print(fmt, struct.calcsize(fmt))
    except struct.error as e:
        print(fmt, "error", e)
print(struct.pack(">e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c"), struct.pack("5p", b"hello world"), struct.pack("3p", b""))
print(struct.unpack("5p", b"\x09abcd"), struct.pack(">f", 3.14159).hex(), round(struct.unpack(">f", struct.pack(">f", 3.14159))[0], 5))
print(struct.pack(">Q", 2**64 - 1), struct.pack("<h", -2), struct.pack(">?", 5), struct.unpack("??", b"\x00\x07"))

errs = [
    lambda: struct.pack("b", 128), lambda: struct.pack("B", -1), lambda: struct.pack("<h", 40000),
    lambda: struct.pack("<H", 70000), lambda: struct.pack(">i", 2**31), lambda: struct.pack("<q", 2**63),
    lambda: struct.pack("i", 1.0), lambda: struct.pack("i", "1"), lambda: struct.pack("s", 1),
    lambda: struct.pack("c", b"ab"), lambda: struct.pack("ii", 1), lambda: struct.pack("i", 1, 2),
    lambda: struct.unpack("i", b"\x00" * 3), lambda: struct.unpack("<i", b"\x00" * 5), lambda: struct.calcsize("z"),
    lambda: struct.pack("<e", 1e10), lambda: struct.Struct("<@i"), lambda: struct.pack_into("<i", bytearray(2), 0, 1),
    lambda: struct.unpack_from("<i", b"\x00" * 6, 4), lambda: struct.unpack_from("<i", b"\x00" * 6, -10),
    lambda: list(struct.iter_unpack("<i", b"\x00" * 5)), lambda: struct.iter_unpack("", b""),
    lambda: struct.pack("<f", 1e300), lambda: struct.pack("?", []), lambda: struct.pack("<n", 1),
]
for f in errs:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", offset=-2), struct.pack("<4x"), struct.pack("<2c", b"a", b"b"))

# array
a = array.array("i", [5, -3, 7])
b = array.array("d", (x / 2 for x in range(4)))
u = array.array("u", "héllo")
print(a, b, u, a.typecode, a.itemsize, b.itemsize, len(u))
a.append(9); a.extend([1, 2]); a.insert(0, 100); a.insert(-100, -1)
print(a, a.pop(), a.pop(0), a.index(7), a.count(5))
a.remove(7); a.reverse()
print(a, a.tolist(), a[1:3], a[::-1], a * 2, sum(a))
a[1:3] = array.array("i", [0, 0, 0])
print(a)
del a[::2]
print(a, 5 in a, a == array.array("i", [0, 0, 2]), a < array.array("i", [1]))
raw = array.array("H", [1, 256, 65535]).tobytes()
print(raw)
c = array.array("H"); c.frombytes(raw); print(c)
c.byteswap(); print(c)
print(array.array("b", b"\x01\xff"), array.array("B", b"\x01\xff"), u.tounicode(), array.array("u", "ab").tobytes() == "ab".encode("utf-32-le"))
print(array.array("l", range(3)).buffer_info()[1], array.typecodes)
mv = memoryview(array.array("i", [1, 2, 3]))
print(mv.format, mv.itemsize, mv.tolist(), mv.nbytes)
errs = [
    lambda: array.array("i", [1.5]), lambda: array.array("b", [200]), lambda: array.array("B", [-1]),
    lambda: array.array("z"), lambda: array.array("i", "abc"), lambda: array.array("i", [1]) + array.array("d", [1.0]),
    lambda: array.array("i").pop(), lambda: array.array("i", [1]).index(5), lambda: array.array("i", [1]).remove(5),
    lambda: array.array("i", [1])[5], lambda: array.array("H").frombytes(b"\x00"), lambda: array.array("u", [1]),
    lambda: array.array("i", [1]).fromunicode("x"), lambda: array.array("d", ["x"]), lambda: setattr(array.array("i"), "x", 1),
    lambda: array.array("i", [1, 2]).__setitem__(slice(0, 2), [3, 4]), lambda: array.array("q", [2**63]),
]
for f in errs:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
d = array.array("d", [1.0, float("nan")])
print(d, repr(array.array("f", [0.1])), array.array("f", [0.1])[0], str(array.array("i")), repr(array.array("u")))
print(array.array("i", [3, 1, 2]) + array.array("i", [4]), array.array("i", [1]) * 0, sorted(array.array("h", [3, -1, 2])))
