import sys

print('body runs as', __name__)
FLAG = 'set in ' + __name__
if __name__ == '__main__':
    print('argv:', sys.argv)
    print('main __builtins__ type:', type(__builtins__).__name__)
    import helper
    print(helper.MAIN_FLAG)
    import main
    print('imported main is a second module:', main is not sys.modules['__main__'], main.__name__)
    print(main.FLAG, FLAG)
    print(main.__file__, __file__, main.__spec__.name, __spec__)
    import main
    print('no third run')
    import __main__
    print(__main__.FLAG, __main__ is sys.modules['__main__'])
    print(sorted(n for n in ('main', '__main__', 'helper') if n in sys.modules))
else:
    print('imported as a module, guard not taken')


def where():
    return __name__


class Holder:
    import helper as h
    from helper import MAIN_FLAG


if __name__ == '__main__':
    print(where(), main.where(), Holder.h.__name__, Holder.MAIN_FLAG)
