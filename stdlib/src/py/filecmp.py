"""Compare files and directories (CPython's filecmp module, written for pyrs).

cmp() compares two files, cmpfiles() a list of names in two directories,
and dircmp compares two directory trees lazily, attribute by attribute.
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

_verdicts = {}


def clear_cache():
    """Forget every remembered comparison."""
    _verdicts.clear()


def _signature(info):
    return stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime


def cmp(f1, f2, shallow=True):
    """True if the two files look equal.

    With shallow true, files whose type, size and modification time agree
    count as equal without being read.  Results of full comparisons are
    cached until the files' signatures change.
    """
    left = _signature(os.stat(f1))
    right = _signature(os.stat(f2))
    if left[0] != stat.S_IFREG or right[0] != stat.S_IFREG:
        return False
    if shallow and left == right:
        return True
    if left[1] != right[1]:
        return False
    token = (f1, f2, left, right)
    verdict = _verdicts.get(token)
    if verdict is None:
        verdict = _same_bytes(f1, f2)
        if len(_verdicts) > 100:
            clear_cache()
        _verdicts[token] = verdict
    return verdict


def _same_bytes(path1, path2):
    with open(path1, 'rb') as one, open(path2, 'rb') as two:
        while True:
            chunk = one.read(BUFSIZE)
            if chunk != two.read(BUFSIZE):
                return False
            if not chunk:
                return True


def _outcome(a, b, shallow):
    """0 for equal, 1 for different, 2 when a file cannot be compared."""
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in directories a and b.

    Returns three lists of names: equal, different, and not comparable.
    """
    buckets = ([], [], [])
    for name in common:
        where = _outcome(os.path.join(a, name), os.path.join(b, name), shallow)
        buckets[where].append(name)
    return buckets


def _keep(names, skip):
    return [n for n in names if n not in skip]


class dircmp:
    """Compare the directories a and b, computing results on first use.

    dircmp(a, b, ignore=None, hide=None): ignore lists names to skip
    (DEFAULT_IGNORES by default), hide too (os.curdir and os.pardir by
    default).  Attributes: left_list, right_list, common, left_only,
    right_only, common_dirs, common_files, common_funny, same_files,
    diff_files, funny_files and subdirs; report(), report_partial_closure()
    and report_full_closure() print the findings.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(_keep(os.listdir(self.left), skip))
        self.right_list = sorted(_keep(os.listdir(self.right), skip))

    def phase1(self):
        lefts = {os.path.normcase(n): n for n in self.left_list}
        rights = {os.path.normcase(n): n for n in self.right_list}
        self.common = [lefts[k] for k in lefts if k in rights]
        self.left_only = [lefts[k] for k in lefts if k not in rights]
        self.right_only = [rights[k] for k in rights if k not in lefts]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            try:
                kind_a = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                kind_b = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        found = cmpfiles(self.left, self.right, self.common_files)
        self.same_files, self.diff_files, self.funny_files = found

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(
                os.path.join(self.left, name), os.path.join(self.right, name),
                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for child in self.subdirs.values():
            child.phase4_closure()

    def report(self):
        print(f'diff {self.left} {self.right}')
        if self.left_only:
            self.left_only.sort()
            print(f'Only in {self.left} : {self.left_only}')
        if self.right_only:
            self.right_only.sort()
            print(f'Only in {self.right} : {self.right_only}')
        for title, names in (('Identical files', 'same_files'),
                             ('Differing files', 'diff_files'),
                             ('Trouble with common files', 'funny_files'),
                             ('Common subdirectories', 'common_dirs'),
                             ('Common funny cases', 'common_funny')):
            found = getattr(self, names)
            if found:
                found.sort()
                print(title, ':', found)

    def report_partial_closure(self):
        self.report()
        for child in self.subdirs.values():
            print()
            child.report()

    def report_full_closure(self):
        self.report()
        for child in self.subdirs.values():
            print()
            child.report_full_closure()

    # Which phase computes each lazily filled attribute.
    methodmap = {}
    for _step, _attrs in ((phase4, 'subdirs'),
                          (phase3, 'same_files diff_files funny_files'),
                          (phase2, 'common_dirs common_files common_funny'),
                          (phase1, 'common left_only right_only'),
                          (phase0, 'left_list right_list')):
        methodmap.update(dict.fromkeys(_attrs.split(), _step))
    del _step, _attrs

    def __getattr__(self, attr):
        step = self.methodmap.get(attr)
        if step is None:
            raise AttributeError(attr)
        step(self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)
