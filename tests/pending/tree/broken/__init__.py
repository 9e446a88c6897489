raise ImportError("nope")
