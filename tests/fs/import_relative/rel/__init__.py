print('rel/__init__', __name__, __package__)
TOP = 'rel.TOP'
