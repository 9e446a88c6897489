"""Translation catalogs in the GNU gettext .mo format, and lookups in them.

A translation object answers gettext/ngettext/pgettext/npgettext for one
catalog and can chain to a fallback.  The module functions work on the
"current" text domain, whose catalogs are located with find().
"""

import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = sys.base_prefix + '/share/locale'


# ---------------------------------------------------------------------------
# Plural-Forms expressions
#
# The C-like expression is parsed without recursion (operator-precedence
# parsing with explicit stacks).  Every parsed piece carries a closure that
# evaluates it, plus what is needed to reproduce CPython's observable quirks:
# CPython renders the expression as Python text, so a "!" that starts an
# operand swallows the arithmetic/comparison operators after it, "!" on the
# right of such an operator is a SyntaxError, and more than 20 nested
# parentheses (written ones plus those added around comparisons and nested
# conditionals) are refused as too complex.

_MAX_SOURCE = 1000
_MAX_NESTING = 20

_LEXEME = re.compile(r'[ \t]+|(\w+)|(&&|\|\||[=!<>]=|[-+*/%<>!?:()])|(.)',
                     re.DOTALL)

# operator -> (binding strength, family, python spelling, implementation)
_INFIX = {
    '||': (1, 'or', 'or', None),
    '&&': (2, 'and', 'and', None),
    '==': (3, 'cmp', '==', lambda a, b: a == b),
    '!=': (3, 'cmp', '!=', lambda a, b: a != b),
    '<': (4, 'cmp', '<', lambda a, b: a < b),
    '>': (4, 'cmp', '>', lambda a, b: a > b),
    '<=': (4, 'cmp', '<=', lambda a, b: a <= b),
    '>=': (4, 'cmp', '>=', lambda a, b: a >= b),
    '+': (5, 'sum', '+', lambda a, b: a + b),
    '-': (5, 'sum', '-', lambda a, b: a - b),
    '*': (6, 'product', '*', lambda a, b: a * b),
    '/': (6, 'product', '//', lambda a, b: a // b),
    '%': (6, 'product', '%', lambda a, b: a % b),
}


def _plural_tokens(source):
    """Yield the tokens of a plural expression, then None."""
    for match in _LEXEME.finditer(source):
        word, operator, stray = match.groups()
        if word is not None:
            if word != 'n' and not (word.isascii() and word.isdigit()):
                raise ValueError('invalid token in plural form: %s' % word)
            yield word
        elif operator is not None:
            yield operator
        elif stray is not None:
            raise ValueError('invalid token in plural form: %s' % stray)
    yield None


class _Piece:
    """A parsed sub-expression.

    kind    -- what the C construct was ('value', 'not', 'cmp', 'sum',
               'product', 'and', 'or', 'choice', 'group')
    text    -- its rendering as Python source
    depth   -- parenthesis nesting inside that rendering
    negations, core -- a piece starting with bare "not"s: how many, and the
               piece they apply to (negations is 0 otherwise)
    misplaced -- where Python would reject this text: (offset of the first
               misplaced "not", offset where the operand before it ends,
               whether it sits outside any parentheses, error message)
    """

    def __init__(self, kind, text, depth, evaluate, misplaced=None):
        self.kind = kind
        self.text = text
        self.depth = depth
        self.evaluate = evaluate
        self.misplaced = misplaced
        self.negations = 0
        self.core = None
        self.steps = None       # for flat left-to-right operator runs
        self.branches = None    # for if/else chains


# A rejection is (key, start, end, stop, bare, note): key is the offset of
# the misplaced "not", start/end the span Python reports, stop where the
# operand before the "not" ends, bare whether no parenthesis encloses it,
# note 'else' when Python words it as an unfinished conditional.

def _shifted(rejection, by, bare=True):
    if rejection is None:
        return None
    key, start, end, stop, was_bare, note = rejection
    return (key + by, start + by, end + by, stop + by, was_bare and bare, note)


def _earliest(*rejections):
    known = [r for r in rejections if r is not None]
    return min(known) if known else None


def _value_piece(word):
    if word == 'n':
        return _Piece('value', 'n', 0, lambda n: n)
    number = int(word)
    return _Piece('value', str(number), 0, lambda n: number)


def _grouped(piece, kind):
    """Piece put between parentheses (written or implied)."""
    return _Piece(kind, '(' + piece.text + ')', piece.depth + 1,
                  piece.evaluate, _shifted(piece.misplaced, 1, bare=False))


def _behind_nots(core, count, kind, text, depth, misplaced):
    """A piece reading "not ... not <core>" with `count` nots."""
    inner = core.evaluate

    def evaluate(n):
        result = not inner(n)
        return result if count % 2 else not result
    made = _Piece(kind, text, depth, evaluate, misplaced)
    made.negations = count
    made.core = core
    return made


def _negated(piece):
    core = piece.core if piece.negations else piece
    return _behind_nots(core, piece.negations + 1, 'not', 'not ' + piece.text,
                        piece.depth, _shifted(piece.misplaced, 4))


def _run(family, steps):
    """Evaluator for a left-to-right run of operators of one family."""
    first = steps[0][1]
    rest = steps[1:]
    if family == 'and':
        def evaluate(n):
            value = first(n)
            for _, operand in rest:
                if not value:
                    return value
                value = operand(n)
            return value
    elif family == 'or':
        def evaluate(n):
            value = first(n)
            for _, operand in rest:
                if value:
                    return value
                value = operand(n)
            return value
    else:
        def evaluate(n):
            value = first(n)
            for apply, operand in rest:
                value = apply(value, operand(n))
            return value
    return evaluate


def _infix(symbol, left, right):
    _, family, spelled, apply = _INFIX[symbol]
    if family == 'cmp':
        # a comparison operand of a comparison is parenthesized
        if left.kind == 'cmp':
            left = _grouped(left, 'group')
        if right.kind == 'cmp':
            right = _grouped(right, 'group')
    text = '%s %s %s' % (left.text, spelled, right.text)
    where = len(left.text) + len(spelled) + 2
    misplaced = _earliest(left.misplaced, _shifted(right.misplaced, where))
    swallows = family not in ('and', 'or')
    if swallows and right.negations:
        stop = len(left.text)
        misplaced = _earliest(misplaced,
                              (where, where, where + 3, stop, True, None))
    base = left.core if swallows and left.negations else left
    if base.steps is not None and base.kind == family:
        steps = base.steps + [(apply, right.evaluate)]
    else:
        steps = [(None, base.evaluate), (apply, right.evaluate)]
    made = _Piece(family, text, max(left.depth, right.depth),
                  _run(family, steps), misplaced)
    made.steps = steps
    if swallows and left.negations:
        # Python reads "not a OP b" as "not (a OP b)"
        return _behind_nots(made, left.negations, family, text, made.depth,
                            misplaced)
    return made


def _choice(test, then, other):
    if then.kind == 'choice':
        then = _grouped(then, 'group')
    text = '%s if %s else %s' % (then.text, test.text, other.text)
    test_at = len(then.text) + 4
    in_test = _shifted(test.misplaced, test_at)
    misplaced = _earliest(then.misplaced, in_test,
                          _shifted(other.misplaced, test_at + len(test.text) + 6))
    if misplaced is not None and misplaced is in_test and in_test[4] \
            and in_test[5] is None:
        # Python stops reading the condition before the bad operator and
        # then misses the 'else'
        misplaced = (in_test[0], 0, in_test[3], in_test[3], True, 'else')
    branches = [(test.evaluate, then.evaluate)]
    if other.branches is not None:
        branches += other.branches[0]
        fallback = other.branches[1]
    else:
        fallback = other.evaluate

    def evaluate(n):
        for condition, result in branches:
            if condition(n):
                return result(n)
        return fallback(n)
    made = _Piece('choice', text,
                  max(test.depth, then.depth, other.depth), evaluate, misplaced)
    made.branches = (branches, fallback)
    return made


def _parse_plural(source):
    """Parse a plural expression into a _Piece (errors as CPython's)."""
    operands = []
    pending = []        # '!', '(', '?', ':' markers and infix operators
    awaiting = []       # the '(' and '?' still waiting for ')' and ':'

    def fold(stop):
        # Apply pending operators while stop(top) says so.
        while pending and stop(pending[-1]):
            top = pending.pop()
            if top == '!':
                operands.append(_negated(operands.pop()))
            elif top == ':':
                other = operands.pop()
                then = operands.pop()
                operands.append(_choice(operands.pop(), then, other))
            else:
                right = operands.pop()
                operands.append(_infix(top, operands.pop(), right))

    want_operand = True
    for token in _plural_tokens(source):
        if want_operand:
            if token is None:
                raise ValueError('unexpected end of plural form')
            if token in ('!', '('):
                pending.append(token)
                if token == '(':
                    awaiting.append(token)
            elif token == 'n' or token[0].isdigit():
                operands.append(_value_piece(token))
                want_operand = False
            else:
                raise ValueError('unexpected token in plural form: %s' % token)
            continue
        if token in _INFIX:
            strength = _INFIX[token][0]
            fold(lambda top: top == '!' or
                 (top in _INFIX and _INFIX[top][0] >= strength))
            pending.append(token)
            want_operand = True
        elif token == '?':
            fold(lambda top: top == '!' or top in _INFIX)
            pending.append('?')
            awaiting.append('?')
            want_operand = True
        elif awaiting and (token, awaiting[-1]) in ((':', '?'), (')', '(')):
            fold(lambda top: top != awaiting[-1])
            awaiting.pop()
            pending.pop()
            if token == ':':
                pending.append(':')
                want_operand = True
            else:
                operands.append(_grouped(operands.pop(), 'group'))
        elif token is None and not awaiting:
            fold(lambda top: True)
            return operands.pop()
        elif awaiting and awaiting[-1] == '(':
            raise ValueError('unbalanced parenthesis in plural form')
        elif token is None:
            raise ValueError('unexpected end of plural form')
        else:
            raise ValueError('unexpected token in plural form: %s' % token)


def _own_file():
    return _own_file.__code__.co_filename


def _checked_count(n):
    """Accept ints; other numbers that round() accepts pass with a warning."""
    if isinstance(n, int):
        return n
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s'
                  % (n.__class__.__name__,), DeprecationWarning,
                  skip_file_prefixes=(_own_file(),))
    return n


def c2py(plural):
    """Turn a C plural-forms expression into a function of n."""
    if len(plural) > _MAX_SOURCE:
        raise ValueError('plural form expression is too long')
    piece = _parse_plural(plural)
    if piece.depth > _MAX_NESTING:
        raise ValueError('plural form expression is too complex')
    if piece.misplaced is not None:
        _, start, end, _, _, note = piece.misplaced
        prefix = ' ' * 16 + 'return int('
        line = prefix + piece.text + ')\n'
        message = ("expected 'else' after 'if' expression" if note
                   else 'invalid syntax')
        raise SyntaxError(message, ('<string>', 5, len(prefix) + start + 1,
                                    line, 5, len(prefix) + end + 1))
    evaluate = piece.evaluate

    def func(n):
        return int(evaluate(_checked_count(n)))
    return func


# ---------------------------------------------------------------------------
# Locale names

def _expand_lang(loc):
    """All the names under which catalogs for locale `loc` may be stored,
    most specific first."""
    import itertools
    import locale
    name = locale.normalize(loc)
    name, at, modifier = name.partition('@')
    name, dot, codeset = name.partition('.')
    language, underscore, territory = name.partition('_')
    choices = [(at + modifier, '') if at else ('',),
               (underscore + territory, '') if underscore else ('',),
               (dot + codeset, '') if dot else ('',)]
    return [language + terr + code + mod
            for mod, terr, code in itertools.product(*choices)]


# ---------------------------------------------------------------------------
# Translation classes

class NullTranslations:
    """Translations that return messages unchanged (or ask the fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Read a catalog from fp; subclasses override this."""

    def add_fallback(self, fallback):
        """Append `fallback` at the end of the chain of fallbacks."""
        if not self._fallback:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    # Without a fallback the message itself is the translation.

    def gettext(self, message):
        nxt = self._fallback
        return nxt.gettext(message) if nxt else message

    def ngettext(self, msgid1, msgid2, n):
        nxt = self._fallback
        return nxt.ngettext(msgid1, msgid2, n) if nxt else _english(msgid1, msgid2, n)

    def pgettext(self, context, message):
        nxt = self._fallback
        return nxt.pgettext(context, message) if nxt else message

    def npgettext(self, context, msgid1, msgid2, n):
        nxt = self._fallback
        if nxt:
            return nxt.npgettext(context, msgid1, msgid2, n)
        return _english(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Make self.gettext available as builtins._ (and the given others)."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names:
            for name in names:
                if name in ('gettext', 'ngettext', 'pgettext', 'npgettext'):
                    builtins.__dict__[name] = getattr(self, name)


def _default_plural(n):
    return int(n != 1)


def _english(singular, plural, n):
    return singular if n == 1 else plural


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file (either byte order)."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _parse(self, fp):
        import struct
        data = fp.read()
        source = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = _default_plural
        magic, = struct.unpack('<I', data[:4])
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', source)
        version, count, ids_at, strs_at = struct.unpack(order + '4I', data[4:20])
        if version >> 16 not in self.VERSIONS:
            raise OSError(0, 'Bad version number %d' % (version >> 16), source)

        def entry(table, index):
            length, offset = struct.unpack(order + '2I',
                                           data[table + 8 * index:table + 8 * index + 8])
            return offset, offset + length

        for index in range(count):
            id_start, id_end = entry(ids_at, index)
            tr_start, tr_end = entry(strs_at, index)
            if id_end >= len(data) or tr_end >= len(data):
                raise OSError(0, 'File is corrupt', source)
            original = data[id_start:id_end]
            translated = data[tr_start:tr_end]
            if not original:
                self._read_header(translated)
            encoding = self._charset or 'ascii'
            if b'\0' in original:
                singular, _ = original.split(b'\0')
                singular = singular.decode(encoding)
                for form, text in enumerate(translated.split(b'\0')):
                    catalog[(singular, form)] = text.decode(encoding)
            else:
                catalog[original.decode(encoding)] = translated.decode(encoding)

    def _read_header(self, raw):
        """Fill info(), the charset and the plural rule from the header entry."""
        previous = None
        for raw_line in raw.split(b'\n'):
            line = raw_line.decode().strip()
            if not line or (line.startswith('#-#-#-#-#')
                            and line.endswith('#-#-#-#-#')):
                continue
            if ':' not in line:
                if previous is not None:
                    self._info[previous] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key = key.strip().lower()
            value = value.strip()
            self._info[key] = value
            previous = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                rule = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(rule)

    def _find(self, key):
        """Catalog entry for key, or its plural form for n == 1, or None."""
        found = self._catalog.get(key)
        if found is None:
            found = self._catalog.get((key, self.plural(1)))
        return found

    def _find_plural(self, key, n):
        return self._catalog.get((key, self.plural(n)))

    def gettext(self, message):
        found = self._find(message)
        if found is not None:
            return found
        return super().gettext(message)

    def ngettext(self, msgid1, msgid2, n):
        found = self._find_plural(msgid1, n)
        if found is not None:
            return found
        return super().ngettext(msgid1, msgid2, n)

    def pgettext(self, context, message):
        found = self._find(self.CONTEXT % (context, message))
        if found is not None:
            return found
        return super().pgettext(context, message)

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._find_plural(self.CONTEXT % (context, msgid1), n)
        if found is not None:
            return found
        return super().npgettext(context, msgid1, msgid2, n)


# ---------------------------------------------------------------------------
# Locating and loading catalogs

def _requested_languages():
    for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value.split(':')
    return ['C']


def find(domain, localedir=None, languages=None, all=False):
    """Path of the .mo file for domain in the best language (or, with
    all=True, the list of every matching path)."""
    if localedir is None:
        localedir = _default_localedir
    wanted = list(_requested_languages() if languages is None else languages)
    if 'C' not in wanted:
        wanted.append('C')
    candidates = {}
    for language in wanted:
        for name in _expand_lang(language):
            candidates.setdefault(name, None)
    hits = []
    for name in candidates:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            hits.append(path)
    return hits if all else None


# Parsed catalogs, keyed by (class, absolute path of the .mo file).
_translations = {}


def _cached_catalog(class_, path):
    key = (class_, os.path.abspath(path))
    if key not in _translations:
        with open(path, 'rb') as stream:
            _translations[key] = class_(stream)
    return _translations[key]


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """A translation object for domain, chaining every language found."""
    import copy
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain', domain)
    kind = GNUTranslations if class_ is None else class_
    # Each call gets its own shallow copies, so fallbacks added to one
    # result do not leak into the cached objects.
    copies = [copy.copy(_cached_catalog(kind, path)) for path in paths]
    for later in copies[1:]:
        copies[0].add_fallback(later)
    return copies[0]


Catalog = translation


def install(domain, localedir=None, *, names=None):
    """Install _() (and the given names) in builtins for domain."""
    translation(domain, localedir, fallback=True).install(names)


# ---------------------------------------------------------------------------
# Domain-based module interface

_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """Set (when given) and return the current text domain."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Set (when given) and return the catalog directory for domain."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_catalog(domain):
    try:
        return translation(domain, _localedirs.get(domain))
    except OSError:
        return None


def dgettext(domain, message):
    found = _domain_catalog(domain)
    return message if found is None else found.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    found = _domain_catalog(domain)
    if found is None:
        return _english(msgid1, msgid2, n)
    return found.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    found = _domain_catalog(domain)
    return message if found is None else found.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    found = _domain_catalog(domain)
    if found is None:
        return _english(msgid1, msgid2, n)
    return found.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(textdomain(), message)


def ngettext(msgid1, msgid2, n):
    return dngettext(textdomain(), msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(textdomain(), context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(textdomain(), context, msgid1, msgid2, n)
