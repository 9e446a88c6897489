class G:
    def __getattr__(self, n):
        if n == 'boom': raise KeyError(n)
        if n.startswith('a'): return n * 2
        raise AttributeError(n)
class GA:
    def __getattribute__(self, n):
        if n == 'x': return 1
        if n == 'boom': raise ValueError('b')
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return 'fallback-' + n
class P:
    @property
    def p(self): raise AttributeError('inner')
    @property
    def q(self): raise RuntimeError('q')
class S:
    __slots__ = ('a',)
for o in (G(), GA(), P(), S()):
    for n in ('abc', 'zz', 'x', 'p', 'q', 'a', 'boom', '__class__', '__dict__'):
        for f in (lambda: getattr(o, n, 'D'), lambda: hasattr(o, n), lambda: getattr(o, n)):
            try: print(type(o).__name__, n, repr(f()))
            except Exception as e: print(type(o).__name__, n, type(e).__name__, e)
