print('fpkg.leaf runs')
