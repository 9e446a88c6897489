# A closing bracket of the wrong kind.
print('never printed')
x = [1, 2)
