import abc, io
class A(abc.ABC): pass
class B: pass
class C: pass
class Sub(A): pass
print(A._abc_registry_clear(), A._abc_caches_clear())
print(abc.ABCMeta._abc_registry_clear(A), abc.ABCMeta._abc_caches_clear(A))
A.register(B)
print(issubclass(B, A), isinstance(B(), A), issubclass(C, A), issubclass(B, Sub))
A._abc_registry_clear()
print('after registry clear (cached):', issubclass(B, A), isinstance(B(), A), issubclass(C, A))
A._abc_caches_clear()
print('after caches clear:', issubclass(B, A), isinstance(B(), A), issubclass(C, A))
A.register(C)
print('C registered:', issubclass(C, A))
A._abc_caches_clear()
print('still registered:', issubclass(C, A), issubclass(B, A))
print(issubclass(Sub, A), isinstance(Sub(), A))
A._abc_caches_clear(); A._abc_registry_clear()
print(issubclass(Sub, A), issubclass(C, A))
for name in ('_abc_registry_clear', '_abc_caches_clear', '_dump_registry'):
    print(name, hasattr(abc.ABCMeta, name), callable(getattr(A, name, None)))
buf = io.StringIO()
A._dump_registry(buf)
lines = buf.getvalue().splitlines()
print(len(lines), lines[0], [l.split(':')[0] for l in lines])
try:
    A._abc_registry_clear(1)
except Exception as e:
    print(type(e).__name__)
class P: pass
class Q(P): pass
A.register(P)
print('Q via P:', issubclass(Q, A), issubclass(P, A))
A._abc_registry_clear()
print('after clear:', issubclass(Q, A), issubclass(P, A))
A._abc_caches_clear()
print('after caches:', issubclass(Q, A), issubclass(P, A))
print(A.register(P) is P, issubclass(P, A), issubclass(Q, A))
A._abc_registry_clear()
print(issubclass(P, A), issubclass(Q, A))
import collections.abc as cabc
class MyMap(dict): pass
print(isinstance({}, cabc.Mapping), issubclass(MyMap, cabc.MutableMapping), isinstance([], cabc.Sequence))
cabc.Sequence._abc_caches_clear()
print(isinstance([], cabc.Sequence), isinstance((), cabc.Sequence), isinstance('', cabc.Sequence), isinstance({}, cabc.Sequence))
