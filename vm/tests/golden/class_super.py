class B(A):
    def __init__(self, x):
        super().__init__(x)
        self.y = x.attr[0]
