# Code object attributes: names, argument counts, variables, flags, filename, first line.
def plain(a, b, /, c, d=1, *args, e, f=2, **kw):
    local = a + b
    return local
co = plain.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_freevars, co.co_cellvars, co.co_qualname)
print(co.co_filename, co.co_firstlineno, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20), bool(plain.__code__.co_flags & 0x20))
async def coro():
    pass
async def agen():
    yield 1
print(bool(coro.__code__.co_flags & 0x80), bool(agen.__code__.co_flags & 0x200), bool(coro.__code__.co_flags & 0x20))
def make():
    shared = 1
    other = 2
    def use():
        return shared + other
    return use
print(make.__code__.co_cellvars, make().__code__.co_freevars, make.__code__.co_varnames)
def noargs():
    pass
print(noargs.__code__.co_argcount, noargs.__code__.co_varnames, noargs.__code__.co_firstlineno)
lam = lambda x, *, y: x
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__code__.co_kwonlyargcount, lam.__code__.co_varnames)
print(type(co.co_code).__name__, type(co.co_consts).__name__, type(co.co_names).__name__, co.co_consts[0] if co.co_consts else None)
def uses_globals():
    return len(some_global_name)
print('len' in uses_globals.__code__.co_names, 'some_global_name' in uses_globals.__code__.co_names)
def with_doc():
    "the docstring"
    return 1
print(with_doc.__code__.co_consts[0], with_doc.__doc__)
class K:
    def meth(self):
        return self
print(K.meth.__code__.co_qualname, K.meth.__code__.co_varnames, K.__dict__['meth'].__code__ is K.meth.__code__)
c2 = plain.__code__.replace(co_name='replaced')
print(c2.co_name, c2.co_argcount, plain.__code__.co_name, c2 == plain.__code__)
print(type(co).__name__, co.co_stacksize > 0, isinstance(co.co_linetable, bytes))
def swap_target():
    return 'original'
def swap_source():
    return 'swapped'
swap_target.__code__ = swap_source.__code__
print(swap_target(), swap_target.__name__)
try:
    swap_target.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(callable(co.co_lines), callable(co.co_positions), plain.__code__.replace() == plain.__code__)
