s = super(int)
print(s.__thisclass__, s.__self__, s.__self_class__, repr(s))
class A:
    def hi(self):
        return "A.hi"
class B(A):
    pass
B.sup = super(B)
b = B()
print(b.sup.hi(), type(b.sup).__name__, b.sup.__self__ is b)
try:
    super(B).hi
except AttributeError as e:
    print("AttributeError", e)
