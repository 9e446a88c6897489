import sys
print("exit zero")
sys.exit(0)
