print('epkg.broken runs')
1 / 0
