# True used as a keyword argument name
print('never printed')
f(True=1)
