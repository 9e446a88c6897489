# metaclass methods/properties are visible on the class but not on instances
class Meta(type):
    greeting = 'meta attribute'
    def describe(cls):
        return f'class {cls.__name__}'
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
    def __len__(cls):
        return 3
    def __getitem__(cls, key):
        return f'{cls.__name__}[{key}]'
    def __iter__(cls):
        return iter(['a', 'b'])
    def __add__(cls, other):
        return f'{cls.__name__}+{other.__name__}'
    def __bool__(cls):
        return False

class A(metaclass=Meta):
    own = 'class attribute'

print(A.describe(), A.upper_name, A.greeting)
print(A, repr(A), str(A), [A], len(A), A[1], list(A), A + A, bool(A))
a = A()
print(hasattr(a, 'describe'), hasattr(a, 'upper_name'), hasattr(a, 'greeting'), a.own)
try:
    a.describe()
except AttributeError as e:
    print(type(e).__name__, e)
print('describe' in dir(A), 'own' in dir(A), 'describe' in vars(Meta))
print(type(A).describe(A), Meta.describe(int))

class B(A):
    pass
print(B.describe(), B.upper_name, B)
try:
    A.upper_name = 'x'
except AttributeError as e:
    print(type(e).__name__, e)

class C(metaclass=Meta):
    greeting = 'shadowed in class'
print(C.greeting, Meta.greeting)
class D(metaclass=Meta):
    def describe(self):
        return 'instance method'
print(D.describe(D()), D().describe())
print('not A' if not A else 'A true')

class Counter(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls._n = 0
    @property
    def n(cls):
        return cls._n
    def bump(cls):
        cls._n += 1
        return cls
class K(metaclass=Counter):
    pass
print(K.bump().bump().n, K._n, K()._n)
