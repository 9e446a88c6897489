import sys

import app
from app.registry import ORDER
print('after import app:', len(ORDER))
for name in ORDER:
    print(' ', name)
import app.cli.main
from app.cli import commands
import app.data
from app.util import paths
print('after the rest:', len(ORDER))
for name in ORDER[8:]:
    print(' ', name)
print('each module ran once:', len(ORDER) == len(set(ORDER)))

print(app.VERSION, app.Engine().run([1, 2, 3]))
print(app.core.events.LOG, app.core.events.ENGINE_PARTIAL)
print(commands.COMMANDS['login']())
print(commands.COMMANDS['bill']())
print(commands.strings.shout('star import of a package __all__'), commands.UTILS)
print(app.data.Store().cache.where)
print(sys.modules['app.plugins.beta'].NAME)
print(app.plugins.__file__, list(app.plugins.__path__))
from app.models.item import Item
print(Item.owner_class is app.models.User, Item().describe())
mods = sorted(m for m in sys.modules if m == 'app' or m.startswith('app.'))
print(len(mods))
print(mods)
print(sorted(n for n in ORDER) == sorted(m for m in mods if m not in ('app.registry', 'app.plugins')))
print(all(sys.modules[m].__name__ == m for m in mods))
print(sorted(set(sys.modules[m].__package__ for m in mods)))
