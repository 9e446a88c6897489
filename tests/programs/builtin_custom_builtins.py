# A globals dict's own __builtins__ (a dict or the module) is where exec/eval and the functions
# they define find built-in names.
g = {'__builtins__': {'print': lambda *a: 'custom print', 'len': lambda x: -1}}
exec('r = print(1)\ndef f():\n    return print(2), len("abc")\nq = f()', g)
print(g['r'], g['q'])
import builtins
g2 = {'__builtins__': builtins}
exec('r = len("ab")', g2)
print(g2['r'])
for src in ['len(1)', 'abs(-1)']:
    try:
        exec(src, {'__builtins__': {}})
    except NameError as e:
        print(type(e).__name__, e)
g3 = {'__builtins__': {'x': 1}}
exec('def h():\n    return x\n', g3)
print(g3['h'](), eval('x + 1', g3))
g4 = {}
exec('y = 5', g4)
print('__builtins__' in g4, eval('len([y])', g4))
for g, l in (([], None), (5, None), ({}, 5)):
    for f in (eval, exec):
        try:
            f('1', g, l)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
