# `python -m gzip -d bad.gz` on data that is not gzip: BadGzipFile, after
# it had created the (empty) output file.
import os

print(sorted(os.listdir('.')), os.path.getsize('bad'))
