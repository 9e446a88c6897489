# eval(): expressions, globals/locals dicts, code objects, errors.
print(eval('1 + 2 * 3'), eval('  [x * 2 for x in range(3)]'), eval('\tlen("abc")\n'), eval('(lambda q: q + 1)(4)'))
x = 10
print(eval('x + 1'), eval('x + y', {'x': 1, 'y': 2}), eval('x + y', {'x': 1}, {'y': 5}), eval('x', {}, {'x': 'local'}))
g = {}
print(eval('1', g), '__builtins__' in g, sorted(k for k in g if k != '__builtins__'))
print(eval('len', {'__builtins__': {'len': 'fake'}}), eval('abs(-3)', {'__builtins__': __builtins__}))
try:
    eval('len("x")', {'__builtins__': {}})
except Exception as e:
    print(type(e).__name__, e)
try:
    eval('undefined_name')
except Exception as e:
    print(type(e).__name__, e)
for src in ['1 +', 'x = 1', 'def f(): pass', '(', '1 2', 'return 5', '', 'import os']:
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
class Mapping:
    def __getitem__(self, key):
        if key == 'magic':
            return 42
        raise KeyError(key)
print(eval('magic + 1', {}, Mapping()))
try:
    eval('other', {}, Mapping())
except Exception as e:
    print(type(e).__name__, e)
code = compile('a * b', '<calc>', 'eval')
print(eval(code, {'a': 3, 'b': 4}), eval(code, {'a': 'ab', 'b': 2}), type(code).__name__)
def scope():
    local_v = 7
    return eval('local_v * 2'), eval('local_v + x')
print(scope())
print(eval(b'1 + 1'), eval('# comment\n5'), eval('\n\n3\n'))
try:
    eval(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    eval('1', [])
except Exception as e:
    print(type(e).__name__, e)
try:
    eval('1', {}, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    eval('1/0')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
ns = {'n': 0}
eval('ns.update(n=5)', {'ns': ns})
print(ns, eval('(yield_ := 3) + yield_' if False else '(w := 3) + w'))
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}), eval('[i for i in range(3) if i != skip]', {'skip': 1}))
