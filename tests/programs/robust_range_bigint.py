# range() accepts arbitrary ints: lengths, indexing, containment and iteration must work
# past 2**32 and 2**63, as in CPython (only len() itself may overflow).
def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

big = 10 ** 30
attempt('len 2**32+5', lambda: len(range(2 ** 32 + 5)))
attempt('len step 2', lambda: len(range(0, 2 ** 33, 2)))
attempt('len 2**63-1', lambda: len(range(2 ** 63 - 1)))
attempt('len 2**64', lambda: len(range(2 ** 64)))
attempt('index small', lambda: range(big)[5])
attempt('index last', lambda: range(big)[-1])
attempt('index step', lambda: range(0, big, 3)[10 ** 28])
attempt('index out of range', lambda: range(10)[big])
attempt('index neg out of range', lambda: range(10)[-big])
attempt('slice then index', lambda: range(2 ** 32 + 5)[2 ** 32:][0])
attempt('slice repr', lambda: range(big)[big - 3::2])
attempt('iterate above 2**63', lambda: list(range(2 ** 64, 2 ** 64 + 3)))
attempt('iterate big', lambda: list(range(big, big + 3)))
attempt('reversed', lambda: next(reversed(range(big))))
attempt('contains', lambda: (big - 1 in range(big), big in range(big), -1 in range(big)))
attempt('index()', lambda: range(big).index(big - 1))
attempt('count()', lambda: range(0, big, 7).count(14))
attempt('bool', lambda: bool(range(big, big)))
attempt('equality', lambda: range(0, big, 2) == range(0, big - 1, 2))
attempt('neg range list', lambda: list(range(-2 ** 64)))
attempt('max', lambda: max(range(big, big + 5)))
attempt('sum', lambda: sum(range(2 ** 64, 2 ** 64 + 4)))
