# exec(): statements, globals/locals dicts, functions defined inside, return value.
ns = {}
print(exec('a = 1\nb = a + 1', ns), ns['a'], ns['b'], '__builtins__' in ns)
g, l = {'base': 10}, {}
exec('c = base + 5\ndef f(): return base * 2', g, l)
print(sorted(l), l['c'], l['f'](), 'c' in g)
src = '''
total = 0
for i in range(5):
    total += i
class K:
    attr = total
result = K.attr
'''
env = {}
exec(src, env)
print(env['total'], env['result'], env['K'].__name__, env['K'].__module__)
env2 = {'__name__': 'mymod'}
exec('class Q: pass', env2)
print(env2['Q'].__module__)
code = compile('out.append(v * 2)', '<stmt>', 'exec')
out = []
for v in range(3):
    exec(code)
print(out)
def inner():
    exec('new_local = 5')
    try:
        return new_local
    except NameError as e:
        return 'NameError ' + str(e)
print(inner())
def inner2():
    d = {}
    exec('z = 9', globals(), d)
    return d['z']
print(inner2())
exec('global_from_exec = 3')
print(global_from_exec)
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec('x = (1,\n 2,,)')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    exec('  x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec('if True:\nprint(1)')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec(b'print("bytes source")')
    exec('return 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec('1', {}, [])
except TypeError as e:
    print(type(e).__name__, e)
exec('import math as m2', ns)
print(ns['m2'].floor(2.5))
lm = {}
exec('def fn(p=1):\n    """doc"""\n    return p\n', {}, lm)
print(lm['fn'](), lm['fn'].__doc__, lm['fn'].__name__, lm['fn'].__qualname__)
exec('nonlocal_test = [n for n in range(3)]', ns)
print(ns['nonlocal_test'])
class Holder:
    exec('made_in_class = 1')
print(Holder.made_in_class if hasattr(Holder, 'made_in_class') else 'not set')
