WHO = 'module.with.dots.py'
