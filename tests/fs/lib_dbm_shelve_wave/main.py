# dbm.dumb (files byte for byte), shelve over it and over dicts, wave reading and writing.
import os
import runpy
import sys

for name in ('dbm', 'shelve', 'wave'):
    work = 'work_' + name
    os.makedirs(work, exist_ok=True)
    sys.argv = ['check_' + name + '.py', work]
    print('=====', name)
    runpy.run_path('check_' + name + '.py', run_name='__main__')
