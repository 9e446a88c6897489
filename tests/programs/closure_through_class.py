def outer(m):
    x = 10
    class K:
        x = 5
        def get(self):
            return m, x
        def cls_x():
            return x
        y = x
    return K
K = outer(3)
print(K().get(), K.y, K.x)
def f():
    v = 1
    class A:
        class B:
            def g(self):
                return v
    return A.B().g()
print(f())
