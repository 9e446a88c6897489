# a list as augmented assignment target
print('never printed')
[a] += 1
