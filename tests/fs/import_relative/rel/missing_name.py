from . import no_such_thing
