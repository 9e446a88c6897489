from importlib import resources

print(resources.read_text('respkg', 'data.txt').split('\n')[1])
print(resources.read_binary('respkg', 'data.txt')[:5])
print(resources.is_resource('respkg', 'data.txt'), resources.is_resource('respkg', 'data'))
with resources.open_text('respkg', 'data.txt') as f:
    print(f.read(5))
with resources.open_binary('respkg', 'data.txt') as f:
    print(f.read(5))
with resources.path('respkg', 'data.txt') as p:
    print(p.name, p.exists())
