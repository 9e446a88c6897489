# __init_subclass__ with keywords and super().__init_subclass__(**kw)
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        print('Plugin.__init_subclass__', cls.__name__, name, kw)
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Json(Plugin, name='json'):
    pass
class Yaml(Plugin):
    pass
class StrictJson(Json, name='strict'):
    pass
print(Plugin.registry, Json.plugin_name, StrictJson.plugin_name)
print(hasattr(Plugin, 'plugin_name'))

try:
    class Bad(Plugin, name='bad', colour='red'):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Plugin.registry)

class Mixin:
    def __init_subclass__(cls, colour='none', **kw):
        print('Mixin.__init_subclass__', cls.__name__, colour, kw)
        super().__init_subclass__(**kw)
        cls.colour = colour

class Both(Plugin, Mixin):
    pass
class Combined(Both, name='comb', colour='blue'):
    pass
print(Combined.colour, Combined.plugin_name, [c.__name__ for c in Combined.__mro__])

class Implicit:
    def __init_subclass__(cls):
        print('implicit classmethod:', type(cls).__name__, cls.__name__)
class Child(Implicit):
    pass
print(type(Implicit.__dict__['__init_subclass__']).__name__)

try:
    class NoKw(metaclass=type, unexpected=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class NoKw2(Implicit, x=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Required:
    def __init_subclass__(cls, *, table, **kw):
        super().__init_subclass__(**kw)
        cls.table = table
class Users(Required, table='users'):
    pass
print(Users.table)
try:
    class Missing(Required):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init_subclass__() is None)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__ kw', kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('WithMeta.__init_subclass__', cls.__name__, kw)
class Sub(WithMeta, k=1):
    pass
print(Sub.__name__, type(Sub).__name__)
