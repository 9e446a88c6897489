"""Message catalog support (GNU gettext compatible) for pyrs."""

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
# Plural-Forms expression handling.
#
# The C expression is checked token by token and rewritten into an
# equivalent Python expression made only of `n`, integer literals,
# parentheses and a fixed set of operators; only then is it compiled.

_token_pattern = re.compile(r"""
    (?P<WHITESPACES>[ \t]+)
  | (?P<NUMBER>[0-9]+\b)
  | (?P<NAME>n\b)
  | (?P<PARENTHESIS>[()])
  | (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|)
  | (?P<INVALID>\w+|.)
""", re.VERBOSE | re.DOTALL)


def _tokenize(plural):
    for m in re.finditer(_token_pattern, plural):
        kind = m.lastgroup
        if kind == 'WHITESPACES':
            continue
        value = m.group(kind)
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % value)
        yield value
    yield ''


def _error(value):
    if value:
        return ValueError('unexpected token in plural form: %s' % value)
    return ValueError('unexpected end of plural form')


# operator -> precedence level (higher binds tighter)
_binary_ops = {}
for _lvl, _ops in enumerate((('||',), ('&&',), ('==', '!='),
                             ('<', '>', '<=', '>='), ('+', '-'),
                             ('*', '/', '%')), 1):
    for _o in _ops:
        _binary_ops[_o] = _lvl
del _lvl, _ops, _o

_c2py_ops = {'||': 'or', '&&': 'and', '/': '//'}

_EQUALITY = 3
_RELATIONAL = 4


def _parse(tokens, priority=-1):
    # Returns (python_text, next_token).
    prefix = ''
    tok = next(tokens)
    while tok == '!':
        prefix += 'not '
        tok = next(tokens)

    if tok == '(':
        inner, tok = _parse(tokens)
        if tok != ')':
            raise ValueError('unbalanced parenthesis in plural form')
        text = prefix + '(' + inner + ')'
    elif tok == 'n':
        text = prefix + tok
    else:
        try:
            value = int(tok, 10)
        except ValueError:
            raise _error(tok) from None
        text = prefix + str(value)
    tok = next(tokens)

    last = None
    while tok in _binary_ops:
        level = _binary_ops[tok]
        if level < priority:
            break
        # Python would chain comparisons; C applies them one at a time.
        if (level in (_EQUALITY, _RELATIONAL)
                and last in (_EQUALITY, _RELATIONAL)):
            text = '(' + text + ')'
        op = _c2py_ops.get(tok, tok)
        right, tok = _parse(tokens, level + 1)
        text = text + ' ' + op + ' ' + right
        last = level
    if last == _RELATIONAL and priority == _RELATIONAL:
        text = '(' + text + ')'

    if tok == '?' and priority <= 0:
        if_true, tok = _parse(tokens, 0)
        if tok != ':':
            raise _error(tok)
        if_false, tok = _parse(tokens)
        text = '%s if %s else %s' % (if_true, text, if_false)
        if priority == 0:
            text = '(' + text + ')'
    return text, tok


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    frame = sys._getframe(1) if hasattr(sys, '_getframe') else None
    stacklevel = 2
    # Point the warning at the code that called one of our ngettext-like
    # functions rather than at gettext internals.
    try:
        while frame is not None and frame.f_code.co_filename in (
                _as_int.__code__.co_filename, '<string>'):
            frame = frame.f_back
            stacklevel += 1
    except Exception:
        stacklevel = 4
    warnings.warn('Plural value must be an integer, got %s' %
                  (n.__class__.__name__,),
                  DeprecationWarning, stacklevel)
    return n


def c2py(plural):
    """Turn a C plural-form expression into a Python function of n."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        text, tok = _parse(_tokenize(plural))
        if tok:
            raise _error(tok)

        depth = 0
        for ch in text:
            if ch == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif ch == ')':
                depth -= 1

        ns = {'_as_int': _as_int, '__name__': __name__}
        src = ('if True:\n'
               '            def func(n):\n'
               '                if not isinstance(n, int):\n'
               '                    n = _as_int(n)\n'
               '                return int(%s)\n' % text)
        exec(src, ns)
        return ns['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


# ---------------------------------------------------------------------------
# Locale name expansion

def _expand_lang(loc):
    import locale
    loc = locale.normalize(loc)
    CODESET = 1 << 0
    TERRITORY = 1 << 1
    MODIFIER = 1 << 2
    mask = 0
    pos = loc.find('@')
    if pos >= 0:
        modifier = loc[pos:]
        loc = loc[:pos]
        mask |= MODIFIER
    else:
        modifier = ''
    pos = loc.find('.')
    if pos >= 0:
        codeset = loc[pos:]
        loc = loc[:pos]
        mask |= CODESET
    else:
        codeset = ''
    pos = loc.find('_')
    if pos >= 0:
        territory = loc[pos:]
        loc = loc[:pos]
        mask |= TERRITORY
    else:
        territory = ''
    language = loc
    out = []
    for i in range(mask + 1):
        if i & ~mask:
            continue
        val = language
        if i & TERRITORY:
            val += territory
        if i & CODESET:
            val += codeset
        if i & MODIFIER:
            val += modifier
        out.append(val)
    out.reverse()
    return out


# ---------------------------------------------------------------------------
# Translation classes

class NullTranslations:
    """Translations that return messages unchanged (or ask a fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    CONTEXT = "%s\x04%s"

    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('<4I', buf[4:20])
            ii = '<II'
        elif magic == self.BE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('>4I', buf[4:20])
            ii = '>II'
        else:
            raise OSError(0, 'Bad magic number', filename)

        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major_version),
                          filename)

        for i in range(msgcount):
            mlen, moff = unpack(ii, buf[masteridx:masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(ii, buf[transidx:transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                # The header entry: RFC 822 style metadata.
                lastk = None
                for b_item in tmsg.split(b'\n'):
                    item = b_item.decode().strip()
                    if not item:
                        continue
                    if (item.startswith('#-#-#-#-#')
                            and item.endswith('#-#-#-#-#')):
                        continue
                    k = v = None
                    if ':' in item:
                        k, v = item.split(':', 1)
                        k = k.strip().lower()
                        v = v.strip()
                        self._info[k] = v
                        lastk = k
                    elif lastk:
                        self._info[lastk] += '\n' + item
                    if k == 'content-type':
                        self._charset = v.split('charset=')[1]
                    elif k == 'plural-forms':
                        v = v.split(';')
                        plural = v[1].split('plural=')[1]
                        self.plural = c2py(plural)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                msgid1, msgid2 = msg.split(b'\x00')
                tmsg = tmsg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for idx, x in enumerate(tmsg):
                    catalog[(msgid1, idx)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg


# ---------------------------------------------------------------------------
# Locating and loading catalogs

def find(domain, localedir=None, languages=None, all=False):
    """Return the .mo file path for domain (or a list of them if all)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES',
                              '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain',
                                domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        return msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        return msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
