# __debug__ is a constant of the compiler.
print('never printed')
__debug__ = False
