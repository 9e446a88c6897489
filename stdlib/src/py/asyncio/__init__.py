"""asyncio for pyrs (written for pyrs, after CPython 3.12's documented behaviour).

A single-threaded event loop for WASI: tasks, futures, timers, the synchronisation
primitives and queues, timeouts, TaskGroup, asyncio.run. There is no network, subprocess,
signal or thread support, since WASI offers none of them.
"""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .base_events import *
from .locks import *
from .queues import *
from .timeouts import *
from .taskgroups import *
from .runners import *

from . import exceptions, events, futures, tasks, base_events, locks, queues
from . import timeouts, taskgroups, runners

coroutines = tasks   # asyncio.coroutines.iscoroutine() and friends live in tasks

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + tasks.__all__
           + base_events.__all__
           + locks.__all__ + queues.__all__ + timeouts.__all__ + taskgroups.__all__
           + runners.__all__)
