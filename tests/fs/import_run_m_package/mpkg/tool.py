def run():
    return 'mpkg.tool.run() as ' + __name__
