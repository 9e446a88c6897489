# Imported by robust_import_errors.py; run on its own it is a SyntaxError test.
value = (1,
