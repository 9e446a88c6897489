import sys
import helper_in_appdir
print('appdir/__main__ runs as', __name__, '| path[0] ends with appdir:', sys.path[0].endswith('appdir'))
APP = helper_in_appdir.WHO
