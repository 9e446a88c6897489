WHO = 'nsdir_and_file.py (module beats namespace directory)'
