print('before the error')
x = [1, 2, 3]
print(sum(x))
raise ValueError('bad')
print('not reached')
