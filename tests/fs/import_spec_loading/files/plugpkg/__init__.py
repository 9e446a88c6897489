print('plugpkg init:', __name__, __path__)
