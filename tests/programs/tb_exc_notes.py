# Notes printed after the exception line in an uncaught traceback.
def load(name):
    raise KeyError(name)


def main():
    try:
        load('config')
    except KeyError as err:
        err.add_note('while reading the settings file')
        err.add_note('multi-line note:\n  second line')
        raise


print('start')
main()
