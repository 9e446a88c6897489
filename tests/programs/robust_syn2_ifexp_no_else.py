# a conditional expression without else
print('never printed')
a if b
