from app.registry import record
record(__name__)
from ..util.paths import loud_join


class Cache:
    where = loud_join('cache', 'dir')
