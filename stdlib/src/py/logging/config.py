"""Configuring logging from a dictionary (CPython's logging.config module, written for pyrs).

dictConfig() is complete. fileConfig() reads its INI file with a small reader
of this module's own (pyrs has no configparser): sections, `key = value` or
`key: value` lines, comments and %(name)s interpolation from the section and
`defaults`. listen() needs sockets and threads, which WASI lacks: it raises
OSError.
"""

import errno
import io
import logging
import logging.handlers
import os
import queue
import re
import sys

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = errno.ECONNRESET

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """True if `s` is an identifier; ValueError otherwise."""
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _import_dotted(dotted, importer=__import__):
    """The object a dotted name such as 'logging.handlers.MemoryHandler'
    stands for, importing modules along the way as needed."""
    parts = dotted.split('.')
    path = parts[0]
    target = importer(path)
    for part in parts[1:]:
        path += '.' + part
        if not hasattr(target, part):
            importer(path)
        target = getattr(target, part)
    return target


def _forget_all_handlers():
    # A fresh configuration replaces every handler made so far.
    named = logging._named_handlers
    for name in list(named):
        named.pop(name, None)
    logging.shutdown(logging._every_handler[:])
    del logging._every_handler[:]


# === containers that convert 'ext://' and 'cfg://' values on access ===========

_NESTED = ()     # filled in below, once the classes exist


def _adopt(owner, key, raw, store):
    """Convert `raw` (found in `owner` under `key`) and remember the result
    in place when `store` is true."""
    done = owner.configurator.convert(raw)
    if done is not raw:
        if store:
            owner[key] = done
        if type(done) in _NESTED:
            done.parent = owner
            done.key = key
    return done


class ConvertingMixin(object):
    """What the converting containers share."""

    def convert_with_key(self, key, value, replace=True):
        return _adopt(self, key, value, replace)

    def convert(self, value):
        done = self.configurator.convert(value)
        if done is not value and type(done) in _NESTED:
            done.parent = self
        return done


class ConvertingDict(dict, ConvertingMixin):
    """A dict whose values are converted when they are looked up."""

    def __getitem__(self, key):
        return _adopt(self, key, dict.__getitem__(self, key), True)

    def get(self, key, default=None):
        return _adopt(self, key, dict.get(self, key, default), True)

    def pop(self, key, default=None):
        return _adopt(self, key, dict.pop(self, key, default), False)


class ConvertingList(list, ConvertingMixin):
    """A list whose items are converted when they are looked up."""

    def __getitem__(self, key):
        return _adopt(self, key, list.__getitem__(self, key), True)

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    """A tuple whose items are converted when they are looked up."""

    def __getitem__(self, key):
        return _adopt(self, key, tuple.__getitem__(self, key), False)


_NESTED = (ConvertingDict, ConvertingList, ConvertingTuple)


class BaseConfigurator(object):
    """Holds a configuration dictionary and resolves the references in it:
    'ext://a.b.c' (an importable object) and 'cfg://x.y[0]' (another part of
    the same configuration)."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    # the steps of a cfg:// path: a first word, then '.word' or '[index]'
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    # an index made of digits is tried as an int first
    DIGIT_PATTERN = re.compile(r'^\d+$')

    importer = staticmethod(__import__)

    def __init__(self, config):
        wrapped = ConvertingDict(config)
        wrapped.configurator = self
        self.config = wrapped

    def resolve(self, s):
        """Import what the dotted name `s` refers to."""
        try:
            return _import_dotted(s, self.importer)
        except ImportError as exc:
            raise ValueError('Cannot resolve %r: %s' % (s, exc)) from exc

    def ext_convert(self, value):
        """'ext://a.b' -> the object a.b"""
        found = self.resolve(value)
        return found

    def cfg_convert(self, value):
        """Follow a path such as 'handlers.h1.level' or 'items[2]' through
        the configuration."""
        head = self.WORD_PATTERN.match(value)
        if head is None:
            raise ValueError('Unable to convert %r' % value)
        node = self.config[head.group(1)]
        rest = value[head.end():]
        while rest:
            step = self.DOT_PATTERN.match(rest)
            if step:
                node = node[step.group(1)]
            else:
                step = self.INDEX_PATTERN.match(rest)
                if not step:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = step.group(1)
                if self.DIGIT_PATTERN.match(key):
                    try:
                        node = node[int(key)]
                    except TypeError:
                        node = node[key]
                else:
                    node = node[key]
            rest = rest[step.end():]
        return node

    def convert(self, value):
        """Wrap plain containers so that their contents convert too, and
        resolve 'prefix://' strings."""
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            wrapped = ConvertingDict(value)
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            wrapped = ConvertingList(value)
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
                and not hasattr(value, '_fields')):
            wrapped = ConvertingTuple(value)
        elif isinstance(value, str):
            found = self.CONVERT_PATTERN.match(value)
            if found:
                method = self.value_converters.get(found.group('prefix'))
                if method:
                    return getattr(self, method)(found.group('suffix'))
            return value
        else:
            return value
        wrapped.configurator = self
        return wrapped

    def configure_custom(self, config):
        """Build an object from a '()' factory, passing the other
        identifier keys as keyword arguments and setting the '.' ones as
        attributes."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        extras = config.pop('.', None)
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        made = factory(**kwargs)
        if extras:
            for attr, value in extras.items():
                setattr(made, attr, value)
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _settle_others(names, below_named, disable):
    """Loggers a configuration does not name: those below a named logger go
    back to their defaults, the rest are disabled (or not)."""
    table = logging.root.manager.loggerDict
    for name in names:
        node = table[name]
        if name not in below_named:
            node.disabled = disable
        elif not isinstance(node, logging.PlaceHolder):
            node.setLevel(logging.NOTSET)
            node.handlers = []
            node.propagate = True


def _rebuild_attempt(name, section, build, deferred=None):
    """Run build(section); wrap a failure in the ValueError dictConfig
    reports. A handler waiting for another is put on `deferred` instead."""
    try:
        return build(section)
    except Exception as exc:
        if deferred is not None and ' not configured yet' in str(exc.__cause__):
            deferred.append(name)
            return None
        raise ValueError('Unable to configure handler %r' % name) from exc


class DictConfigurator(BaseConfigurator):
    """Applies a configuration dictionary (the dictConfig schema)."""

    def configure(self):
        config = self.config
        version = config['version'] if 'version' in config else None
        if version is None and 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if version != 1:
            raise ValueError('Unsupported version: %s' % version)
        incremental = config.pop('incremental', False)
        with logging._module_guard:
            if incremental:
                self._apply_changes(config)
            else:
                self._apply_everything(config)

    def _apply_changes(self, config):
        # incremental: only levels of existing handlers, and loggers
        handlers = config.get('handlers', {})
        for name in handlers:
            handler = logging._named_handlers.get(name)
            if handler is None:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    handler.setLevel(logging._level_number(level))
            except Exception as exc:
                raise ValueError('Unable to configure handler %r' % name) from exc
        self._each_logger(config, True)
        self._the_root(config, True)

    def _apply_everything(self, config):
        keep_old = not config.pop('disable_existing_loggers', True)
        _forget_all_handlers()
        for section, build, what in (('formatters', self.configure_formatter, 'formatter'),
                                     ('filters', self.configure_filter, 'filter')):
            entries = config.get(section, {})
            for name in entries:
                try:
                    entries[name] = build(entries[name])
                except Exception as exc:
                    raise ValueError('Unable to configure %s %r' % (what, name)) from exc

        handlers = config.get('handlers', {})
        waiting = []
        for name in sorted(handlers.keys()):
            made = _rebuild_attempt(name, handlers[name], self.configure_handler, waiting)
            if made is not None:
                made.name = name
                handlers[name] = made
        for name in waiting:
            made = _rebuild_attempt(name, handlers[name], self.configure_handler)
            made.name = name
            handlers[name] = made

        # Loggers that exist now and are not mentioned get disabled (unless
        # told otherwise); those below a mentioned one are reset instead.
        known = sorted(logging.root.manager.loggerDict)
        below_named = set()
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in known:
                below_named.update(other for other in known
                                   if other.startswith(name + '.'))
                known.remove(name)
            try:
                self.configure_logger(name, loggers[name], False)
            except Exception as exc:
                raise ValueError('Unable to configure logger %r' % name) from exc
        _settle_others(known, below_named, not keep_old)
        self._the_root(config, False)

    def _each_logger(self, config, incremental):
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], incremental)
            except Exception as exc:
                raise ValueError('Unable to configure logger %r' % name) from exc

    def _the_root(self, config, incremental):
        root = config.get('root')
        if root:
            try:
                self.configure_root(root, incremental)
            except Exception as exc:
                raise ValueError('Unable to configure root logger') from exc

    def configure_formatter(self, config):
        """A Formatter from its configuration."""
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as exc:
                if "'format'" not in str(exc):
                    raise
                # an older factory that calls the parameter 'fmt'
                config['fmt'] = config.pop('format', None)
                config['()'] = factory
                return self.configure_custom(config)
        cname = config.get('class')
        kind = _import_dotted(cname) if cname else logging.Formatter
        args = [config.get('format'), config.get('datefmt'),
                config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        defaults = config.get('defaults')
        if defaults is not None:
            return kind(*args, defaults=defaults)
        return kind(*args)

    def configure_filter(self, config):
        """A Filter from its configuration."""
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        """Attach filters given by name (or as filter objects/callables)."""
        for item in filters:
            try:
                if callable(item) or callable(getattr(item, 'filter', None)):
                    chosen = item
                else:
                    chosen = self.config['filters'][item]
                filterer.addFilter(chosen)
            except Exception as exc:
                raise ValueError('Unable to add filter %r' % item) from exc

    def _handler_needed(self, config, backup, name):
        # another handler this one refers to, which must be built already
        made = self.config['handlers'][name]
        if not isinstance(made, logging.Handler):
            config.update(backup)
            raise TypeError('Required handler %r is not configured yet' % name)
        return made

    def _queue_parts(self, config, backup):
        """Check and convert the queue, listener and handlers of a
        QueueHandler's configuration."""
        if 'queue' in config:
            spec = config['queue']
            if isinstance(spec, str):
                made = self.resolve(spec)
                if not callable(made):
                    raise TypeError('Invalid queue specifier %r' % spec)
                made = made()
            elif isinstance(spec, dict):
                if '()' not in spec:
                    raise TypeError('Invalid queue specifier %r' % spec)
                made = self.configure_custom(dict(spec))
            elif isinstance(spec, queue.Queue):
                made = spec
            else:
                raise TypeError('Invalid queue specifier %r' % spec)
            config['queue'] = made
        if 'listener' in config:
            spec = config['listener']
            if isinstance(spec, type):
                if not issubclass(spec, logging.handlers.QueueListener):
                    raise TypeError('Invalid listener specifier %r' % spec)
            else:
                if isinstance(spec, str):
                    made = self.resolve(spec)
                    if (isinstance(made, type)
                            and not issubclass(made, logging.handlers.QueueListener)):
                        raise TypeError('Invalid listener specifier %r' % spec)
                elif isinstance(spec, dict):
                    if '()' not in spec:
                        raise TypeError('Invalid listener specifier %r' % spec)
                    made = self.configure_custom(dict(spec))
                else:
                    raise TypeError('Invalid listener specifier %r' % spec)
                if not callable(made):
                    raise TypeError('Invalid listener specifier %r' % spec)
                config['listener'] = made
        if 'handlers' in config:
            chosen = []
            for name in config['handlers']:
                try:
                    chosen.append(self._handler_needed(config, backup, name))
                except Exception as exc:
                    raise ValueError('Unable to set required handler %r' % name) from exc
            config['handlers'] = chosen

    def configure_handler(self, config):
        """A Handler from its configuration."""
        backup = dict(config)     # restored when the handler has to wait
        formatter, level, filters = [config.pop(key, None)
                                     for key in ('formatter', 'level', 'filters')]
        if formatter:
            try:
                formatter = self.config['formatters'].__getitem__(formatter)
            except Exception as exc:
                raise ValueError('Unable to set formatter %r' % formatter) from exc
        queued = False
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = config.pop('class')
            if not callable(factory):
                factory = self.resolve(factory)
            H = logging.handlers
            if issubclass(factory, H.MemoryHandler) and 'target' in config:
                wanted = config['target']
                try:
                    config['target'] = self._handler_needed(config, backup, wanted)
                except Exception as exc:
                    raise ValueError('Unable to set target handler %r' % wanted) from exc
            elif issubclass(factory, H.QueueHandler):
                self._queue_parts(config, backup)
                queued = True
            else:
                # these two take a (host, port) pair that JSON gives as a list
                for kind, key in ((H.SMTPHandler, 'mailhost'), (H.SysLogHandler, 'address')):
                    if issubclass(factory, kind) and key in config:
                        config[key] = self.as_tuple(config[key])
                        break
        extras = config.pop('.', None)
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        if queued:
            listener_kind = kwargs.pop('listener', logging.handlers.QueueListener)
            targets = kwargs.pop('handlers', [])
            respect = kwargs.pop('respect_handler_level', False)
            if 'queue' not in kwargs:
                kwargs['queue'] = queue.Queue()
        try:
            made = factory(**kwargs)
        except TypeError as exc:
            if "'stream'" not in str(exc):
                raise
            # an older factory that calls the parameter 'strm'
            kwargs['strm'] = kwargs.pop('stream', None)
            made = factory(**kwargs)
        if queued:
            made.listener = listener_kind(made.queue, *targets,
                                          respect_handler_level=respect)
        if formatter:
            made.setFormatter(formatter)
        if level is not None:
            made.setLevel(logging._level_number(level))
        if filters:
            self.add_filters(made, filters)
        if extras:
            for attr, value in extras.items():
                setattr(made, attr, value)
        return made

    def add_handlers(self, logger, handlers):
        """Attach the named handlers to `logger`."""
        for name in handlers:
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as exc:
                raise ValueError('Unable to add handler %r' % name) from exc

    def common_logger_config(self, logger, config, incremental=False):
        """Level, handlers and filters: what loggers and the root share."""
        level = config.get('level')
        if level is not None:
            logger.setLevel(logging._level_number(level))
        if incremental:
            return
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        names = config.get('handlers')
        if names:
            self.add_handlers(logger, names)
        chosen = config.get('filters')
        if chosen:
            self.add_filters(logger, chosen)

    def configure_logger(self, name, config, incremental=False):
        """Set up the logger called `name`."""
        target = logging.getLogger(name)
        self.common_logger_config(target, config, incremental)
        target.disabled = False
        flag = config.get('propagate')
        if flag is not None:
            target.propagate = flag

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator     # what dictConfig() uses


def dictConfig(config):
    """Configure logging from the dictionary `config`."""
    configurator = dictConfigClass(config)
    configurator.configure()


# === fileConfig ===============================================================

class _IniSection(dict):
    """One [section] of an INI file: raw values, read with interpolation."""

    def __init__(self, owner, title):
        dict.__init__(self)
        self._owner = owner
        self.name = title

    def __getitem__(self, key):
        return self._owner._expand(self.name, key.lower())

    def get(self, key, fallback=None, raw=False):
        key = key.lower()
        if dict.__contains__(self, key) or key in self._owner.defaults:
            return self._owner._expand(self.name, key, raw)
        return fallback

    def getboolean(self, key, fallback=None):
        value = self.get(key)
        if value is None:
            return fallback
        lowered = value.lower()
        if lowered in ('1', 'yes', 'true', 'on'):
            return True
        if lowered in ('0', 'no', 'false', 'off'):
            return False
        raise ValueError('Not a boolean: %s' % value)

    def __contains__(self, key):
        key = key.lower()
        return dict.__contains__(self, key) or key in self._owner.defaults


class _IniFile(object):
    """The little INI reader fileConfig uses (pyrs has no configparser)."""

    def __init__(self, defaults=None):
        self.defaults = {k.lower(): str(v) for k, v in (defaults or {}).items()}
        self.sections = {}

    def read_text(self, text, source='<string>'):
        current = None
        last_key = None
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            if not stripped or stripped[0] in '#;':
                continue
            if line[:1].isspace() and current is not None and last_key:
                # a continuation line
                current[last_key] = dict.__getitem__(current, last_key) + '\n' + stripped
                continue
            if stripped.startswith('[') and stripped.endswith(']'):
                title = stripped[1:-1]
                if title == 'DEFAULT':
                    current = None
                    self._in_defaults = True
                else:
                    current = self.sections.setdefault(title, _IniSection(self, title))
                    self._in_defaults = False
                last_key = None
                continue
            cut = [i for i in (stripped.find('='), stripped.find(':')) if i > 0]
            if not cut:
                raise ValueError('%s, line %d: cannot parse %r' % (source, number, line))
            key = stripped[:min(cut)].strip().lower()
            value = stripped[min(cut) + 1:].strip()
            if current is None:
                if not getattr(self, '_in_defaults', False):
                    raise ValueError('%s, line %d: no section header before %r'
                                     % (source, number, line))
                self.defaults[key] = value
            else:
                dict.__setitem__(current, key, value)
                last_key = key

    def _expand(self, title, key, raw=False, depth=0):
        section = self.sections[title]
        if dict.__contains__(section, key):
            value = dict.__getitem__(section, key)
        elif key in self.defaults:
            value = self.defaults[key]
        else:
            raise KeyError(key)
        if raw:
            return value
        if depth > 10:
            raise ValueError('interpolation too deep in section %r' % title)

        def fill(found):
            if found.group(1) is None:
                return '%'
            return self._expand(title, found.group(1).lower(), False, depth + 1)

        return re.sub(r'%(?:\((\w+)\)s|%)', fill, value)

    def __getitem__(self, title):
        return self.sections[title]

    def __contains__(self, title):
        return title in self.sections


def _names(text):
    return [part.strip() for part in text.split(',') if part.strip()]


def _file_formatters(cp):
    listed = _names(cp['formatters']['keys'])
    made = {}
    for name in listed:
        sect = cp['formatter_%s' % name]
        kind = sect.get('class')
        kind = _import_dotted(kind) if kind else logging.Formatter
        args = [sect.get('format', None, raw=True),
                sect.get('datefmt', None, raw=True), sect.get('style', '%')]
        if 'validate' in sect:
            args.append(sect.getboolean('validate'))
        defaults = sect.get('defaults', None)
        if defaults:
            made[name] = kind(*args, defaults=eval(defaults, vars(logging)))
        else:
            made[name] = kind(*args)
    return made


def _file_handlers(cp, formatters):
    listed = _names(cp['handlers']['keys'])
    made = {}
    waiting = []
    for name in listed:
        sect = cp['handler_%s' % name]
        kind = sect['class']
        try:
            kind = eval(kind, vars(logging))
        except (NameError, AttributeError):
            kind = _import_dotted(kind)
        args = eval(sect.get('args', '()'), vars(logging))
        kwargs = eval(sect.get('kwargs', '{}'), vars(logging))
        handler = kind(*args, **kwargs)
        handler.name = name
        if 'level' in sect:
            handler.setLevel(sect['level'])
        fmt = sect.get('formatter', '')
        if fmt:
            handler.setFormatter(formatters[fmt])
        if issubclass(kind, logging.handlers.MemoryHandler):
            target = sect.get('target', '')
            if target:
                waiting.append((handler, target))
        made[name] = handler
    for handler, target in waiting:
        handler.setTarget(made[target])
    return made


def _file_loggers(cp, handlers, disable_existing):
    listed = _names(cp['loggers']['keys'])
    if 'root' in listed:
        listed.remove('root')
    root = logging.root
    sect = cp['logger_root']
    if 'level' in sect:
        root.setLevel(sect['level'])
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for hname in _names(sect.get('handlers', '')):
        root.addHandler(handlers[hname])
    known = sorted(root.manager.loggerDict)
    below_named = set()
    for lname in listed:
        sect = cp['logger_%s' % lname]
        qualname = sect['qualname']
        logger = logging.getLogger(qualname)
        if qualname in known:
            below_named.update(o for o in known if o.startswith(qualname + '.'))
            known.remove(qualname)
        if 'level' in sect:
            logger.setLevel(sect['level'])
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.propagate = int(sect.get('propagate', '1'))
        logger.disabled = False
        for hname in _names(sect.get('handlers', '')):
            logger.addHandler(handlers[hname])
    _settle_others(known, below_named, disable_existing)


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from an INI-format file (a path, an open file or,
    in place of configparser objects, any object with a read() method)."""
    if isinstance(fname, str):
        if os.path.exists(fname) is False:
            raise FileNotFoundError(f"{fname} doesn't exist")
        if os.path.getsize(fname) == 0:
            raise RuntimeError(f'{fname} is an empty file')
    cp = _IniFile(defaults)
    try:
        if callable(getattr(fname, 'read', None)):
            cp.read_text(fname.read(), getattr(fname, 'name', '<???>'))
        else:
            with open(fname, encoding=io.text_encoding(encoding)) as f:
                cp.read_text(f.read(), fname)
    except ValueError as exc:
        raise RuntimeError(f'{fname} is invalid: {exc}') from exc
    formatters = _file_formatters(cp)
    with logging._module_guard:
        _forget_all_handlers()
        handlers = _file_handlers(cp, formatters)
        _file_loggers(cp, handlers, disable_existing_loggers)


# === listening for configurations over the network ============================

def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """Would accept new configurations over a socket; WASI has none."""
    raise OSError('logging.config.listen() is not available on WASI '
                  '(no sockets or threads)')


def stopListening():
    """Stop the listener started by listen(); there never is one here."""
