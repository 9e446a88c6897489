from app.registry import record
record(__name__)
NAME = 'alpha plugin'
