WHO = 'dirs1/split/__init__.py'
