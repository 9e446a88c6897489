def f():
	return "tabs"
