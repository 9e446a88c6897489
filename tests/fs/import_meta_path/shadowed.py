WHO = 'real file shadowed.py'
