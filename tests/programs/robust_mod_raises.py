# Imported by robust_import_errors.py; run on its own it ends with an uncaught KeyError.
print('robust_mod_raises running as', __name__)
raise KeyError('raised while importing')
