# Exception chaining attributes: __cause__, __context__, __suppress_context__, and traceback objects.
def show(e):
    print(type(e).__name__, str(e), '| cause:', repr(e.__cause__), '| context:', repr(e.__context__), '| suppress:', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    show(e)
try:
    try:
        {}['k']
    except KeyError as k:
        raise ValueError('explicit') from k
except ValueError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise ValueError('suppressed') from None
except ValueError as e:
    show(e)
try:
    raise ValueError('cause without context') from TypeError('t')
except ValueError as e:
    show(e)
try:
    raise ValueError('cause class') from TypeError
except ValueError as e:
    show(e)
try:
    raise ValueError('bad') from 5
except TypeError as e:
    print(type(e).__name__, e)
e = RuntimeError('manual')
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('c')
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = True
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = 'str'
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
def chain_len(exc):
    n = 0
    while exc is not None:
        n += 1
        exc = exc.__context__
    return n
try:
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise IndexError('b')
    except IndexError:
        raise TypeError('c')
except TypeError as t:
    print(chain_len(t), repr(t.__context__.__context__))
try:
    try:
        raise ValueError('same')
    except ValueError as v:
        raise v
except ValueError as v2:
    print(v2.__context__ is None, v2.__context__ is v2)
try:
    try:
        raise OSError('inner')
    finally:
        print('finally runs')
except OSError as o:
    print('caught', o, o.__context__)
try:
    try:
        raise ValueError('in handler')
    except ValueError:
        pass
    raise KeyError('after handler')
except KeyError as k:
    print(repr(k.__context__))
