# SyntaxWarnings of the compiler: "is" with a literal (the first pair of a chain) and an
# assert on a non-empty tuple.
x = 5
print(x is 5, x is not 'a', x is None, x is True, x is ..., 1 is x)
print(x is (1, 2), x is -1, x is 2.5, x is b'', x is (1, [2]) if False else 0, x is [])
print(x is f'{x}', 0 < x is 3 < 9)
def f():
    assert (x, 'message')
    assert x, 'fine'
    assert ()
f()
