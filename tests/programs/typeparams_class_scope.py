# PEP 695 scopes inside a class body see the class's names before the globals.
Outer = 'global Outer'
class Holder:
    Outer = 'class Outer'
    Inner = int
    type Alias = list[Inner]
    type Shadow = Outer
    type UsesBuiltin = len
    type Missing = NotDefinedAnywhere
    def method[T: Inner](self, x: T) -> T:
        return x
    class Nested[U: Inner]:
        pass
    type Generic[K] = dict[K, Inner]

print(Holder.Alias.__value__, Holder.Shadow.__value__, Holder.UsesBuiltin.__value__)
try:
    Holder.Missing.__value__
except NameError as e:
    print(type(e).__name__, e)
T, = Holder.method.__type_params__
print(T.__name__, T.__bound__)
U, = Holder.Nested.__type_params__
print(U.__name__, U.__bound__, Holder.Generic.__value__)
Holder.Inner = str
print(Holder.Generic[int], Holder.Nested.__type_params__[0].__bound__)

def make():
    local = 'function local'
    class InFunc:
        Inner = bytes
        type A = Inner
        type B = local
    return InFunc
F = make()
print(F.A.__value__, F.B.__value__)
type TopLevel = Outer
print(TopLevel.__value__)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {'Special': float}
class WithPrepare(metaclass=Meta):
    type S = Special
print(WithPrepare.S.__value__)
