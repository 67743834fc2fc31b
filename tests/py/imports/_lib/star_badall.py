__all__ = ["here", "not_defined"]
here = 1
