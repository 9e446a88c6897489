WHO = 'both_pkg/__init__.py (package beats module)'
