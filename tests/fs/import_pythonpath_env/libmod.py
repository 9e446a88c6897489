WHERE = 'libmod.py next to main.py (the script directory comes first)'
