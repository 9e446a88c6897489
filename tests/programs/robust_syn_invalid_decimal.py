# A digit run glued to letters.
print('never printed')
x = 12abc
