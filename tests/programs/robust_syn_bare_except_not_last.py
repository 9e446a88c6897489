# A bare except: must be the last handler.
print('never printed')
try:
    pass
except:
    pass
except ValueError:
    pass
