def __getattr__(name):
    if name == 'virtual':
        return 'gpkg.__getattr__ gave virtual'
    raise AttributeError(name)
