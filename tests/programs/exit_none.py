import sys
print("exit with no argument")
sys.exit()
print("not reached")
