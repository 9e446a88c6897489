# Leading zeros in a decimal literal.
print('never printed')
mode = 0755
