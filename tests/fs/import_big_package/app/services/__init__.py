from app.registry import record
record(__name__)
