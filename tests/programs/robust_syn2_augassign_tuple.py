# a tuple as augmented assignment target
print('never printed')
(a, b) += 1
