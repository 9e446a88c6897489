# a bare * with no keyword-only parameter after it
print('never printed')
def f(*): pass
