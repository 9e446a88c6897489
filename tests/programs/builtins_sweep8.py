# Argument errors of pow(), the hash of empty str/bytes, and huge shift counts.
for call in (lambda: pow(2, 3, 5, 7), lambda: pow(), lambda: pow(2), lambda: pow(base=2),
             lambda: pow(2, exp=3, mod=5), lambda: pow(2, 3, mod=None)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
print(hash(''), hash(b''), hash('') == hash(b''), {'': 1, b'': 2})
for expr in ('1 << 2**100', '1 << 2**63', '1 << 30 * 2**63', '1 << (30 * 2**63 - 1)', '1 << (2**63 - 1)', '5 >> 2**100', '0 << 2**100',
             '-1 >> 2**100'):
    try:
        r = eval(expr)
        print(expr, '=', r)
    except (OverflowError, MemoryError) as e:
        print(expr, type(e).__name__, e)
for call in (lambda: reversed(), lambda: reversed(1, 2), lambda: reversed([], x=1),
             lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(x=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
print(list(reversed([1, 2])), slice(5), slice(1, 2), slice(1, 2, 3))
