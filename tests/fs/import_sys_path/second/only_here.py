WHERE = 'second/only_here.py'
