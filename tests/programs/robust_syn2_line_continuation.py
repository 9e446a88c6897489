# a backslash followed by more text on the line
print('never printed')
x = 1 \ 2
