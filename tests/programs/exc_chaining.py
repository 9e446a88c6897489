# re-raise, implicit and explicit exception chaining, `as` name cleanup, finally with return.
def reraise():
    try:
        raise ValueError('orig')
    except ValueError:
        print('handling, re-raising')
        raise
try:
    reraise()
except ValueError as e:
    print('caught again:', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        {}['x']
    except KeyError as ke:
        raise RuntimeError('wrapped') from ke
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    raise TypeError('no cause') from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)
e_saved = None
try:
    raise OSError('x')
except OSError as e:
    e_saved = e
print(repr(e_saved))
try:
    e
except NameError as ne:
    print(type(ne).__name__, ne)
def gen_errors(n):
    try:
        return [1, 2][n]
    except IndexError:
        return 'index'
    finally:
        print('gen finally', n)
print(gen_errors(0), gen_errors(5))
