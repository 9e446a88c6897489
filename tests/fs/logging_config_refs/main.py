# logging.config: cfg:// and ext:// references, incremental configuration,
# the ValueErrors dictConfig raises, valid_ident, fileConfig, listen.
import logging
import logging.config
import os
import sys

os.chdir(os.path.dirname(os.path.abspath(__file__)))


def attempt(config):
    try:
        logging.config.dictConfig(config)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
        cause = e.__cause__
        if cause is not None:
            print('   cause:', type(cause).__name__, cause)


OUT = {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout'}

attempt({'version': 1,
         'custom': {'fmt': 'cfg %(message)s', 'levels': ['DEBUG', 'ERROR'],
                    'nested': {'deep': [10, {'x': 'INFO'}]}},
         'formatters': {'f': {'format': 'cfg://custom.fmt'}},
         'handlers': {'h': dict(OUT, formatter='f', level='cfg://custom.levels[1]')},
         'loggers': {'r': {'handlers': ['h'], 'level': 'cfg://custom.nested.deep[1].x'}}})
r = logging.getLogger('r')
print(r.level, r.handlers[0].level)
r.error('via cfg')
r.warning('filtered by handler level')

bc = logging.config.BaseConfigurator({'a': {'b': [1, 2, {'c': 'd'}]}, 'k': 'v'})
print(bc.convert('cfg://a.b[2].c'), bc.convert('cfg://a[b][0]'), bc.convert('cfg://k'))
print(bc.convert('ext://os.path.join') is os.path.join, bc.convert('other://x'))
print(type(bc.convert({'x': 1})).__name__, type(bc.convert([1])).__name__,
      type(bc.convert((1,))).__name__, bc.as_tuple([1, 2]))
for bad in ['cfg://!', 'cfg://a.b[9]', 'cfg://a.b+', 'ext://no_such_mod_xyz.q',
            'ext://os.no_such_attr']:
    try:
        print(bc.convert(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(bc.resolve('logging.handlers.MemoryHandler').__name__)
print(logging.config.valid_ident('abc_1'))
try:
    logging.config.valid_ident('1abc')
except ValueError as e:
    print(type(e).__name__, e)

# errors
attempt({})
attempt({'version': 2})
attempt({'version': 1, 'handlers': {'h': {'class': 'no.such.Handler'}}})
attempt({'version': 1, 'handlers': {'h': dict(OUT, formatter='missing')}})
attempt({'version': 1, 'handlers': {'h': dict(OUT, level='LOUD')}})
attempt({'version': 1, 'handlers': {'h': dict(OUT, filters=['nope'])}})
attempt({'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bogus': 1}}})
attempt({'version': 1, 'formatters': {'f': {'format': '%(message', 'validate': True}}})
attempt({'version': 1, 'formatters': {'f': {'format': '{x', 'style': '{'}}})
attempt({'version': 1, 'filters': {'f': {'()': 'no_such_mod_xyz.F'}}})
attempt({'version': 1, 'loggers': {'x': {'handlers': ['missing']}}})
attempt({'version': 1, 'loggers': {'x': {'level': 'NOPE'}}})
attempt({'version': 1, 'root': {'level': 'NOPE'}})
attempt({'version': 1, 'handlers': {'m': {'class': 'logging.handlers.MemoryHandler',
                                          'capacity': 2, 'target': 'nothere'}}})

# a MemoryHandler whose target sorts after it is configured later
attempt({'version': 1,
         'handlers': {'a_mem': {'class': 'logging.handlers.MemoryHandler',
                                'capacity': 1, 'target': 'z_out'},
                      'z_out': dict(OUT, formatter='f')},
         'formatters': {'f': {'format': 'deferred %(message)s'}},
         'loggers': {'m': {'handlers': ['a_mem']}}})
logging.getLogger('m').warning('through memory')

# incremental: only levels change, handlers stay
attempt({'version': 1,
         'handlers': {'h': dict(OUT, formatter='f')},
         'formatters': {'f': {'format': 'inc %(levelname)s %(message)s'}},
         'loggers': {'inc': {'handlers': ['h'], 'level': 'INFO'}}})
inc = logging.getLogger('inc')
inc.info('before')
attempt({'version': 1, 'incremental': True,
         'handlers': {'h': {'level': 'ERROR'}},
         'loggers': {'inc': {'level': 'DEBUG', 'handlers': ['ignored']}}})
print(inc.level, [h.name for h in inc.handlers], inc.handlers[0].level)
inc.warning('dropped by handler')
inc.error('after')
attempt({'version': 1, 'incremental': True, 'handlers': {'zz': {'level': 'INFO'}}})
attempt({'version': 1, 'incremental': True, 'root': {'level': 'BAD'}})

# fileConfig from an INI file in this directory
with open('lcr_conf.ini', 'w') as f:
    f.write("""[loggers]
keys=root,ini

[handlers]
keys=out

[formatters]
keys=plain

[logger_root]
level=WARNING
handlers=

[logger_ini]
level=DEBUG
handlers=out
qualname=ini.app
propagate=0

[handler_out]
class=StreamHandler
level=INFO
formatter=plain
args=(sys.stdout,)

[formatter_plain]
format=ini %(levelname)s %(name)s: %(message)s
""")
logging.config.fileConfig('lcr_conf.ini')
ini = logging.getLogger('ini.app')
ini.debug('hidden')
ini.info('from ini')
print(ini.propagate, ini.level, inc.disabled)
os.remove('lcr_conf.ini')
try:
    logging.config.fileConfig('lcr_missing.ini')
except Exception as e:
    print(type(e).__name__, e)
print(logging.config.DEFAULT_LOGGING_CONFIG_PORT, logging.config.dictConfigClass.__name__)
logging.config.stopListening()
