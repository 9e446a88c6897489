print('local itertools.py imported: wrong, itertools is built in')
