"""Configuring logging from a dictionary (dictConfig) or an INI file
(fileConfig); written for pyrs.

pyrs runs on WASI, which has no sockets: listen() cannot open its port and
raises OSError; stopListening() has nothing to stop.
"""

import errno
import io
import os
import re
import sys
import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = errno.ECONNRESET

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    """True when `s` may be used as a keyword argument name, else ValueError."""
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _follow_dotted(name, importer):
    # Import the first component, then walk attributes, importing deeper
    # modules when an attribute is not there yet.
    parts = name.split('.')
    found = importer(parts[0])
    for depth in range(1, len(parts)):
        attr = parts[depth]
        if not hasattr(found, attr):
            importer('.'.join(parts[:depth + 1]))
        found = getattr(found, attr)
    return found


def _import_dotted(name):
    # The object a dotted name leads to; import errors pass through as they are.
    return _follow_dotted(name, __import__)


# === converting containers ===================================================
# Values read from the configuration go through the configurator's convert()
# (for ext:// and cfg:// strings, and nested dicts / lists / tuples); what a
# conversion yields is kept in place of the original where the container
# allows it, and nested containers learn where they hang (parent, key).

class _Converts(object):
    """Put ahead of the builtin type in the converting containers: an item
    read by subscription goes through the owning configurator's convert()."""

    # does a converted item take the raw one's place in the container?
    _write_back = True

    def __getitem__(self, key):
        raw = super().__getitem__(key)
        made = self.configurator.convert(raw)
        if made is not raw:
            if self._write_back:
                self[key] = made
            _hang(made, self, key)
        return made

    def _taken(self, raw, *key):
        # An item removed from the container (or a default), converted; it
        # goes back nowhere.
        made = self.configurator.convert(raw)
        if made is not raw:
            _hang(made, self, *key)
        return made


# the public name of the shared part
ConvertingMixin = _Converts


def _hang(made, parent, *key):
    # A container produced by conversion remembers where it was found.
    if isinstance(made, _Converts):
        made.parent = parent
        if key:
            (made.key,) = key


class ConvertingDict(_Converts, dict):
    """A dict whose values are converted as they are read."""

    def get(self, key, default=None):
        if key in self:
            return self[key]
        # a converted default is kept under the key, as a fetched value would be
        made = self._taken(default, key)
        if made is not default:
            self[key] = made
        return made

    def pop(self, key, default=None):
        return self._taken(dict.pop(self, key, default), key)


class ConvertingList(_Converts, list):
    """A list whose items are converted as they are read."""

    def pop(self, idx=-1):
        return self._taken(list.pop(self, idx))


class ConvertingTuple(_Converts, tuple):
    """A tuple whose items are converted as they are read (and left as they are)."""

    _write_back = False



# cfg:// paths: a first word, then any number of '.word' or '[word]' steps
_CFG_FIRST = re.compile(r'\s*(\w+)\s*')
_CFG_STEP = re.compile(r'(?:\.\s*(\w+)|\[\s*(\w+)\s*\])\s*')
_SCHEME = re.compile(r'([a-z]+)://(.*)\Z', re.S)


class BaseConfigurator(object):
    """Holds a configuration dictionary and turns references found in it
    into objects: 'ext://dotted.name' imports, 'cfg://path' looks inside the
    configuration itself, '()' builds user-defined objects."""

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    # how modules get imported (replaceable, for instance in tests)
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """The object named by the dotted path `s`, importing as needed."""
        try:
            return _follow_dotted(s, self.importer)
        except ImportError as problem:
            failure = ValueError('Cannot resolve %r: %s' % (s, problem))
            raise failure from problem

    def ext_convert(self, value):
        """ext://NAME: the object NAME resolves to."""
        return self.resolve(value)

    def cfg_convert(self, value):
        """cfg://PATH: what PATH designates inside the configuration."""
        head = _CFG_FIRST.match(value)
        if head is None:
            raise ValueError('Unable to convert %r' % value)
        node = self.config[head.group(1)]
        at = head.end()
        while at < len(value):
            step = _CFG_STEP.match(value, at)
            if step is None:
                raise ValueError('Unable to convert %r at %r' % (value, value[at:]))
            name, index = step.groups()
            if name is not None:
                node = node[name]
            elif index.isdigit():
                try:
                    node = node[int(index)]
                except TypeError:
                    node = node[index]
            else:
                node = node[index]
            at = step.end()
        return node

    def convert(self, value):
        """Wrap plain containers so that their contents convert too; turn
        'prefix://' strings with a known prefix into what they refer to."""
        if isinstance(value, _Converts):
            return value
        if isinstance(value, dict):
            wrapped = ConvertingDict(value)
        elif isinstance(value, list):
            wrapped = ConvertingList(value)
        elif isinstance(value, tuple) and not hasattr(value, '_fields'):
            wrapped = ConvertingTuple(value)
        elif isinstance(value, str):
            found = _SCHEME.match(value)
            if found is not None:
                method = self.value_converters.get(found.group(1))
                if method is not None:
                    return getattr(self, method)(found.group(2))
            return value
        else:
            return value
        wrapped.configurator = self
        return wrapped

    def configure_custom(self, config):
        """Build an object from {'()': factory, keyword: value, ...,
        '.': {attribute: value}}."""
        factory = config['()']
        if not callable(factory):
            factory = self.resolve(factory)
        extra = config.get('.', None)
        keywords = {}
        for key in config:
            if key in ('()', '.'):
                continue
            valid_ident(key)
            keywords[key] = config[key]
        made = factory(**keywords)
        if extra:
            for attr, value in extra.items():
                setattr(made, attr, value)
        return made

    def as_tuple(self, value):
        """Lists become tuples; anything else is left alone."""
        return tuple(value) if isinstance(value, list) else value


class _TargetPending(Exception):
    """A handler refers to another one that is configured later."""


def _retire_handlers():
    # A full (non-incremental) configuration starts from no handlers: the
    # registries are emptied, then the old handlers flushed and closed.
    refs = logging._every_handler[:]
    logging._every_handler.clear()
    logging._named_handlers.clear()
    logging.shutdown(refs)


def _settle_old_loggers(manager, before, configured, disable_existing):
    # Entries of the logger table that predate the configuration and are not
    # named in it: real loggers below a configured name go back to defaults
    # (deferring to it); every other entry gets disabled = disable_existing.
    for name in before:
        if name in configured:
            continue
        entry = manager.loggerDict.get(name)
        if entry is None:
            continue
        ancestors = {name[:cut] for cut, ch in enumerate(name) if ch == '.'}
        if ancestors.isdisjoint(configured):
            entry.disabled = disable_existing
        elif isinstance(entry, logging.Logger):
            entry.level = logging.NOTSET
            entry.handlers = []
            entry.propagate = True


def _wrapped(message, action, *args):
    # Run action(*args); any failure becomes ValueError(message) caused by it.
    try:
        return action(*args)
    except Exception as problem:
        raise ValueError(message) from problem


class DictConfigurator(BaseConfigurator):
    """Applies a configuration dictionary in the dictConfig schema."""

    def configure(self):
        """Apply the whole configuration."""
        spec = self.config
        if 'version' not in spec:
            raise ValueError("dictionary doesn't specify a version")
        if spec['version'] != 1:
            raise ValueError('Unsupported version: %s' % spec['version'])
        incremental = spec.pop('incremental', False)
        with logging._module_guard:
            if incremental:
                self._apply_levels_only(spec)
            else:
                self._apply_everything(spec)

    def _apply_levels_only(self, spec):
        for name, settings in spec.get('handlers', {}).items():
            handler = logging.getHandlerByName(name)
            if handler is None:
                raise ValueError('No handler found with name %r' % name)
            level = settings.get('level', None)
            if level:
                _wrapped('Unable to configure handler %r' % name,
                         handler.setLevel, logging._level_number(level))
        for name, settings in spec.get('loggers', {}).items():
            _wrapped('Unable to configure logger %r' % name,
                     self.configure_logger, name, settings, True)
        root_settings = spec.get('root', None)
        if root_settings:
            _wrapped('Unable to configure root logger',
                     self.configure_root, root_settings, True)

    def _apply_everything(self, spec):
        disable_existing = spec.pop('disable_existing_loggers', True)
        _retire_handlers()
        for section, build, what in (('formatters', self.configure_formatter, 'formatter'),
                                     ('filters', self.configure_filter, 'filter')):
            table = spec.get(section, {})
            for name in table:
                table[name] = _wrapped('Unable to configure %s %r' % (what, name),
                                       build, table[name])
        self._build_handlers(spec.get('handlers', {}))
        manager = logging.root.manager
        before = list(manager.loggerDict)
        loggers = spec.get('loggers', {})
        for name in loggers:
            _wrapped('Unable to configure logger %r' % name,
                     self.configure_logger, name, loggers[name])
        _settle_old_loggers(manager, before, set(loggers), disable_existing)
        root_settings = spec.get('root', None)
        if root_settings:
            _wrapped('Unable to configure root logger', self.configure_root, root_settings)

    def _build_handlers(self, table):
        # In name order; a handler whose target comes later waits for a
        # second round, where a still-missing target is an error.
        waiting = []
        for final_round, names in ((False, sorted(table)), (True, waiting)):
            for name in names:
                try:
                    handler = self._handler_from(table[name], final_round)
                except _TargetPending:
                    waiting.append(name)
                    continue
                except Exception as problem:
                    raise ValueError('Unable to configure handler %r' % name) from problem
                handler.name = name
                table[name] = handler

    def configure_formatter(self, config):
        """A formatter from its configuration."""
        if '()' in config:
            try:
                return self.configure_custom(config)
            except TypeError as problem:
                if "'format'" not in str(problem):
                    raise
                # older factories call the format string 'fmt'
                retry = ConvertingDict(config)
                retry.configurator = self
                retry['fmt'] = retry.pop('format')
                return self.configure_custom(retry)
        chosen = config.get('class', None)
        kind = logging.Formatter if not chosen else _import_dotted(chosen)
        options = {}
        if 'defaults' in config:
            options['defaults'] = config['defaults']
        positional = [config.get('format', None), config.get('datefmt', None),
                      config.get('style', '%')]
        if 'validate' in config:
            positional.append(config['validate'])
        return kind(*positional, **options)

    def configure_filter(self, config):
        """A filter from its configuration."""
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        """Attach filters given by name (or as filter objects / callables)."""
        for entry in filters:
            if callable(entry) or hasattr(entry, 'filter'):
                chosen = entry
            else:
                chosen = _wrapped('Unable to add filter %r' % entry,
                                  self.config['filters'].__getitem__, entry)
            filterer.addFilter(chosen)

    def _named_handler(self, name, final_round):
        # A handler built earlier in this configuration, for 'target' and
        # queue handlers' 'handlers'.
        try:
            found = self.config['handlers'][name]
        except Exception as problem:
            raise ValueError('Unable to set target handler %r' % name) from problem
        if not isinstance(found, logging.Handler):
            if not final_round:
                raise _TargetPending(name)
            raise ValueError('Unable to set target handler %r' % name)
        return found

    def _handler_from(self, original, final_round):
        # work on a copy: a handler put off to the second round still has
        # its whole configuration then
        config = ConvertingDict(original)
        config.configurator = self
        formatter_name = config.pop('formatter', None)
        formatter = None
        if formatter_name:
            formatter = _wrapped('Unable to set formatter %r' % formatter_name,
                                 self.config['formatters'].__getitem__, formatter_name)
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
            kind = None
        else:
            named = config.pop('class')
            factory = kind = named if callable(named) else self.resolve(named)
        if isinstance(kind, type):
            if issubclass(kind, logging.handlers.MemoryHandler) and 'target' in config:
                config['target'] = self._named_handler(config['target'], final_round)
            elif issubclass(kind, logging.handlers.SMTPHandler) and 'mailhost' in config:
                config['mailhost'] = self.as_tuple(config['mailhost'])
            elif issubclass(kind, logging.handlers.SysLogHandler) and 'address' in config:
                config['address'] = self.as_tuple(config['address'])
        attributes = config.pop('.', None)
        listener = None
        if isinstance(kind, type) and issubclass(kind, logging.handlers.QueueHandler):
            config, listener = self._queue_parts(config, final_round)
        keywords = {key: config[key] for key in config if valid_ident(key)}
        try:
            handler = factory(**keywords)
        except TypeError as problem:
            if "'stream'" not in str(problem):
                raise
            # very old handler classes call it 'strm'
            keywords['strm'] = keywords.pop('stream')
            handler = factory(**keywords)
        if listener is not None:
            handler.listener = listener(handler.queue)
        if formatter is not None:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._level_number(level))
        if filters:
            self.add_filters(handler, filters)
        if attributes:
            for attr, value in attributes.items():
                setattr(handler, attr, value)
        return handler

    def _queue_parts(self, config, final_round):
        # QueueHandler settings: the queue, and the listener to attach
        # (built once the handler exists, from listener, handlers and
        # respect_handler_level).
        source = config.pop('queue', None)
        if source is None:
            import queue
            source = queue.Queue()
        elif isinstance(source, str):
            source = self.resolve(source)
        elif isinstance(source, dict) and '()' in source:
            source = self.configure_custom(source)
        config['queue'] = source
        listener_kind = config.pop('listener', None) or logging.handlers.QueueListener
        if isinstance(listener_kind, str):
            listener_kind = self.resolve(listener_kind)
        names = config.pop('handlers', None) or ()
        members = [self._named_handler(name, final_round) for name in names]
        respect = config.pop('respect_handler_level', False)

        def make(queue_object):
            return listener_kind(queue_object, *members, respect_handler_level=respect)
        return config, make

    def configure_handler(self, config):
        """A handler from its configuration."""
        return self._handler_from(config, True)

    def add_handlers(self, logger, handlers):
        """Attach the named handlers to the logger."""
        table = self.config['handlers']
        for name in handlers:
            logger.addHandler(_wrapped('Unable to add handler %r' % name,
                                       table.__getitem__, name))

    def common_logger_config(self, logger, config, incremental=False):
        """Level, and (unless incremental) handlers and filters."""
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._level_number(level))
        if incremental:
            return
        for old in list(logger.handlers):
            logger.removeHandler(old)
        self.add_handlers(logger, config.get('handlers', None) or ())
        self.add_filters(logger, config.get('filters', None) or ())

    def configure_logger(self, name, config, incremental=False):
        """Configure (and enable) the logger called `name`."""
        target = logging.getLogger(name)
        self.common_logger_config(target, config, incremental)
        target.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            target.propagate = propagate

    def configure_root(self, config, incremental=False):
        """Configure the root logger."""
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the dictConfig schema)."""
    dictConfigClass(config).configure()


# === INI files ===============================================================
# fileConfig first reads the parser into an _IniPlan (key lists and each
# section's options as strings), then carries the plan out.  Anything that
# goes wrong while reading (a missing section or option, a bad interpolation)
# surfaces only when the plan reaches that point, so failures come in the
# order in which the configuration is applied.

class _Unreadable(object):
    """Stands for an option whose reading raised `problem`."""

    def __init__(self, problem):
        self.problem = problem


class _IniSection(object):
    """The options of one section, as strings."""

    def __init__(self, values):
        self.values = values

    def __contains__(self, option):
        return option in self.values

    def text(self, option, *fallback):
        """The option's string; KeyError(option) when absent and no fallback."""
        if option not in self.values:
            if fallback:
                return fallback[0]
            raise KeyError(option)
        found = self.values[option]
        if isinstance(found, _Unreadable):
            raise found.problem
        return found

    def names(self, option):
        """A comma-separated option as a list of stripped names."""
        return _comma_list(self.text(option))


def _comma_list(text):
    # '' -> [], 'a, b' -> ['a', 'b'] (empty pieces are kept, as names)
    return [piece.strip() for piece in text.split(',')] if text else []


# formatter options read without interpolation (they hold %-style fields)
_VERBATIM = frozenset(('format', 'datefmt', 'style', 'defaults'))


class _IniPlan(object):
    """The configuration an INI parser describes."""

    def __init__(self, parser):
        self.sections = {}
        for title in parser.sections():
            verbatim = _VERBATIM if title.startswith('formatter_') else ()
            values = {}
            for option in parser[title]:
                try:
                    values[option] = parser.get(title, option, raw=option in verbatim)
                except Exception as problem:
                    values[option] = _Unreadable(problem)
            self.sections[title] = _IniSection(values)

    def section(self, title):
        return self.sections[title]

    def keys(self, title):
        return self.section(title).names('keys')

    # --- building -----------------------------------------------------------

    def formatters(self):
        built = {}
        for name in self.keys('formatters'):
            opts = self.section('formatter_' + name)
            wanted = opts.text('class', None)
            kind = _import_dotted(wanted) if wanted else logging.Formatter
            arguments = (opts.text('format', None), opts.text('datefmt', None),
                         opts.text('style', '%'))
            defaults = opts.text('defaults', None)
            if defaults is None:
                built[name] = kind(*arguments)
            else:
                built[name] = kind(*arguments, defaults=_in_logging(defaults))
        return built

    def handlers(self, formatters):
        built = {}
        targets = {}      # memory handler -> name of its target
        for name in self.keys('handlers'):
            opts = self.section('handler_' + name)
            chosen_format = opts.text('formatter', '')
            kind = _handler_class(opts.text('class'))
            positional = _in_logging(opts.text('args', '()'))
            keywords = _in_logging(opts.text('kwargs', '{}'))
            made = kind(*positional, **keywords)
            made.name = name
            if 'level' in opts:
                made.setLevel(opts.text('level'))
            if chosen_format:
                made.setFormatter(formatters[chosen_format])
            if issubclass(kind, logging.handlers.MemoryHandler):
                target = opts.text('target', '')
                if target:
                    targets[made] = target
            built[name] = made
        for made, target in targets.items():
            made.setTarget(built[target])
        return built

    def loggers(self, handlers, disable_existing):
        names = self.keys('loggers')
        names.remove('root')
        root = logging.root
        self._dress(root, self.section('logger_root'), handlers)
        manager = root.manager
        before = list(manager.loggerDict)
        configured = set()
        for key in names:
            opts = self.section('logger_' + key)
            qualname = opts.text('qualname')
            propagate = int(opts.text('propagate', '1'))
            configured.add(qualname)
            self._dress(logging.getLogger(qualname), opts, handlers, propagate)
        _settle_old_loggers(manager, before, configured, disable_existing)

    def _dress(self, logger, opts, handlers, propagate=None):
        # Level, then a fresh set of handlers; named loggers (propagate
        # given) are also re-enabled before their handlers are attached.
        if 'level' in opts:
            logger.setLevel(opts.text('level'))
        for old in logger.handlers[:]:
            logger.removeHandler(old)
        if propagate is not None:
            logger.propagate = propagate
            logger.disabled = 0
        for name in opts.names('handlers'):
            logger.addHandler(handlers[name])


def _in_logging(text):
    # INI values are Python expressions over the logging package's names.
    return eval(text, vars(logging))


def _handler_class(text):
    # A handler class named the way the INI schema allows: an expression in
    # the logging namespace ('StreamHandler', 'handlers.MemoryHandler'), or
    # else a dotted name to import.
    try:
        return _in_logging(text)
    except (NameError, AttributeError):
        return _import_dotted(text)


def _read_ini(fname, defaults, encoding):
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        return fname
    parser = configparser.ConfigParser(defaults)
    if hasattr(fname, 'readline'):
        parser.read_file(fname)
        return parser
    if isinstance(fname, (str, bytes, os.PathLike)):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    try:
        parser.read(fname, encoding=io.text_encoding(encoding))
    except configparser.ParsingError as problem:
        raise RuntimeError(f'{fname} is invalid: {problem}')
    return parser


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from an INI file (a name, an open file, or a
    ready ConfigParser)."""
    plan = _IniPlan(_read_ini(fname, defaults, encoding))
    formatters = plan.formatters()
    with logging._module_guard:
        _retire_handlers()
        plan.loggers(plan.handlers(formatters), disable_existing_loggers)


# === listening for configurations =============================================

def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """Would serve new configurations on a socket: not possible on WASI."""
    raise OSError(errno.ENOTSUP,
                  'WASI has no sockets: logging.config.listen is not available')


def stopListening():
    """Stop a listen() server; there never is one here."""
    return None
