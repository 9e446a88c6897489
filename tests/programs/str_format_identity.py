# str.format and % hand back the receiver itself when the text has no field or conversion
# (a str subclass's instance too); with fields they build a new plain str.
class S(str):
    pass

x = 'plain text'
print(x.format() is x, x.format(1, a=2) is x, x % () is x, x % {} is x, (x + '{}').format(1))
s = S('no fields')
for r in (s.format(), s % (), s % {'k': 1}, S('{}!').format(1), S('%s!') % 'v', S('a{{b').format()):
    print(repr(r), type(r).__name__)
for bad in (lambda: x % 5, lambda: x % (1,), lambda: S('z') % 'q'):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(list.__class_getitem__(int), dict.__class_getitem__((str, int)), tuple[int, ...])
print(set.__class_getitem__(str), type(list.__dict__['__class_getitem__']).__name__)
class L(list):
    pass
print(L[int], L.__class_getitem__(str), frozenset[int] == frozenset.__class_getitem__(int))
try:
    list.__class_getitem__()
except TypeError as e:
    print(type(e).__name__, e)
