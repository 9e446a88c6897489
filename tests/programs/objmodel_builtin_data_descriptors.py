# The data descriptors of built-in types are visible on the class, as in CPython:
# BaseException's args/__traceback__/__cause__/__context__/__suppress_context__,
# range's and slice's start/stop/step, property's fget/fset/fdel; instances read and
# write them as before.
for cls, names in [(BaseException, ['args', '__traceback__', '__cause__', '__context__',
                                    '__suppress_context__']),
                   (range, ['start', 'stop', 'step']), (slice, ['start', 'stop', 'step']),
                   (property, ['fget', 'fset', 'fdel'])]:
    for n in names:
        print(cls.__name__, n, hasattr(cls, n), n in dir(cls), n in vars(cls),
              type(vars(cls)[n]).__name__ in ('getset_descriptor', 'member_descriptor'))
print('args' in dir(OSError), 'start' in dir(range), hasattr(ValueError, '__traceback__'))

e = ValueError(1, 2)
print(e.args, BaseException.args.__get__(e), e.__traceback__, e.__cause__, e.__context__,
      e.__suppress_context__)
e.args = [3]
print(e.args, e)
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
BaseException.__suppress_context__.__set__(e, False)
print(e.__suppress_context__)
for name in ['args', '__traceback__', '__cause__', '__context__', '__suppress_context__']:
    try:
        delattr(e, name)
    except Exception as ex:
        print(name, type(ex).__name__, ex)
for bad in [('__cause__', 5), ('__context__', 'x'), ('__suppress_context__', 1),
            ('__traceback__', 3)]:
    try:
        setattr(e, *bad)
    except Exception as ex:
        print(bad[0], type(ex).__name__, ex)


class MyErr(Exception):
    @property
    def args(self):
        return ('overridden',)


print(MyErr('x').args, str(MyErr('x')))

r = range(2, 20, 3)
print(r.start, r.stop, r.step, range.start.__get__(r), range.stop.__get__(range(5)))
s = slice(1, None, 'x')
print(s.start, s.stop, s.step, slice.step.__get__(s))
for obj, n in [(r, 'start'), (s, 'stop')]:
    try:
        setattr(obj, n, 1)
    except AttributeError as ex:
        print(type(ex).__name__, ex)
try:
    range.start.__get__(s)
except TypeError as ex:
    print(type(ex).__name__, ex)

p = property(len, None, None, 'doc')
print(p.fget, p.fset, p.fdel, property.fget.__get__(p))
try:
    p.fget = abs
except AttributeError as ex:
    print(type(ex).__name__, ex)


class P(property):
    pass


q = P(abs)
print(q.fget, property.fget.__get__(q))
