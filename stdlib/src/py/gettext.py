"""Message catalogs for internationalised programs (GNU gettext compatible).

Translations are read from compiled GNU ``.mo`` files.  Besides the
class based API (``translation()`` and friends) a small set of module
level helpers mirrors the C library's gettext interface.
"""

import os
import re
import sys


__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------------------
# Plural-Forms expressions
#
# The expression found in a catalog header is written in a subset of C.  It
# is translated into Python source text and compiled into a function taking
# ``n``.  The translation is purely textual for the ``!`` operator (it
# becomes Python's ``not``), so Python's own precedence rules decide what it
# applies to; comparisons are parenthesised to keep C's non-chaining meaning.
# ---------------------------------------------------------------------------

_MAX_PLURAL_LEN = 1000
_MAX_PLURAL_NESTING = 20

_lexer = re.compile(r'''
      (?P<blank>[ \t]+)
    | (?P<word>\w+)
    | (?P<op>==|!=|<=|>=|&&|\|\||[-()!<>+*/%?:])
    | (?P<bad>.)
''', re.VERBOSE | re.DOTALL)

_ASCII_DIGITS = frozenset('0123456789')

# binary operators: C spelling -> (binding power, Python spelling, kind)
_INFIX = {
    '||': (1, 'or', 'logic'),
    '&&': (2, 'and', 'logic'),
    '==': (3, '==', 'cmp'), '!=': (3, '!=', 'cmp'),
    '<': (4, '<', 'cmp'), '>': (4, '>', 'cmp'),
    '<=': (4, '<=', 'cmp'), '>=': (4, '>=', 'cmp'),
    '+': (5, '+', 'arith'), '-': (5, '-', 'arith'),
    '*': (6, '*', 'arith'), '/': (6, '//', 'arith'), '%': (6, '%', 'arith'),
}


def _lex_plural(text):
    """Yield the tokens of *text*; None marks the end of input."""
    for m in _lexer.finditer(text):
        kind = m.lastgroup
        tok = m.group()
        if kind == 'blank':
            continue
        if kind == 'op':
            yield tok
        elif kind == 'word' and (tok == 'n' or set(tok) <= _ASCII_DIGITS):
            yield tok
        else:
            raise ValueError('invalid token in plural form: %s' % tok)
    yield None


class _Expr:
    """A translated sub-expression: Python text, its shape and paren depth."""
    __slots__ = ('src', 'shape', 'depth')

    def __init__(self, src, shape, depth):
        self.src = src
        self.shape = shape
        self.depth = depth

    def wrapped(self):
        return _Expr('(%s)' % self.src, 'group', self.depth + 1)


class _PluralCompiler:
    def __init__(self, text):
        self._tokens = _lex_plural(text)
        self._ahead = next(self._tokens)

    def _advance(self):
        tok = self._ahead
        self._ahead = next(self._tokens)
        return tok

    def translate(self):
        result = self._conditional()
        if self._ahead is not None:
            raise ValueError('unexpected token in plural form: %s'
                             % self._ahead)
        return result

    def _conditional(self):
        test = self._binary(1)
        if self._ahead != '?':
            return test
        self._advance()
        yes = self._conditional()
        if self._ahead != ':':
            self._bad_token()
        self._advance()
        no = self._conditional()
        if yes.shape == 'cond':
            yes = yes.wrapped()
        depth = max(test.depth, yes.depth, no.depth)
        return _Expr('%s if %s else %s' % (yes.src, test.src, no.src),
                     'cond', depth)

    def _binary(self, floor):
        left = self._unary()
        while self._ahead in _INFIX:
            power, pyop, kind = _INFIX[self._ahead]
            if power < floor:
                break
            self._advance()
            right = self._binary(power + 1)
            if kind == 'cmp':
                if left.shape == 'cmp':
                    left = left.wrapped()
                if right.shape == 'cmp':
                    right = right.wrapped()
            left = _Expr('%s %s %s' % (left.src, pyop, right.src), kind,
                         max(left.depth, right.depth))
        return left

    def _unary(self):
        tok = self._ahead
        if tok == '!':
            self._advance()
            inner = self._unary()
            return _Expr('not ' + inner.src, 'not', inner.depth)
        if tok == '(':
            self._advance()
            inner = self._conditional()
            if self._ahead != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self._advance()
            return inner.wrapped()
        if tok == 'n':
            self._advance()
            return _Expr('n', 'atom', 0)
        if tok is not None and tok[0] in _ASCII_DIGITS:
            self._advance()
            return _Expr(str(int(tok)), 'atom', 0)
        self._bad_token()

    def _bad_token(self):
        if self._ahead is None:
            raise ValueError('unexpected end of plural form')
        raise ValueError('unexpected token in plural form: %s' % self._ahead)


def _plural_operand(n):
    """Reject non-numbers; warn (from the caller's point of view) about
    non-integral numbers, which are still accepted."""
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s'
                        % (type(n).__name__,)) from None
    import warnings
    level = 2
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get('__name__') == __name__:
        frame = frame.f_back
        level += 1
    warnings.warn('Plural value must be an integer, got %s'
                  % (type(n).__name__,), DeprecationWarning, level)
    return n


_FUNC_TEMPLATE = '''\
if True:
    def func(n):
        if not isinstance(n, int):
            n = _plural_operand(n)
        return int(%s)
'''


def c2py(plural):
    """Compile a C plural-form expression into a function of n."""
    if len(plural) > _MAX_PLURAL_LEN:
        raise ValueError('plural form expression is too long')
    expr = _PluralCompiler(plural).translate()
    if expr.depth > _MAX_PLURAL_NESTING:
        raise ValueError('plural form expression is too complex')
    namespace = {'_plural_operand': _plural_operand, '__name__': __name__}
    exec(_FUNC_TEMPLATE % expr.src, namespace)
    return namespace['func']


# ---------------------------------------------------------------------------
# Locale names
# ---------------------------------------------------------------------------

def _expand_lang(loc):
    """Return the variants of a locale name, most specific first."""
    import locale
    name = locale.normalize(loc)
    # peel the optional parts off the right-hand end
    name, at, modifier = name.partition('@')
    modifier = at + modifier
    name, dot, codeset = name.partition('.')
    codeset = dot + codeset
    language, under, territory = name.partition('_')
    territory = under + territory
    # bit 0: codeset, bit 1: territory, bit 2: modifier
    parts = (codeset, territory, modifier)
    present = 0
    for bit, part in enumerate(parts):
        if part:
            present |= 1 << bit
    variants = []
    for combo in range(present, -1, -1):
        if combo & present != combo:
            continue
        text = language
        if combo & 2:
            text += territory
        if combo & 1:
            text += codeset
        if combo & 4:
            text += modifier
        variants.append(text)
    return variants


# ---------------------------------------------------------------------------
# Translation classes
# ---------------------------------------------------------------------------

def _choose(singular, plural, n):
    return singular if n == 1 else plural


class NullTranslations:
    """Translations that translate nothing, apart from consulting an
    optional chain of fallback objects."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Read a catalog from *fp*; this base class has none."""

    def add_fallback(self, fallback):
        """Append *fallback* to the end of the fallback chain."""
        tail = self._fallback
        if tail:
            tail.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        nxt = self._fallback
        return nxt.gettext(message) if nxt else message

    def ngettext(self, msgid1, msgid2, n):
        nxt = self._fallback
        if nxt:
            return nxt.ngettext(msgid1, msgid2, n)
        return _choose(msgid1, msgid2, n)

    def pgettext(self, context, message):
        nxt = self._fallback
        return nxt.pgettext(context, message) if nxt else message

    def npgettext(self, context, msgid1, msgid2, n):
        nxt = self._fallback
        if nxt:
            return nxt.npgettext(context, msgid1, msgid2, n)
        return _choose(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Bind _ (and any of the named extra functions) in builtins."""
        import builtins
        builtins._ = self.gettext
        extras = ('gettext', 'ngettext', 'npgettext', 'pgettext')
        for name in extras if names else ():
            if name in names:
                setattr(builtins, name, getattr(self, name))


_NOT_FOUND = object()


class GNUTranslations(NullTranslations):
    # magic numbers as read in little- and big-endian order
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # msgctxt and msgid are joined by an EOT character in .mo files
    CONTEXT = '%s\x04%s'

    # supported major revisions of the file format
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Split a format revision into (major, minor)."""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)

        magic = unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        revision, count, ids_at, strs_at = unpack(order + '4I', data[4:20])
        major = self._get_versions(revision)[0]
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)

        pair = order + 'II'
        for index in range(count):
            id_len, id_pos = unpack(pair, data[ids_at + 8 * index:
                                               ids_at + 8 * index + 8])
            tr_len, tr_pos = unpack(pair, data[strs_at + 8 * index:
                                               strs_at + 8 * index + 8])
            id_end = id_pos + id_len
            tr_end = tr_pos + tr_len
            if not (id_end < size and tr_end < size):
                raise OSError(0, 'File is corrupt', filename)
            raw_id = data[id_pos:id_end]
            raw_tr = data[tr_pos:tr_end]
            if id_len == 0:
                self._read_header(raw_tr)
            encoding = self._charset or 'ascii'
            if b'\x00' in raw_id:
                singular, _plural = raw_id.split(b'\x00')
                singular = str(singular, encoding)
                forms = raw_tr.split(b'\x00')
                for form_no, form in enumerate(forms):
                    catalog[(singular, form_no)] = str(form, encoding)
            else:
                catalog[str(raw_id, encoding)] = str(raw_tr, encoding)

    def _read_header(self, raw):
        """Fill _info from the metadata entry; pick up charset and plural."""
        current = None
        for raw_line in raw.split(b'\n'):
            line = raw_line.decode().strip()
            if not line:
                continue
            if line.startswith('#-#-#-#-#') and line.endswith('#-#-#-#-#'):
                # separator left behind by msgcat
                continue
            if ':' not in line:
                if current:
                    self._info[current] += '\n' + line
                continue
            key, value = line.split(':', 1)
            key = key.strip().lower()
            value = value.strip()
            self._info[key] = value
            current = key
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                expression = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(expression)

    def _lookup(self, key):
        """Catalog entry for *key*, else its singular plural form."""
        found = self._catalog.get(key, _NOT_FOUND)
        if found is _NOT_FOUND:
            found = self._catalog.get((key, self.plural(1)), _NOT_FOUND)
        return found

    def gettext(self, message):
        found = self._lookup(message)
        if found is _NOT_FOUND:
            return super().gettext(message)
        return found

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)), _NOT_FOUND)
        if found is _NOT_FOUND:
            return super().ngettext(msgid1, msgid2, n)
        return found

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is _NOT_FOUND:
            return super().pgettext(context, message)
        return found

    def npgettext(self, context, msgid1, msgid2, n):
        key = (self.CONTEXT % (context, msgid1), self.plural(n))
        found = self._catalog.get(key, _NOT_FOUND)
        if found is _NOT_FOUND:
            return super().npgettext(context, msgid1, msgid2, n)
        return found


# ---------------------------------------------------------------------------
# Locating and loading catalogs
# ---------------------------------------------------------------------------

_LANGUAGE_VARIABLES = ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG')


def find(domain, localedir=None, languages=None, all=False):
    """Locate the .mo file(s) of *domain*; None or [] when nothing exists."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        wanted = []
        for variable in _LANGUAGE_VARIABLES:
            setting = os.environ.get(variable)
            if setting:
                wanted = setting.split(':')
                break
    else:
        wanted = list(languages)
    if 'C' not in wanted:
        wanted.append('C')

    candidates = []
    for lang in wanted:
        for variant in _expand_lang(lang):
            if variant not in candidates:
                candidates.append(variant)

    hits = []
    for lang in candidates:
        if lang == 'C':
            break
        path = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            hits.append(path)
    return hits if all else None


# parsed catalogs, keyed by (class, absolute path); callers receive copies
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """Return a translations object for *domain*, chaining fallbacks."""
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain', domain)
    import copy
    chain = None
    for path in paths:
        cache_key = (class_, os.path.abspath(path))
        loaded = _translations.get(cache_key)
        if loaded is None:
            with open(path, 'rb') as fp:
                loaded = _translations.setdefault(cache_key, class_(fp))
        # share the parsed catalog but give each caller its own fallbacks
        loaded = copy.copy(loaded)
        if chain is None:
            chain = loaded
        else:
            chain.add_fallback(loaded)
    return chain


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


# ---------------------------------------------------------------------------
# GNU gettext style global API
# ---------------------------------------------------------------------------

_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """Set (when given) and return the current global domain."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Bind *domain* to *localedir* (when given); return the binding."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_catalog(domain):
    """Translations for *domain*, or None when no catalog can be loaded."""
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_catalog(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_catalog(domain)
    if t is None:
        return _choose(msgid1, msgid2, n)
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_catalog(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_catalog(domain)
    if t is None:
        return _choose(msgid1, msgid2, n)
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(textdomain(), message)


def ngettext(msgid1, msgid2, n):
    return dngettext(textdomain(), msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(textdomain(), context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(textdomain(), context, msgid1, msgid2, n)


# older spelling kept for compatibility
Catalog = translation
