print('dpkg.fromlisted imported')
