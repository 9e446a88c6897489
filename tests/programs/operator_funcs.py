# operator: the functions, in-place forms, sequence helpers and dunder aliases.
import operator


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(operator.__all__) == operator.__all__, len(operator.__all__))
for name in operator.__all__:
    if name[0] != '_' and not name[0].isupper() and name not in ('attrgetter', 'itemgetter', 'methodcaller'):
        dunder = '__' + name.rstrip('_') + '__'
        if hasattr(operator, dunder):
            print(name, dunder, getattr(operator, dunder) is getattr(operator, name))
print(operator.invert.__name__, operator.inv.__name__, operator.__inv__.__name__)

show('lt', lambda: [operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne('a', 'a'),
                    operator.ge(3, 2), operator.gt(1, 2)])
show('cmp err', lambda: operator.lt(1, 'a'))
show('logic', lambda: [operator.not_([]), operator.truth([0]), operator.truth(''),
                       operator.is_(None, None), operator.is_not(1, None)])
show('arith', lambda: [operator.abs(-3), operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 3),
                       operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3),
                       operator.pow(2, 10), operator.pow(2, -1), operator.neg(5), operator.pos(-0.0)])
show('bits', lambda: [operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10),
                      operator.lshift(1, 70), operator.rshift(-17, 2), operator.inv(5), operator.invert(0)])
show('div0', lambda: operator.truediv(1, 0))
show('mod0', lambda: operator.mod(1, 0))
show('sets', lambda: [sorted(operator.or_({1}, {2})), sorted(operator.and_({1, 2}, {2}))])


class M:
    def __matmul__(self, o):
        return ('matmul', o)

    def __imatmul__(self, o):
        return ('imatmul', o)


show('matmul', lambda: [operator.matmul(M(), 1), operator.imatmul(M(), 2)])
show('matmul err', lambda: operator.matmul(1, 2))

# in-place forms: mutate lists, rebind immutables
a = [1]
b = operator.iadd(a, [2])
print('iadd list', a, b, a is b)
t = (1,)
print('iadd tuple', operator.iadd(t, (2,)), t)
for name, x, y in [('isub', 10, 3), ('imul', 4, 5), ('itruediv', 9, 2), ('ifloordiv', 9, 2),
                   ('imod', 9, 4), ('ipow', 3, 4), ('ilshift', 3, 2), ('irshift', 64, 3),
                   ('iand', 6, 3), ('ior', 6, 3), ('ixor', 6, 3)]:
    print(name, getattr(operator, name)(x, y))
s = {1}
print('ior set', operator.ior(s, {2}) is s, sorted(s))

# sequence helpers
show('concat', lambda: operator.concat([1], [2]))
show('concat str', lambda: operator.concat('a', 'b'))
show('concat int', lambda: operator.concat(1, 2))
show('concat dict', lambda: operator.concat({}, {}))
show('concat mix', lambda: operator.concat([1], (2,)))
show('iconcat', lambda: operator.iconcat([1], (2, 3)))
show('iconcat int', lambda: operator.iconcat(1, 2))
show('contains', lambda: [operator.contains([1, 2], 2), operator.contains('abc', 'bc')])
show('contains err', lambda: operator.contains(3, 1))
nan = float('nan')
show('countOf', lambda: [operator.countOf([1, 2, 1, 1.0, True], 1), operator.countOf([nan, nan], nan)])
show('countOf err', lambda: operator.countOf(5, 1))
show('indexOf', lambda: [operator.indexOf('hello', 'l'), operator.indexOf(iter([3, 4]), 4)])
show('indexOf missing', lambda: operator.indexOf([1, 2], 3))
show('indexOf err', lambda: operator.indexOf(None, 3))
d = {'k': 1}
operator.setitem(d, 'j', 2)
operator.delitem(d, 'k')
show('items', lambda: [d, operator.getitem(d, 'j'), operator.getitem([1, 2, 3], slice(1, None))])
show('getitem err', lambda: operator.getitem({}, 'x'))
show('delitem err', lambda: operator.delitem([1], 5))

# index and length_hint
class Idx:
    def __index__(self):
        return 7


class BadIdx:
    def __index__(self):
        return 'x'


class Hint:
    def __init__(self, n):
        self.n = n

    def __length_hint__(self):
        return self.n


show('index', lambda: [operator.index(5), operator.index(True), operator.index(Idx()), operator.index(-2**80)])
show('index float', lambda: operator.index(1.5))
show('index bad', lambda: operator.index(BadIdx()))
show('lh', lambda: [operator.length_hint([1, 2]), operator.length_hint(iter(range(5))),
                    operator.length_hint(5), operator.length_hint(5, 9), operator.length_hint(Hint(4)),
                    operator.length_hint(Hint(NotImplemented), 3)])
show('lh bad default', lambda: operator.length_hint([], 'x'))
show('lh neg', lambda: operator.length_hint(Hint(-1)))
show('lh type', lambda: operator.length_hint(Hint('3')))
show('call', lambda: operator.call(max, 3, 9, 4, key=lambda v: -v))
show('call dunder', lambda: operator.__call__(dict, a=1))
