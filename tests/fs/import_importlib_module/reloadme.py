import sys
sys.reload_count = getattr(sys, 'reload_count', 0) + 1
print('reloadme body, run', sys.reload_count)
VERSION = 1
try:
    kept
except NameError:
    kept = 'first run'
else:
    kept = 'kept from before: ' + kept
