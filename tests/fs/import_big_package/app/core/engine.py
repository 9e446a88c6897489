from ..registry import record
record(__name__)
from ..util import strings, numbers
from . import config


class Engine:
    def __init__(self):
        self.factor = config.SETTINGS['factor']

    def run(self, values):
        return strings.shout(str(numbers.total(values) * self.factor))


from . import events
events.emit('engine loaded')
