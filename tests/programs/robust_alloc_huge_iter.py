# Materialising a range far beyond any address space must raise MemoryError, not abort.
def attempt(label, make):
    try:
        r = make()
        print(label, 'ok', len(r))
    except Exception as e:
        print(label, type(e).__name__, e)

N = 2 ** 50
attempt('list(range)', lambda: list(range(N)))
attempt('tuple(range)', lambda: tuple(range(N)))
attempt('sorted(range)', lambda: sorted(range(N)))
attempt('star range', lambda: [*range(N)])
attempt('list(range 2**62)', lambda: list(range(2 ** 62)))
attempt('list(range 2**64)', lambda: list(range(2 ** 64)))
attempt('list(range neg)', lambda: list(range(-2 ** 64)))
attempt('list(range step)', lambda: list(range(0, 2 ** 60, 3)))
print('still alive')
