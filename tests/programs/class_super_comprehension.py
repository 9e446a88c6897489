# super() with no arguments inside list, set and dict comprehensions of a method (inlined in CPython 3.12); a generator expression or lambda is its own function.
class A:
    def f(self): return 1
class B(A):
    def f(self): return [super().f() for _ in range(2)]
    def g(self): return list(super().f() for _ in range(2))
    def h(self): return {k: super().f() for k in 'ab'}
    def i(self): return [[super().f() for _ in range(1)] for _ in range(2)]
    def j(self): return (lambda: super().f())()
print(B().f(), B().h(), B().i())
for m in ('g', 'j'):
    try: print(getattr(B(), m)())
    except Exception as e: print(type(e).__name__, e)
