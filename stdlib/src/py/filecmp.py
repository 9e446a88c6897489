"""Compare files and directory trees.

cmp() compares two files, cmpfiles() a list of names present in two
directories, and the dircmp class whole directories (lazily, attribute by
attribute).
"""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# (name1, name2) -> (signature1, signature2, verdict) of content comparisons.
_verdicts = {}
_VERDICTS_KEPT = 100


def clear_cache():
    """Forget every remembered content comparison."""
    _verdicts.clear()


def _fingerprint(path):
    info = os.stat(path)
    return stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime


def _same_bytes(path1, path2):
    with open(path1, 'rb') as one, open(path2, 'rb') as two:
        while True:
            block = one.read(BUFSIZE)
            if block != two.read(BUFSIZE):
                return False
            if not block:
                return True


def cmp(f1, f2, shallow=True):
    """True if the two files look equal.

    Only regular files can be equal.  With shallow true, equal type, size
    and modification time is enough; otherwise the contents decide.  Content
    results are remembered until a file's stat signature changes.
    """
    print_1, print_2 = _fingerprint(f1), _fingerprint(f2)
    if print_1[0] != stat.S_IFREG or print_2[0] != stat.S_IFREG:
        return False
    if shallow and print_1 == print_2:
        return True
    if print_1[1] != print_2[1]:
        return False
    pair = (f1, f2)
    known = _verdicts.get(pair)
    if known is not None and known[0] == print_1 and known[1] == print_2:
        return known[2]
    verdict = _same_bytes(f1, f2)
    _verdicts.pop(pair, None)
    if len(_verdicts) >= _VERDICTS_KEPT:
        del _verdicts[next(iter(_verdicts))]
    _verdicts[pair] = (print_1, print_2, verdict)
    return verdict


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in `common` inside directories a and b.

    Returns three lists of names: equal, different, and those that could not
    be compared.
    """
    outcome = ([], [], [])
    for name in common:
        try:
            slot = 0 if cmp(os.path.join(a, name), os.path.join(b, name), shallow) else 1
        except OSError:
            slot = 2
        outcome[slot].append(name)
    return outcome


class dircmp:
    """Lazy comparison of directory `a` (left) with `b` (right).

    ignore: names to skip (default DEFAULT_IGNORES); hide: names to hide
    (default os.curdir and os.pardir).  Result attributes (left_list,
    common, same_files, subdirs, ...) are computed on first access.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    # Each filler sets a group of attributes that are derived together.

    def _fill_listings(self):
        skip = [*self.hide, *self.ignore]
        self.left_list = sorted(n for n in os.listdir(self.left) if n not in skip)
        self.right_list = sorted(n for n in os.listdir(self.right) if n not in skip)

    def _fill_membership(self):
        lhs = {os.path.normcase(n): n for n in self.left_list}
        rhs = {os.path.normcase(n): n for n in self.right_list}
        self.common = [lhs[k] for k in lhs if k in rhs]
        self.left_only = [lhs[k] for k in lhs if k not in rhs]
        self.right_only = [rhs[k] for k in rhs if k not in lhs]

    def _fill_kinds(self):
        dirs, files, odd = [], [], []
        for name in self.common:
            try:
                kind = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                other = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                odd.append(name)
                continue
            if kind != other:
                odd.append(name)
            elif stat.S_ISDIR(kind):
                dirs.append(name)
            elif stat.S_ISREG(kind):
                files.append(name)
            else:
                odd.append(name)
        self.common_dirs, self.common_files, self.common_funny = dirs, files, odd

    def _fill_verdicts(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def _fill_subdirs(self):
        make = type(self)
        self.subdirs = {
            name: make(os.path.join(self.left, name), os.path.join(self.right, name),
                       self.ignore, self.hide)
            for name in self.common_dirs}

    methodmap = {}
    for _filler, _attrs in (
            (_fill_listings, 'left_list right_list'),
            (_fill_membership, 'common left_only right_only'),
            (_fill_kinds, 'common_dirs common_files common_funny'),
            (_fill_verdicts, 'same_files diff_files funny_files'),
            (_fill_subdirs, 'subdirs')):
        methodmap.update(dict.fromkeys(_attrs.split(), _filler))
    del _filler, _attrs

    def __getattr__(self, attr):
        filler = type(self).methodmap.get(attr)
        if filler is None:
            raise AttributeError(attr)
        filler(self)
        return self.__dict__[attr]

    def phase4_closure(self):
        """Build the subdirs mapping of the whole tree."""
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        """Print a summary of the differences between left and right."""
        print('diff', self.left, self.right)
        for attr, title in (('left_only', None), ('right_only', None),
                            ('same_files', 'Identical files'),
                            ('diff_files', 'Differing files'),
                            ('funny_files', 'Trouble with common files'),
                            ('common_dirs', 'Common subdirectories'),
                            ('common_funny', 'Common funny cases')):
            names = getattr(self, attr)
            if not names:
                continue
            names.sort()
            if title is None:
                side = self.left if attr == 'left_only' else self.right
                print('Only in', side, ':', names)
            else:
                print(title, ':', names)

    def report_partial_closure(self):
        """Report on this pair and on its immediate subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """Report on this pair and, recursively, on every subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    __class_getitem__ = classmethod(GenericAlias)


def demo():
    """Command line: [-r] dir1 dir2 (-r reports recursively)."""
    import sys
    import getopt
    flags, operands = getopt.getopt(sys.argv[1:], 'r')
    if len(operands) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    tree = dircmp(*operands)
    if ('-r', '') in flags:
        tree.report_full_closure()
    else:
        tree.report()


if __name__ == '__main__':
    demo()
