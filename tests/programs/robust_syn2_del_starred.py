# deleting a starred expression
print('never printed')
del *a
