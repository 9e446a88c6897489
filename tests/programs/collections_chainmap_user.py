# collections.ChainMap, UserDict, UserList and UserString: lookups through the chain,
# writes to the first map, new_child/parents, the | operators, reprs; the User* wrappers
# with their mixin methods, __missing__, copies and subclassing.
from collections import ChainMap, UserDict, UserList, UserString, defaultdict, OrderedDict


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '=', repr(result))


# --- ChainMap ---
defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
args = {'size': 3}
cm = ChainMap(args, env, defaults)
print(cm, len(cm), list(cm), sorted(cm.items()))
print(cm['user'], cm['color'], cm['size'], cm.get('nope'), cm.get('nope', 0), 'color' in cm)
attempt('missing', lambda: cm['nope'])
cm['color'] = 'blue'
print(args, cm['color'], defaults['color'])
del cm['color']
attempt('del missing', lambda: cm.__delitem__('user'))
attempt('pop missing', lambda: cm.pop('user'))
print(cm.pop('size'), cm.pop('size', 'gone'), args)
attempt('popitem empty', lambda: cm.popitem())
cm['k'] = 'v'
print(cm.popitem(), args)
print(ChainMap(), ChainMap({}), bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
child = cm.new_child()
child['local'] = 1
print(child, child.parents, child.maps[0], len(child.maps))
print(cm.new_child({'m': 1}), cm.new_child(extra=2), cm.new_child({'m': 1}, extra=2).maps[0])
print(cm.parents.parents, cm.parents.parents.parents)
cp = cm.copy()
cp['copied'] = True
print(cm.maps[0], cp.maps[0], cp.maps[1] is cm.maps[1], cm.__copy__() == cm)
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))
print(cm | {'z': 26}, {'z': 26} | cm, type({'z': 26} | cm).__name__)
cm |= {'w': 23}
print(cm.maps[0])
print(ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}, {'a': 2}) == ChainMap({'a': 1}))
dd = defaultdict(lambda: 'dflt')
print(ChainMap({}, dd)['anything'], dict(ChainMap({'a': 1}, {'b': 2, 'a': 3})))
order = ChainMap({'c': 1, 'a': 1}, {'b': 2, 'a': 2}, {'d': 3})
print(list(order), list(order.keys()), list(order.values()), list(order.items()))
rec = ChainMap()
rec.maps.append(rec)
print(rec)
scopes = ChainMap({'x': 1})
inner = scopes.new_child({'y': 2})
innermost = inner.new_child({'x': 10})
print(innermost['x'], innermost['y'], innermost.parents['x'], dict(innermost))


class DeepChainMap(ChainMap):
    # Writes go to the first mapping that has the key.

    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value


deep = DeepChainMap({'zebra': 'black'}, {'elephant': 'blue'}, {'lion': 'yellow'})
deep['lion'] = 'orange'
deep['snake'] = 'red'
print(deep)

# --- UserDict ---
ud = UserDict({'a': 1}, b=2)
print(ud, len(ud), ud['a'], ud.get('zz', 0), 'b' in ud, list(ud), ud.data)
ud['c'] = 3
del ud['a']
attempt('missing', lambda: ud['missing'])
print(ud, ud.pop('b'), ud.setdefault('d', 4), ud.popitem(), ud)
ud.update({'x': 1}, y=2)
ud.update([('z', 3)])
print(ud, sorted(ud.keys()), sorted(ud.values()), sorted(ud.items()))
print(ud == {'d': 4, 'x': 1, 'y': 2, 'z': 3}, ud | {'q': 0}, {'q': 0} | ud, type(ud | {}).__name__)
ud |= {'w': 9}
print(ud, UserDict.fromkeys('ab', 1), repr(UserDict()))
print(ud.copy(), type(ud.copy()).__name__, ud.copy() is not ud)
ud.clear()
print(ud, len(ud))
print(UserDict(dict=1), UserDict(self=2))


class Defaulting(UserDict):
    def __missing__(self, key):
        return f'<{key}>'


dfl = Defaulting(a=1)
dfl.extra = 'attr'
print(dfl['a'], dfl['b'], 'b' in dfl, dfl.get('b'), dfl)
dc = dfl.copy()
print(type(dc).__name__, dc, dc.extra, dc.data is not dfl.data)


class Lowered(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


print(Lowered({'A': 1, 'B': 2}), Lowered(C=3))

# --- UserList ---
ul = UserList([3, 1, 2])
print(ul, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__, 2 in ul)
ul.append(5)
ul.insert(0, 0)
ul.extend([7, 8])
ul.extend(UserList([9]))
print(ul, ul.pop(), ul.pop(0), ul.index(5), ul.count(1))
ul.remove(7)
ul.sort()
print(ul)
ul.sort(key=lambda v: -v)
ul.reverse()
print(ul)
ul[0] = 'first'
del ul[1]
print(ul)
print(ul + [1], [1] + ul, ul + UserList([2]), ul * 2, 2 * ul, type(ul + []).__name__)
ul += (10,)
ul *= 2
print(ul)
print(UserList([1, 2]) == [1, 2], UserList([1]) < [2], UserList([1]) <= UserList([1]))
print(UserList([3]) > [2], UserList([3]) >= UserList([4]), UserList('abc'), UserList(UserList([1])))
print(ul.copy(), list(reversed(UserList([1, 2, 3]))), UserList())
attempt('index missing', lambda: UserList([1]).index(2))
attempt('pop empty', lambda: UserList().pop())
ul.clear()
print(ul)


class Stack(UserList):
    def push(self, item):
        self.append(item)


st = Stack()
st.push(1)
st.push(2)
print(st, st.pop(), type(st.copy()).__name__, type(st[:]).__name__)

# --- UserString ---
us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[-5:], type(us[0]).__name__)
print(us.upper(), us.lower(), us.swapcase(), us.title(), us.capitalize(), us.casefold())
print(us.split(), us.split('o'), us.rsplit(' ', 1), us.partition(' '), us.rpartition('o'))
print(us.find('o'), us.rfind('o'), us.index('W'), us.rindex('o'), us.count('l'), us.count(UserString('l')))
print(us.startswith('He'), us.endswith('ld'), us.replace('World', 'There'), us.replace(UserString('l'), 'L', 1))
print(us.center(15, '*'), us.ljust(13, '.'), us.rjust(13), us.zfill(13), UserString('  x ').strip())
print(UserString('a-b').lstrip('a'), UserString('xyx').rstrip('x'), us.isalpha(), UserString('abc').isalpha())
print(UserString('12').isdigit(), UserString('12').isdecimal(), UserString('12').isnumeric(), us.isascii())
print(UserString('a\tb').expandtabs(4), UserString('a\nb').splitlines(), us.encode(), us.join('ab'))
print(UserString('{0}-{x}').format(1, x=2), UserString('{a}').format_map({'a': 5}))
print(us.removeprefix('Hello '), us.removesuffix(' World'), us.translate({ord('o'): '0'}))
print(us + '!', '>' + us, us + UserString('?'), us * 2, 2 * UserString('ab'), us + 5)
print(UserString('%s=%d') % ('x', 1), 'W' in us, UserString('W') in us, 'z' in us)
print(us == 'Hello World', us == UserString('Hello World'), us < 'Z', us > UserString('A'))
print(us <= 'Hello World', us >= 'Hello', hash(us) == hash('Hello World'))
print(int(UserString('42')), float(UserString('2.5')), complex(UserString('1+2j')), str(us))
print(UserString(123), UserString(UserString('copy')), sorted([UserString('b'), UserString('a')]))
print(list(UserString('abc')), list(reversed(UserString('abc'))), UserString('aXbX').index('X', 2))
