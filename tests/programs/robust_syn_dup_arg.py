# A parameter name used twice is a SyntaxError (the program never starts).
print('never printed')

def f(a, b, a):
    return a
