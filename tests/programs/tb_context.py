def lookup(table, key):
    try:
        table.pop(key)
    except KeyError:
        raise LookupError("no entry")


lookup({}, "k")
