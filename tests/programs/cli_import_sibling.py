import helper_mod
print(helper_mod.twice(21))
import nonexistent_mod
