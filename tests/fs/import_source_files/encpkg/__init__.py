__all__ = ["été"]
été = "summer"
