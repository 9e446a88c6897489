import sys
import mtools.helper
from mtools import helper


def main():
    print('main() called with', sys.argv[1:])


print('__name__:', __name__)
print('__file__:', __file__)
print('__package__:', repr(__package__))
print('__spec__.name:', __spec__.name, '| origin:', __spec__.origin)
print('argv:', sys.argv)
print('sys.path[0]:', sys.path[0])
print('mmod in sys.modules:', 'mmod' in sys.modules, '| __main__ is this:', sys.modules['__main__'].__name__)
print('helper:', helper.WHO, helper is mtools.helper)
if __name__ == '__main__':
    main()
