# BaseException.add_note and __notes__, with_traceback, and their errors.
e = ValueError('base')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, type(e.__notes__).__name__, str(e), repr(e), e.args)
for bad in [5, None, b'bytes']:
    try:
        e.add_note(bad)
    except TypeError as err:
        print(type(err).__name__, err)
e.__notes__.append('appended directly')
print(e.__notes__)
e.__notes__ = ['replaced']
e.add_note('after replace')
print(e.__notes__)
e.__notes__ = 'not a list'
try:
    e.add_note('x')
except TypeError as err:
    print(type(err).__name__, err)
del e.__notes__
e.add_note('fresh')
print(e.__notes__)
class S(str):
    pass
e.add_note(S('subclass note'))
print(e.__notes__, type(e.__notes__[-1]).__name__)
try:
    try:
        raise KeyError('k')
    except KeyError as inner:
        inner.add_note('context: while loading')
        raise
except KeyError as caught:
    print(caught.__notes__, caught.args)
def tb_depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n
try:
    raise RuntimeError('r')
except RuntimeError as r:
    saved_tb = r.__traceback__
print(tb_depth(saved_tb))
x = TypeError('t')
print(x.__traceback__ is None, x.with_traceback(saved_tb) is x, x.__traceback__ is saved_tb)
print(x.with_traceback(None).__traceback__)
try:
    x.with_traceback(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    x.__traceback__ = 'no'
except TypeError as err:
    print(type(err).__name__, err)
def raiser():
    raise ValueError('v')
try:
    raiser()
except ValueError as v:
    print(tb_depth(v.__traceback__), v.__traceback__.tb_frame.f_code.co_name, v.__traceback__.tb_next.tb_frame.f_code.co_name)
    try:
        raise v.with_traceback(None)
    except ValueError as again:
        print(again is v, tb_depth(again.__traceback__))
BaseException.add_note(e, 'via class')
print(e.__notes__[-1], KeyboardInterrupt().add_note('ok') is None)
