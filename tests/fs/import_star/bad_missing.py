__all__ = ['here', 'not_here']
here = 1
