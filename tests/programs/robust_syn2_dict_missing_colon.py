# a dictionary entry without a value
print('never printed')
{1: 2, 3}
