# Indices and counts between 2**32 and 2**63 are valid Python ints: they must never wrap
# around to a small machine integer (pyrs runs on wasm32, where usize is 32 bits).
def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

big = 2 ** 32
attempt('list[2**32]', lambda: [1, 2, 3][big])
attempt('list[2**32+1]', lambda: [1, 2, 3][big + 1])
attempt('list[2**62]', lambda: [1, 2, 3][2 ** 62])
attempt('list[-2**32]', lambda: [1, 2, 3][-big])
attempt('tuple[2**32+1]', lambda: (1, 2, 3)[big + 1])
attempt('str[2**32+1]', lambda: 'abc'[big + 1])
attempt('slice from 2**32', lambda: [1, 2, 3][big:])
attempt('slice to 2**32+1', lambda: [1, 2, 3][:big + 1])
attempt('str step 2**32+1', lambda: 'abcdef'[::big + 1])
attempt('replace count 2**32+1', lambda: 'aaa'.replace('a', 'b', big + 1))
attempt('replace count 2**62', lambda: 'aaa'.replace('a', 'b', 2 ** 62))
attempt('split max 2**32+1', lambda: 'a,b,c'.split(',', big + 1))
attempt('find start 2**32+1', lambda: 'abcabc'.find('b', big + 1))
attempt('count end 2**32+1', lambda: 'abcabc'.count('a', 0, big + 1))
attempt('index end 2**32+1', lambda: [1, 2, 3].index(3, 0, big + 1))
attempt('index start -2**32-1', lambda: [1, 2, 3].index(2, -big - 1))
attempt('index start -2**64', lambda: [1].index(1, -2 ** 64))
attempt('index end 2**64', lambda: [1].index(1, 0, 2 ** 64))
attempt('index start 2**64', lambda: [1].index(1, 2 ** 64))
def insert_far():
    l = [1, 2, 3]
    l.insert(big + 1, 9)
    l.insert(-big - 1, 0)
    return l
attempt('insert far', insert_far)
def pop_far():
    return [1, 2, 3].pop(big + 1)
attempt('pop 2**32+1', pop_far)
def set_far():
    l = [1, 2, 3]
    l[big + 1] = 5
    return l
attempt('setitem 2**32+1', set_far)
def del_far():
    l = [1, 2, 3]
    del l[big + 1]
    return l
attempt('delitem 2**32+1', del_far)
attempt('enumerate start 2**64', lambda: list(enumerate('ab', 2 ** 64)))
attempt('round 2**63 digits', lambda: round(1.25, 2 ** 63))
attempt('round int 2**64 digits', lambda: round(125, 2 ** 64))
attempt('round float -2**64 digits', lambda: round(1.25, -2 ** 64))
