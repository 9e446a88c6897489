print('dpkg.other imported')
