# a stray closing bracket is reported as unmatched
print('never printed')
x = ]
