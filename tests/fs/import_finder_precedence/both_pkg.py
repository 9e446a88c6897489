WHO = 'both_pkg.py'
