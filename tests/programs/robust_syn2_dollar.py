# an ASCII character that is no token is plain invalid syntax
print('never printed')
x = $
