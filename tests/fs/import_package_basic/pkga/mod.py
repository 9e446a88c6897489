print('running pkga.mod')
value = 'pkga.mod.value'


def func():
    return 'pkga.mod.func()'
