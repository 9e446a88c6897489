# A closing bracket without an opening one.
print('never printed')
x = (1 + 2))
