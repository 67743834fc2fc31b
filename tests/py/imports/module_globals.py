# A module's functions see the module's __dict__ as their globals.
import sys
sys.path.insert(0, "_lib")
import globs
print(globs.get_globals() is vars(globs), globs.get_globals() is globs.__dict__)
print(globs.get_globals.__globals__ is globs.__dict__, globs.get_globals.__module__)
globs.set_global(5)
print(globs.G, globs.get_globals()["G"])
vars(globs)["H"] = 6
print(globs.H)
globs.I = 7
print(globs.get_globals()["I"])
print(globs.get_globals() is globals())
