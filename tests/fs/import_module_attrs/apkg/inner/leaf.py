print('in leaf:', __name__, __package__, __spec__.parent)
