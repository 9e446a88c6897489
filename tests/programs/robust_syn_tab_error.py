# Indentation that mixes tabs and spaces inconsistently is a TabError.
print('never printed')
if True:
	x = 1
        y = 2
