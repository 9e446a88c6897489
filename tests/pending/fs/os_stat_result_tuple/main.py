# os.stat_result is a tuple subclass (a structseq) in CPython; pyrs writes it as a plain
# class until built-in types can be subclassed (issue 5).
import os

st = os.stat_result(range(10))
print(isinstance(st, tuple), type(st).__mro__)
print(tuple.__len__(st), tuple.__getitem__(st, 3))
