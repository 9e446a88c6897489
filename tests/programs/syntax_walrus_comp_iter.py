# `:=` in a comprehension's iterable is a SyntaxError (also inside a lambda there and in a
# later `for`); in its condition it is allowed. reversed() honours `__reversed__ = None`.
for src in ['[x for x in (y := [1, 2])]', '[x for x in (lambda: (y := [1]))()]',
            '[x for a in [1] for x in (y := [a])]', '{x: 1 for x in (z := [1])}',
            '(x for x in (w := [1]))', '[x for x in [1] if (v := x)]']:
    try:
        compile(src, 's', 'exec')
        print('ok', src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)


class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


try:
    reversed(NotReversible())
except TypeError as e:
    print(e)
print(list(reversed(type('Seq', (), {'__len__': lambda s: 2, '__getitem__': lambda s, i: i})())))
