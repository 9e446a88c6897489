# The reprs of staticmethod/classmethod objects, super objects, code objects, slot wrappers
# and method-wrappers, built-in methods and the other descriptors (addresses masked).
def f():
    pass


class C:
    def m(self):
        pass

    @classmethod
    def k(cls):
        return super()


class D(C):
    def sup(self):
        return super()


def clean(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            out.append('0xADDR')
            i = j
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


c = C()
for v in (staticmethod(f), classmethod(f), staticmethod(len), super(C, c), D().sup(), D.k(),
          int.__add__, (5).__add__, object.__init__, c.__init__, list.__len__, [].__len__,
          list.append, [].append, dict.fromkeys, dict.__dict__['fromkeys'], C.m, c.m,
          str.__mod__, 'x'.__mod__, type.__call__, int.__dict__['__add__'], f.__call__,
          object.__reduce_ex__, (1).__reduce_ex__, iter([]), type(None), len, int,
          type.__dict__['__name__'], C.__dict__['k'], C.__dict__['m']):
    print(clean(repr(v)))
code = f.__code__
print(clean(repr(code)).replace(repr(code.co_filename)[1:-1], 'FILE'))
