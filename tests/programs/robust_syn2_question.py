# a C-style conditional operator is plain invalid syntax
print('never printed')
a ? b : c
