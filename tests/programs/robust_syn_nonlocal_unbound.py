# nonlocal needs an enclosing function binding.
print('never printed')

def f():
    nonlocal x
    x = 1
