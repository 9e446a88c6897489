# a digit outside base 8 in an octal literal
print('never printed')
0o8
