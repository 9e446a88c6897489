# `python -m gzip -d` with no file read standard input and wrote the
# decompressed data to standard output; it wrote no file.
import os

print(sorted(os.listdir('.')))
