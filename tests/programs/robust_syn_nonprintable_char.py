# A no-break space in code.
print('never printed')
x = 1
