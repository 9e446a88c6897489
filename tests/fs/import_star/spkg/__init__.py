__all__ = ['sub_a', 'sub_b', 'top']
top = 'spkg.top'
