print('mpkg/__init__ runs as', __name__)
INIT = 'mpkg init value'
