WHO = 'lowercase.py'
