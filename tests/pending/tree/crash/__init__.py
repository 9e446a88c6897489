raise RuntimeError("crash")
