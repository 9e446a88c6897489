# A block header followed by an unindented line.
print('never printed')
def f():
return 1
