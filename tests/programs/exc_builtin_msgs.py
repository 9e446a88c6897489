# messages of common built-in exceptions.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)
show(lambda: [1, 2, 3][10])
show(lambda: (1,)[-5])
show(lambda: 'abc'[3])
show(lambda: {'a': 1}['b'])
show(lambda: (5).foo)
show(lambda: 'x'.nope)
show(lambda: [].nope)
show(lambda: None.attr)
show(lambda: 1 + 'a')
show(lambda: 'a' + 1)
show(lambda: [1] - [1])
show(lambda: 1 < 'a')
show(lambda: {} < {})
show(lambda: -'a')
show(lambda: 'abc' * 'd')
show(lambda: undefined_name)
show(lambda: int('abc'))
show(lambda: int('4.5'))
show(lambda: int(''))
show(lambda: float('x1'))
five, text = 5, 'str'
show(lambda: five())
show(lambda: text())
show(lambda: len(5))
show(lambda: [][0])
show(lambda: 1 / 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: [1, 2].index(3))
show(lambda: list(5))
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: abs('x'))
show(lambda: chr(-1))
show(lambda: 'a'.join(5))
show(lambda: {}.fromkeys(1))
show(lambda: (1, 2) + [3])
show(lambda: None + 1)
show(lambda: hash([]))
show(lambda: {[1]: 2})
show(lambda: int(None))
show(lambda: max([]))
show(lambda: min())
show(lambda: 'x' % 5)
show(lambda: divmod('a', 1))
show(lambda: round('x'))
show(lambda: sum(['a', 'b']))
show(lambda: [1, 2, 3][1:2:0])
def unbound():
    print(x)
    x = 1
show(unbound)
def unbound2():
    y += 1
    y = 0
show(unbound2)
class C:
    pass
show(lambda: C().missing)
show(lambda: C.missing)
show(lambda: C(1))
show(lambda: setattr(5, 'x', 1))
def do_assert():
    assert 1 == 2, 'one is not two'
show(do_assert)
def do_assert2():
    assert []
show(do_assert2)
def do_assert3():
    assert len([1, 2]) == 2, 'not shown'
    return 'passed'
print(do_assert3())
