import sys

if sys.version_info >= (3, 3):
    def casefold(s):
        return s.casefold()
else:  # pragma: no cover
    def casefold(s):
        return s.lower()
