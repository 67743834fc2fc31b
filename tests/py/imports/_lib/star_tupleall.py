__all__ = ("t1",)
t1 = "tuple-all"
t2 = "hidden"
