# Classes whose __new__ or __init_subclass__ use super() (an implicit staticmethod or
# classmethod holding a function whose __class__ cell refers back to the class) are
# collected once unreachable; MemoryError raised by the runtime has no arguments.
import gc
import weakref


def make():
    class Meta(type):
        def __new__(mcls, name, bases, ns):
            return super().__new__(mcls, name, bases, ns)

    class Base(metaclass=Meta):
        def __init_subclass__(cls, **kw):
            super().__init_subclass__(**kw)
            cls.registered = True

    class Child(Base):
        pass

    return weakref.ref(Meta), weakref.ref(Base), weakref.ref(Child)


refs = make()
gc.collect()
print([r() is None for r in refs])


class Holder:
    def __new__(cls, *args):
        return super().__new__(cls)


r = weakref.ref(Holder)
del Holder
gc.collect()
print(r() is None)

for make_big in (lambda: 'x' * 10**12, lambda: [0] * 10**12, lambda: b'ab' * 10**12):
    try:
        make_big()
    except MemoryError as e:
        print(type(e).__name__, repr(e), e.args, str(e) == '')
