# a digit outside base 2 in a binary literal
print('never printed')
x = 0b102
