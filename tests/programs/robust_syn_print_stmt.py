# Python 2 print statement.
print('never printed')
print 'hello'
