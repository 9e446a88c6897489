import os
__path__.append(os.path.join(os.path.dirname(__file__), os.pardir, 'extra_dir'))
print('extpkg __path__ has', len(__path__), 'entries')
