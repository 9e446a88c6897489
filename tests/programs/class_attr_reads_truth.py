# Attributes an instance reads from its class (numbers, str, None, plain objects, objects
# with only __set__), shadowed by the instance's dict and revealed again, after the class
# changes, through __class__ assignment and on slotted and exception classes; and the truth
# of instances as __bool__/__len__ come and go on the class or a base.


class Marker:
    pass


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class C:
    n = 1
    s = "text"
    none = None
    f = 2.5
    mark = Marker()
    so = SetOnly()

    def read(self):
        return self.n, self.s, self.none, self.f, type(self.mark).__name__


c = C()
print(c.read(), c.n, c.so is C.__dict__["so"])
c.n = 10
print(c.read(), C.n)
del c.n
print(c.read())
c.so = 5
print("so" in c.__dict__, c.so is C.__dict__["so"])
c.__dict__["so"] = "own"
print(c.so)
C.n = 99
print(c.read(), [o.n for o in (C(), C())])
C.mark = 7
print(c.read())
del C.s
try:
    c.s
except AttributeError as e:
    print("AttributeError", e)
C.s = "back"
print(c.s)


class D(C):
    n = "dee"


d = D()
print(d.read(), [x.n for x in (c, d, c, d)])
d.__class__ = C
print(d.n)


class Slotted:
    __slots__ = ("a",)
    kind = "slotted"


sl = Slotted()
print(sl.kind, [sl.kind for _ in range(3)])
try:
    sl.kind = "x"
except AttributeError as e:
    print("AttributeError", e)


class Err(Exception):
    code = 42


e = Err("boom")
print(e.code, e.args, [e.code for _ in range(2)])
e.code = 1
print(e.code, Err().code)


class Plain:
    pass


class WithLen:
    def __len__(self):
        return 0


p = Plain()
print(bool(p), not p, [1 for x in (p, p) if x])
Plain.__bool__ = lambda self: False
print(bool(p), not p, [1 for x in (p, p) if x])
del Plain.__bool__
print(bool(p))
Plain.__len__ = lambda self: 0
print(bool(p), "yes" if p else "no")
del Plain.__len__
print(bool(p))


class Child(Plain):
    pass


ch = Child()
print(bool(ch))
Plain.__len__ = lambda self: 0
print(bool(ch), bool(Child()))
del Plain.__len__
ch.__class__ = WithLen
print(bool(ch))
ch.__class__ = Child
print(bool(ch))


class Base1:
    def __bool__(self):
        return False


class Late(Plain):
    pass


Late.__bases__ = (Base1,)
print(bool(Late()))
