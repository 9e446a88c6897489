"""filecmp: cmp, cmpfiles, dircmp attributes and reports, ignore/hide, clear_cache."""
import filecmp
import os


def write(path, data):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(data)


write('L/same.txt', 'same\n')
write('R/same.txt', 'same\n')
write('L/diff.txt', 'left side\n')
write('R/diff.txt', 'right side\n')
write('L/size.txt', 'short\n')
write('R/size.txt', 'much longer\n')
write('L/only_left.txt', 'x')
write('R/only_right.txt', 'y')
write('L/sub/inner.txt', 'in\n')
write('R/sub/inner.txt', 'IN!\n')
write('L/sub/deep/d.txt', 'd')
write('R/sub/deep/d.txt', 'd')
write('L/sub/deep/zz.txt', 'd')
write('L/mixed', 'a file')
os.makedirs('R/mixed')
write('L/CVS/x', '1')
write('R/CVS/y', '2')
write('L/tags', 't')
write('L/B.txt', 'b')
write('R/A.txt', 'a')

print(filecmp.cmp('L/same.txt', 'R/same.txt'), filecmp.cmp('L/same.txt', 'R/same.txt', shallow=False))
print(filecmp.cmp('L/diff.txt', 'R/diff.txt'), filecmp.cmp('L/diff.txt', 'R/diff.txt', False))
print(filecmp.cmp('L/size.txt', 'R/size.txt', False), filecmp.cmp('L/same.txt', 'L/same.txt'))
print(filecmp.cmp('L/sub', 'R/sub'), filecmp.cmp('L/mixed', 'R/mixed'))
try:
    filecmp.cmp('L/nope', 'R/same.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.filename)
filecmp.clear_cache()
print(filecmp.cmpfiles('L', 'R', ['same.txt', 'diff.txt', 'size.txt', 'missing', 'sub', 'only_left.txt']))
print(filecmp.cmpfiles('L', 'R', ['same.txt', 'diff.txt'], shallow=False))

d = filecmp.dircmp('L', 'R')
print(d.left, d.right, d.ignore is filecmp.DEFAULT_IGNORES, d.hide)
print(d.left_list)
print(d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__, d.subdirs['sub'].left)
try:
    d.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print('--- report')
d.report()
print('--- partial')
filecmp.dircmp('L', 'R').report_partial_closure()
print('--- full')
filecmp.dircmp('L', 'R').report_full_closure()
print('--- ignore/hide')
d2 = filecmp.dircmp('L', 'R', ignore=['mixed'], hide=['sub', 'CVS'])
print(d2.left_list, d2.right_list, d2.common)
d2.report()


class MyCmp(filecmp.dircmp):
    pass


m = MyCmp('L', 'R')
print(type(m.subdirs['sub']).__name__, type(m.subdirs['sub'].subdirs['deep']).__name__)
m.subdirs['sub'].subdirs['deep'].report()
print(filecmp.__all__, filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)
print(filecmp.dircmp[str], sorted(filecmp.dircmp.methodmap))
d3 = filecmp.dircmp('L/sub', 'R/sub')
d3.phase4_closure()
print(sorted(d3.subdirs), sorted(d3.subdirs['deep'].subdirs))
