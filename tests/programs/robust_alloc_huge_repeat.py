# Repetition and padding to sizes no machine can hold: MemoryError/OverflowError, never a
# silently truncated result (2**50 and 2**62 must not wrap to a small count).
def attempt(label, make):
    try:
        r = make()
        print(label, 'ok', len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

N = 2 ** 50
attempt('list * n', lambda: [None] * N)
attempt('tuple * n', lambda: (None,) * N)
attempt('str * n', lambda: 'a' * N)
attempt('n * str', lambda: N * 'a')
attempt('str * 2**62', lambda: 'ab' * 2 ** 62)
attempt('list * 2**62', lambda: [1, 2] * 2 ** 62)
attempt('zfill', lambda: 'a'.zfill(N))
attempt('center', lambda: 'a'.center(N))
attempt('ljust', lambda: 'a'.ljust(N))
attempt('rjust', lambda: 'a'.rjust(N, '*'))
attempt('%*d', lambda: '%*d' % (N, 1))
attempt('%-*s', lambda: '%-*s' % (N, 'a'))
attempt('format width', lambda: format(1, '%dd' % N))
attempt('str.format width', lambda: '{:>{}}'.format('a', N))
attempt('fstring width', lambda: f'{"a":{N}}')
attempt('replace growth', lambda: ('a' * 1024).replace('a', 'b' * 2 ** 41))
l = [0]
try:
    l *= N
except MemoryError:
    print('inplace list *= MemoryError', len(l))
s = 'ab'
try:
    s *= N
except MemoryError:
    print('inplace str *= MemoryError', len(s))
print('still alive')
