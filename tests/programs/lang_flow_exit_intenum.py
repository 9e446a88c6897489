# sys.exit() with an IntEnum member (int subclass) exits with that status, printing nothing
import enum, sys
class Code(enum.IntEnum):
    FAIL = 3
print("before exit")
sys.exit(Code.FAIL)
