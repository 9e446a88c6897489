# More callbacks that change what is being worked on, and exception chains that would
# form a cycle: CPython's results are fixed and no loop may run forever.
class ClearsAndMatches:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return True

a = []
a.extend([ClearsAndMatches(a), ClearsAndMatches(a), ClearsAndMatches(a)])
print('list == after clear (eq True)', a == [1, 2, 3], a)
b = []
b.extend([ClearsAndMatches(b), ClearsAndMatches(b)])
print('list != after clear (eq True)', b != [1, 2], b)
t = [1, 2]
c = [ClearsAndMatches(t), ClearsAndMatches(t)]
print('other side cleared', c == t, t)

# Re-raising an exception that is already in the __context__ chain must not make a cycle:
# CPython cuts the chain where the cycle would close.
try:
    try:
        raise KeyError('a')
    except KeyError as first:
        try:
            raise ValueError('b')
        except ValueError:
            raise first
except KeyError as e:
    ctx = e.__context__
    print('context', type(ctx).__name__, ctx.__context__)

def chain_types(e):
    names = []
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        names.append(type(e).__name__)
        e = e.__context__
    return names, e is None

try:
    try:
        try:
            raise KeyError('x')
        except KeyError as k:
            try:
                raise IndexError('y')
            except IndexError as i:
                try:
                    raise ValueError('z')
                except ValueError:
                    raise k
    except KeyError as again:
        raise TypeError('outer') from None
except TypeError as e:
    print('suppressed', e.__suppress_context__, type(e.__context__).__name__)
    print('chain', chain_types(e.__context__))
