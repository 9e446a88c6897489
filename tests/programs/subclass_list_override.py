# list subclass with overridden methods: which built-in operations honour them
class Logged(list):
    def __getitem__(self, i):
        print('  getitem', i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print('  setitem', i, v)
        super().__setitem__(i, v)
    def __len__(self):
        print('  len')
        return super().__len__()
    def append(self, v):
        print('  append', v)
        super().append(v * 10)

x = Logged([1, 2, 3])
print('index'); print(x[0])
print('slice'); print(x[0:2])
print('assign'); x[1] = 20
print('len()'); print(len(x))
print('append'); x.append(4)
print('extend'); x.extend([5])
print('iterate'); print([v for v in x])
print('list()'); print(list(x))
print('bool'); print(bool(x))
print('in'); print(20 in x)
print('repr'); print(x)
print('unpack'); a, b, *c = x; print(a, b, c)
print('sorted'); print(sorted(x))
print('+='); x += [6]; print(type(x).__name__, list.__len__(x))

class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return 'Stack' + super().__repr__()

s = Stack().push(1).push(2)
print(s, s.peek(), str(s), f'{s}', [s])
print(s + [3], type(s + [3]).__name__)

class OneBased(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)

ob = OneBased('abc')
print(ob[1], ob[3], list(ob), [v for v in ob], ob.index('b'), ob.pop())
