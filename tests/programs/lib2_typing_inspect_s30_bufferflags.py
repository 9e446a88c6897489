# inspect.BufferFlags (new in 3.12): an IntFlag of the buffer protocol's flags.
import enum
import inspect


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


BF = inspect.BufferFlags
show('SIMPLE', lambda: BF.SIMPLE)
show('is IntFlag', lambda: issubclass(BF, enum.IntFlag))
show('in __all__', lambda: 'BufferFlags' in inspect.__all__)
show('module', lambda: BF.__module__)
show('members', lambda: [(name, int(value)) for name, value in BF.__members__.items()])
show('canonical', lambda: [flag.name for flag in BF])
show('repr', lambda: repr(BF.FULL_RO))
show('str', lambda: str(BF.STRIDED))
show('combine', lambda: BF.WRITABLE | BF.FORMAT)
show('contains', lambda: BF.WRITABLE in BF.RECORDS)
show('contains ro', lambda: BF.WRITABLE in BF.RECORDS_RO)
show('by value', lambda: BF(0x11d))
show('read write', lambda: (BF.READ, BF.WRITE, BF.READ | BF.WRITE))
show('int ops', lambda: (BF.ND + 1, BF.C_CONTIGUOUS & BF.STRIDES))
show('same value as INDIRECT', lambda: BF.READ == BF.INDIRECT)
