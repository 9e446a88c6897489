import os

st = os.stat_result(range(10))
print(repr(st))
print(len(st), st[0], st[-1], st[2:5], st[::3])
print(st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, st.st_size)
print(st.st_atime, st.st_mtime, st.st_ctime)
print(tuple(st), list(st)[:3])
print(st == tuple(range(10)), st == os.stat_result(range(10)), st != os.stat_result(range(1, 11)))
print(type(st).__name__, type(st).__module__)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(mode, size, ctime)
print(st.count(3), st.index(4), 5 in st, hash(st) == hash(tuple(range(10))))
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.n_unnamed_fields)
print(st + (10,))
print(sorted(os.stat_result([3, 1, 2, 0, 0, 0, 0, 0, 0, 0]))[:4])

full = os.stat_result(tuple(range(10)) + (1.5, 2.5, 3.5, 100, 200, 300))
print(full.st_atime, full.st_mtime, full.st_ctime)
print(full.st_atime_ns, full.st_mtime_ns, full.st_ctime_ns)
print(len(full), full[7], full[9])

for bad in [range(9), 5, None]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    st.st_mode = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    st[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    st[10]
except IndexError as e:
    print(type(e).__name__, e)

real = os.stat('main.py')
print(len(real), isinstance(real.st_mode, int), isinstance(real.st_atime, float))
print(repr(real).startswith('os.stat_result(st_mode='), repr(real).count('='))
print(sorted(n for n in dir(real) if n.startswith('st_') and n in (
    'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
    'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns')))
print(real[1:3] == (real.st_ino, real.st_dev))

ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], len(ts), tuple(ts) == (80, 24))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.DirEntry()
except TypeError as e:
    print(type(e).__name__, e)
