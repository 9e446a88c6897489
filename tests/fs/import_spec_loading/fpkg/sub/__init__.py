print('fpkg.sub init runs')
