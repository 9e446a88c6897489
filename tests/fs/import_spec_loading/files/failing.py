raise KeyError('from failing.py')
