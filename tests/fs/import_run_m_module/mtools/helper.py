import sys
WHO = 'mtools.helper, __main__ is ' + sys.modules['__main__'].__spec__.name
