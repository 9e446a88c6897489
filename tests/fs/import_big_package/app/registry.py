ORDER = []


def record(name):
    ORDER.append(name)
