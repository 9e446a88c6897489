# logging: logger hierarchy, levels, propagation, handlers and filters.
import logging
import sys

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))

app = logging.getLogger('app')
app.addHandler(out)
app.setLevel(logging.INFO)
db = logging.getLogger('app.db')
query = logging.getLogger('app.db.query')
print(db.parent is app, query.parent is db, app.parent is logging.root)
print(logging.getLogger('app.db') is db, app.getChild('db') is db)
print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root)
print(app, db, query, logging.root)

app.debug('hidden debug')
app.info('app info %s', 1)
db.info('db info %d', 2)
query.warning('query warning %r', 'x')
query.setLevel(logging.ERROR)
query.warning('not shown')
query.error('query error')
print(app.getEffectiveLevel(), db.getEffectiveLevel(), query.getEffectiveLevel())
print(db.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.INFO))

# placeholders: a child created before its parent
leaf = logging.getLogger('svc.api.v1')
svc = logging.getLogger('svc')
print(leaf.parent is svc)
api = logging.getLogger('svc.api')
print(leaf.parent is api, api.parent is svc)
print(sorted(l.name for l in svc.getChildren()), sorted(l.name for l in app.getChildren()))

# propagation
db_out = logging.StreamHandler(sys.stdout)
db_out.setFormatter(logging.Formatter('[db handler] %(message)s'))
db.addHandler(db_out)
db.warning('twice')
db.propagate = False
db.warning('once')
db.propagate = True
db.removeHandler(db_out)
db.warning('back to once')
print(db.hasHandlers(), logging.getLogger('lonely').hasHandlers())

# handler levels
out.setLevel(logging.WARNING)
app.info('filtered by handler level')
app.warning('passes handler level')
out.setLevel(logging.NOTSET)

# levels and names
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName('ERROR'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
app.log(25, 'custom level %s', 'notice')
print(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0])))
for bad in ('LOUD', 2.5, None):
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
app.setLevel('INFO')
print(app.level)
try:
    app.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(42)
except TypeError as e:
    print('TypeError', e)

# disable / disabled
logging.disable(logging.WARNING)
app.warning('disabled warning')
app.error('error still shown')
logging.disable(logging.NOTSET)
app.warning('warning back')
db.disabled = True
db.error('db disabled')
db.disabled = False

# filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1

odd = OnlyOdd()
app.addFilter(odd)
for i in range(4):
    app.info('number %d', i)
app.removeFilter(odd)

def shout(record):
    record.msg = record.msg.upper()
    return True

out.addFilter(shout)
app.info('callable filter')
out.removeFilter(shout)

def replace(record):
    return logging.makeLogRecord({'name': 'replaced', 'levelname': 'NEW', 'msg': 'new record'})

out.addFilter(replace)
app.info('original record')
out.removeFilter(replace)

name_filter = logging.Filter('app.db')
for name in ('app.db', 'app.db.query', 'app.dbx', 'app', 'other'):
    print(name, bool(name_filter.filter(logging.makeLogRecord({'name': name}))))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'anything'})))

# handler reprs and names
print(out, logging.NullHandler(), logging.Handler(logging.DEBUG))
out.set_name('console')
print(out.name, logging.getHandlerByName('console') is out, 'console' in logging.getHandlerNames())
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print('NotImplementedError', e)
print(logging.lastResort, logging.raiseExceptions)
print(logging.LoggerAdapter(app, {}), logging.getLoggerClass() is logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print('TypeError', e)
