WHERE = 'override/only_here.py'
