"""Helpers for computing differences between sequences.

Classes: SequenceMatcher, Differ, HtmlDiff.  Functions: get_close_matches,
ndiff, restore, unified_diff, context_diff, diff_bytes, IS_LINE_JUNK,
IS_CHARACTER_JUNK.
"""

__all__ = [
    'get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
    'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff',
    'diff_bytes', 'HtmlDiff', 'Match',
]

import re as _re
from collections import namedtuple as _nt
from types import GenericAlias as _Alias

Match = _nt('Match', 'a b size')


class SequenceMatcher:
    """Compare two sequences of hashable elements, finding matching blocks."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence."""
        if a is self.a:
            return
        self.a = a
        self._drop_results()

    def set_seq2(self, b):
        """Set the second sequence (the one that gets indexed)."""
        if b is self.b:
            return
        self.b = b
        self._drop_results()
        self.fullbcount = None
        self._index_second()

    def _drop_results(self):
        for name in ('matching_blocks', 'opcodes'):
            setattr(self, name, None)

    def _index_second(self):
        where = {}
        for pos, item in enumerate(self.b):
            spots = where.get(item)
            if spots is None:
                where[item] = [pos]
            else:
                spots.append(pos)
        test = self.isjunk
        junk = set()
        if test:
            junk = {item for item in where if test(item)}
            if junk:
                where = {k: v for k, v in where.items() if k not in junk}
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular = {k for k, v in where.items() if len(v) > limit}
            if popular:
                where = {k: v for k, v in where.items() if k not in popular}
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def _widen(self, i, j, size, alo, ahi, blo, bhi, junky):
        # extend a block both ways over equal elements whose junk-ness is `junky`
        a, b, junk = self.a, self.b, self.bjunk
        while i > alo and j > blo:
            x = b[j - 1]
            if (x in junk) != junky or a[i - 1] != x:
                break
            i -= 1
            j -= 1
            size += 1
        while i + size < ahi and j + size < bhi:
            x = b[j + size]
            if (x in junk) != junky or a[i + size] != x:
                break
            size += 1
        return i, j, size

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Return Match(i, j, k) for the longest block a[i:i+k] == b[j:j+k]
        inside a[alo:ahi] and b[blo:bhi] (junk-free core, then widened)."""
        a = self.a
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(self.b)
        index = self.b2j
        diag = {}
        top_i, top_j, top = alo, blo, 0
        for i in range(alo, ahi):
            spots = index.get(a[i])
            if not spots:
                continue
            for j in spots:
                if j < blo:
                    continue
                if j >= bhi:
                    break
                key = j - i
                prev = diag.get(key)
                run = prev[1] + 1 if prev is not None and prev[0] == i - 1 else 1
                diag[key] = (i, run)
                if run > top:
                    top = run
                    top_i = i - run + 1
                    top_j = j - run + 1
        top_i, top_j, top = self._widen(top_i, top_j, top, alo, ahi, blo, bhi, False)
        top_i, top_j, top = self._widen(top_i, top_j, top, alo, ahi, blo, bhi, True)
        return Match(top_i, top_j, top)

    def get_matching_blocks(self):
        """Return the list of Match triples describing matching subsequences,
        ending with a (len(a), len(b), 0) sentinel."""
        known = self.matching_blocks
        if known is not None:
            return known
        na, nb = len(self.a), len(self.b)
        out = []
        # In-order walk of the window tree.  Entries with four fields are
        # windows still to search, entries with three are blocks ready to be
        # emitted; a window pushes (right, block, left) so that the left part
        # is finished first and the blocks come out ascending.
        pending = [(0, na, 0, nb)]
        while pending:
            entry = pending.pop()
            if len(entry) == 3:
                i, j, k = entry
                prev = out[-1] if out else None
                if prev and prev[0] + prev[2] == i and prev[1] + prev[2] == j:
                    out[-1] = (prev[0], prev[1], prev[2] + k)
                else:
                    out.append(entry)
                continue
            alo, ahi, blo, bhi = entry
            if ahi <= alo or bhi <= blo:
                continue  # one side empty: nothing can match
            i, j, k = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                pending.append((i + k, ahi, j + k, bhi))
                pending.append((i, j, k))
                pending.append((alo, i, blo, j))
        out.append((na, nb, 0))
        self.matching_blocks = [Match._make(t) for t in out]
        return self.matching_blocks

    # gap kind, keyed by (a side non-empty, b side non-empty)
    _GAP_TAGS = {(True, True): 'replace', (True, False): 'delete',
                 (False, True): 'insert'}

    def get_opcodes(self):
        """Return a list of (tag, i1, i2, j1, j2) tuples turning a into b."""
        known = self.opcodes
        if known is not None:
            return known
        blocks = self.get_matching_blocks()
        ops = []
        # each block is paired with its predecessor (a virtual empty block at 0, 0)
        for (pi, pj, pk), (i, j, k) in zip([(0, 0, 0)] + blocks, blocks):
            a_from, b_from = pi + pk, pj + pk
            tag = self._GAP_TAGS.get((a_from < i, b_from < j))
            if tag is not None:
                ops.append((tag, a_from, i, b_from, j))
            if k:
                ops.append(('equal', i, i + k, j, j + k))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with up to n elements of context."""
        ops = self.get_opcodes()

        def head(op):
            # the first n items of an equal op
            tag, i1, i2, j1, j2 = op
            return (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))

        def tail(op):
            # the last n items of an equal op
            tag, i1, i2, j1, j2 = op
            return (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)

        # Observable side effect: the cached opcode list keeps its outer equal
        # ops cut down to n items (the first one is cut before the last one,
        # which matters when they are the same op).
        if ops and ops[0][0] == 'equal':
            ops[0] = tail(ops[0])
        if ops and ops[-1][0] == 'equal':
            ops[-1] = head(ops[-1])

        # Quirk seen when probing CPython (reachable only with a negative n):
        # a leading equal op that is still too long after the cut has its head
        # emitted as a group of its own; empty inputs count as one equal item.
        lead_op = ops[0] if ops else head(tail(('equal', 0, 1, 0, 1)))
        # twice the context, computed here even when unused: a non-numeric n
        # must fail at this point (as CPython does) and not later
        limit = n + n

        def too_long(op):
            # an equal op this long cannot be shared by two hunks' contexts
            return op[2] - op[1] > limit

        if lead_op[0] == 'equal' and too_long(lead_op):
            yield [head(lead_op)]

        # Cluster the positions of the changes into hunks; a too-long equal op
        # between two changes separates them.
        hunks = []
        for pos, op in enumerate(ops):
            if op[0] == 'equal':
                continue
            if hunks and not any(map(too_long, ops[hunks[-1][1] + 1:pos])):
                hunks[-1][1] = pos
            else:
                hunks.append([pos, pos])

        for first, last in hunks:
            group = []
            if first > 0:
                group.append(tail(ops[first - 1]))
            group.extend(ops[first:last + 1])
            if last + 1 < len(ops):
                group.append(head(ops[last + 1]))
            yield group

    def _as_ratio(self, matched):
        # 2*M/T where T counts the elements of both sequences
        total = len(self.a) + len(self.b)
        return 2.0 * matched / total if total else 1.0

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T."""
        return self._as_ratio(sum(blk.size for blk in self.get_matching_blocks()))

    def quick_ratio(self):
        """Upper bound on ratio() from element multiplicities."""
        counts = self.fullbcount
        if counts is None:
            counts = {}
            for x in self.b:
                counts[x] = counts.get(x, 0) + 1
            self.fullbcount = counts
        mine = {}
        for x in self.a:
            mine[x] = mine.get(x, 0) + 1
        common = 0
        for x, c in mine.items():
            other = counts.get(x)
            if other:
                common += c if c < other else other
        return self._as_ratio(common)

    def real_quick_ratio(self):
        """Cheap upper bound on ratio() from the lengths only."""
        return self._as_ratio(min(len(self.a), len(self.b)))

    __class_getitem__ = classmethod(_Alias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n of the possibilities that resemble word best
    (similarity at least cutoff), best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not (0.0 <= cutoff and cutoff <= 1.0):
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    sm = SequenceMatcher()
    sm.set_seq2(word)
    scored = []
    for cand in possibilities:
        sm.set_seq1(cand)
        # the cheap bounds only ever reject; ratio() decides
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff):
            score = sm.ratio()
            if score >= cutoff:
                scored.append((score, cand))
    scored.sort(reverse=True)
    return [cand for score, cand in scored[:n]]


def IS_LINE_JUNK(line, pat=_re.compile(r"\s*#?\s*\Z").match):
    """True for a line that is blank apart from at most one '#'."""
    return bool(pat(line))


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


# tag characters used on the '? ' guide lines, per opcode, for (a side, b side)
_GUIDE = {'equal': (' ', ' '), 'replace': ('^', '^'),
          'delete': ('-', None), 'insert': (None, '+')}


def _guide_line(text, marks):
    # whitespace under untouched positions is copied so tabs line up
    out = []
    for ch, mark in zip(text, marks):
        out.append(ch if mark == ' ' and ch.isspace() else mark)
    return ''.join(out).rstrip()


class Differ:
    """Produce human-readable line deltas ('- ', '+ ', '  ', '? ' lines)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines turning sequence a into sequence b."""
        for event in self._walk(a, b):
            kind = event[0]
            if kind == '=':
                yield '  ' + a[event[1]]
            elif kind == '-':
                yield '- ' + a[event[1]]
            elif kind == '+':
                yield '+ ' + b[event[1]]
            else:
                yield from _pair_text(a[event[1]], b[event[2]], event[3])

    def _walk(self, a, b):
        # events: ('=', i, j)  ('-', i)  ('+', j)  ('~', i, j, char_opcodes)
        lines = SequenceMatcher(self.linejunk, a, b)
        for tag, i1, i2, j1, j2 in lines.get_opcodes():
            if tag == 'equal':
                for k in range(i2 - i1):
                    yield ('=', i1 + k, j1 + k)
            else:
                yield from self._region(a, i1, i2, b, j1, j2)

    def _region(self, a, alo, ahi, b, blo, bhi):
        # a[alo:ahi] was replaced by b[blo:bhi]; either side may be empty
        dels = [('-', i) for i in range(alo, ahi)]
        adds = [('+', j) for j in range(blo, bhi)]
        if not (dels and adds):
            yield from dels or adds
            return
        chars = SequenceMatcher(self.charjunk)
        pick = self._pick_pair(chars, a, alo, ahi, b, blo, bhi)
        if pick is None:
            # unpaired: the shorter side is shown first
            if len(adds) < len(dels):
                dels, adds = adds, dels
            yield from dels
            yield from adds
            return
        i, j, same = pick
        yield from self._region(a, alo, i, b, blo, j)
        if same:
            yield ('=', i, j)
        else:
            chars.set_seqs(a[i], b[j])
            yield ('~', i, j, chars.get_opcodes())
        yield from self._region(a, i + 1, ahi, b, j + 1, bhi)

    @staticmethod
    def _pick_pair(chars, a, alo, ahi, b, blo, bhi):
        # best (i, j) by character ratio, first one wins ties; an identical
        # pair is only the fallback when nothing reaches 0.75
        best = None
        twin = None

        def beats(value):
            if best is None:
                return value >= 0.75
            return value > best[3]

        for j in range(blo, bhi):
            other = b[j]
            chars.set_seq2(other)
            for i in range(alo, ahi):
                line = a[i]
                if line == other:
                    if twin is None:
                        twin = (i, j, True)
                    continue
                chars.set_seq1(line)
                if not (beats(chars.real_quick_ratio())
                        and beats(chars.quick_ratio())):
                    continue
                score = chars.ratio()
                if beats(score):
                    best = (i, j, False, score)
        if best is not None:
            return best[:3]
        return twin


def _pair_text(old, new, ops):
    # '- ', '? ', '+ ', '? ' lines for two similar lines
    marks_a = []
    marks_b = []
    for tag, i1, i2, j1, j2 in ops:
        ca, cb = _GUIDE[tag]
        if ca:
            marks_a.append(ca * (i2 - i1))
        if cb:
            marks_b.append(cb * (j2 - j1))
    guide_a = _guide_line(old, ''.join(marks_a))
    guide_b = _guide_line(new, ''.join(marks_b))
    yield '- ' + old
    if guide_a:
        yield '? %s\n' % guide_a
    yield '+ ' + new
    if guide_b:
        yield '? %s\n' % guide_b


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ-style delta of two lists of lines."""
    engine = Differ(linejunk, charjunk)
    return engine.compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from an ndiff/Differ delta."""
    side = int(which)
    if side not in (1, 2):
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % (which,))
    keep = ('  ', '- ' if side == 1 else '+ ')
    for line in delta:
        if line[:2] in keep:
            yield line[2:]


def _require_text(a, b, names):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(seq[0]).__name__, seq[0]))
    for arg in names:
        if isinstance(arg, str):
            continue
        raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_line(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def _hunk_span(group):
    return group[0][1], group[-1][2], group[0][3], group[-1][4]


def _unified_range(lo, hi):
    count = hi - lo
    if count == 1:
        return str(lo + 1)
    return '%d,%d' % (lo + 1 if count else lo, count)


def _context_range(lo, hi):
    if hi - lo > 1:
        return '%d,%d' % (lo + 1, hi)
    # one line (or an inverted range, seen with negative n): its 1-based start
    return str(hi if hi == lo else lo + 1)


def unified_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Yield a unified-format diff of two lists of lines."""
    _require_text(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    mark = {'equal': ' ', 'delete': '-', 'insert': '+'}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_line('---', fromfile, fromfiledate, lineterm)
            yield _file_line('+++', tofile, tofiledate, lineterm)
        a1, a2, b1, b2 = _hunk_span(group)
        yield '@@ -%s +%s @@%s' % (_unified_range(a1, a2),
                                    _unified_range(b1, b2), lineterm)
        for op in group:
            if op[0] != 'insert':
                sign = mark.get(op[0], '-')
                for line in a[op[1]:op[2]]:
                    yield sign + line
            if op[0] in ('replace', 'insert'):
                for line in b[op[3]:op[4]]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Yield a context-format diff of two lists of lines."""
    _require_text(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    mark = {'equal': '  ', 'replace': '! ', 'delete': '- ', 'insert': '+ '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield _file_line('***', fromfile, fromfiledate, lineterm)
            yield _file_line('---', tofile, tofiledate, lineterm)
        a1, a2, b1, b2 = _hunk_span(group)
        tags = {op[0] for op in group}
        yield '*' * 15 + lineterm
        yield '*** %s ****%s' % (_context_range(a1, a2), lineterm)
        if tags & {'replace', 'delete'}:
            for op in group:
                if op[0] != 'insert':
                    for line in a[op[1]:op[2]]:
                        yield mark[op[0]] + line
        yield '--- %s ----%s' % (_context_range(b1, b2), lineterm)
        if tags & {'replace', 'insert'}:
            for op in group:
                if op[0] != 'delete':
                    for line in b[op[3]:op[4]]:
                        yield mark[op[0]] + line


_BYTES_CODEC = ('ascii', 'surrogateescape')


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str-based diff function (unified_diff, context_diff) on bytes,
    round-tripping through ascii + surrogateescape."""
    def text(x):
        try:
            return x.decode(*_BYTES_CODEC)
        except AttributeError:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(x).__name__, x)) from None
    a = [text(x) for x in a]
    b = [text(x) for x in b]
    names = [text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(a, b, *names, n, text(lineterm)):
        yield line.encode(*_BYTES_CODEC)


# ---------------------------------------------------------------- HtmlDiff

def _lines(*rows):
    # join template rows with newlines (keeps each literal on its own line)
    return '\n'.join(rows)


_PAGE = _lines(
    '',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
    '          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '', '<html>', '', '<head>',
    '    <meta http-equiv="Content-Type"',
    '          content="text/html; charset=%(charset)s" />',
    '    <title></title>',
    '    <style type="text/css">',
    '%(styles)s',
    '    </style>',
    '</head>', '', '<body>',
    '    %(table)s%(legend)s',
    '</body>', '', '</html>')

_CSS = [('table.diff', 'font-family:Courier; border:medium;'),
        ('.diff_header', 'background-color:#e0e0e0'),
        ('td.diff_header', 'text-align:right'),
        ('.diff_next', 'background-color:#c0c0c0'),
        ('.diff_add', 'background-color:#aaffaa'),
        ('.diff_chg', 'background-color:#ffff77'),
        ('.diff_sub', 'background-color:#ffaaaa')]

_INDENT = ' ' * 22
_LEGEND = _lines(
    '',
    '    <table class="diff" summary="Legends">',
    '        <tr> <th colspan="2"> Legends </th> </tr>',
    '        <tr> <td> <table border="" summary="Colors">',
    _INDENT + '<tr><th> Colors </th> </tr>',
    _INDENT + '<tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>',
    _INDENT + '<tr><td class="diff_chg">Changed</td> </tr>',
    _INDENT + '<tr><td class="diff_sub">Deleted</td> </tr>',
    '                  </table></td>',
    '             <td> <table border="" summary="Links">',
    _INDENT + '<tr><th colspan="2"> Links </th> </tr>',
    _INDENT + '<tr><td>(f)irst change</td> </tr>',
    _INDENT + '<tr><td>(n)ext change</td> </tr>',
    _INDENT + '<tr><td>(t)op</td> </tr>',
    '                  </table></td> </tr>',
    '    </table>')

_COLS = ' '.join(['<colgroup></colgroup>'] * 3)
_TABLE_OPEN = _lines(
    '',
    '    <table class="diff" id="%stop"',
    '           cellspacing="0" cellpadding="0" rules="groups" >',
    '        ' + _COLS,
    '        ' + _COLS,
    '        %s',
    '        <tbody>',
    '')

_HEAD_ROW = ('<thead><tr><th class="diff_next"><br /></th>'
             '<th colspan="2" class="diff_header">%s</th>'
             '<th class="diff_next"><br /></th>'
             '<th colspan="2" class="diff_header">%s</th></tr></thead>')

_NEXT_CELL = '<td class="diff_next"%s>%s</td>'

# a side of a row: (label, text, spans); label is an int line number, '>'
# for a wrapped continuation, '' for padding, None for "no line here"
_NOTHING = (None, '', ())
_PADDING = ('', ' ', ())


def _html_text(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;')
            .replace('>', '&gt;').replace(' ', '&nbsp;'))


def _cut_side(side, width):
    # wrap one side into pieces of `width` characters, clipping spans; a
    # span ending exactly on a cut leaves an empty span on the next piece
    label, text, spans = side
    if label is None or len(text) <= width:
        return [side]
    pieces = []
    for lo in range(0, len(text), width):
        hi = lo + width
        kept = []
        for s, e, cls in spans:
            if s < hi and e > lo:
                kept.append((max(s, lo) - lo, min(e, hi) - lo, cls))
            elif e == lo and s < lo:
                kept.append((0, 0, cls))
        pieces.append(('>' if lo else label, text[lo:hi], kept))
    return pieces


class HtmlDiff:
    """Side-by-side HTML comparison of two lists of lines, with intraline
    highlights, optional wrapping and optional context-only output."""

    _tables_made = 0    # shared by all instances: keeps anchors unique

    def __init__(self, tabsize=8, wrapcolumn=None,
                 linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tab = tabsize
        self._width = wrapcolumn
        self._junk = (linejunk, charjunk)

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5, *,
                  charset='utf-8'):
        """Return a complete XHTML page holding the comparison table."""
        table = self.make_table(fromlines, tolines, fromdesc, todesc,
                                context=context, numlines=numlines)
        styles = '\n'.join('        %s {%s}' % rule for rule in _CSS)
        page = _PAGE % {'charset': charset, 'styles': styles,
                        'table': table, 'legend': _LEGEND}
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        """Return an HTML table comparing the two lists of lines."""
        serial = HtmlDiff._tables_made
        HtmlDiff._tables_made += 1
        ids = ('difflib_chg_to%d__' % serial, 'from%d_' % serial,
               'to%d_' % serial)
        units = self._units(fromlines, tolines)
        if context:
            hunks = self._near_changes(units, numlines)
        else:
            hunks = [(0, units)] if units else []
        hunks = [(first, self._wrap_rows(h)) for first, h in hunks]
        header = _HEAD_ROW % (fromdesc, todesc) if fromdesc or todesc else ''
        parts = [_TABLE_OPEN % (ids[0], header)]
        if not hunks:
            note = 'No Differences Found' if context else 'Empty File'
            top = '<a href="#%stop">t</a>' % ids[0]
            half = _NEXT_CELL % ('', top) + '<td></td><td>&nbsp;%s&nbsp;</td>' % note
            parts.append('            <tr>%s%s</tr>\n' % (half, half))
        else:
            # a gap marker (None) precedes every hunk that follows hidden lines
            flat = []
            for first, hunk in hunks:
                if first or flat:
                    flat.append(None)
                flat.extend(hunk)
            marks = self._navigation([bool(r and r[2]) for r in flat],
                                     numlines, ids[0])
            for pos, row in enumerate(flat):
                if row is None:
                    if pos:
                        parts.append('        </tbody>        \n        <tbody>\n')
                    continue
                anchor, link = marks.get(pos, ('', ''))
                left, right = row[0], row[1]
                parts.append('            <tr>%s%s%s%s</tr>\n' % (
                    _NEXT_CELL % (anchor, link), self._cells(left, ids[1]),
                    _NEXT_CELL % ('', link), self._cells(right, ids[2])))
        parts.append('        </tbody>\n    </table>')
        return ''.join(parts)

    def _plain(self, line):
        # strip the newline; tab columns become '\t' so they never equal
        # a real space, yet render like one
        if line.endswith('\n'):
            line = line[:-1]
        out = []
        col = 0
        for ch in line:
            if ch == '\t':
                fill = self._tab - col % self._tab if self._tab > 0 else 0
                out.append('\t' * fill)
                col += fill
            else:
                out.append(ch)
                col = 0 if ch in '\r\n' else col + 1
        return ''.join(out)

    def _units(self, fromlines, tolines):
        # one (left, right, changed) triple per displayed line pair
        a = [self._plain(x) for x in fromlines]
        b = [self._plain(x) for x in tolines]
        units = []
        gone, came = [], []

        def lone(text, number, cls):
            text = text or ' '
            return (number, text, [(0, len(text), cls)])

        def settle():
            for k in range(max(len(gone), len(came))):
                units.append((gone[k] if k < len(gone) else _NOTHING,
                              came[k] if k < len(came) else _NOTHING, True))
            gone.clear()
            came.clear()

        for event in Differ(*self._junk)._walk(a, b):
            kind = event[0]
            if kind == '-':
                gone.append(lone(a[event[1]], event[1] + 1, 'diff_sub'))
                continue
            if kind == '+':
                came.append(lone(b[event[1]], event[1] + 1, 'diff_add'))
                continue
            settle()
            i, j = event[1], event[2]
            if kind == '=':
                units.append(((i + 1, a[i], ()), (j + 1, b[j], ()), False))
                continue
            left, right = [], []
            for tag, i1, i2, j1, j2 in event[3]:
                if tag in ('replace', 'delete'):
                    left.append((i1, i2, 'diff_chg' if tag == 'replace' else 'diff_sub'))
                if tag in ('replace', 'insert'):
                    right.append((j1, j2, 'diff_chg' if tag == 'replace' else 'diff_add'))
            units.append(((i + 1, a[i], left), (j + 1, b[j], right), True))
        settle()
        return units

    @staticmethod
    def _near_changes(units, numlines):
        # keep only units within numlines of a change, split into hunks
        hot = [k for k, u in enumerate(units) if u[2]]
        keep = [False] * len(units)
        for k in hot:
            for m in range(max(0, k - numlines), min(len(units), k + numlines + 1)):
                keep[m] = True
        hunks = []
        for k, unit in enumerate(units):
            if not keep[k]:
                continue
            if k and keep[k - 1]:
                hunks[-1][1].append(unit)
            else:
                hunks.append((k, [unit]))
        return hunks

    def _wrap_rows(self, units):
        width = self._width
        if not width:
            return units
        rows = []
        for left, right, changed in units:
            lp = _cut_side(left, width)
            rp = _cut_side(right, width)
            for k in range(max(len(lp), len(rp))):
                rows.append((lp[k] if k < len(lp) else _PADDING,
                             rp[k] if k < len(rp) else _PADDING, changed))
        return rows

    @staticmethod
    def _navigation(flags, numlines, base):
        # row -> (id attribute, link html) for the "next change" column
        starts = [k for k, f in enumerate(flags) if f and (k == 0 or not flags[k - 1])]
        anchors = {}
        links = {}
        for n, k in enumerate(starts):
            anchors[max(0, k - numlines)] = n
            links[k] = '<a href="#%s%d">n</a>' % (base, n + 1)
        if starts:
            links[starts[-1]] = '<a href="#%stop">t</a>' % base
            links.setdefault(0, '<a href="#%s0">f</a>' % base)
        else:
            links[0] = '<a href="#%stop">t</a>' % base
        marks = {}
        for k in set(anchors) | set(links):
            anchor = ' id="%s%d"' % (base, anchors[k]) if k in anchors else ''
            marks[k] = (anchor, links.get(k, ''))
        return marks

    @staticmethod
    def _cells(side, prefix):
        label, text, spans = side
        if label is None or label == '':
            head = '<td class="diff_header"></td>'
        elif label == '>':
            head = '<td class="diff_header">></td>'
        else:
            head = '<td class="diff_header" id="%s%d">%d</td>' % (prefix, label, label)
        out = []
        pos = 0
        for s, e, cls in spans:
            out.append(_html_text(text[pos:s]))
            out.append('<span class="%s">%s</span>' % (cls, _html_text(text[s:e])))
            pos = e
        # trailing whitespace after the last span is dropped, except real
        # spaces (already turned into &nbsp;)
        out.append(_html_text(text[pos:]).rstrip())
        body = ''.join(out).replace('\t', '&nbsp;')
        return '%s<td nowrap="nowrap">%s</td>' % (head, body)
