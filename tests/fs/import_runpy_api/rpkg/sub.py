print('rpkg.sub runs as', __name__, '| package', __package__)
SUB = 'rpkg.sub.SUB'
