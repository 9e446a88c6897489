print('running pkga/__init__')
attr = 'an attribute of pkga'
shadow = 'attribute named like a submodule'
