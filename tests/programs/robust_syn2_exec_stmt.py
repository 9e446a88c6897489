# Python 2 exec statement
print('never printed')
exec 'x'
