# __del__ of module globals runs at interpreter exit, after the main body and atexit-free output.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)
keep_one = Noisy('global one')
class Quiet:
    def __del__(self):
        try:
            raise ValueError('handled inside __del__')
        except ValueError as e:
            print('caught in __del__:', e)
q = Quiet()
del q
print('program continues')
def make():
    return Noisy('temporary')
make()
print('temporary gone')
holder = [Noisy('in a local list')]
del holder
def closure_owner():
    obj = Noisy('captured by closure')
    def use():
        return obj.name
    return use
fn = closure_owner()
print('closure alive:', fn())
del fn
print('closure dropped')
print('main body finished')
