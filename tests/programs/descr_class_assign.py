# __class__ assignment between compatible classes and the errors when not allowed
def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

class Cat:
    def speak(self):
        return 'meow'
class Dog:
    def speak(self):
        return 'woof'

pet = Cat()
pet.name = 'rex'
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, pet.name, isinstance(pet, Dog), isinstance(pet, Cat))

class SubDog(Dog):
    def speak(self):
        return 'small ' + super().speak()
pet.__class__ = SubDog
print(pet.speak())

for bad in (5, 'Cat', None):
    check(lambda: setattr(pet, '__class__', bad))

class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
check(lambda: setattr(s, '__class__', S3))
check(lambda: setattr(s, '__class__', Cat))
check(lambda: setattr((5), '__class__', bool))

class MyInt(int):
    pass
class OtherInt(int):
    pass
mi = MyInt(3)
mi.__class__ = OtherInt
print(type(mi).__name__, mi + 1)
check(lambda: setattr(mi, '__class__', int))
class MyList(list):
    pass
ml = MyList([1])
check(lambda: setattr(ml, '__class__', MyInt))
check(lambda: setattr([], '__class__', MyList))
check(lambda: setattr(Cat, '__class__', Dog))
class Meta(type):
    pass
class WithMeta:
    pass
check(lambda: setattr(WithMeta, '__class__', Meta))
print(type(WithMeta).__name__)
o = object()
check(lambda: setattr(o, '__class__', Cat))
check(lambda: delattr(pet, '__class__'))
