# classes: __init__, methods, class attributes, inheritance, super(), __str__/__repr__, isinstance.
class Animal:
    kingdom = 'animalia'
    count = 0
    def __init__(self, name, sound='...'):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f'{self.name} says {self.sound}'
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'
class Dog(Animal):
    def __init__(self, name, tricks=None):
        super().__init__(name, 'woof')
        self.tricks = tricks or []
    def speak(self):
        return super().speak() + '!'
    def __str__(self):
        return 'Dog named ' + self.name
class Puppy(Dog):
    kingdom = 'cute'
a = Animal('generic')
d = Dog('rex', ['sit'])
p = Puppy('bit')
print(a.speak(), d.speak(), p.speak())
print(a, d, p, str(a), repr(d), str(p), [a, d, p])
print(Animal.count, a.count, Dog.kingdom, p.kingdom, Animal.kingdom)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(a, Dog), isinstance(d, (int, Dog)))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, object), issubclass(Dog, (str, Animal)))
print(type(p).__name__, type(p) is Puppy, type(p) == Dog, Puppy.__bases__[0].__name__, Dog.__name__)
a.count = 100
print(a.count, Animal.count, d.count)
d.tricks.append('roll')
print(d.tricks, Puppy('x').tricks)
