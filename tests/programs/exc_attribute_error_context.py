# An AttributeError raised by a class's own __getattr__ gets the name and object CPython
# gives it (unless set already), so the report of an uncaught one suggests a close name.
class G:
    def __getattr__(self, n):
        raise AttributeError(n)

    def spam(self):
        pass


try:
    G().x
except AttributeError as e:
    print(e.name, e.obj is not None)
try:
    getattr(G(), 'y')
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
given = AttributeError('z', name='given')


class H:
    def __getattr__(self, n):
        raise given


try:
    H().q
except AttributeError as e:
    print(e.name, e.obj)
print(hasattr(G(), 'w'), getattr(G(), 'w', 'default'))
G().spamm
