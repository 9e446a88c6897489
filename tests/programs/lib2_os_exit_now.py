# os._exit ends the process at once: no atexit functions, no finally blocks, no __del__;
# the exit status is the one given.
import atexit
import os
import sys

atexit.register(print, 'atexit handler ran')


class Noisy:
    def __del__(self):
        print('__del__ ran')


keep = Noisy()
print('before', flush=True)
try:
    os._exit(3)
finally:
    print('finally ran')
