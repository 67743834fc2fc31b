# The main program's __package__ and __spec__ are None (run as a file).
print(__package__, __spec__)
print("__package__" in globals(), "__spec__" in globals())
