raise ImportError('beta is broken')
