# The builtins module: identity of its entries, setting attributes, shadowing.
import builtins
print(builtins.len is len, builtins.print is print, builtins.int is int, builtins.__name__, type(builtins).__name__)
print(hasattr(builtins, 'True_'), builtins.Ellipsis is ..., builtins.Exception is Exception)
builtins.injected_value = 'from builtins'
print(injected_value)
def reads_injected():
    return injected_value
print(reads_injected())
injected_value = 'module shadow'
print(injected_value, reads_injected(), builtins.injected_value)
del injected_value
print(injected_value)
del builtins.injected_value
try:
    print(injected_value)
except NameError as e:
    print(type(e).__name__, e)
original_len = builtins.len
builtins.len = lambda x: 'patched'
print(len([1, 2]))
builtins.len = original_len
print(len([1, 2]))
len = lambda x: 'module level'
print(len([]), builtins.len([]))
del len
print(len([1]))
print(__builtins__ is builtins or __builtins__ is builtins.__dict__, '__builtins__' in globals())
names = [n for n in dir(builtins) if not n.startswith('_')]
for n in ['abs', 'aiter', 'anext', 'breakpoint', 'bytearray', 'memoryview', 'compile', 'exec', 'eval', 'vars',
          'globals', 'locals', 'complex', 'frozenset', 'ExceptionGroup', 'BaseExceptionGroup', 'EncodingWarning',
          'ResourceWarning', 'StopAsyncIteration', 'PythonFinalizationError', 'copyright', 'help', 'exit', 'quit']:
    print(n, n in names)
print(builtins.__dict__['abs'] is abs, isinstance(builtins.__dict__, dict), 'open' in builtins.__dict__)
print(getattr(builtins, 'None'), getattr(builtins, 'True'), getattr(builtins, 'NotImplemented') is NotImplemented)
print(builtins.__doc__ is not None, builtins.__spec__ is not None if hasattr(builtins, '__spec__') else 'nospec')
try:
    builtins.nonexistent_thing
except AttributeError as e:
    print(type(e).__name__, e)
import sys
print(sys.modules['builtins'] is builtins, 'builtins' in sys.builtin_module_names)
