class M(type):
    def __new__(m, *a):
        return super().__new__(m, *a)
class N(type):
    def __new__(m, *a):
        return type.__new__(m, *a)
