# Truth and len() of instances of built-in subclasses, before and after the class (or a
# base) gains or loses __bool__ / __len__.
class L(list):
    pass

class D(dict):
    pass

class T(tuple):
    pass

class S(str):
    pass

class St(set):
    pass

class I(int):
    pass

class F(float):
    pass

for v in [L(), L([1]), D(), D(a=1), T(), T((1, 2)), S(""), S("x"), St(), St({1}), I(0), I(3), F(0.0), F(0.5)]:
    print(type(v).__name__, bool(v), "yes" if v else "no", end=" ")
    try:
        print(len(v))
    except TypeError as e:
        print("TypeError:", e)

o = L([1, 2, 3])
L.__len__ = lambda self: 0
print(bool(o), len(o))
del L.__len__
print(bool(o), len(o))
L.__bool__ = lambda self: False
print(bool(o), len(o), not o)
del L.__bool__
print(bool(o), not o)

class Base(list):
    pass

class Sub(Base):
    pass

s = Sub([1])
print(bool(s), len(s))
Base.__len__ = lambda self: 7
print(bool(s), len(s))
Base.__bool__ = lambda self: False
print(bool(s), len(s))
del Base.__bool__, Base.__len__
print(bool(s), len(s))

class BadLen(list):
    def __len__(self):
        return -1

try:
    bool(BadLen([1]))
except ValueError as e:
    print("ValueError:", e)

class BadBool(list):
    def __bool__(self):
        return 1

try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)

class Q(list):
    pass

q = Q()
n = 0
while not q or len(q) < 5:
    q.append(n)
    n += 1
print(q, len(q), bool(q))
while q:
    q.pop(0)
print(q, bool(q))
