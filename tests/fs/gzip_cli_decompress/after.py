# `python -m gzip -d notes.txt.gz` wrote notes.txt (both members, the padding
# ignored) and kept notes.txt.gz.
import os

print(sorted(os.listdir('.')))
with open('notes.txt', 'rb') as f:
    print(f.read())
print(os.path.getsize('notes.txt.gz'))
