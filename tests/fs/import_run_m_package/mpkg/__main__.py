import sys
from . import tool
from mpkg import INIT
print('__name__:', __name__)
print('__package__:', __package__)
print('__file__:', __file__)
print('__spec__:', __spec__.name, __spec__.parent)
print('argv:', sys.argv)
print('tool:', tool.run(), INIT)
print('modules:', sorted(m for m in sys.modules if m.startswith('mpkg')))
print('mpkg.__main__ in sys.modules:', 'mpkg.__main__' in sys.modules)
if __name__ == '__main__':
    print('main guard taken')
    sys.exit(3)
