import sys
print('rmod runs as', __name__, '| package', repr(__package__), '| in sys.modules:', __name__ in sys.modules)
print('  argv0 is this file:', sys.argv[0] == __file__, '| spec name', __spec__.name)
VALUE = 'rmod.VALUE'
if __name__ == '__main__':
    print('  rmod: main guard taken')
