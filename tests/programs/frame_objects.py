# Frame objects: sys._getframe chains, tb_frame, tb_next, with_traceback and
# __traceback__ identity.
import sys


def who_called():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno, sorted(caller.f_locals)


def outer():
    a = 1
    b = 'two'
    return who_called()


print(outer())
print(who_called()[0])


def chain():
    f = sys._getframe(0)
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def level2():
    return chain()


def level1():
    return level2()


print(level1())
print(type(sys._getframe()).__name__, sys._getframe().f_globals is globals())
print(sys._getframe().f_code.co_filename == __file__, sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)


def in_comprehension():
    return [sys._getframe().f_code.co_name for _ in range(2)]


print(in_comprehension())


def module_name_of_caller():
    return sys._getframe(1).f_globals['__name__']


print(module_name_of_caller())


def inner_fail(n):
    if n == 0:
        raise KeyError('deep')
    inner_fail(n - 1)


try:
    inner_fail(2)
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    first = e.__traceback__
    print(first is e.__traceback__, type(first).__name__, type(first.tb_frame).__name__)
    innermost = first
    while innermost.tb_next is not None:
        innermost = innermost.tb_next
    print(innermost.tb_frame.f_back.f_code.co_name, innermost.tb_frame.f_globals is globals())
    saved = e


def reraise(exc):
    raise exc


try:
    reraise(saved)
except KeyError as again:
    tb = again.__traceback__
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print(again is saved, count, again.__traceback__.tb_next.tb_next is not None)

x = ValueError('fresh')
print(x.__traceback__)
print(x.with_traceback(first) is x, x.__traceback__ is first)
x.__traceback__ = None
print(x.__traceback__)
for bad in (5, 'tb', []):
    try:
        x.__traceback__ = bad
    except TypeError as err:
        print(type(err).__name__, err)
try:
    raise x.with_traceback(first)
except ValueError as v:
    tb = v.__traceback__
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print(count, v.__traceback__.tb_next is first)
