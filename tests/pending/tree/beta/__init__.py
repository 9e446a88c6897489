X = 2
class K:
    class Inner:
        v = 7
