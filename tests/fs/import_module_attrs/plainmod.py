"""The docstring of plainmod."""
print('in plainmod:', __name__, __package__, __file__, __spec__.name, __doc__)
