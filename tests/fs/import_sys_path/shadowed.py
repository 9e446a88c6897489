WHERE = 'top-level shadowed.py'
