# The structseq results of os (stat_result, terminal_size, uname_result, times_result):
# tuple subclasses with named fields, CPython's constructor checks and messages.
import os
st = os.stat('f.txt')
print(type(st).__name__, type(st).__module__, type(st).__qualname__, len(st), st.st_size, st[6])
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])
r = os.stat_result(range(10))
print(r)
print(r.st_atime, r.st_atime_ns, r.st_blksize, r == tuple(range(10)), r[2:5], r + (1,))
for bad in (lambda: os.stat_result(range(9)), lambda: os.stat_result(range(20)), lambda: os.stat_result(5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    r.st_mode = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    r[0] = 3
except TypeError as e:
    print('TypeError', e)
print(r.__reduce__()[1][0][:10] == tuple(r))
t = os.terminal_size((80, 24))
print(t, t.columns, t.lines, t == (80, 24), hash(t) == hash((80, 24)))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print('TypeError', e)
u = os.uname()
print(type(u).__name__, len(u), u.sysname == u[0])
match r:
    case os.stat_result(st_mode=m, st_ino=i):
        print('match', m, i)
print(os.stat_result.__match_args__)
print(os.times()._fields if hasattr(os.times(), '_fields') else 'nofields', type(os.times()).__mro__)
