# Namespace for the concurrent.* modules; only concurrent.futures lives here.
