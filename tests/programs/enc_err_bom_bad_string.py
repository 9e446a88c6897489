print('é')
