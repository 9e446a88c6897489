class Meta(type):
    def __invert__(cls): return f"~{cls.__name__}"
    def __neg__(cls): return f"-{cls.__name__}"
    def __pos__(cls): return f"+{cls.__name__}"
    def __abs__(cls): return f"abs {cls.__name__}"
    def __add__(cls, o): return f"{cls.__name__}+{o}"
    def __lt__(cls, o): return "meta lt"
    def __int__(cls): return 5
    def __index__(cls): return 2

class K(metaclass=Meta):
    pass

for f in [lambda: ~K, lambda: -K, lambda: +K, lambda: abs(K), lambda: K + 1, lambda: K < int, lambda: int(K), lambda: [0, 1, 2][K]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)

class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    print(1 in ContainsNone())
except TypeError as e:
    print("TypeError", e)
