WHO = 'helper found through sys.path[0]'
