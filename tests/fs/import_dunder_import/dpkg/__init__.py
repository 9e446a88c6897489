__all__ = ['starred', 'NAME']
NAME = 'dpkg.NAME'
