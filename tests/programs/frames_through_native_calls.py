# Python code run by native code (a property, __getattr__, __index__, __bool__, __call__,
# sorted's key, str() of an object...) sees the frame that triggered it as its caller:
# sys._getframe, f_back chains, inspect.stack and warnings' stacklevel.
import inspect
import sys
import traceback
import warnings


def chain(depth=6):
    f = sys._getframe(1)
    names = []
    while f is not None and len(names) < depth:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names


class Probe:
    @property
    def prop(self):
        return chain()

    def __getattr__(self, name):
        return chain()

    def __index__(self):
        print('index', chain(3))
        return 0

    def __bool__(self):
        print('bool', chain(3))
        return True

    def __call__(self):
        return chain()

    def __str__(self):
        print('str', chain(3))
        return 'probe'

    def __eq__(self, other):
        print('eq', chain(3))
        return True

    __hash__ = object.__hash__

    def __iter__(self):
        print('iter', chain(3))
        return iter([1])


def user():
    p = Probe()
    print('prop', p.prop)
    print('getattr', p.missing)
    [10, 20][p]
    if p:
        pass
    print('call', p())
    str(p)
    p == 1
    list(p)
    print('sorted', sorted([3, 1], key=lambda k: chain(3))[:1])
    print('map', list(map(lambda k: chain(2), [0])))


user()


class Deprecated:
    @property
    def old(self):
        warnings.warn('old is deprecated', DeprecationWarning, stacklevel=2)
        return 1

    def __getattr__(self, name):
        warnings.warn(f'{name} via getattr', UserWarning, stacklevel=2)
        return 2


def uses_deprecated():
    d = Deprecated()
    return d.old + d.other


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    uses_deprecated()
for w in caught:
    print(w.category.__name__, w.message, w.lineno, w.filename.endswith('native_calls.py'))


def stack_names():
    return [fi.function for fi in inspect.stack()[:4]]


class Viewer:
    @property
    def names(self):
        return stack_names()

    def __repr__(self):
        return '|'.join(line.split(',')[2].strip() for line in traceback.format_stack(limit=3)[:2])


def outer():
    v = Viewer()
    print(v.names)
    print(repr(v))


outer()

warnings.simplefilter('always')


class W:
    @property
    def p(self):
        warnings.warn('shown at the caller', stacklevel=2)
        return 0


def show():
    return W().p


show()
