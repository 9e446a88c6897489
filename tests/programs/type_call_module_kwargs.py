# type(name, bases, ns) records the caller's module, also when called with keywords or
# through *args / **kwargs.
T1 = type('T1', (), {})
T2 = type('T2', (), {}, **{})
args = ('T3', (), {})
T3 = type(*args)
T4 = type(*args, **{})
class Meta(type):
    pass
M1 = Meta('M1', (), {}, **{})
M2 = Meta(*('M2', (), {}))
for t in (T1, T2, T3, T4, M1, M2):
    print(t.__name__, t.__module__, t.__qualname__)
print(type('X', (), {'__module__': 'elsewhere'}, **{}).__module__)
M3 = Meta('M3', (), {})
print(M3.__module__)
class Meta2(type):
    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cls.seen = True
M4 = Meta2('M4', (), {})
print(M4.__module__, M4.seen)
