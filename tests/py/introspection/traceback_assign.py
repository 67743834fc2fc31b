# Assigning exc.__traceback__ (a traceback or None).
try:
    raise ValueError("v")
except ValueError as e:
    saved = e
e3 = KeyError(1)
e3.__traceback__ = saved.__traceback__
print(e3.__traceback__ is None, e3.__traceback__.tb_lineno)
e3.__traceback__ = None
print(e3.__traceback__)
try:
    e3.__traceback__ = 5
except TypeError as e:
    print(type(e).__name__, e)
