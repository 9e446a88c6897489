"""The names CPython's `site` adds to builtins (exit, quit, copyright, credits, license,
help), written for pyrs and installed when the interpreter starts."""

import builtins


class Quitter:
    """`exit` and `quit`: their repr says how to leave; calling one raises SystemExit."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'

    def __call__(self, code=None):
        # As CPython: standard input is closed first, so a reader of it sees the end.
        import sys
        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


class _Printer:
    """`copyright`, `credits` and `license`: a text shown by repr or by calling."""

    def __init__(self, name, text, full=None):
        self.__name = name
        self.__text = text
        self.__full = full

    def __repr__(self):
        if self.__full is not None:
            return f'Type {self.__name}() to see the full license text'
        return self.__text

    def __call__(self):
        print(self.__full if self.__full is not None else self.__text)


def _signature_line(obj, name):
    try:
        import inspect
        return name + str(inspect.signature(obj))
    except Exception:
        return name + '(...)'


class _Helper:
    """`help`: pyrs has no pydoc; help(object) prints the object's signature and docstring."""

    def __repr__(self):
        return ('Type help() for interactive help, '
                'or help(object) for help about object.')

    def __call__(self, *args, **kwds):
        if not args:
            print('pyrs has no interactive help utility; use help(object).')
            return
        obj = args[0]
        if isinstance(obj, str):
            found = getattr(builtins, obj, None)
            if found is None:
                try:
                    found = __import__(obj)
                    for part in obj.split('.')[1:]:
                        found = getattr(found, part)
                except Exception:
                    print(f'No Python documentation found for {obj!r}.\n'
                          "Use help() to get the interactive help utility.\n"
                          'Use help(str) for help on the str class.')
                    return
            obj = found
        name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
        if type(obj).__name__ == 'module':
            head, body = f'module {obj.__name__}', f'NAME\n    {obj.__name__}'
        elif isinstance(obj, type):
            head, body = f'class {obj.__name__}', f'class {obj.__name__}'
        elif callable(obj) and name:
            kinds = {'function': 'function ', 'builtin_function_or_method': 'built-in function ',
                     'method': 'method '}
            head = kinds.get(type(obj).__name__, '') + name
            body = _signature_line(obj, name)
        else:
            obj = type(obj)
            head, body = f'{obj.__name__} object', f'class {obj.__name__}'
        module = getattr(obj, '__module__', None)
        where = f' in module {module}' if module and type(obj).__name__ != 'module' else ''
        print(f'Help on {head}{where}:\n')
        print(body)
        doc = getattr(obj, '__doc__', None)
        if isinstance(doc, str) and doc:
            for line in doc.strip().splitlines():
                print(('    ' + line).rstrip())
        print()


_COPYRIGHT = ('Copyright (c) 2026 the pyrs developers.\n'
              'The Python language is Copyright (c) 2001 Python Software Foundation.\n'
              'All Rights Reserved.')
_CREDITS = ('pyrs is a Python interpreter written in Rust for WebAssembly (WASI).\n'
            'Thanks to the Python Software Foundation and the Python community.')
_LICENSE = ('pyrs is free software under the MIT license: it may be used, copied, modified\n'
            'and distributed, with the copyright notice kept, and comes without warranty.')

for _name, _value in (
        ('quit', Quitter('quit', 'Ctrl-D (i.e. EOF)')),
        ('exit', Quitter('exit', 'Ctrl-D (i.e. EOF)')),
        ('copyright', _Printer('copyright', _COPYRIGHT)),
        ('credits', _Printer('credits', _CREDITS)),
        ('license', _Printer('license', _LICENSE, _LICENSE)),
        ('help', _Helper())):
    setattr(builtins, _name, _value)
del _name, _value
