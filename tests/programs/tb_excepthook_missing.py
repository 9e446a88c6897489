import sys
del sys.excepthook
raise KeyError("k")
