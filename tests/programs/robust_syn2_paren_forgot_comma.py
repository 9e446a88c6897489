# two expressions inside parentheses suggest a missing comma
print('never printed')
x = (1 2)
