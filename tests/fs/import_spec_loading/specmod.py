print('specmod body runs as', __name__)
VALUE = 'specmod.VALUE'
