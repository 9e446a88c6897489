# __index__ runs Python code that empties the list after the bounds were looked at:
# the list operation must use the list as it is after __index__, never index out of bounds.
class Clear:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        lst.clear()
        return self.value

def attempt(label, action):
    try:
        print(label, repr(action()), lst)
    except Exception as e:
        print(label, type(e).__name__, e, lst)

lst = [1, 2, 3]
attempt('getitem', lambda: lst[Clear(1)])
lst = [1, 2, 3]
attempt('getitem neg', lambda: lst[Clear(-1)])
lst = [1, 2, 3]
attempt('pop', lambda: lst.pop(Clear(1)))
lst = [1, 2, 3]
def setitem():
    lst[Clear(1)] = 9
attempt('setitem', setitem)
lst = [1, 2, 3]
def delitem():
    del lst[Clear(1)]
attempt('delitem', delitem)
lst = [1, 2, 3]
attempt('insert', lambda: lst.insert(Clear(5), 9))
lst = [1, 2, 3, 4]
attempt('getslice', lambda: lst[Clear(1):3])
lst = [1, 2, 3, 4]
def setslice():
    lst[Clear(1):] = [7]
attempt('setslice', setslice)
lst = [1, 2, 3, 4]
def delslice():
    del lst[Clear(2):]
attempt('delslice', delslice)
lst = [1, 2, 3, 4]
def step_assign():
    lst[::Clear(1)] = [5, 6, 7, 8]
attempt('step assign', step_assign)
lst = [1, 2, 3, 4]
def step_delete():
    del lst[::Clear(2)]
attempt('step delete', step_delete)
lst = [1, 2, 3, 4]
attempt('step get', lambda: lst[::Clear(2)])
lst = [1, 2]
attempt('repeat', lambda: lst * Clear(3))
lst = [1, 2, 3]
attempt('index start', lambda: lst.index(3, Clear(1)))
print('still alive')
