# A lambda parameter used twice is a SyntaxError too (the program never starts).
print('never printed')

f = lambda x, x: 0
