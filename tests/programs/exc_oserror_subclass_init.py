class E(OSError):
    def __init__(self, x, y): self.z = x
e = E(1, 2); print(e.args, e.errno, str(e))
class F(OSError):
    pass
print(F(2, 'x').args)
class G(OSError):
    def __new__(cls, *a): return super().__new__(cls, *a)
    def __init__(self, *a): pass
print(G(1, 'y').args)
