import difflib
from difflib import unified_diff, context_diff, diff_bytes

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(list(unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(context_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(unified_diff(['a', 'b'], ['a', 'c'], 'f1', 'f2', 'date1', 'date2', lineterm='')))
print(list(context_diff(['a', 'b'], ['a', 'c'], 'f1', 'f2', 'date1', 'date2', lineterm='')))
print(list(unified_diff(['x\n'], ['x\n'])))
print(list(unified_diff([], [])))
print(list(unified_diff([], ['new\n'])))
print(list(unified_diff(['old\n'], [])))
print(list(context_diff([], ['new\n'])))
print(list(context_diff(['old\n'], [])))

a = ['line %d\n' % i for i in range(1, 31)]
b = a[:]
b[2] = 'changed 3\n'
b[14:16] = []
b.insert(25, 'inserted\n')
b.append('tail\n')
for n in (3, 1, 0, 10):
    print('n =', n)
    print(''.join(unified_diff(a, b, 'a.txt', 'b.txt', n=n)), end='')
    print(''.join(context_diff(a, b, 'a.txt', 'b.txt', n=n)), end='')

# single-line hunks and empty ranges
print(''.join(unified_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'c\n'], n=0)), end='')
print(''.join(context_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'X\n', 'b\n', 'c\n'], n=0)), end='')

for args in [([1], ['a']), (['a'], [b'a']), (['a'], ['b'], b'f'), (['a'], ['b'], 'f', 'g', 'd', 1)]:
    for fn in (unified_diff, context_diff):
        try:
            print(list(fn(*args)))
        except Exception as e:
            print(type(e).__name__, e)

print(list(diff_bytes(unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'\xfe\n'], b'x', b'y')))
print(list(diff_bytes(context_diff, [b'a', b'b'], [b'a', b'c'], b'x', b'y', b'd1', b'd2', n=1, lineterm=b'')))
for bad in [(['a'], [b'b']), ([b'a'], [b'b'], 'name')]:
    try:
        list(diff_bytes(unified_diff, *bad))
    except Exception as e:
        print(type(e).__name__, e)
g = unified_diff(['a'], ['b'])
print(type(g).__name__, next(g))
