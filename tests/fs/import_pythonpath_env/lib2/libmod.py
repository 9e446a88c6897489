WHERE = 'lib2/libmod.py (shadowed by lib)'
