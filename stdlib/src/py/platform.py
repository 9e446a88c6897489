"""Information about the platform (CPython's platform): pyrs on WASI, written for pyrs."""

import sys

_SYSTEM = 'WASI'
_NODE = ''
_RELEASE = ''
_VERSION = 'wasip1'
_MACHINE = 'wasm32'
_PROCESSOR = ''


class uname_result:
    """The result of uname(): system, node, release, version, machine, processor.

    It behaves like a named tuple of six fields; as in CPython, its repr and
    comparisons use the first five only."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __init__(self, system, node, release, version, machine):
        self.system = system
        self.node = node
        self.release = release
        self.version = version
        self.machine = machine

    @property
    def processor(self):
        return _PROCESSOR

    def _five(self):
        return (self.system, self.node, self.release, self.version,
                self.machine)

    def _six(self):
        return self._five() + (self.processor,)

    def __iter__(self):
        return iter(self._six())

    def __len__(self):
        return 6

    def __getitem__(self, index):
        return self._six()[index]

    def _other(self, other):
        return other._five() if isinstance(other, uname_result) else other

    def __eq__(self, other):
        return self._five() == self._other(other)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._five())

    def __repr__(self):
        parts = ", ".join(f"{name}={value!r}"
                          for name, value in zip(self._fields, self._five()))
        return f"uname_result({parts})"

    def _asdict(self):
        return dict(zip(self._fields, self._six()))

    def _replace(self, **changes):
        values = dict(zip(self._fields[:5], self._five()))
        for name, value in changes.items():
            if name not in values:
                raise ValueError(f"Got unexpected field names: {[name]!r}")
            values[name] = value
        return uname_result(**values)


_uname_cache = None


def uname():
    """Return (system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(_SYSTEM, _NODE, _RELEASE, _VERSION,
                                    _MACHINE)
    return _uname_cache


def system():
    """Return the system/OS name: 'WASI'."""
    return uname().system


def node():
    """Return the computer's network name ('': WASI has none)."""
    return uname().node


def release():
    """Return the system's release ('' on WASI)."""
    return uname().release


def version():
    """Return the system's version: the WASI interface pyrs runs on."""
    return uname().version


def machine():
    """Return the machine type: 'wasm32'."""
    return uname().machine


def processor():
    """Return the processor name ('': unknown under WebAssembly)."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """Return (bits, linkage) for the interpreter: ('32bit', '') on wasm32."""
    return (bits or '32bit', linkage)


def _version_parts():
    major, minor, micro = sys.version_info[:3]
    return (str(major), str(minor), str(micro))


def python_implementation():
    """Return the Python implementation: 'pyrs'."""
    return 'pyrs'


def python_version():
    """Return the Python version as 'major.minor.patchlevel'."""
    return '.'.join(_version_parts())


def python_version_tuple():
    """Return the Python version as a tuple of three strings."""
    return _version_parts()


def _version_paren():
    """The text inside the first parentheses of sys.version, split at commas."""
    text = sys.version
    start = text.find('(')
    end = text.find(')', start + 1)
    if start < 0 or end < 0:
        return []
    return [part.strip() for part in text[start + 1:end].split(',')]


def python_build():
    """Return (buildno, builddate) as found in sys.version."""
    parts = _version_paren()
    if not parts:
        return ('', '')
    return (parts[0], ' '.join(parts[1:]))


def python_compiler():
    """Return the compiler that built the interpreter."""
    text = sys.version
    start = text.find('[')
    end = text.find(']', start + 1)
    if start >= 0 and end >= 0:
        return text[start + 1:end]
    return 'rustc'


def python_branch():
    """Return the interpreter's source branch ('': unknown)."""
    return ''


def python_revision():
    """Return the interpreter's source revision ('': unknown)."""
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Return (lib, version) of the C library linked in: unknown, the defaults."""
    return (lib, version)


def win32_ver(release='', version='', csd='', ptype=''):
    """Windows version information: not Windows, so the defaults."""
    return (release, version, csd, ptype)


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """macOS version information: not macOS, so the defaults."""
    return (release, versioninfo, machine)


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Java VM information: not Jython, so the defaults."""
    return (release, vendor, vminfo, osinfo)


def system_alias(system, release, version):
    """Return (system, release, version) under their marketing names: unchanged here."""
    return (system, release, version)


def _join_platform(*parts):
    """Joins the non-empty parts with '-', keeping the result filename-safe."""
    text = '-'.join(part.strip() for part in parts if part and part.strip())
    text = text.replace(' ', '_')
    for char in '/\\:;"()':
        text = text.replace(char, '-')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def platform(aliased=False, terse=False):
    """Return one string identifying the platform, e.g. 'WASI-wasm32-32bit'."""
    result = uname()
    if terse:
        return _join_platform(result.system, result.release)
    bits, linkage = architecture(sys.executable)
    return _join_platform(result.system, result.release, result.machine,
                          result.processor, bits, linkage)


_os_release_candidates = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None


def _unquote(value):
    """Removes matching quotes and the shell escapes os-release allows."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
        value = value[1:-1]
    out = []
    i = 0
    while i < len(value):
        char = value[i]
        if char == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
            char = value[i + 1]
            i += 1
        out.append(char)
        i += 1
    return ''.join(out)


def _is_key(name):
    return name != '' and all(c.isascii() and (c.isalnum() or c == '_')
                              for c in name)


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.rstrip('\n')
        name, sep, value = line.partition('=')
        if sep and _is_key(name):
            info[name] = _unquote(value)
    return info


def freedesktop_os_release():
    """Return the os-release file as a dict; OSError when there is none."""
    global _os_release_cache
    if _os_release_cache is None:
        errno_enoent = 2
        for candidate in _os_release_candidates:
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno_enoent = e.errno
        else:
            raise OSError(errno_enoent, "Unable to read files "
                          + ", ".join(_os_release_candidates))
    return _os_release_cache.copy()
