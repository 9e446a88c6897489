__test__ = {'s': """
>>> 1
2
"""}
def nodocs(): pass
