WHERE = 'override/shadowed.py'
