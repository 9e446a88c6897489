PART = 'lib/libpkg/part.py'
