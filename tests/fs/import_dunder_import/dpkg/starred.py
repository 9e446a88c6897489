print('dpkg.starred imported')
