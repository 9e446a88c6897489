print('running pkga.sub.leaf')


def func():
    return 'leaf.func()'


CONST = 42
