print('rel.beta', __package__)
B = 'rel.beta.B'
