# Assigning to None.
print('never printed')
None = 1
