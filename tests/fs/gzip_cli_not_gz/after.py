# `python -m gzip -d data.txt` refused the name and wrote nothing.
import os

print(sorted(os.listdir('.')))
