print('in apkg:', __name__, __package__, __file__, __path__, __spec__.parent)
