from .. import beta as parent_beta
print('rel.sub/__init__ got', parent_beta.__name__, __package__)
