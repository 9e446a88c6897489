# A generator argument next to another argument needs parentheses.
print('never printed')
print(x for x in range(3), 1)
