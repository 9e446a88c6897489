"""Reader for ~/.netrc files (machine credentials and macro definitions)."""

import os

__all__ = ["netrc", "NetrcParseError"]

_BLANKS = ' \t\r\n'


class NetrcParseError(Exception):
    """A syntax or permission problem found while reading a netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        super().__init__(msg)

    def __str__(self):
        return f"{self.msg} ({self.filename}, line {self.lineno})"


class _Cursor:
    """Walks over the whole file text, counting the newlines it steps on.

    Text skipped with skip_line() is not counted, which is how the line
    numbers in CPython's error messages come out."""

    def __init__(self, text):
        self.text = text
        self.at = 0
        self.line = 1

    def _take(self):
        ch = self.text[self.at]
        self.at += 1
        if ch == '\n':
            self.line += 1
        return ch

    def _more(self):
        return self.at < len(self.text)

    def word(self):
        """Next word ('' at end of input); quoted words may hold blanks."""
        while self._more() and self.text[self.at] in _BLANKS:
            self._take()
        if not self._more():
            return ''
        piece = []
        if self.text[self.at] == '"':
            self.at += 1
            while self._more():
                ch = self._take()
                if ch == '"':
                    break
                if ch == '\\':
                    if not self._more():
                        break
                    ch = self._take()
                piece.append(ch)
            return ''.join(piece)
        while self._more():
            ch = self._take()
            if ch in _BLANKS:
                break
            if ch == '\\':
                if not self._more():
                    break
                ch = self._take()
            piece.append(ch)
        return ''.join(piece)

    def skip_line(self):
        """Return the raw rest of the current line (with its newline)."""
        end = self.text.find('\n', self.at)
        end = len(self.text) if end < 0 else end + 1
        chunk = self.text[self.at:end]
        self.at = end
        return chunk


def _check_owner_and_mode(path):
    """Refuse a default ~/.netrc that others could read or that we do not own."""
    if not hasattr(os, 'getuid'):
        return          # no user ids on this platform (e.g. WASI)
    info = os.stat(path)
    me = os.getuid()
    if info.st_uid != me:
        def user_name(uid):
            try:
                import pwd
                return pwd.getpwuid(uid)[0]
            except (ImportError, KeyError):
                return 'uid %s' % uid
        raise NetrcParseError(
            "~/.netrc file owner (%s, %s) does not match current user"
            % (user_name(info.st_uid), user_name(me)))
    if info.st_mode & 0o077:
        raise NetrcParseError(
            "~/.netrc access too permissive: access permissions"
            " must restrict access to only the owner")


class netrc:
    """Parsed netrc data: `hosts` maps a machine name to (login, account,
    password); `macros` maps a macro name to its list of lines."""

    def __init__(self, file=None):
        guarded = file is None
        if guarded:
            file = os.path.join(os.path.expanduser('~'), '.netrc')
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding='utf-8') as stream:
                text = stream.read()
        except UnicodeDecodeError:
            with open(file, encoding='locale') as stream:
                text = stream.read()
        self._fill(_Cursor(text), file, guarded)

    def _fill(self, cur, file, guarded):
        def fail(message):
            raise NetrcParseError(message, file, cur.line)

        def next_keyword(any_hash_word):
            # Words starting with '#' are comments.  Inside an entry any such
            # word drops the rest of its line; between entries only a bare
            # '#' does.  Nothing is dropped when reading the word already
            # moved to another line.
            while True:
                before = cur.line
                found = cur.word()
                if not found.startswith('#'):
                    return found
                if (any_hash_word or found == '#') and cur.line == before:
                    cur.skip_line()

        keyword = next_keyword(False)
        while keyword:
            if keyword == 'macdef':
                name = cur.word()
                body = []
                while True:
                    line = cur.skip_line()
                    if not line:
                        fail('Macro definition missing null line terminator.')
                    if line == '\n':
                        break
                    body.append(line)
                self.macros[name] = body
                keyword = next_keyword(False)
                continue
            if keyword == 'default':
                host = 'default'
            elif keyword == 'machine':
                host = cur.word()
                if not host:
                    fail("missing 'machine' name")
            else:
                fail('bad toplevel token %r' % keyword)
            fields = {'login': '', 'account': '', 'password': ''}
            while True:
                keyword = next_keyword(True)
                if keyword in ('', 'machine', 'default', 'macdef'):
                    break
                slot = 'login' if keyword == 'user' else keyword
                if slot not in fields:
                    fail('bad follower token %r' % keyword)
                fields[slot] = cur.word()
            if guarded and fields['login'] != 'anonymous':
                _check_owner_and_mode(file)
            self.hosts[host] = (fields['login'], fields['account'],
                                fields['password'])

    def authenticators(self, host):
        """(login, account, password) for host, else the default entry, else None."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        out = []
        for host, (login, account, password) in self.hosts.items():
            out.append(f"machine {host}\n\tlogin {login}\n")
            if account:
                out.append(f"\taccount {account}\n")
            out.append(f"\tpassword {password}\n")
        for name, lines in self.macros.items():
            out.append(f"macdef {name}\n")
            out.extend(lines)
            out.append("\n")
        return ''.join(out)
