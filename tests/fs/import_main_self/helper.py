import __main__
import sys
print('helper sees __main__:', __main__.__name__, __main__ is sys.modules['__main__'])
print('helper __builtins__ type:', type(__builtins__).__name__)
MAIN_FLAG = getattr(__main__, 'FLAG', 'FLAG not set yet')
