# repr()/ascii() of str/bytes with control, non-printable, surrogates, combining and wide chars; isprintable over ranges
chars = [0, 7, 9, 10, 13, 27, 31, 32, 39, 34, 92, 127, 128, 133, 159, 160, 173, 255, 0x100, 0x34f, 0x378, 0x5ff, 0x600, 0x61c, 0x200b, 0x200e, 0x2028, 0x2029, 0x202e, 0x2060, 0x2066, 0x3000, 0xd800, 0xdfff, 0xe000, 0xf8ff, 0xfeff, 0xfff9, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1f600, 0x1f3fb, 0xe0001, 0xe0100, 0xf0000, 0x10ffff, 0x1d173, 0x13430, 0x1bca0]
for c in chars:
    s = chr(c)
    print(hex(c), repr(s), ascii(s), s.isprintable(), s.isspace(), s.isidentifier(), ("a" + s).isidentifier())
print(repr("'"), repr('"'), repr("'\""), repr("\\"), repr("a'b"), repr('a"b'))
print(ascii("é😀\x00"), ascii(["é"]), ascii({"ключ": "значение"}))
# count printable per range
for lo in range(0, 0x30000, 0x1000):
    n = sum(1 for c in range(lo, lo + 0x1000) if chr(c).isprintable())
    print(hex(lo), n, end="; ")
print()
for lo in range(0, 0x30000, 0x1000):
    n = sum(1 for c in range(lo, lo + 0x1000) if chr(c).isidentifier())
    m = sum(1 for c in range(lo, lo + 0x1000) if ("a" + chr(c)).isidentifier())
    print(hex(lo), n, m, end="; ")
print()
for lo in range(0, 0x30000, 0x2000):
    counts = [0] * 8
    for c in range(lo, lo + 0x2000):
        ch = chr(c)
        counts[0] += ch.isalpha(); counts[1] += ch.isdigit(); counts[2] += ch.isdecimal(); counts[3] += ch.isnumeric()
        counts[4] += ch.isspace(); counts[5] += ch.islower(); counts[6] += ch.isupper(); counts[7] += ch.isalnum()
    print(hex(lo), counts)
