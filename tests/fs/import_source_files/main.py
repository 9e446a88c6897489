import importlib
import sys

for name in ['latin1mod', 'bommod', 'crlfmod', 'nonlmod', 'blanks', 'emptymod', 'commentmod',
             'tabmod', 'shebangmod']:
    m = importlib.import_module(name)
    print(name, sorted(k for k in vars(m) if not k.startswith('__')))
import latin1mod, bommod, crlfmod, nonlmod, tabmod, shebangmod
print(latin1mod.TEXT, bommod.TEXT, crlfmod.A + crlfmod.B, crlfmod.f(), nonlmod.NO_NEWLINE)
print(tabmod.f(), shebangmod.TEXT)
print(crlfmod.__loader__.get_source('crlfmod').count('\r'), repr(crlfmod.__loader__.get_source('crlfmod')[:7]))
print(repr(latin1mod.__loader__.get_source('latin1mod').splitlines()[1]))
print(len(bommod.__loader__.get_data(bommod.__file__)), bommod.__loader__.get_source('bommod')[:4])

for name in ['badsyntax', 'badindent']:
    try:
        importlib.import_module(name)
    except SyntaxError as e:
        print(name, type(e).__name__, '|', e.msg, '|', e.lineno, e.filename)
    print(' ', name in sys.modules)

from encpkg import *
print(été)
import encpkg.módulo
print(encpkg.módulo.NAME, encpkg.módulo.__name__, encpkg.módulo.__file__)
