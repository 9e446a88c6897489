print('rpkg/__init__ imported as', __name__)
