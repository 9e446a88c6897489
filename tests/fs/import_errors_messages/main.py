import sys

for name in ['no_such_module', 'no_such_pkg.sub', 'epkg.nothing', 'epkg.nothing.deeper']:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, '|', e, '|', e.name, e.path, getattr(e, 'msg', '<no msg attribute>'))
        print('  isinstance ImportError:', isinstance(e, ImportError), type(e).__mro__[1].__name__)

try:
    import no_such_module
except ModuleNotFoundError as e:
    print('caught as ModuleNotFoundError:', e.args)

try:
    from epkg import nothing
except ImportError as e:
    print(type(e).__name__, e, '|', e.name, e.path)

try:
    import raises_value
except ValueError as e:
    print(type(e).__name__, e)
print('raises_value' in sys.modules)
try:
    import raises_value
except ValueError as e:
    print('second attempt runs the body again:', e)

try:
    import raises_import
except ImportError as e:
    print(type(e).__name__, e, e.name)
print('raises_import' in sys.modules)

try:
    import syntax_bad
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
print('syntax_bad' in sys.modules)

try:
    import epkg.uses_broken
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sorted(m for m in sys.modules if m.startswith('epkg')))
import epkg
print(hasattr(epkg, 'broken'), hasattr(epkg, 'uses_broken'))

for bad in ['', '.', 'a..b']:
    try:
        __import__(bad)
    except (ValueError, ImportError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('sys', level=-1)
except ValueError as e:
    print(type(e).__name__, e)

e = ModuleNotFoundError('custom', name='mod', path='p')
print(e, getattr(e, 'name', '<no name attribute>'), getattr(e, 'path', '<no path attribute>'))
e = ImportError('plain')
print(e, getattr(e, 'name', '<no name attribute>'), getattr(e, 'path', '<no path attribute>'))
e = ImportError()
print(repr(str(e)), getattr(e, 'name', '<no name attribute>'))

# finally: an uncaught import error ends the program
import epkg.broken
print('not reached')
