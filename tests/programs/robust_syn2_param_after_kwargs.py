# a parameter after **kwargs
print('never printed')
def f(**k, a): pass
