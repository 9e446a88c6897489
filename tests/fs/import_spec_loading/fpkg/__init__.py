print('fpkg init runs')
