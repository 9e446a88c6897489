from app.registry import record
record(__name__)
from ..core import config


class Model:
    kind = 'model'

    def describe(self):
        return '%s<%s>@%s' % (type(self).__name__, self.kind, config.SETTINGS['name'])
