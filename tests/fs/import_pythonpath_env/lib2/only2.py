WHERE = 'lib2/only2.py'
