# del of names, items and locals; loop and block variables; class scope; shadowed builtins.
x = 'module x'
a = 5
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
alias = lst
del lst
print(alias)
d = {'k': 1}
del d['k']
print(d)
def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(local_del())
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
if True:
    block_var = 'visible'
print(block_var)
def params_are_local(x):
    x = x + 1
    return x
print(params_are_local(1), x)
class K:
    cv = 'class var'
    def m(self):
        try:
            return cv
        except NameError as e:
            return 'NameError: ' + str(e)
print(K().m(), K.cv)
def builtin_shadow():
    print = lambda *a: None
    print('hidden')
    return 'shadowed print'
print(builtin_shadow())
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
q = 1
def uses_before_global_assign():
    try:
        return q
    finally:
        pass
print(uses_before_global_assign())
def unbound_local():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 2
unbound_local()
