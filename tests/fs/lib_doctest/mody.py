"""
>>> helper(0)
1
>>> parse('x')
>>> def broken(
...
>>> print(undefined_name)
"""
def helper(x):
    return 10 // x

def parse(s):
    return int(s)
