s = '''a
b'''
t = 'x\
y'
print(repr(s), repr(t))
