def compute():
    raise RuntimeError('failed while importing tpkg.bottom')


value = compute()
