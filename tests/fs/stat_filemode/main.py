# stat.filemode() for every file type and permission-bit combination, and its errors.
import stat

types = [
    ('reg', stat.S_IFREG), ('dir', stat.S_IFDIR), ('lnk', stat.S_IFLNK),
    ('chr', stat.S_IFCHR), ('blk', stat.S_IFBLK), ('fifo', stat.S_IFIFO),
    ('sock', stat.S_IFSOCK), ('none', 0),
]
for name, bits in types:
    print(name, stat.filemode(bits | 0o644), stat.filemode(bits | 0o755),
          stat.filemode(bits))

# The file-type nibble values that are not a known type.
for nibble in range(16):
    print(oct(nibble << 12), stat.filemode(nibble << 12 | 0o777))

# Special bits with and without the matching execute bit.
specials = [
    stat.S_ISUID, stat.S_ISUID | stat.S_IXUSR,
    stat.S_ISGID, stat.S_ISGID | stat.S_IXGRP,
    stat.S_ISVTX, stat.S_ISVTX | stat.S_IXOTH,
    stat.S_ISUID | stat.S_ISGID | stat.S_ISVTX,
    0o7777,
]
for mode in specials:
    print(oct(mode), stat.filemode(stat.S_IFREG | mode), stat.filemode(stat.S_IFDIR | mode))

# Every permission combination of the low nine bits, in groups.
rows = []
for perm in range(0o1000):
    rows.append(stat.filemode(stat.S_IFREG | perm))
    if len(rows) == 8:
        print(' '.join(rows))
        rows = []

# Bits above the file type are ignored.
print(stat.filemode(0xFFFF0000 | stat.S_IFREG | 0o640))
print(stat.filemode(2**32 - 1))
print(stat.filemode(True), stat.filemode(False))

# Errors: the argument must be an int that fits a C mode_t.
for bad in [-1, 2**32, 2**40, 2**64, 1.0, '644', None, [1]]:
    try:
        print(repr(bad), stat.filemode(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)

print(stat._filemode_table[0])
print(len(stat._filemode_table), [len(t) for t in stat._filemode_table])
