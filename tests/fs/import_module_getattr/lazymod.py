print('lazymod body')
REAL = 'a real attribute'
calls = []


def __getattr__(name):
    calls.append(name)
    if name.startswith('lazy_'):
        return 'computed ' + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ['REAL', 'lazy_one']
