"""An object-oriented interface to .netrc files."""

import os

__all__ = ["netrc", "NetrcParseError"]

_BLANKS = ' \t\r\n'
_TOPLEVEL = ('machine', 'default', 'macdef')


class NetrcParseError(Exception):
    """Exception raised on syntax errors in the .netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.msg = msg
        self.filename = filename
        self.lineno = lineno
        super().__init__(msg)

    def __str__(self):
        return f"{self.msg} ({self.filename}, line {self.lineno})"


class _Scanner:
    """Splits netrc text into words, honouring quotes and backslashes."""

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.lineno = 1
        self.held = []
        self.crossed = False     # did reading the last word pass a newline?

    def _take(self):
        ch = self.text[self.pos:self.pos + 1]
        self.pos += len(ch)
        if ch == '\n':
            self.lineno += 1
        return ch

    def word(self):
        if self.held:
            return self.held.pop()
        first_line = self.lineno
        try:
            return self._word()
        finally:
            self.crossed = self.lineno != first_line

    def _word(self):
        ch = self._take()
        while ch and ch in _BLANKS:
            ch = self._take()
        if not ch:
            return ''
        out = []
        if ch == '"':
            while True:
                ch = self._take()
                if not ch or ch == '"':
                    break
                if ch == '\\':
                    ch = self._take()
                out.append(ch)
            return ''.join(out)
        while ch and ch not in _BLANKS:
            if ch == '\\':
                ch = self._take()
            out.append(ch)
            ch = self._take()
        return ''.join(out)

    def unread(self, word):
        self.held.append(word)

    def drop_rest_of_line(self):
        """Skip a comment's remainder; its newline is not counted."""
        if self.crossed:
            return
        end = self.text.find('\n', self.pos)
        self.pos = len(self.text) if end < 0 else end + 1

    def raw_line(self):
        end = self.text.find('\n', self.pos)
        end = len(self.text) if end < 0 else end + 1
        line = self.text[self.pos:end]
        self.pos = end
        return line


class netrc:
    def __init__(self, file=None):
        check_owner = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as handle:
                text = handle.read()
        except UnicodeDecodeError:
            with open(file) as handle:
                text = handle.read()
        self._read(file, text, check_owner)

    def _read(self, filename, text, check_owner):
        scan = _Scanner(text)

        def fail(msg):
            raise NetrcParseError(msg, filename, scan.lineno)

        while True:
            head = scan.word()
            if not head:
                return
            if head.startswith('#'):
                scan.drop_rest_of_line()
                continue
            if head == 'macdef':
                name = scan.word()
                body = []
                while True:
                    line = scan.raw_line()
                    if not line:
                        fail("Macro definition missing null line terminator.")
                    if line == '\n':
                        break
                    body.append(line)
                self.macros[name] = body
                continue
            if head == 'machine':
                host = scan.word()
                if not host:
                    fail("missing %r name" % head)
            elif head == 'default':
                host = 'default'
            else:
                fail("bad toplevel token %r" % head)
            fields = {'login': '', 'account': '', 'password': ''}
            while True:
                key = scan.word()
                if key.startswith('#'):
                    scan.drop_rest_of_line()
                    continue
                if not key or key in _TOPLEVEL:
                    scan.unread(key)
                    break
                if key == 'user':
                    key = 'login'
                if key not in fields:
                    fail("bad follower token %r" % key)
                fields[key] = scan.word()
            if check_owner:
                self._check_private(filename, fields['login'])
            self.hosts[host] = (fields['login'], fields['account'],
                                fields['password'])

    def _check_private(self, filename, login):
        if os.name != 'posix' or not hasattr(os, 'getuid') or login == 'anonymous':
            return
        info = os.stat(filename)
        me = os.getuid()
        if info.st_uid != me:
            raise NetrcParseError("~/.netrc file owner (%s, %s) does not match current user"
                                  % (_user_name(info.st_uid), _user_name(me)))
        if info.st_mode & 0o077:
            raise NetrcParseError("~/.netrc access too permissive: access permissions "
                                  "must restrict access to only the owner")

    def authenticators(self, host):
        """Return a (user, account, password) tuple for given host."""
        found = self.hosts.get(host)
        if found is None:
            found = self.hosts.get('default')
        return found

    def __repr__(self):
        """Dump the class data in the format of a .netrc file."""
        parts = []
        for host, (login, account, password) in self.hosts.items():
            parts.append(f"machine {host}\n\tlogin {login}\n")
            if account:
                parts.append(f"\taccount {account}\n")
            parts.append(f"\tpassword {password}\n")
        for name, lines in self.macros.items():
            parts.append(f"macdef {name}\n")
            parts.extend(lines)
            parts.append("\n")
        return ''.join(parts)


def _user_name(uid):
    try:
        import pwd
        return pwd.getpwuid(uid)[0]
    except (ImportError, KeyError):
        return 'uid %s' % uid


if __name__ == '__main__':
    print(netrc())
