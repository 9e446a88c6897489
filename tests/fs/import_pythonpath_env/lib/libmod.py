WHERE = 'lib/libmod.py'
