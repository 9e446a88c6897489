# Import failures: a sibling module with a syntax error, one that raises while executing,
# a missing module and a missing name. Each failure is an exception the program can catch,
# and a failed import is retried (not cached) on the next import statement.
import sys
sys.dont_write_bytecode = True

for attempt in range(2):
    try:
        import robust_mod_badsyntax
    except SyntaxError as e:
        print(attempt, type(e).__name__, e.msg, e.lineno)

for attempt in range(2):
    try:
        import robust_mod_raises
    except KeyError as e:
        print(attempt, 'KeyError', e)

try:
    import robust_no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from robust_no_such_module import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import robust_no_such_package.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)
print('still running')
