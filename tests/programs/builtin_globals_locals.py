# globals() and locals() at module level, in functions, in classes and comprehensions.
print(globals() is locals(), type(globals()).__name__, globals()['__name__'], '__builtins__' in globals())
module_var = 1
globals()['made_by_dict'] = 'hello'
print(made_by_dict, 'module_var' in globals())
def func(a, b=2):
    c = a + b
    loc = locals()
    print(sorted(loc), loc['c'])
    loc['c'] = 100
    print(c)
    d = 5
    print(sorted(locals()), 'd' in loc)
    return locals() is locals()
print(func(1))
def outer():
    free = 'captured'
    def inner():
        return sorted(locals()), free
    return inner()
print(outer())
def writer():
    globals()['written_global'] = 42
writer()
print(written_global)
class C:
    x = 1
    y = x + 1
    names = sorted(k for k in locals() if not k.startswith('__'))
    qual = locals()['__qualname__']
    mod = locals()['__module__']
print(C.names, C.qual, C.mod)
def comp():
    v = 3
    return [sorted(locals()) for _ in range(1)], v
print(comp())
def shadow():
    len = 'shadowed'
    return 'len' in locals(), 'len' in globals(), callable(globals().get('len', None))
print(shadow())
g = globals()
print(g is globals(), g['module_var'], g.get('nonexistent', 'absent'))
def dels():
    q = 1
    del q
    return locals()
print(dels())
def args_only(*args, **kwargs):
    return sorted(locals().items())
print(args_only(1, 2, k=3))
print(sorted(k for k in globals() if not k.startswith('_')))
