from pathlib import Path
import os
os.makedirs('d/a/b', exist_ok=True)
open('d/f.txt', 'w').close()
n = 0
for root, dirs, files in Path('d').walk():
    n += 1
    print(repr(root), dirs, files, root.name, root.parts, root == Path(str(root)), str(root.parent))
    if n < 4 and '.' not in dirs and root.name != '.':
        dirs.append('.')
    if n > 12:
        print('stop'); break
for root, dirs, files in Path('d').walk(top_down=False):
    print(repr(root), sorted(dirs), files)
