# CPython compiles an imported module from its bytes: an undecodable byte inside a string
# literal is reported by the literal's own decoding, "(unicode error) ... in position N" at the
# literal, not with the script reader's "Non-UTF-8 code" message.
import importlib
import sys

try:
    importlib.import_module('badutf8')
except SyntaxError as e:
    print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset, e.filename)
print('badutf8' in sys.modules)
