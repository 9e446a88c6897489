from app.registry import record
record(__name__)
__all__ = ['strings', 'numbers', 'paths']
