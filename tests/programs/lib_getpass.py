# getpass: the fallback prompt and getuser from the environment.
import sys, os, io, warnings
import getpass
print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning), getpass.GetPassWarning.__module__)
err = io.StringIO()
sys.stdin = io.StringIO('secret\nnext\n')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = getpass.fallback_getpass('PW> ', err)
    print(repr(r), repr(err.getvalue()), [(x.category.__name__, str(x.message), os.path.basename(x.filename), x.lineno) for x in w])
    old = sys.stderr; sys.stderr = io.StringIO()
    r = getpass.fallback_getpass()
    v = sys.stderr.getvalue(); sys.stderr = old
    print(repr(r), repr(v))
    try: getpass.fallback_getpass('x', err)
    except EOFError as e: print('EOF', repr(e))
sys.stdin = io.StringIO('abc')
print(repr(getpass._raw_input('p', err)))
sys.stdin = io.StringIO('abc\n')
print(repr(getpass._raw_input('', err, io.StringIO('zz\n'))))
for k in ('LOGNAME','USER','LNAME','USERNAME'): os.environ.pop(k, None)
os.environ['USERNAME'] = 'u4'; print(getpass.getuser())
os.environ['LNAME'] = 'u3'; print(getpass.getuser())
os.environ['USER'] = ''; print(getpass.getuser())
os.environ['LOGNAME'] = 'u1'; print(getpass.getuser())

# Without pwd.
sys.modules['pwd'] = None
import getpass
for k in ('LOGNAME','USER','LNAME','USERNAME'): os.environ.pop(k, None)
try: print(getpass.getuser())
except Exception as e: print(type(e).__name__, e)
# getpass.getpass itself is the fallback on WASI (no termios), where CPython on Linux first
# tries the terminal: compared through fallback_getpass above.
