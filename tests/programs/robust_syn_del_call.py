# Deleting a call result.
print('never printed')
del len([1])
