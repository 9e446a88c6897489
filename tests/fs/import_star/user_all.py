from with_all import *
from with_tuple import *
