"""python -m zipfile: the command line of the zipfile package."""

from . import main

main()
