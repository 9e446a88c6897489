__all__ = ['exported', '_exported_private', 'func']
exported = 'exported'
_exported_private = 'private but in __all__'
not_exported = 'not in __all__'


def func():
    return 'with_all.func'
