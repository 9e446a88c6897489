import sys


def names(mod):
    return sorted(k for k in mod.__dict__ if not (k.startswith('__') and k.endswith('__')))


import user_plain
print('plain:', names(user_plain))
print(user_plain.func(), user_plain.ospath is sys.modules['posixpath'], user_plain.os is sys.modules['os'])

import user_all
print('all:', names(user_all))

import user_spkg
print('spkg:', names(user_spkg))
print(user_spkg.sub_a.A, 'spkg.sub_c' in sys.modules)

import user_spkg2
print('spkg2:', names(user_spkg2))
print('spkg2.unloaded' in sys.modules)

for mod in ['bad_missing', 'bad_type']:
    try:
        if mod == 'bad_missing':
            from bad_missing import *
        else:
            from bad_type import *
    except (AttributeError, TypeError) as e:
        print(mod, type(e).__name__, e)

from with_all import *
print(exported, _exported_private, func())
try:
    print(not_exported)
except NameError as e:
    print(type(e).__name__, e)
print(here)
