# __doc__ of functions, classes, modules and methods without help().
"""Module docstring of this program."""
def no_doc():
    return 'x'
def with_doc():
    """Function docstring."""
    return 'x'
def doc_after_stmt():
    x = 1
    "not a docstring"
    return x
def fstring_doc():
    f"""not a docstring {1}"""
def bytes_doc():
    b"""not a docstring"""
def multi():
    """First line.

        Indented more.
    Back.
    """
print(repr(no_doc.__doc__), repr(with_doc.__doc__), repr(doc_after_stmt.__doc__), repr(fstring_doc.__doc__), repr(bytes_doc.__doc__))
print(repr(multi.__doc__))
print(repr(__doc__), __doc__ == globals()['__doc__'])
class NoDoc:
    pass
class WithDoc:
    """Class doc."""
    def m(self):
        """Method doc."""
    @property
    def p(self):
        """Property doc."""
        return 1
    @staticmethod
    def s():
        """Static doc."""
    @classmethod
    def c(cls):
        """Class method doc."""
print(repr(NoDoc.__doc__), repr(NoDoc().__doc__), WithDoc.__doc__, WithDoc().__doc__, WithDoc.m.__doc__, WithDoc().m.__doc__)
print(WithDoc.p.__doc__, WithDoc.s.__doc__, WithDoc.c.__doc__, WithDoc.__dict__['s'].__doc__)
class Sub(WithDoc):
    pass
print(repr(Sub.__doc__), Sub.m.__doc__)
lam = lambda: None
print(repr(lam.__doc__))
with_doc.__doc__ = 'changed'
print(with_doc.__doc__)
no_doc.__doc__ = None
print(no_doc.__doc__)
import math
print(type(math.__doc__).__name__, type(len.__doc__).__name__, len.__doc__.splitlines()[0] != "")
print(type(int.__doc__).__name__, type(str.upper.__doc__).__name__, type(list.append.__doc__).__name__)
def doc_then_code():
    'single quoted doc'
    return doc_then_code.__doc__
print(doc_then_code())
class Dyn:
    __doc__ = 'assigned in body'
print(Dyn.__doc__)
def concat_doc():
    "part one " "part two"
print(concat_doc.__doc__)
print(repr(type('Made', (), {}).__doc__), type('Made', (), {'__doc__': 'given'}).__doc__)
