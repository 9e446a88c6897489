# os.stat_result is a tuple subclass (a structseq), as in CPython.
import os

st = os.stat_result(range(10))
print(isinstance(st, tuple), type(st).__mro__)
print(tuple.__len__(st), tuple.__getitem__(st, 3))
