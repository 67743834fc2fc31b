__all__ = ["part", "TOP"]
TOP = "top"
