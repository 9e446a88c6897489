print('local fnmatch.py imported'); WHERE = 'local fnmatch'
