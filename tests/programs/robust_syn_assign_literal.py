# Assigning to a literal (CPython suggests ==).
print('never printed')
if True:
    1 = x
