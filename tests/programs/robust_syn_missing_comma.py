# Two expressions side by side inside a display.
print('never printed')
items = ['a' 'b', 'c' 1]
