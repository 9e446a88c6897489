print('cachepkg init')
