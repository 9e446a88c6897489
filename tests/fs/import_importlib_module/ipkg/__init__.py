print('ipkg init')
