print('plugin body:', __name__, __file__, __spec__.name)
import sys
IN_SYS_MODULES = __name__ in sys.modules


def hello():
    return 'hello from plugin'
