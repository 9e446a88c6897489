def outer(x):
    def inner(y):
        nonlocal x
        x += y
        return x
    return inner
